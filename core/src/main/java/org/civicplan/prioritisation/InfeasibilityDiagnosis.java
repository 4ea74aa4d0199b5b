package org.civicplan.prioritisation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.civicplan.base.Pointer;

/**
 * Finds the constraint that makes a portfolio infeasible on its own, so that the refusal can name
 * it: the mandatory projects (with what they require) over a period's budget or in one exclusive
 * group, or a minimum share that even all eligible projects cannot reach. Each cause found is an
 * error finding on the model, which refuses it.
 */
final class InfeasibilityDiagnosis {

  private InfeasibilityDiagnosis() {}

  static void diagnose(PortfolioModel m) {
    PortfolioUnit[] units = m.units;
    boolean[] forced = forced(units);
    List<String> forcedIds = new ArrayList<>();
    for (int u = 0; u < units.length; u++) {
      if (forced[u]) {
        forcedIds.addAll(m.memberIds(units[u]));
      }
    }
    forcedIds.sort(Comparator.naturalOrder());
    for (int t = 0; t < m.periods.length; t++) {
      long sum = 0;
      for (int u = 0; u < units.length; u++) {
        if (forced[u]) {
          sum += units[u].cost[t];
        }
      }
      if (sum > m.budget[t]) {
        m.error(
            PrioritisationCodes.PORTFOLIO_INFEASIBLE_BUDGET,
            "/budget/" + Pointer.escape(m.periods[t]),
            String.join(", ", forcedIds),
            m.money(sum),
            m.periods[t],
            m.money(m.budget[t]));
      }
    }
    for (int u = 0; u < units.length; u++) {
      if (forced[u] && units[u].neverSelectable()) {
        m.error(PrioritisationCodes.PORTFOLIO_INFEASIBLE_EXCLUSIVE, "/exclusive", String.join(", ", m.memberIds(units[u])));
      }
    }
    for (int g = 0; g < m.groupUnits.length; g++) {
      List<String> in = new ArrayList<>();
      for (int u : m.groupUnits[g]) {
        if (forced[u]) {
          m.memberIds(units[u]).stream().filter(m.problem.exclusive().get(g)::contains).forEach(in::add);
        }
      }
      if (in.size() > 1) {
        in.sort(Comparator.naturalOrder());
        m.error(PrioritisationCodes.PORTFOLIO_INFEASIBLE_EXCLUSIVE, "/exclusive/" + g, String.join(", ", in));
      }
    }
    for (int s = 0; s < m.shareRequired.length; s++) {
      long reachable = 0;
      for (int u = 0; u < units.length; u++) {
        if (!units[u].neverSelectable()) {
          reachable += m.shareCost[s][u];
        }
      }
      if (reachable < m.shareRequired[s]) {
        MinimumShare ms = m.problem.minimumShares().get(s);
        m.error(
            PrioritisationCodes.PORTFOLIO_INFEASIBLE_SHARE,
            "/minimumShares/" + s,
            ms.share().toPlainString(),
            ms.period(),
            m.money(m.shareRequired[s]),
            String.join(", ", ms.projects()),
            m.money(reachable));
      }
    }
  }

  /** The mandatory units and, transitively, what they require. */
  private static boolean[] forced(PortfolioUnit[] units) {
    boolean[] forced = new boolean[units.length];
    ArrayDeque<Integer> work = new ArrayDeque<>();
    for (int u = 0; u < units.length; u++) {
      if (units[u].mandatory) {
        work.add(u);
      }
    }
    while (!work.isEmpty()) {
      int u = work.poll();
      if (!forced[u]) {
        forced[u] = true;
        for (int r : units[u].requires) {
          work.add(r);
        }
      }
    }
    return forced;
  }
}
