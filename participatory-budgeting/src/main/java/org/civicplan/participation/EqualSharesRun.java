// SPDX-License-Identifier: Apache-2.0
package org.civicplan.participation;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One run of the Method of Equal Shares with every voter starting with {@code perVoter}, on an
 * indexed election.
 *
 * <p>How it stays exact and fast:
 *
 * <ul>
 *   <li>Voters with identical ballots are one class; classes that hold the same money share one
 *       <em>level</em>, and the arithmetic is done once per level, not once per voter.
 *   <li>Every amount is held as an integer numerator over one common denominator {@code D} (grown
 *       by the divisor of each payment), so sums and comparisons need no greatest common divisor.
 *   <li>Every amount is affine in the starting budget {@code t}: {@code (A + S·t) / D}. The run
 *       follows one sequence of decisions, so it can tell up to which starting budget each decision
 *       keeps its result ({@link #stable}); the add1 completion skips the raises below it, which
 *       can only repeat the outcome.
 *   <li>Each round evaluates the candidates in ascending order of their {@code ρ} in an earlier
 *       round: budgets only shrink, so {@code ρ} only grows, and a candidate whose earlier {@code
 *       ρ} already loses to the best found this round need not be evaluated.
 * </ul>
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
  /**
   * Every starting budget in {@code [perVoter, stable)} makes the same decisions, hence the same
   * outcome; empty when no decision would ever change.
   */
  Optional<Rational> stable = Optional.empty();

  private final boolean track;
  private final BigInteger xn;
  private final BigInteger xd;
  private BigInteger stableNum;
  private BigInteger stableDen;

  /** The common denominator of every level and cost. */
  private BigInteger d;
  private final BigInteger[] cost;
  private final List<BigInteger> levelA = new ArrayList<>();
  private final List<BigInteger> levelS = new ArrayList<>();
  private final List<BigInteger> levelE = new ArrayList<>();
  private Map<Key, Integer> index = new HashMap<>();
  private int[] classLevel;
  private List<Integer> remaining = new ArrayList<>();
  private Rho[] lower;
  /** The affine forms of each bought project's ρ and cap, to evaluate them at another budget. */
  private final List<Rho> boughtRho = new ArrayList<>();
  private final List<BigInteger[]> boughtCap = new ArrayList<>();
  /** The state after each round, for {@link #resume}; kept only when tracking. */
  private final List<Snapshot> snapshots = new ArrayList<>();

  /** The state of a run after a round, valid for starting budgets below {@code stableNum/stableDen}. */
  private record Snapshot(
      int round, BigInteger stableNum, BigInteger stableDen, BigInteger d, BigInteger[] cost, List<BigInteger> levelA,
      List<BigInteger> levelS, int[] classLevel, List<Integer> remaining, Rho[] lower, Rational totalCost) {}
  /** The levels that pay all they hold for the project being bought. */
  private final java.util.Set<Integer> exhausted = new java.util.HashSet<>();
  private long[] acc = new long[16];
  private int[] touched = new int[16];

  private EqualSharesRun(Election election, PbRule.Utility utility, Rational perVoter, boolean track) {
    this.election = election;
    this.utility = utility;
    this.perVoter = perVoter;
    this.track = track;
    this.xn = perVoter.numerator();
    this.xd = perVoter.denominator();
    int m = election.size();
    candidate = new boolean[m];
    funded = new boolean[m];
    BigInteger common = BigInteger.ONE;
    for (int p = 0; p < m; p++) {
      candidate[p] = isCandidate(election, utility, p);
      BigInteger den = election.cost[p].denominator();
      common = common.divide(common.gcd(den)).multiply(den);
    }
    d = common;
    cost = new BigInteger[m];
    for (int p = 0; p < m; p++) {
      cost[p] = election.cost[p].numerator().multiply(d.divide(election.cost[p].denominator()));
    }
    classLevel = new int[election.weight.length];
    level(BigInteger.ZERO, d);
  }

  /** Whether MES can ever buy project {@code p}: it has a supporter who would gain utility. */
  static boolean isCandidate(Election e, PbRule.Utility utility, int p) {
    return e.support[p] > 0 && (utility == PbRule.Utility.CARDINALITY || e.cost[p].signum() > 0);
  }

  /**
   * Runs MES; when {@code limit} is given, stops as soon as the total cost passes it (and sets
   * {@link #exceeded}): MES only adds projects, so that outcome is already known to exceed it.
   * With {@code track}, also finds {@link #stable}.
   */
  static EqualSharesRun run(Election e, PbRule.Utility utility, Rational perVoter, Optional<Rational> limit, boolean track) {
    EqualSharesRun r = new EqualSharesRun(e, utility, perVoter, track);
    r.start();
    r.loop(limit);
    if (r.stableNum != null) {
      r.stable = Optional.of(Rational.of(r.stableNum, r.stableDen));
    }
    return r;
  }

  /**
   * The run at {@code perVoter}, reusing {@code previous}: the rounds whose decisions provably
   * hold at {@code perVoter} (every comparison they made keeps its result there) are taken over,
   * their amounts evaluated at the new budget, and the run goes on from there. Gives the same
   * outcome as {@link #run} from nothing.
   */
  static EqualSharesRun resume(EqualSharesRun previous, Rational perVoter, Optional<Rational> limit) {
    EqualSharesRun r = new EqualSharesRun(previous.election, previous.utility, perVoter, true);
    Snapshot from = null;
    for (Snapshot s : previous.snapshots) {
      // Snapshots only narrow: the first whose decisions may change at perVoter ends the prefix.
      if (s.stableNum() != null && Rational.of(s.stableNum(), s.stableDen()).compareTo(perVoter) <= 0) {
        break;
      }
      from = s;
    }
    if (from == null) {
      r.start();
    } else {
      r.restore(previous, from);
    }
    r.loop(limit);
    if (r.stableNum != null) {
      r.stable = Optional.of(Rational.of(r.stableNum, r.stableDen));
    }
    return r;
  }

  private void restore(EqualSharesRun previous, Snapshot s) {
    stableNum = s.stableNum();
    stableDen = s.stableDen();
    d = s.d();
    System.arraycopy(s.cost(), 0, cost, 0, cost.length);
    levelA.clear();
    levelS.clear();
    levelE.clear();
    index = new HashMap<>();
    for (int i = 0; i < s.levelA().size(); i++) {
      BigInteger a = s.levelA().get(i);
      BigInteger sl = s.levelS().get(i);
      levelA.add(a);
      levelS.add(sl);
      levelE.add(at(a, sl));
      index.put(new Key(a, sl), i);
    }
    if (acc.length < levelA.size()) {
      acc = new long[Integer.highestOneBit(levelA.size()) * 2];
    }
    classLevel = s.classLevel().clone();
    remaining = new ArrayList<>(s.remaining());
    lower = s.lower().clone();
    totalCost = s.totalCost();
    for (int i = 0; i < s.round(); i++) {
      int p = previous.bought.get(i);
      bought.add(p);
      funded[p] = true;
      Rho r = previous.boughtRho.get(i);
      BigInteger[] q = previous.boughtCap.get(i);
      boughtRho.add(r);
      boughtCap.add(q);
      rhos.add(Rational.of(at(r.a(), r.s()), r.den().multiply(xd)));
      payments.add(Rational.of(at(q[0], q[1]), q[2].multiply(xd)));
    }
    for (Snapshot earlier : previous.snapshots) {
      if (earlier.round() <= s.round()) {
        snapshots.add(earlier);
      }
    }
  }

  private record Key(BigInteger a, BigInteger s) {}

  /** A price per unit of utility: {@code (a + s·t) / den}, {@code den > 0}. */
  private record Rho(BigInteger a, BigInteger s, BigInteger den) {}

  private int level(BigInteger a, BigInteger s) {
    Key k = new Key(a, s);
    Integer i = index.get(k);
    if (i != null) {
      return i;
    }
    levelA.add(a);
    levelS.add(s);
    levelE.add(a.multiply(xd).add(s.multiply(xn)));
    index.put(k, levelA.size() - 1);
    if (acc.length < levelA.size()) {
      acc = Arrays.copyOf(acc, acc.length * 2);
    }
    return levelA.size() - 1;
  }

  /** Sign of {@code a + s·t} at the starting budget, times {@code xd > 0}. */
  private BigInteger at(BigInteger a, BigInteger s) {
    return a.multiply(xd).add(s.multiply(xn));
  }

  /** Offers {@code num / den} as a budget where a decision may change. */
  private void limit(BigInteger num, BigInteger den) {
    if (den.signum() < 0) {
      num = num.negate();
      den = den.negate();
    }
    int c = num.multiply(xd).compareTo(xn.multiply(den));
    if (c < 0) {
      return;
    }
    if (stableNum == null || num.multiply(stableDen).compareTo(stableNum.multiply(den)) < 0) {
      stableNum = num;
      stableDen = den;
    }
  }

  /** Compares two affine amounts with a common positive denominator, and tracks where it flips. */
  private int compare(BigInteger a1, BigInteger s1, BigInteger a2, BigInteger s2) {
    BigInteger da = a1.subtract(a2);
    BigInteger ds = s1.subtract(s2);
    int sign = at(da, ds).signum();
    if (track && ds.signum() != 0) {
      limit(da.negate(), ds);
    }
    return sign;
  }

  private int numeric(Rho x, Rho y) {
    return at(x.a().multiply(y.den()), x.s().multiply(y.den())).compareTo(at(y.a().multiply(x.den()), y.s().multiply(x.den())));
  }

  private int compare(Rho x, Rho y) {
    return compare(x.a().multiply(y.den()), x.s().multiply(y.den()), y.a().multiply(x.den()), y.s().multiply(x.den()));
  }

  private void start() {
    int m = election.size();
    lower = new Rho[m];
    Rho zero = new Rho(BigInteger.ZERO, BigInteger.ZERO, BigInteger.ONE);
    for (int p = 0; p < m; p++) {
      if (candidate[p]) {
        remaining.add(p);
        lower[p] = zero;
      }
    }
  }

  private void loop(Optional<Rational> limit) {
    int m = election.size();
    Rho[] rho = new Rho[m];
    BigInteger[][] cap = new BigInteger[m][];
    while (!remaining.isEmpty()) {
      // The order only saves work; the decisions that matter are tracked below.
      remaining.sort((a, b) -> {
        int c = numeric(lower[a], lower[b]);
        return c != 0 ? c : Integer.compare(a, b);
      });
      int best = -1;
      List<Integer> unaffordable = new ArrayList<>();
      int passed = remaining.size();
      for (int i = 0; i < remaining.size(); i++) {
        int p = remaining.get(i);
        if (best >= 0) {
          int c = compare(lower[p], rho[best]);
          if (c > 0 || (c == 0 && p > best)) {
            passed = i + 1;
            break;
          }
        }
        BigInteger[] q = cap(p, false);
        if (q == null) {
          unaffordable.add(p);
          continue;
        }
        // q = (q[0] + q[1]·t) / (D·q[2]); ρ = q / cost, or q.
        BigInteger den = utility == PbRule.Utility.COST ? q[2].multiply(cost[p]) : q[2].multiply(d);
        Rho r = new Rho(q[0], q[1], den);
        lower[p] = r;
        rho[p] = r;
        cap[p] = q;
        int c = best < 0 ? -1 : compare(r, rho[best]);
        if (c < 0 || (c == 0 && p < best)) {
          best = p;
        }
      }
      if (track && best >= 0) {
        // The candidates passed over lose to the winner at this budget by the order of their
        // earlier ρ, which is not tracked: track each one's comparison with the winner itself.
        for (int i = passed; i < remaining.size(); i++) {
          compare(lower[remaining.get(i)], rho[best]);
        }
      }
      remaining.removeAll(unaffordable);
      if (best < 0) {
        return;
      }
      {
        // The winner's payments keep their form while its supporters stay on their sides of q;
        // every other candidate's ρ from its own classification is a lower bound of its true ρ
        // (water-filling is the largest of those forms), so the comparisons above suffice for them.
        cap(best, true);
      }
      Rho r = rho[best];
      BigInteger[] q = cap[best];
      BigInteger[] qd = {q[0], q[1], d.multiply(q[2])};
      boughtRho.add(r);
      boughtCap.add(qd);
      rhos.add(Rational.of(at(r.a(), r.s()), r.den().multiply(xd)));
      payments.add(Rational.of(at(qd[0], qd[1]), qd[2].multiply(xd)));
      charge(best, q);
      funded[best] = true;
      bought.add(best);
      remaining.remove(Integer.valueOf(best));
      totalCost = totalCost.plus(election.cost[best]);
      if (track) {
        snapshots.add(new Snapshot(
            bought.size(), stableNum, stableDen, d, cost.clone(), new ArrayList<>(levelA), new ArrayList<>(levelS), classLevel.clone(),
            new ArrayList<>(remaining), lower.clone(), totalCost));
      }
      if (limit.isPresent() && totalCost.compareTo(limit.get()) > 0) {
        exceeded = true;
        return;
      }
    }
  }

  /** The levels of the supporters of {@code p}, ascending by amount, with their weights. */
  private long[][] group(int p) {
    int t = 0;
    for (int c : election.supporters[p]) {
      int l = classLevel[c];
      if (acc[l] == 0) {
        if (t == touched.length) {
          touched = Arrays.copyOf(touched, t * 2);
        }
        touched[t++] = l;
      }
      acc[l] += election.weight[c];
    }
    Integer[] order = new Integer[t];
    for (int i = 0; i < t; i++) {
      order[i] = touched[i];
    }
    Arrays.sort(order, (a, b) -> levelE.get(a).compareTo(levelE.get(b)));
    long[][] out = new long[2][t];
    for (int i = 0; i < t; i++) {
      out[0][i] = order[i];
      out[1][i] = acc[order[i]];
      acc[order[i]] = 0;
    }
    return out;
  }

  /**
   * The least payment cap {@code q} with which the supporters of {@code p}, each paying {@code
   * min(money, q)}, pay its cost exactly, as {@code {a, s, w}} meaning {@code (a + s·t) / (D·w)};
   * null when their money does not reach it.
   */
  private BigInteger[] cap(int p, boolean winner) {
    long[][] g = group(p);
    int n = g[0].length;
    BigInteger ra = cost[p];
    BigInteger rs = BigInteger.ZERO;
    long w = 0;
    for (int i = 0; i < n; i++) {
      w += g[1][i];
    }
    int k = 0;
    while (k < n) {
      int l = (int) g[0][k];
      BigInteger bw = BigInteger.valueOf(w);
      if (levelE.get(l).multiply(bw).compareTo(at(ra, rs)) >= 0) {
        break;
      }
      BigInteger lw = BigInteger.valueOf(g[1][k]);
      ra = ra.subtract(levelA.get(l).multiply(lw));
      rs = rs.subtract(levelS.get(l).multiply(lw));
      w -= g[1][k];
      k++;
    }
    if (k == n) {
      if (track && !winner) {
        // Unaffordable while the supporters' money, an affine function, stays below the cost.
        BigInteger ta = BigInteger.ZERO;
        BigInteger ts = BigInteger.ZERO;
        for (int i = 0; i < n; i++) {
          BigInteger lw = BigInteger.valueOf(g[1][i]);
          ta = ta.add(levelA.get((int) g[0][i]).multiply(lw));
          ts = ts.add(levelS.get((int) g[0][i]).multiply(lw));
        }
        compare(ta, ts, cost[p], BigInteger.ZERO);
      }
      return null;
    }
    BigInteger bw = BigInteger.valueOf(w);
    if (winner) {
      exhausted.clear();
      for (int i = 0; i < k; i++) {
        exhausted.add((int) g[0][i]);
      }
      if (track) {
        // Each level must stay on its side of q: below (paying all it holds) or above (paying q).
        for (int i = 0; i < n; i++) {
          int l = (int) g[0][i];
          side(ra, rs, bw, levelA.get(l), levelS.get(l), i < k);
        }
      }
    }
    return new BigInteger[] {ra, rs, bw};
  }

  /**
   * Limits the budgets to those where the level {@code (la + ls·t)/D} stays on its side of {@code
   * q = (ra + rs·t)/(D·w)}: at or below it ({@code below}) or at or above it.
   */
  private void side(BigInteger ra, BigInteger rs, BigInteger w, BigInteger la, BigInteger ls, boolean below) {
    // Scaled by D·w, the margin (q − level, or level − q) is gapA + gapS·t.
    BigInteger gapA = below ? ra.subtract(w.multiply(la)) : w.multiply(la).subtract(ra);
    BigInteger gapS = below ? rs.subtract(w.multiply(ls)) : w.multiply(ls).subtract(rs);
    if (gapS.signum() >= 0) {
      // The margin does not shrink as budgets rise (and it is not negative now).
      return;
    }
    limit(gapA.negate(), gapS);
  }

  /** What the supporters of {@code p} hold together now. */
  Rational supportersMoney(int p) {
    long[][] g = group(p);
    BigInteger sum = BigInteger.ZERO;
    for (int i = 0; i < g[0].length; i++) {
      sum = sum.add(levelE.get((int) g[0][i]).multiply(BigInteger.valueOf(g[1][i])));
    }
    return Rational.of(sum, d.multiply(xd));
  }

  /** Charges the supporters of {@code p} the cap {@code q}; rescales every level by q's divisor. */
  private void charge(int p, BigInteger[] q) {
    BigInteger w = q[2];
    if (!w.equals(BigInteger.ONE)) {
      d = d.multiply(w);
      for (int i = 0; i < levelA.size(); i++) {
        levelA.set(i, levelA.get(i).multiply(w));
        levelS.set(i, levelS.get(i).multiply(w));
        levelE.set(i, levelE.get(i).multiply(w));
      }
      for (int i = 0; i < cost.length; i++) {
        cost[i] = cost[i].multiply(w);
      }
      Map<Key, Integer> rebuilt = new HashMap<>();
      for (int i = 0; i < levelA.size(); i++) {
        rebuilt.put(new Key(levelA.get(i), levelS.get(i)), i);
      }
      index = rebuilt;
    }
    Map<Integer, Integer> next = new HashMap<>();
    for (int c : election.supporters[p]) {
      int l = classLevel[c];
      Integer n = next.get(l);
      if (n == null) {
        // Decided in cap(): the levels below q pay everything they hold, the others pay q.
        n = exhausted.contains(l) ? level(BigInteger.ZERO, BigInteger.ZERO) : level(levelA.get(l).subtract(q[0]), levelS.get(l).subtract(q[1]));
        next.put(l, n);
      }
      classLevel[c] = n;
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
