// SPDX-License-Identifier: Apache-2.0
package org.civicplan.solver.ortools;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;
import java.util.Objects;
import org.civicplan.prioritisation.CompiledPortfolio;
import org.civicplan.prioritisation.PortfolioProblem;
import org.civicplan.prioritisation.PortfolioSolver;
import org.civicplan.prioritisation.Selection;

/**
 * Portfolio selection by a mixed-integer programming solver bundled with OR-Tools, through its
 * MPSolver interface: {@link Cbc} (id {@code ortools-cbc}) or {@link Scip} (id {@code
 * ortools-scip}). The model is the binary program of {@link CompiledPortfolio}; the relative
 * optimality gap is set to 1e-9 (the tolerance of the embedded solver) instead of MPSolver's
 * default 1e-4, so that "optimal" means the same for every backend. A variable counts as selected
 * when its value is above one half; the selection is then checked exactly.
 */
public abstract class MipSolver implements PortfolioSolver {
  private final String solverName;

  private MipSolver(String solverName) {
    this.solverName = solverName;
  }

  /** COIN-OR CBC through OR-Tools (id {@code ortools-cbc}). */
  public static final class Cbc extends MipSolver {
    /** Creates the backend. */
    public Cbc() {
      super("CBC");
    }

    @Override
    public String id() {
      return "ortools-cbc";
    }
  }

  /** SCIP through OR-Tools (id {@code ortools-scip}). */
  public static final class Scip extends MipSolver {
    /** Creates the backend. */
    public Scip() {
      super("SCIP");
    }

    @Override
    public String id() {
      return "ortools-scip";
    }
  }

  @Override
  public Selection select(PortfolioProblem problem) {
    Objects.requireNonNull(problem, "problem");
    CompiledPortfolio c = CompiledPortfolio.of(problem);
    if (c.refusal().isPresent()) {
      return c.refusal().get();
    }
    Natives.load();
    MPSolver solver = MPSolver.createSolver(solverName);
    if (solver == null) {
      throw new IllegalStateException("OR-Tools was built without " + solverName);
    }
    try {
      return solve(c, solver);
    } finally {
      solver.delete();
    }
  }

  private static Selection solve(CompiledPortfolio c, MPSolver solver) {
    int n = c.units();
    MPVariable[] x = new MPVariable[n];
    MPObjective objective = solver.objective();
    for (int u = 0; u < n; u++) {
      boolean fixedOut = !c.selectable(u);
      boolean fixedIn = !fixedOut && c.mandatory(u);
      x[u] = solver.makeIntVar(fixedIn ? 1 : 0, fixedOut ? 0 : 1, "x" + u);
      objective.setCoefficient(x[u], c.value(u));
    }
    objective.setMaximization();
    for (int u = 0; u < n; u++) {
      for (int r : c.requires(u)) {
        MPConstraint k = solver.makeConstraint(Double.NEGATIVE_INFINITY, 0);
        k.setCoefficient(x[u], 1);
        k.setCoefficient(x[r], -1);
      }
    }
    for (int t = 0; t < c.periods(); t++) {
      MPConstraint k = solver.makeConstraint(Double.NEGATIVE_INFINITY, c.budget(t));
      for (int u = 0; u < n; u++) {
        if (c.cost(u, t) != 0) {
          k.setCoefficient(x[u], c.cost(u, t));
        }
      }
    }
    for (int g = 0; g < c.groups(); g++) {
      MPConstraint k = solver.makeConstraint(Double.NEGATIVE_INFINITY, 1);
      for (int u : c.groupUnits(g)) {
        k.setCoefficient(x[u], 1);
      }
    }
    for (int s = 0; s < c.shares(); s++) {
      MPConstraint k = solver.makeConstraint(c.shareRequired(s), Double.POSITIVE_INFINITY);
      for (int u = 0; u < n; u++) {
        if (c.shareCost(s, u) != 0) {
          k.setCoefficient(x[u], c.shareCost(s, u));
        }
      }
    }
    solver.setTimeLimit(Math.max(1, (long) (c.remainingSeconds() * 1000)));
    MPSolverParameters params = new MPSolverParameters();
    params.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 1e-9);
    MPSolver.ResultStatus status = solver.solve(params);
    long nodes = solver.nodes();
    if (status == MPSolver.ResultStatus.OPTIMAL || status == MPSolver.ResultStatus.FEASIBLE) {
      boolean[] taken = new boolean[n];
      for (int u = 0; u < n; u++) {
        taken[u] = x[u].solutionValue() > 0.5;
      }
      return c.result(taken, status == MPSolver.ResultStatus.OPTIMAL, objective.bestBound(), nodes);
    }
    if (status == MPSolver.ResultStatus.INFEASIBLE) {
      return c.none(false, Double.NaN, nodes);
    }
    // stopped with no selection: the solver's bound then need not be valid, so none is claimed
    return c.none(true, Double.POSITIVE_INFINITY, nodes);
  }

  @Override
  public String toString() {
    return id();
  }
}
