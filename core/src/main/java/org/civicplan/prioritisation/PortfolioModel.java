// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.civicplan.base.Finding;

/**
 * A {@link PortfolioProblem} compiled for the search by {@link PortfolioModelBuilder}: periods and
 * budgets as exact scaled {@code long}s, projects merged into {@link PortfolioUnit}s, exclusive
 * groups and minimum shares over units, and the orders the bounds and the greedy fill walk. Built
 * once and then only read, except {@link #findings}.
 */
final class PortfolioModel {
  final PortfolioProblem problem;
  /** Findings of the compilation (cycles merged, causes of infeasibility); results copy them. */
  final List<Finding> findings = new ArrayList<>();
  boolean refused;
  /**
   * Whether the problem is large enough (at least {@link PortfolioModelBuilder#WATCHED_FROM}
   * projects) for the time limit to be watched where other sizes do without it: in its compilation
   * and in the greedy fill that starts its search.
   */
  boolean watched;
  /** Whether the time limit ran out before the compilation ended (the model is then refused too). */
  boolean outOfTime;
  String[] periods;
  /** Budget per period, scaled by 10^{@link #scale}. */
  long[] budget;
  int scale;
  PortfolioUnit[] units = new PortfolioUnit[0];
  /** Units of each exclusive group. */
  int[][] groupUnits = new int[0][];
  /** Scaled amount each minimum share requires. */
  long[] shareRequired = new long[0];
  /** Scaled cost each unit counts towards each minimum share ({@code [share][unit]}). */
  long[][] shareCost = new long[0][];
  /** Units in decreasing value per surrogate weight, ties by id. */
  int[] order = new int[0];
  /** The units in id order (unit ids are distinct: a unit's id is that of its first member). */
  int[] byId = new int[0];
  /** Per period, units in decreasing value per cost in that period, ties by id. */
  int[][] periodOrder = new int[0][];
  /** Multipliers of the surrogate constraint {@code Σ_t λ_t cost_t ≤ Σ_t λ_t budget_t}. */
  double[] lambda = new double[0];

  PortfolioModel(PortfolioProblem problem) {
    this.problem = problem;
  }

  /** Whether the problem was refused (bad reference or amount, or infeasible on its face). */
  boolean refused() {
    return refused;
  }

  /** Refuses the model because the time limit ran out while it was compiled, with the warning that says so. */
  void outOfTime() {
    findings.add(Messages.warning(PrioritisationCodes.PORTFOLIO_LIMIT_COMPILING, "/limits", problem.projects().size()));
    refused = true;
    outOfTime = true;
  }

  void error(String code, String path, Object... args) {
    findings.add(Messages.error(code, path, args));
    refused = true;
  }

  /** A scaled amount as plain decimal text. */
  String money(long scaled) {
    return BigDecimal.valueOf(scaled, scale).stripTrailingZeros().toPlainString();
  }

  /** The ids of a unit's member projects, in id order. */
  List<String> memberIds(PortfolioUnit unit) {
    return Arrays.stream(unit.members).mapToObj(i -> problem.projects().get(i).id()).toList();
  }
}
