// SPDX-License-Identifier: Apache-2.0
package org.civicplan.solver.ortools;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.DoubleLinearExpr;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.Literal;
import java.util.Objects;
import org.civicplan.prioritisation.CompiledPortfolio;
import org.civicplan.prioritisation.PortfolioProblem;
import org.civicplan.prioritisation.PortfolioSolver;
import org.civicplan.prioritisation.Selection;

/**
 * Portfolio selection by OR-Tools' CP-SAT solver (id {@code ortools-cp-sat}). Budgets and shares
 * are exact integer constraints over the scaled amounts; a dependency is an implication, an
 * exclusive group an at-most-one. Integer values give an integer objective; other values a
 * floating objective, which CP-SAT proves optimal up to its own scaling of the coefficients.
 *
 * <p>The solver found by {@link java.util.ServiceLoader} runs one worker, so that the same problem
 * gives the same selection; {@link #CpSatSolver(int)} runs several (faster on several cores, but
 * among equally good selections the one returned may change from run to run).
 */
public final class CpSatSolver implements PortfolioSolver {
  private final int workers;

  /** A solver with one worker (deterministic). */
  public CpSatSolver() {
    this(1);
  }

  /**
   * A solver with several workers.
   *
   * @param workers the number of CP-SAT workers, at least 1
   * @throws IllegalArgumentException if workers is less than 1
   */
  public CpSatSolver(int workers) {
    if (workers < 1) {
      throw new IllegalArgumentException("workers must be at least 1 but was " + workers);
    }
    this.workers = workers;
  }

  @Override
  public String id() {
    return "ortools-cp-sat";
  }

  @Override
  public Selection select(PortfolioProblem problem) {
    Objects.requireNonNull(problem, "problem");
    CompiledPortfolio c = CompiledPortfolio.of(problem);
    if (c.refusal().isPresent()) {
      return c.refusal().get();
    }
    Natives.load();
    int n = c.units();
    CpModel model = new CpModel();
    BoolVar[] x = new BoolVar[n];
    boolean integral = true;
    double[] values = new double[n];
    long[] intValues = new long[n];
    for (int u = 0; u < n; u++) {
      x[u] = model.newBoolVar("x" + u);
      values[u] = c.value(u);
      integral &= values[u] == Math.rint(values[u]) && Math.abs(values[u]) < 1e15;
      intValues[u] = (long) values[u];
      if (!c.selectable(u)) {
        model.addEquality(x[u], 0);
      } else if (c.mandatory(u)) {
        model.addEquality(x[u], 1);
      }
      for (int r : c.requires(u)) {
        model.addImplication(x[u], x[r]);
      }
    }
    for (int t = 0; t < c.periods(); t++) {
      long[] coef = new long[n];
      for (int u = 0; u < n; u++) {
        coef[u] = c.cost(u, t);
      }
      model.addLessOrEqual(LinearExpr.weightedSum(x, coef), c.budget(t));
    }
    for (int g = 0; g < c.groups(); g++) {
      int[] us = c.groupUnits(g);
      Literal[] lits = new Literal[us.length];
      for (int k = 0; k < us.length; k++) {
        lits[k] = x[us[k]];
      }
      model.addAtMostOne(lits);
    }
    for (int s = 0; s < c.shares(); s++) {
      long[] coef = new long[n];
      for (int u = 0; u < n; u++) {
        coef[u] = c.shareCost(s, u);
      }
      model.addGreaterOrEqual(LinearExpr.weightedSum(x, coef), c.shareRequired(s));
    }
    if (integral) {
      model.maximize(LinearExpr.weightedSum(x, intValues));
    } else {
      model.maximize(DoubleLinearExpr.weightedSum((Literal[]) x, values));
    }
    CpSolver solver = new CpSolver();
    solver.getParameters().setNumWorkers(workers).setMaxTimeInSeconds(Math.max(1e-3, c.remainingSeconds()));
    CpSolverStatus status = solver.solve(model);
    long nodes = solver.numBranches();
    if (status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE) {
      boolean[] taken = new boolean[n];
      for (int u = 0; u < n; u++) {
        taken[u] = solver.booleanValue(x[u]);
      }
      return c.result(taken, status == CpSolverStatus.OPTIMAL, solver.bestObjectiveBound(), nodes);
    }
    if (status == CpSolverStatus.INFEASIBLE) {
      return c.none(false, Double.NaN, nodes);
    }
    // stopped with no selection: CP-SAT's bound then need not be valid, so none is claimed
    return c.none(true, Double.POSITIVE_INFINITY, nodes);
  }

  @Override
  public String toString() {
    return id();
  }
}
