// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

/**
 * Budget-constrained portfolio selection: an exact depth-first branch and bound and a greedy
 * benefit/cost baseline. This is the embedded solver; other backends (see {@link PortfolioSolvers})
 * give the same {@link Selection}.
 *
 * <p><b>Exact money.</b> Costs, budgets and the minimum-share amounts ({@code share × budget}) are
 * scaled by 10^s, where s is the largest number of decimal places among them, and held as exact
 * {@code long}s, so every budget and share comparison is exact. An instance whose scaled totals do
 * not fit in a {@code long} is refused with the finding {@code portfolio.amount.too-large}. Values
 * are doubles; optimality is proven up to a relative tolerance of 1e-9 in value.
 *
 * <p><b>Single budget.</b> Plain single-budget instances (one period, no dependencies, exclusive
 * groups or minimum shares) are solved by an expanding-core dynamic program in the line of
 * Pisinger's minknap, whose work grows with the few items near the break item rather than with the
 * budget; see {@link CoreKnapsack}.
 *
 * <p><b>Search.</b> Projects that require each other in a cycle are merged into one unit, selected
 * all together or not at all (with a warning). Units are branched in order of value per surrogate
 * cost ({@code Σ_t cost_t / budget_t}), "take" before "leave". Taking a unit takes what it
 * requires and leaves its exclusive partners; leaving it leaves what requires it. The bound at a
 * node is the fractional knapsack over the surrogate constraint {@code Σ_t used_t / budget_t ≤
 * periods}, a relaxation of all budgets (and, for one period, the Dantzig bound), tightened by the
 * fractional knapsack bound of each period alone, and by a Lagrangian bound of linear-programming
 * strength (budgets, dependencies and exclusive groups relaxed, multipliers tuned by subgradient
 * steps at the root and a few more at each node) with reduced-cost fixing, and, with several
 * periods, by the Lagrangian bound that keeps one budget exact (a knapsack solved by dynamic
 * programming, stronger than the linear programme); see {@link BranchAndBound}. When the node or time limit stops the search, the result is marked not optimal
 * and the bound is the largest bound of the open nodes.
 *
 * <p><b>Time limit.</b> The problem's time limit counts from the call and covers the whole of it.
 * A problem of at least 16,384 projects whose limit runs out while it is compiled for the search
 * has no selection: the result is not feasible and carries the warning {@code
 * portfolio.limit.before-search} at {@code /limits}. A smaller one is always compiled (a matter of
 * milliseconds), so it gets at least the greedy selection; on a large one a greedy fill the limit
 * interrupts stands as it is.
 *
 * <p><b>Infeasibility</b> is reported with its cause: mandatory projects (with what they require)
 * over a period's budget, mandatory projects in one exclusive group, a minimum share that even all
 * eligible projects cannot reach, and otherwise the combination of constraints.
 */
public final class Portfolio {

  private Portfolio() {}

  /**
   * Selects the projects of maximum total value, exactly (within the problem's limits).
   *
   * @param problem the problem
   * @return the selection
   * @throws NullPointerException if the problem is null
   */
  public static Selection select(PortfolioProblem problem) {
    long deadline = PortfolioModelBuilder.deadline(problem);
    PortfolioModel model = PortfolioModelBuilder.build(problem, deadline);
    if (model.refused()) {
      return SelectionResults.infeasible(model, 0);
    }
    return CoreKnapsack.trySolve(model, deadline)
        .orElseGet(() -> new BranchAndBound(model, problem.maxNodes(), deadline).run());
  }

  /**
   * {@return the greedy baseline: mandatory projects (and what they require) first, then the others
   * in decreasing value per surrogate cost, each with what it requires, when it fits and excludes
   * no selected project} Never claims optimality; the bound is the root relaxation bound. Compiling
   * the problem keeps to its time limit as in {@link #select}: when it runs out first, the result
   * has no selection and the warning {@code portfolio.limit.before-search}.
   *
   * @param problem the problem
   * @throws NullPointerException if the problem is null
   */
  public static Selection greedy(PortfolioProblem problem) {
    return GreedyFill.baseline(PortfolioModelBuilder.build(problem));
  }
}
