package org.civicplan.participation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One run of the Method of Equal Shares with every voter starting with {@code perVoter}, on an
 * indexed election.
 *
 * <p>Each round evaluates the candidates in ascending order of their {@code ρ} in an earlier
 * round: budgets only shrink, so a project's {@code ρ} only grows, and a candidate whose earlier
 * {@code ρ} already loses to the best found this round need not be evaluated (the lazy
 * evaluation of Peters' reference implementation). Money is held per {@link MoneyLevels level},
 * not per voter.
 */
final class EqualSharesRun {

  final Election election;
  final PbRule.Utility utility;
  final Rational perVoter;
  final List<Integer> bought = new ArrayList<>();
  final List<Rational> rhos = new ArrayList<>();
  final List<Rational> payments = new ArrayList<>();
  final boolean[] candidate;
  final boolean[] funded;
  Rational totalCost = Rational.ZERO;
  /** The run stopped early because its total cost passed the limit given. */
  boolean exceeded;
  private final MoneyLevels money;

  private EqualSharesRun(Election election, PbRule.Utility utility, Rational perVoter) {
    this.election = election;
    this.utility = utility;
    this.perVoter = perVoter;
    int m = election.size();
    candidate = new boolean[m];
    funded = new boolean[m];
    for (int p = 0; p < m; p++) {
      candidate[p] = isCandidate(election, utility, p);
    }
    money = new MoneyLevels(election.weight.length, perVoter);
  }

  /** Whether MES can ever buy project {@code p}: it has a supporter who would gain utility. */
  static boolean isCandidate(Election e, PbRule.Utility utility, int p) {
    return e.support[p] > 0 && (utility == PbRule.Utility.CARDINALITY || e.cost[p].signum() > 0);
  }

  /**
   * Runs MES; when {@code limit} is given, stops as soon as the total cost passes it (and sets
   * {@link #exceeded}): MES only adds projects, so that outcome is already known to exceed it.
   */
  static EqualSharesRun run(Election e, PbRule.Utility utility, Rational perVoter, Optional<Rational> limit) {
    EqualSharesRun r = new EqualSharesRun(e, utility, perVoter);
    r.loop(limit);
    return r;
  }

  private void loop(Optional<Rational> limit) {
    int m = election.size();
    List<Integer> remaining = new ArrayList<>();
    Rational[] lower = new Rational[m];
    Rational[] cap = new Rational[m];
    for (int p = 0; p < m; p++) {
      if (candidate[p]) {
        remaining.add(p);
        lower[p] = Rational.ZERO;
      }
    }
    while (!remaining.isEmpty()) {
      remaining.sort((a, b) -> {
        int c = lower[a].compareTo(lower[b]);
        return c != 0 ? c : Integer.compare(a, b);
      });
      int best = -1;
      Rational bestRho = null;
      List<Integer> unaffordable = new ArrayList<>();
      for (int p : remaining) {
        if (best >= 0) {
          int c = lower[p].compareTo(bestRho);
          if (c > 0 || (c == 0 && p > best)) {
            break;
          }
        }
        Optional<Rational> q = cap(p);
        if (q.isEmpty()) {
          unaffordable.add(p);
          continue;
        }
        Rational rho = utility == PbRule.Utility.COST ? q.get().dividedBy(election.cost[p]) : q.get();
        lower[p] = rho;
        cap[p] = q.get();
        int c = best < 0 ? -1 : rho.compareTo(bestRho);
        if (c < 0 || (c == 0 && p < best)) {
          best = p;
          bestRho = rho;
        }
      }
      remaining.removeAll(unaffordable);
      if (best < 0) {
        return;
      }
      charge(best, cap[best]);
      funded[best] = true;
      bought.add(best);
      rhos.add(bestRho);
      payments.add(cap[best]);
      remaining.remove(Integer.valueOf(best));
      totalCost = totalCost.plus(election.cost[best]);
      if (limit.isPresent() && totalCost.compareTo(limit.get()) > 0) {
        exceeded = true;
        return;
      }
    }
  }

  /**
   * The least payment cap {@code q} with which the supporters of {@code p}, each paying {@code
   * min(budget, q)}, pay its cost exactly; empty when their money does not reach it.
   */
  Optional<Rational> cap(int p) {
    MoneyLevels.Grouped g = money.group(election.supporters[p], election.weight);
    Rational rest = election.cost[p];
    long w = g.totalWeight();
    for (int i = 0; i < g.value().length; i++) {
      Rational v = g.value()[i];
      if (v.times(w).compareTo(rest) >= 0) {
        return Optional.of(rest.dividedBy(w));
      }
      rest = rest.minus(v.times(g.weight()[i]));
      w -= g.weight()[i];
    }
    return Optional.empty();
  }

  /** What the supporters of {@code p} hold together now. */
  Rational supportersMoney(int p) {
    return money.group(election.supporters[p], election.weight).total();
  }

  /** What the voters of class {@code c} hold each now. */
  Rational classMoney(int c) {
    return money.value(money.classLevel[c]);
  }

  private void charge(int p, Rational q) {
    Map<Integer, Integer> next = new HashMap<>();
    for (int c : election.supporters[p]) {
      int l = money.classLevel[c];
      Integer n = next.get(l);
      if (n == null) {
        Rational v = money.value(l);
        n = money.level(v.compareTo(q) <= 0 ? Rational.ZERO : v.minus(q));
        next.put(l, n);
      }
      money.classLevel[c] = n;
    }
  }

  /** Whether no candidate left unfunded fits the budget {@code limit} beside the outcome. */
  boolean exhaustive(Rational limit) {
    Rational left = limit.minus(totalCost);
    for (int p = 0; p < election.size(); p++) {
      if (candidate[p] && !funded[p] && election.cost[p].compareTo(left) <= 0) {
        return false;
      }
    }
    return true;
  }

  /** Whether every candidate is funded: raising the budgets further cannot change the outcome. */
  boolean complete() {
    for (int p = 0; p < election.size(); p++) {
      if (candidate[p] && !funded[p]) {
        return false;
      }
    }
    return true;
  }
}
