// SPDX-License-Identifier: Apache-2.0
package org.civicplan.participation;

import java.util.Objects;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Method of Equal Shares (approval ballots) and its add1 completions written straight from
 * the definition: one exact budget per voter, every candidate evaluated in every round, every raise
 * run from nothing. It is slow on purpose; {@link PbRules} must give the same outcomes, which the
 * tests check, and the benchmarks measure how much faster it is.
 */
public final class ReferenceEqualShares {

  private ReferenceEqualShares() {}

  /**
   * The projects MES funds, in the order it funds them.
   *
   * @param instance the instance (ballots naming unknown projects are read without them)
   * @param utility the voters' utility
   * @param completion the completion
   * @return the funded projects in funding order
   */
  public static List<ProjectId> run(PbInstance instance, PbRule.Utility utility, PbRule.Completion completion) {
    Objects.requireNonNull(instance, "instance");
    Objects.requireNonNull(utility, "utility");
    Objects.requireNonNull(completion, "completion");
    List<PbProject> projects = TieOrder.lexicographic().arrange(instance);
    Map<ProjectId, Integer> index = new HashMap<>();
    for (int i = 0; i < projects.size(); i++) {
      index.put(projects.get(i).id(), i);
    }
    int n = instance.ballots().size();
    List<List<Integer>> supporters = new ArrayList<>();
    projects.forEach(p -> supporters.add(new ArrayList<>()));
    for (int v = 0; v < n; v++) {
      Set<ProjectId> approvals = instance.ballots().get(v).approvals();
      for (ProjectId id : approvals) {
        Integer p = index.get(id);
        if (p != null) {
          supporters.get(p).add(v);
        }
      }
    }
    Rational budget = instance.exactBudget();
    if (n == 0) {
      return List.of();
    }
    Rational start = budget.dividedBy(n);
    List<Integer> outcome = once(projects, supporters, n, start, utility);
    Rational increment = completion instanceof PbRule.Completion.Add1 a ? a.increment()
        : completion instanceof PbRule.Completion.Add1Exhaustive x ? x.increment() : null;
    boolean exhaustiveStop = completion instanceof PbRule.Completion.Add1Exhaustive;
    for (int k = 1; increment != null; k++) {
      boolean all = true;
      boolean exhaustive = true;
      Rational left = budget.minus(cost(projects, outcome));
      for (int p = 0; p < projects.size(); p++) {
        if (candidate(projects.get(p), supporters.get(p), utility) && !outcome.contains(p)) {
          all = false;
          if (projects.get(p).exactCost().compareTo(left) <= 0) {
            exhaustive = false;
          }
        }
      }
      if (all || (exhaustiveStop && exhaustive)) {
        break;
      }
      List<Integer> next = once(projects, supporters, n, start.plus(increment.times(k)), utility);
      if (cost(projects, next).compareTo(budget) > 0) {
        break;
      }
      outcome = next;
    }
    return outcome.stream().map(p -> projects.get(p).id()).toList();
  }

  private static boolean candidate(PbProject p, List<Integer> supporters, PbRule.Utility utility) {
    return !supporters.isEmpty() && (utility == PbRule.Utility.CARDINALITY || p.cost().signum() > 0);
  }

  private static Rational cost(List<PbProject> projects, List<Integer> outcome) {
    Rational c = Rational.ZERO;
    for (int p : outcome) {
      c = c.plus(projects.get(p).exactCost());
    }
    return c;
  }

  private static List<Integer> once(List<PbProject> projects, List<List<Integer>> supporters, int n, Rational perVoter, PbRule.Utility utility) {
    Rational[] money = new Rational[n];
    Arrays.fill(money, perVoter);
    boolean[] funded = new boolean[projects.size()];
    List<Integer> outcome = new ArrayList<>();
    while (true) {
      int best = -1;
      Rational bestRho = null;
      Rational bestCap = null;
      for (int p = 0; p < projects.size(); p++) {
        if (funded[p] || !candidate(projects.get(p), supporters.get(p), utility)) {
          continue;
        }
        Rational cost = projects.get(p).exactCost();
        List<Integer> s = new ArrayList<>(supporters.get(p));
        s.sort((a, b) -> money[a].compareTo(money[b]));
        Rational rest = cost;
        int left = s.size();
        Rational cap = null;
        for (int v : s) {
          Rational share = rest.dividedBy(left);
          if (share.compareTo(money[v]) <= 0) {
            cap = share;
            break;
          }
          rest = rest.minus(money[v]);
          left--;
        }
        if (cap == null) {
          continue;
        }
        Rational rho = utility == PbRule.Utility.COST ? cap.dividedBy(cost) : cap;
        if (best < 0 || rho.compareTo(bestRho) < 0) {
          best = p;
          bestRho = rho;
          bestCap = cap;
        }
      }
      if (best < 0) {
        return outcome;
      }
      funded[best] = true;
      outcome.add(best);
      for (int v : supporters.get(best)) {
        money[v] = money[v].compareTo(bestCap) <= 0 ? Rational.ZERO : money[v].minus(bestCap);
      }
    }
  }
}
