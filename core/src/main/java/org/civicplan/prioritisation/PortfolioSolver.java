// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

/**
 * A backend of exact portfolio selection. The embedded pure-Java solver ({@link
 * PortfolioSolvers#embedded()}, what {@link Portfolio#select} runs) is always there; other backends
 * (for example those of the optional module {@code civicplan-solver-ortools}) are found with {@link
 * java.util.ServiceLoader} through {@link PortfolioSolvers}.
 *
 * <p>Every backend keeps the contract of {@link Portfolio#select}: the same {@link Selection}, with
 * the findings of the problem (unknown references, cycles merged, the cause of an infeasibility),
 * {@link Selection#optimal()} only when optimality is proven, and otherwise a valid {@link
 * Selection#bound()} and {@link Selection#gap()}; never a selection that breaks a constraint; the
 * problem's time limit honoured. A backend compiles the problem with {@link CompiledPortfolio},
 * which checks its answer before it becomes a {@link Selection}.
 */
public interface PortfolioSolver {

  /**
   * {@return the backend's id, such as {@code civicplan} (embedded) or {@code ortools-cp-sat}}
   */
  String id();

  /**
   * Selects the projects of maximum total value.
   *
   * @param problem the problem
   * @return the selection, as {@link Portfolio#select} describes it
   * @throws NullPointerException if the problem is null
   */
  Selection select(PortfolioProblem problem);
}
