// SPDX-License-Identifier: Apache-2.0
package org.civicplan.participation;

import java.util.Objects;

/**
 * A participatory-budgeting rule with its parameters. Every rule reads the ballots as approval
 * ballots, computes in exact rationals and breaks ties by a {@link TieOrder}.
 */
public sealed interface PbRule permits PbRule.Greedy, PbRule.EqualShares, PbRule.SequentialPhragmen {

  /**
   * The rule's name as the command line and the JSON output write it.
   *
   * @return the rule's name
   */
  String label();

  /**
   * Greedy utilitarian: order the projects by approvals (or approvals per unit of cost) and fund
   * each that still fits in the remaining budget.
   *
   * @param order how the projects are ordered
   */
  record Greedy(GreedyOrder order) implements PbRule {
    /**
     * Creates an instance from its components.
     *
     * @param order how the projects are ordered
     * @throws NullPointerException if {@code order} is null
     */
    public Greedy {
      Objects.requireNonNull(order, "order");
    }

    @Override
    public String label() {
      return "greedy";
    }
  }

  /**
   * The Method of Equal Shares (Peters and Skowron): the budget is split equally among the voters;
   * a project is bought when its supporters can pay for it, and the project bought next is the one
   * whose supporters pay the least per unit of utility ({@code ρ}), each paying at most {@code ρ}
   * times their utility.
   *
   * @param utility the voters' utility of an approved project
   * @param completion how the outcome is completed by raising the voters' budgets
   * @param fill whether a utilitarian greedy fill spends what is left after the completion
   */
  record EqualShares(Utility utility, Completion completion, Fill fill) implements PbRule {
    /**
     * Creates an instance from its components.
     *
     * @param utility the voters' utility of an approved project
     * @param completion how the outcome is completed by raising the voters' budgets
     * @param fill whether a utilitarian greedy fill spends what is left after the completion
     * @throws NullPointerException if an argument is null
     */
    public EqualShares {
      Objects.requireNonNull(utility, "utility");
      Objects.requireNonNull(completion, "completion");
      Objects.requireNonNull(fill, "fill");
    }

    /**
     * MES with {@code utility}, without completion or fill.
     *
     * @param utility the voters' utility
     * @return the rule
     */
    public static EqualShares of(Utility utility) {
      return new EqualShares(utility, Completion.none(), Fill.NONE);
    }

    @Override
    public String label() {
      return "mes";
    }
  }

  /**
   * Sequential Phragmén for approval ballots: voters earn money continuously; the next project
   * bought is the one whose supporters, sharing its cost and their earlier loads equally, would
   * reach the smallest maximal load; the rule stops when that project does not fit the remaining
   * budget.
   */
  record SequentialPhragmen() implements PbRule {
    @Override
    public String label() {
      return "phragmen";
    }
  }

  /** How the greedy rule orders the projects. */
  enum GreedyOrder {
    /** By number of approvals, most first (utilitarian welfare under cost utility). */
    APPROVALS,
    /**
     * By approvals per unit of cost, highest first; a zero-cost project comes before all others
     * (utilitarian welfare under cardinality utility).
     */
    APPROVALS_PER_COST;

    /**
     * {@code approvals} or {@code approvals-per-cost}.
     *
     * @return the label
     */
    public String label() {
      return this == APPROVALS ? "approvals" : "approvals-per-cost";
    }
  }

  /** A voter's utility of an approved funded project in the Method of Equal Shares. */
  enum Utility {
    /**
     * The project's cost. A zero-cost project then brings no utility, so MES never buys it (as
     * pabutools and the reference implementation of equalshares.net do); a fill may.
     */
    COST,
    /** One per project. A zero-cost project with a supporter is bought first, at {@code ρ = 0}. */
    CARDINALITY;

    /**
     * {@code cost} or {@code cardinality}.
     *
     * @return the label
     */
    public String label() {
      return this == COST ? "cost" : "cardinality";
    }
  }

  /** Whether a utilitarian greedy fill follows the Method of Equal Shares. */
  enum Fill {
    /** No fill. */
    NONE,
    /**
     * Fund, in greedy order, each unfunded project that still fits: by approvals under cost
     * utility, by approvals per unit of cost under cardinality utility.
     */
    GREEDY;

    /**
     * {@code none} or {@code greedy}.
     *
     * @return the label
     */
    public String label() {
      return this == NONE ? "none" : "greedy";
    }
  }

  /** How the Method of Equal Shares is completed by raising every voter's budget. */
  sealed interface Completion permits Completion.None, Completion.Add1, Completion.Add1Exhaustive {

    /**
     * {@code none}, {@code add1} or {@code add1-exhaustive}.
     *
     * @return the label
     */
    String label();

    /**
     * No completion.
     *
     * @return the completion that adds nothing
     */
    static Completion none() {
      return new None();
    }

    /** No completion: MES with the budget split equally. */
    record None() implements Completion {
      @Override
      public String label() {
        return "none";
      }
    }

    /**
     * Raise every voter's budget by {@code increment}, run MES again from the start, and keep
     * raising while the outcome's total cost stays within the budget; the outcome is the last one
     * within the budget (pabulib's {@code equalshares/add1}). Raising stops too when every project
     * MES could buy is bought.
     *
     * @param increment the raise of each voter's budget, positive
     */
    record Add1(Rational increment) implements Completion {
      /**
       * Creates an instance from its components.
       *
       * @param increment the raise of each voter's budget, positive
       * @throws IllegalArgumentException if {@code increment} is not positive
       */
      public Add1 {
        positive(increment);
      }

      @Override
      public String label() {
        return "add1";
      }
    }

    /**
     * As {@link Add1}, but stop at the first exhaustive outcome (no unfunded project that MES could
     * buy fits the remaining budget); else the last outcome within the budget (pabutools' {@code
     * voter_budget_increment}).
     *
     * @param increment the raise of each voter's budget, positive
     */
    record Add1Exhaustive(Rational increment) implements Completion {
      /**
       * Creates an instance from its components.
       *
       * @param increment the raise of each voter's budget, positive
       * @throws IllegalArgumentException if {@code increment} is not positive
       */
      public Add1Exhaustive {
        positive(increment);
      }

      @Override
      public String label() {
        return "add1-exhaustive";
      }
    }

    private static void positive(Rational increment) {
      Objects.requireNonNull(increment, "increment");
      if (increment.signum() <= 0) {
        throw new IllegalArgumentException("increment must be positive but was " + increment);
      }
    }
  }
}
