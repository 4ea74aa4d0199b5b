// SPDX-License-Identifier: Apache-2.0
/**
 * Portfolio selection backends through Google OR-Tools: {@link
 * org.civicplan.solver.ortools.CpSatSolver} ({@code ortools-cp-sat}) and {@link
 * org.civicplan.solver.ortools.MipSolver} ({@code ortools-cbc}, {@code ortools-scip}). With this
 * module on the class path, {@link org.civicplan.prioritisation.PortfolioSolvers#find} finds them:
 *
 * <pre>{@code
 * Selection s = PortfolioSolvers.find("ortools-cp-sat").orElseThrow().select(problem);
 * }</pre>
 *
 * <p>Each builds the same binary model from {@link org.civicplan.prioritisation.CompiledPortfolio}
 * (budgets per period, dependencies, exclusive groups, minimum shares, mandatory units), passes
 * the problem's remaining time as the solver's limit, and hands the answer back to it, which checks
 * every constraint exactly; a selection is marked optimal only when the solver proved it.
 */
package org.civicplan.solver.ortools;
