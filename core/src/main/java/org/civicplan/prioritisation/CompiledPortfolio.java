// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

import java.util.Objects;
import java.util.Optional;

/**
 * A {@link PortfolioProblem} compiled for a {@link PortfolioSolver} backend: references checked,
 * money scaled to exact {@code long}s (by 10^s, s the largest number of decimals), projects that
 * require each other in a cycle merged into one <em>unit</em> selected all together or not at all,
 * and the causes of an infeasibility found; the same compilation the embedded solver uses, so that
 * every backend reports the same findings.
 *
 * <p>The backend solves over units: binary x<sub>u</sub>, maximise {@code Σ value(u) x_u} subject
 * to {@code Σ_u cost(u, t) x_u ≤ budget(t)} for every period t, {@code x_u ≤ x_r} for every r in
 * {@link #requires(int) requires(u)}, at most one unit of each exclusive group, {@code Σ_u
 * shareCost(s, u) x_u ≥ shareRequired(s)} for every minimum share s, {@code x_u = 1} for {@link
 * #mandatory(int) mandatory} units and {@code x_u = 0} for units that are not {@link
 * #selectable(int) selectable}. It then hands its answer to {@link #result}, which checks every
 * constraint exactly before it becomes a {@link Selection}.
 */
public final class CompiledPortfolio {
  private final PortfolioModel m;
  private final long deadline;

  private CompiledPortfolio(PortfolioModel m, long deadline) {
    this.m = m;
    this.deadline = deadline;
  }

  /**
   * Compiles a problem; its time limit starts now.
   *
   * @param problem the problem
   * @return the compiled problem
   * @throws NullPointerException if the problem is null
   */
  public static CompiledPortfolio of(PortfolioProblem problem) {
    Objects.requireNonNull(problem, "problem");
    long deadline = PortfolioModelBuilder.deadline(problem);
    return new CompiledPortfolio(PortfolioModelBuilder.build(problem, deadline), deadline);
  }

  /**
   * {@return the result when the problem is refused before any search (a bad reference or amount,
   * or an infeasibility with a single cause), with the findings that say why}
   */
  public Optional<Selection> refusal() {
    return m.refused() ? Optional.of(SelectionResults.infeasible(m, 0)) : Optional.empty();
  }

  /** {@return the problem} */
  public PortfolioProblem problem() {
    return m.problem;
  }

  /** {@return the {@link System#nanoTime()} at which the problem's time limit runs out} */
  public long deadlineNanos() {
    return deadline;
  }

  /** {@return the seconds left before the time limit runs out, at least 0} */
  public double remainingSeconds() {
    return Math.max(0, deadline - System.nanoTime()) / 1e9;
  }

  /** {@return the number of units} */
  public int units() {
    return m.units.length;
  }

  /** {@return the number of budget periods} */
  public int periods() {
    return m.periods.length;
  }

  /**
   * {@return the scaled budget of a period}
   *
   * @param period the period's index, in the order of {@link PortfolioProblem#budget()}
   */
  public long budget(int period) {
    return m.budget[period];
  }

  /**
   * {@return the scaled cost of a unit in a period}
   *
   * @param unit the unit's index
   * @param period the period's index
   */
  public long cost(int unit, int period) {
    return m.units[unit].cost[period];
  }

  /**
   * {@return the value of a unit (the sum of its projects' values)}
   *
   * @param unit the unit's index
   */
  public double value(int unit) {
    return m.units[unit].value;
  }

  /**
   * {@return whether a unit must be selected (one of its projects is mandatory)}
   *
   * @param unit the unit's index
   */
  public boolean mandatory(int unit) {
    return m.units[unit].mandatory;
  }

  /**
   * {@return whether a unit may be selected at all: not when two of its projects share an exclusive
   * group, nor when it alone costs more than a period's budget}
   *
   * @param unit the unit's index
   */
  public boolean selectable(int unit) {
    PortfolioUnit u = m.units[unit];
    if (u.neverSelectable()) {
      return false;
    }
    for (int t = 0; t < m.periods.length; t++) {
      if (u.cost[t] > m.budget[t]) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@return the units a unit requires (a copy)}
   *
   * @param unit the unit's index
   */
  public int[] requires(int unit) {
    return m.units[unit].requires.clone();
  }

  /** {@return the number of exclusive groups} */
  public int groups() {
    return m.groupUnits.length;
  }

  /**
   * {@return the units of an exclusive group (a copy), of which at most one may be selected}
   *
   * @param group the group's index
   */
  public int[] groupUnits(int group) {
    return m.groupUnits[group].clone();
  }

  /** {@return the number of minimum shares} */
  public int shares() {
    return m.shareRequired.length;
  }

  /**
   * {@return the scaled amount a minimum share requires}
   *
   * @param share the share's index
   */
  public long shareRequired(int share) {
    return m.shareRequired[share];
  }

  /**
   * {@return the scaled cost a unit counts towards a minimum share}
   *
   * @param share the share's index
   * @param unit the unit's index
   */
  public long shareCost(int share, int unit) {
    return m.shareCost[share][unit];
  }

  /**
   * Turns a backend's selection into the result, after checking every constraint exactly.
   *
   * @param taken per unit, whether it is selected
   * @param optimal whether the backend proved it optimal
   * @param bound the backend's upper bound on the optimal value (ignored when optimal)
   * @param nodes the backend's count of search nodes
   * @return the selection; when not optimal, with the bound, the gap and a limit warning
   * @throws IllegalArgumentException if the selection breaks a constraint (a defect of the
   *     backend), or the array's length is not the number of units
   * @throws IllegalStateException if the problem was refused
   */
  public Selection result(boolean[] taken, boolean optimal, double bound, long nodes) {
    if (m.refused()) {
      throw new IllegalStateException("the problem was refused: report refusal() instead");
    }
    if (taken.length != m.units.length) {
      throw new IllegalArgumentException("expected " + m.units.length + " units but got " + taken.length);
    }
    PortfolioState st = new PortfolioState(m);
    for (int u = 0; u < taken.length; u++) {
      if (taken[u] && !st.take(u)) {
        throw new IllegalArgumentException("the selection breaks a budget or an exclusive group at unit " + m.units[u].id);
      }
    }
    for (int u = 0; u < taken.length; u++) {
      boolean in = st.state[u] == PortfolioState.IN;
      if (in != taken[u]) {
        throw new IllegalArgumentException("the selection leaves out unit " + m.units[u].id + ", which a selected unit requires");
      }
      if (m.units[u].mandatory && !in) {
        throw new IllegalArgumentException("the selection leaves out mandatory unit " + m.units[u].id);
      }
    }
    if (!st.sharesMet()) {
      throw new IllegalArgumentException("the selection misses a minimum share");
    }
    Incumbent incumbent = new Incumbent(m);
    incumbent.replace(st.value, st.closed());
    return SelectionResults.ofSearch(m, incumbent, !optimal, nodes, bound);
  }

  /**
   * The result when the backend has no selection: proven infeasible, or stopped by a limit first.
   *
   * @param stopped whether a limit stopped the backend before it found a selection or proved there
   *     is none
   * @param bound the backend's upper bound (reported when stopped)
   * @param nodes the backend's count of search nodes
   * @return the selection, not feasible
   * @throws IllegalStateException if the problem was refused
   */
  public Selection none(boolean stopped, double bound, long nodes) {
    if (m.refused()) {
      throw new IllegalStateException("the problem was refused: report refusal() instead");
    }
    return SelectionResults.ofSearch(m, new Incumbent(m), stopped, nodes, bound);
  }
}
