// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

/**
 * The greedy fill: in a given order, take each free unit worth something, with what it requires,
 * when that keeps every constraint. It gives the greedy baseline, the first incumbent of the
 * search and the refill of its local search.
 */
final class GreedyFill {

  private GreedyFill() {}

  static void fill(PortfolioState st, int[] order) {
    fill(st, order, Long.MAX_VALUE);
  }

  /**
   * The fill, stopped where it stands once the {@link System#nanoTime()} {@code deadline} has passed
   * (the clock read every {@value PortfolioModelBuilder#CHECK_EVERY} units): each take keeps every
   * constraint, so a stopped fill is a selection too, only a smaller one (when it meets the minimum
   * shares).
   */
  static void fill(PortfolioState st, int[] order, long deadline) {
    PortfolioUnit[] units = st.m.units;
    for (int k = 0; k < order.length; k++) {
      if ((k & (PortfolioModelBuilder.CHECK_EVERY - 1)) == PortfolioModelBuilder.CHECK_EVERY - 1 && System.nanoTime() > deadline) {
        return;
      }
      int u = order[k];
      if (units[u].value > 0 && st.state[u] == PortfolioState.FREE) {
        st.takeIfFeasible(u);
      }
    }
  }

  /**
   * The greedy baseline: mandatory units first, then the fill in decreasing value per surrogate
   * weight; the bound is the root relaxation bound.
   */
  static Selection baseline(PortfolioModel m) {
    if (m.refused()) {
      return SelectionResults.infeasible(m, 0);
    }
    PortfolioState st = new PortfolioState(m);
    if (!st.forceMandatory()) {
      return SelectionResults.infeasible(m, 0);
    }
    double bound = st.bound();
    fill(st, m.order);
    return SelectionResults.ofGreedy(m, st, bound);
  }
}
