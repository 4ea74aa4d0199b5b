// SPDX-License-Identifier: Apache-2.0
package org.civicplan.participation;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/** The raising loop of the add1 completions of the Method of Equal Shares. */
final class BudgetRaises {

  private BudgetRaises() {}

  /**
   * How many raises of {@code step} the add1 completion makes: it raises every voter's budget
   * from {@code start} one step at a time while the outcome stays within {@code budget} (and,
   * when {@code stopWhenExhaustive}, until the outcome is exhaustive), and stops when every
   * candidate is funded. The result is exactly that of running MES at every raise; each raise is
   * only computed more cheaply:
   *
   * <ul>
   *   <li>the raises below the budget up to which the latest exact run's decisions provably hold
   *       ({@link EqualSharesRun#stable}) are skipped: each of them repeats that run's outcome;
   *   <li>any other raise is first run in certified interval arithmetic ({@link
   *       IntervalEqualShares}), which gives the exact outcome or declines;
   *   <li>where it declines, the exact run resumes from the rounds of the latest exact run whose
   *       decisions still hold ({@link EqualSharesRun#resume}).
   * </ul>
   *
   * <p>{@code intervals} false leaves out the interval runs (for the tests of the exact path).
   */
  static int count(
      Election e, PbRule.Utility utility, Rational budget, Rational start, Rational step, boolean stopWhenExhaustive, boolean intervals) {
    Optional<IntervalEqualShares> fast = intervals ? Optional.of(new IntervalEqualShares(e, utility)) : Optional.empty();
    Optional<Rational> limit = Optional.of(budget);
    EqualSharesRun exact = null;
    long raises = 0;
    RaiseOutcome current = null;
    while (true) {
      long next = current == null ? 0 : raises + 1;
      Rational t = start.plus(step.times(next));
      RaiseOutcome outcome;
      if (exact != null && exact.stable.isEmpty()) {
        // No decision of the exact run ever changes: every further raise repeats its outcome.
        break;
      }
      if (exact != null && t.compareTo(exact.stable.get()) < 0) {
        // Every raise below exact.stable repeats the exact run's outcome: go to the last of them.
        long last = ceiling(exact.stable.get().minus(start).dividedBy(step)) - 1;
        if (last >= Integer.MAX_VALUE - 1L) {
          // A raise count is an int: an outcome that holds that far is returned at the last one.
          raises = Integer.MAX_VALUE - 1L;
          break;
        }
        raises = Math.max(next, last);
        continue;
      }
      Optional<IntervalEqualShares.Outcome> certain = fast.flatMap(f -> f.run(t, limit));
      if (certain.isPresent()) {
        outcome = new RaiseOutcome(certain.get().bought(), certain.get().totalCost(), certain.get().exceeded());
      } else {
        exact = exact == null ? EqualSharesRun.run(e, utility, t, limit, true) : EqualSharesRun.resume(exact, t, limit);
        outcome = new RaiseOutcome(exact.bought, exact.totalCost, exact.exceeded);
      }
      if (outcome.exceeded()) {
        break;
      }
      current = outcome;
      raises = next;
      if ((stopWhenExhaustive && current.exhaustive(e, utility, budget)) || current.complete(e, utility) || raises >= Integer.MAX_VALUE - 1L) {
        break;
      }
    }
    return (int) raises;
  }

  /** The projects MES buys at one raise, in order, and their total cost. */
  private record RaiseOutcome(List<Integer> bought, Rational totalCost, boolean exceeded) {
    /** Whether no candidate left unfunded fits the budget beside the outcome. */
    boolean exhaustive(Election e, PbRule.Utility utility, Rational budget) {
      Rational left = budget.minus(totalCost);
      boolean[] funded = funded(e);
      for (int p = 0; p < e.size(); p++) {
        if (EqualSharesRun.isCandidate(e, utility, p) && !funded[p] && e.cost[p].compareTo(left) <= 0) {
          return false;
        }
      }
      return true;
    }

    /** Whether every candidate is funded: raising the budgets further cannot change the outcome. */
    boolean complete(Election e, PbRule.Utility utility) {
      boolean[] funded = funded(e);
      for (int p = 0; p < e.size(); p++) {
        if (EqualSharesRun.isCandidate(e, utility, p) && !funded[p]) {
          return false;
        }
      }
      return true;
    }

    private boolean[] funded(Election e) {
      boolean[] funded = new boolean[e.size()];
      bought.forEach(p -> funded[p] = true);
      return funded;
    }
  }

  private static long ceiling(Rational r) {
    BigInteger[] qr = r.numerator().divideAndRemainder(r.denominator());
    BigInteger c = qr[1].signum() > 0 ? qr[0].add(BigInteger.ONE) : qr[0];
    return c.min(BigInteger.valueOf(Integer.MAX_VALUE)).longValue();
  }

}
