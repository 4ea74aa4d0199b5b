// SPDX-License-Identifier: Apache-2.0
package org.civicplan.participation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The Method of Equal Shares on an indexed election in floating point, with a rigorous interval
 * around every amount, that gives an outcome only when every decision of the run is certain, and
 * declines otherwise. The add1 completion asks it first at each raise and runs the exact {@link
 * EqualSharesRun} only when it declines, so an outcome it gives is the exact rule's.
 *
 * <p>Why an outcome it gives is exact:
 *
 * <ul>
 *   <li>Every amount (a voter's money, a sum, a payment cap {@code q}, a price {@code ρ}) is held as
 *       an interval {@code [lo, hi]} of doubles that contains the exact value. Each bound is
 *       computed by one IEEE 754 operation rounded to nearest and then moved one step outwards
 *       ({@link Math#nextDown}, {@link Math#nextUp}): the double nearest to a real number {@code x}
 *       has no double strictly between itself and {@code x}, so the step past it lies on the right
 *       side of {@code x}. A result of zero is kept as is only where it is exact: a sum or a
 *       difference of two doubles, a product by a positive integer weight or a quotient with a zero
 *       dividend is zero only when its exact value is (gradual underflow). The starting budget and
 *       the costs are converted with an exact check ({@link #below}, {@link #above}).
 *   <li>A decision is taken only when the intervals separate it: a project is unaffordable when the
 *       upper bound of its supporters' money is below the lower bound of its cost; the
 *       supporters who pay all they hold are those whose money is certainly at most the cap, the
 *       others certainly at least it (then the cap's interval is the exact cap's); a project is
 *       bought when its {@code ρ}'s upper bound is below every other candidate's lower bound of
 *       {@code ρ} (or equal to it where the other comes later in the tie order).
 *   <li>For a candidate that is not bought a lower bound of its {@code ρ} suffices. For any set
 *       {@code E} of its supporters with payers left outside it, the exact cap {@code q} is at
 *       least {@code (cost − money of E) / weight outside E}, since {@code Σ min(money, q)} is at
 *       most {@code money of E + q · weight outside E}. With {@code E} empty this is
 *       {@code cost / supporters}. Budgets only shrink during a run, so {@code ρ} only grows, and a
 *       lower bound found in an earlier round still holds: it spares evaluating most candidates.
 * </ul>
 *
 * <p>When a decision cannot be separated (an exact tie, or two prices closer than the error of
 * double arithmetic) the run declines ({@link Optional#empty()}): it never guesses.
 */
final class IntervalEqualShares {

  private static final int UNAFFORDABLE = 0;
  private static final int CERTAIN = 1;
  private static final int BOUND = 2;

  /**
   * Amounts stay within {@code [1e-150, 1e150]} (or are zero) so that no interval operation
   * overflows or produces NaN: a sum of money is at most {@code 1e150}, a price at most {@code
   * 1e150 / 1e-150}. Instances outside these bounds are declined.
   */
  private static final Rational LARGE = Rational.of(new BigDecimal("1e150"));

  private static final Rational SMALL = Rational.of(new BigDecimal("1e-150"));

  private final Election election;
  private final PbRule.Utility utility;
  private final boolean[] candidate;
  private final double[] costLo;
  private final double[] costHi;
  private final boolean bounded;

  /** Prepares runs of MES with {@code utility} on {@code election}. */
  IntervalEqualShares(Election election, PbRule.Utility utility) {
    this.election = election;
    this.utility = utility;
    int m = election.size();
    candidate = new boolean[m];
    costLo = new double[m];
    costHi = new double[m];
    boolean inBounds = true;
    for (int p = 0; p < m; p++) {
      candidate[p] = EqualSharesRun.isCandidate(election, utility, p);
      Rational c = election.cost[p];
      inBounds &= c.signum() == 0 || (c.compareTo(SMALL) >= 0 && c.compareTo(LARGE) <= 0);
    }
    bounded = inBounds;
    for (int p = 0; p < m && bounded; p++) {
      costLo[p] = below(election.cost[p]);
      costHi[p] = above(election.cost[p]);
    }
  }

  /**
   * The projects MES buys with every voter starting with {@code perVoter}, in order; stops as
   * soon as their total cost passes {@code limit} when one is given. Empty when a decision could
   * not be certified.
   */
  Optional<Outcome> run(Rational perVoter, Optional<Rational> limit) {
    if (!bounded || perVoter.times(Math.max(1, election.voters)).compareTo(LARGE) > 0) {
      return Optional.empty();
    }
    return new Run(perVoter).run(limit);
  }

  /**
   * The projects bought, in order, and their total cost; {@code exceeded} when the run stopped
   * because the total passed the limit given.
   */
  record Outcome(List<Integer> bought, Rational totalCost, boolean exceeded) {}

  /** The largest double at most {@code r}. */
  static double below(Rational r) {
    double d = r.doubleValue();
    while (Rational.of(new BigDecimal(d)).compareTo(r) > 0) {
      d = Math.nextDown(d);
    }
    return d;
  }

  /** The smallest double at least {@code r}. */
  static double above(Rational r) {
    double d = r.doubleValue();
    while (Rational.of(new BigDecimal(d)).compareTo(r) < 0) {
      d = Math.nextUp(d);
    }
    return d;
  }

  private static double addDown(double a, double b) {
    double r = a + b;
    return r == 0 ? 0 : Math.nextDown(r);
  }

  private static double addUp(double a, double b) {
    double r = a + b;
    return r == 0 ? 0 : Math.nextUp(r);
  }

  /** A lower bound of {@code a · w} for an integer weight {@code w ≥ 1}. */
  private static double mulDown(double a, double w) {
    double r = a * w;
    return r == 0 ? 0 : Math.nextDown(r);
  }

  private static double mulUp(double a, double w) {
    double r = a * w;
    return r == 0 ? 0 : Math.nextUp(r);
  }

  /** A lower bound of {@code a / b} for {@code b > 0}. */
  private static double divDown(double a, double b) {
    return a == 0 ? 0 : Math.nextDown(a / b);
  }

  private static double divUp(double a, double b) {
    return a == 0 ? 0 : Math.nextUp(a / b);
  }

  /** The state of one run. */
  private final class Run {
    /** Level 0 holds exactly nothing; level 1 the starting budget. */
    private double[] lo = new double[64];
    private double[] hi = new double[64];
    private long[] acc = new long[64];
    private int[] inE = new int[64];
    private int[] mapStamp = new int[64];
    private int[] mapTo = new int[64];
    private int levels = 2;
    private final int[] classLevel;
    private int[] touched = new int[64];
    private int stamp;
    private final double[] lower;
    /** Set by {@link #evaluate}: the cap and price intervals of the project evaluated last. */
    private double qLo;
    private double qHi;
    private double rhoLo;
    private double rhoHi;

    Run(Rational perVoter) {
      lo[1] = below(perVoter);
      hi[1] = above(perVoter);
      classLevel = new int[election.weight.length];
      Arrays.fill(classLevel, 1);
      lower = new double[election.size()];
    }

    Optional<Outcome> run(Optional<Rational> limit) {
      List<Integer> remaining = new ArrayList<>();
      for (int p = 0; p < election.size(); p++) {
        if (candidate[p]) {
          remaining.add(p);
        }
      }
      List<Integer> bought = new ArrayList<>();
      Rational total = Rational.ZERO;
      boolean[] gone = new boolean[election.size()];
      while (!remaining.isEmpty()) {
        // The order only saves work: every candidate passed over is checked below.
        remaining.sort((a, b) -> {
          int c = Double.compare(lower[a], lower[b]);
          return c != 0 ? c : Integer.compare(a, b);
        });
        int best = -1;
        double bestHi = 0;
        for (int p : remaining) {
          if (best >= 0 && loses(p, best, bestHi)) {
            break;
          }
          int status = evaluate(p);
          if (status == UNAFFORDABLE) {
            // Budgets only shrink during a run: it stays unaffordable.
            gone[p] = true;
            continue;
          }
          lower[p] = Math.max(lower[p], rhoLo);
          if (status == CERTAIN && (best < 0 || rhoHi < bestHi || (rhoHi == bestHi && p < best))) {
            best = p;
            bestHi = rhoHi;
          }
        }
        remaining.removeIf(p -> gone[p]);
        if (best < 0) {
          // Nothing certainly affordable: the run ends only if nothing may be.
          return remaining.isEmpty() ? Optional.of(new Outcome(bought, total, false)) : Optional.empty();
        }
        for (int p : remaining) {
          if (p != best && !loses(p, best, bestHi)) {
            return Optional.empty();
          }
        }
        charge(best);
        bought.add(best);
        remaining.remove(Integer.valueOf(best));
        total = total.plus(election.cost[best]);
        if (limit.isPresent() && total.compareTo(limit.get()) > 0) {
          return Optional.of(new Outcome(bought, total, true));
        }
      }
      return Optional.of(new Outcome(bought, total, false));
    }

    /** Whether {@code p}, with the lower bound of its ρ, certainly loses to {@code best}. */
    private boolean loses(int p, int best, double bestHi) {
      return lower[p] > bestHi || (lower[p] >= bestHi && p > best);
    }

    /**
     * Evaluates project {@code p}: {@link #UNAFFORDABLE} when its supporters certainly cannot pay
     * it; {@link #CERTAIN} with the exact cap and price within {@link #qLo}..{@link #qHi} and
     * {@link #rhoLo}..{@link #rhoHi}, the supporters who pay all they hold marked in {@link #inE};
     * else {@link #BOUND} with a lower bound {@link #rhoLo} of its price (when it is affordable).
     */
    private int evaluate(int p) {
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
      long w = 0;
      double sLo = 0;
      double sHi = 0;
      for (int i = 0; i < t; i++) {
        int l = touched[i];
        w += acc[l];
        sLo = addDown(sLo, mulDown(lo[l], acc[l]));
        sHi = addUp(sHi, mulUp(hi[l], acc[l]));
      }
      int status;
      if (sHi < costLo[p]) {
        status = UNAFFORDABLE;
      } else {
        status = cap(p, t, w, sLo >= costHi[p]);
        if (utility == PbRule.Utility.COST) {
          rhoLo = divDown(qLo, costHi[p]);
          rhoHi = divUp(qHi, costLo[p]);
        } else {
          rhoLo = qLo;
          rhoHi = qHi;
        }
      }
      for (int i = 0; i < t; i++) {
        acc[touched[i]] = 0;
      }
      return status;
    }

    /** Water-filling on the {@code t} levels touched, of total weight {@code w}. */
    private int cap(int p, int t, long w, boolean affordable) {
      int e = ++stamp;
      // Classify by midpoints: a level joins E (pays all it holds) while it is below the cap of
      // those outside E; the cap only rises as E grows. Levels holding exactly nothing are in E.
      double cost = costLo[p] / 2 + costHi[p] / 2;
      double sumE = 0;
      long wE = 0;
      boolean changed = true;
      while (changed && wE < w) {
        changed = false;
        double q = (cost - sumE) / (w - wE);
        for (int i = 0; i < t; i++) {
          int l = touched[i];
          double mid = lo[l] / 2 + hi[l] / 2;
          if (inE[l] != e && (mid < q || hi[l] == 0)) {
            inE[l] = e;
            sumE += mid * acc[l];
            wE += acc[l];
            changed = true;
          }
        }
      }
      long wR = w - wE;
      if (wR == 0) {
        qLo = divDown(costLo[p], w);
        qHi = Double.POSITIVE_INFINITY;
        return BOUND;
      }
      double nLo = costLo[p];
      double nHi = costHi[p];
      for (int i = 0; i < t; i++) {
        int l = touched[i];
        if (inE[l] == e) {
          nLo = addDown(nLo, -mulUp(hi[l], acc[l]));
          nHi = addUp(nHi, -mulDown(lo[l], acc[l]));
        }
      }
      qLo = Math.max(0, divDown(nLo, wR));
      qHi = divUp(nHi, wR);
      if (!affordable) {
        return BOUND;
      }
      for (int i = 0; i < t; i++) {
        int l = touched[i];
        if (inE[l] == e ? hi[l] > qLo : lo[l] < qHi) {
          return BOUND;
        }
      }
      return CERTAIN;
    }

    /** Charges the supporters of {@code p}, certainly bought: E pays all it holds, the others the cap. */
    private void charge(int p) {
      if (evaluate(p) != CERTAIN) {
        throw new IllegalStateException("project " + p + " was certain and is not on evaluation again");
      }
      int e = stamp;
      int mark = ++stamp;
      for (int c : election.supporters[p]) {
        int l = classLevel[c];
        if (mapStamp[l] != mark) {
          mapStamp[l] = mark;
          // level() may grow the arrays: take the new level before storing into mapTo.
          int to = inE[l] == e ? 0 : level(Math.max(0, addDown(lo[l], -qHi)), addUp(hi[l], -qLo));
          mapTo[l] = to;
        }
        classLevel[c] = mapTo[l];
      }
    }

    private int level(double low, double high) {
      if (levels == lo.length) {
        int n = levels * 2;
        lo = Arrays.copyOf(lo, n);
        hi = Arrays.copyOf(hi, n);
        acc = Arrays.copyOf(acc, n);
        inE = Arrays.copyOf(inE, n);
        mapStamp = Arrays.copyOf(mapStamp, n);
        mapTo = Arrays.copyOf(mapTo, n);
      }
      lo[levels] = low;
      hi[levels] = high;
      return levels++;
    }
  }
}
