// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.civicplan.base.Finding;

/** Turns the end of a portfolio computation into the {@link Selection} callers read. */
final class SelectionResults {

  private SelectionResults() {}

  /**
   * No selection: the model's findings, with a general infeasibility error when none says why
   * (and the time limit did not end the compilation).
   */
  static Selection infeasible(PortfolioModel m, long nodes) {
    if (!m.outOfTime && m.findings.stream().noneMatch(Finding::isError)) {
      m.findings.add(Messages.error(PrioritisationCodes.PORTFOLIO_INFEASIBLE, ""));
    }
    return new Selection(List.of(), 0, Map.of(), false, false, Double.NaN, Double.NaN, nodes, m.findings);
  }

  /** The units {@link PortfolioState#IN} in {@code state}, their projects and cost per period. */
  static Selection of(PortfolioModel m, byte[] state, double value, boolean optimal, double bound, long nodes, List<Finding> f) {
    List<String> ids = new ArrayList<>();
    Map<String, BigDecimal> cost = new TreeMap<>();
    for (String p : m.periods) {
      cost.put(p, BigDecimal.ZERO);
    }
    for (int u = 0; u < m.units.length; u++) {
      if (state[u] == PortfolioState.IN) {
        for (int i : m.units[u].members) {
          Project p = m.problem.projects().get(i);
          ids.add(p.id());
          p.cost().forEach((k, v) -> cost.merge(k, v, BigDecimal::add));
        }
      }
    }
    ids.sort(Comparator.naturalOrder());
    double gap = optimal ? 0 : gap(bound, value);
    return new Selection(ids, value, cost, true, optimal, optimal ? value : bound, gap, nodes, f);
  }

  /**
   * The result of a search: its incumbent, proven optimal unless a limit stopped it, in which case
   * the bound is the largest bound of the open nodes and a warning gives the gap.
   */
  static Selection ofSearch(PortfolioModel m, Incumbent incumbent, boolean stopped, long nodes, double openBound) {
    List<Finding> f = new ArrayList<>(m.findings);
    if (!incumbent.exists()) {
      if (!stopped) {
        return infeasible(m, nodes);
      }
      f.add(Messages.warning(PrioritisationCodes.PORTFOLIO_LIMIT, "/limits", nodes, "?", Messages.number(openBound)));
      return new Selection(List.of(), 0, Map.of(), false, false, openBound, Double.NaN, nodes, f);
    }
    double best = incumbent.value();
    if (stopped) {
      double bound = Math.max(best, openBound);
      f.add(Messages.warning(PrioritisationCodes.PORTFOLIO_LIMIT, "/limits", nodes, Messages.number(gap(bound, best)), Messages.number(bound)));
      return of(m, incumbent.state(), best, false, bound, nodes, f);
    }
    return of(m, incumbent.state(), best, true, best, nodes, f);
  }

  /** The greedy baseline's selection, which never claims optimality. */
  static Selection ofGreedy(PortfolioModel m, PortfolioState st, double bound) {
    if (!st.sharesMet()) {
      List<Finding> f = new ArrayList<>(m.findings);
      f.add(Messages.error(PrioritisationCodes.PORTFOLIO_INFEASIBLE, ""));
      return new Selection(List.of(), 0, Map.of(), false, false, bound, Double.NaN, 0, f);
    }
    return of(m, st.closed(), st.value, false, bound, 0, new ArrayList<>(m.findings));
  }

  private static double gap(double bound, double value) {
    return (bound - value) / Math.max(1e-12, Math.abs(bound));
  }
}
