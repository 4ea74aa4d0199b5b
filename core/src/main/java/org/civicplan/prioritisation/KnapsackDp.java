package org.civicplan.prioritisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Dynamic programming over the budget for plain single-budget instances (one period, no
 * dependencies, exclusive groups or minimum shares): costs and budget are divided by their
 * greatest common divisor, and when items × (budget + 1) stays below 4·10⁸ the classic 0/1
 * knapsack recursion over capacities gives a proven optimum whatever the correlation of values
 * and costs (the hard case for branch and bound).
 */
final class KnapsackDp {
  static final long MAX_CELLS = 400_000_000L;

  private KnapsackDp() {}

  /** The proven optimum, or empty when the instance is not plain or too large for the table. */
  static Optional<Selection> trySolve(PortfolioModel m) {
    if (m.periods.length != 1 || m.groupUnits.length > 0 || m.shareRequired.length > 0) {
      return Optional.empty();
    }
    for (PortfolioUnit u : m.units) {
      if (u.requires.length > 0 || u.members.size() > 1) {
        return Optional.empty();
      }
    }
    PortfolioState st = new PortfolioState(m);
    if (!st.forceMandatory()) {
      return Optional.empty();
    }
    long cap = m.budget[0] - st.used[0];
    List<Integer> items = new ArrayList<>();
    long g = 0;
    for (int u : m.order) {
      PortfolioUnit unit = m.units[u];
      if (st.state[u] == PortfolioState.FREE && unit.value > 0 && unit.cost[0] <= cap) {
        items.add(u);
        g = gcd(g, unit.cost[0]);
      }
    }
    if (g == 0) {
      g = 1;
    }
    long c = cap / g;
    if ((long) items.size() * (c + 1) > MAX_CELLS) {
      return Optional.empty();
    }
    int capacity = (int) c;
    double[] best = new double[capacity + 1];
    long[][] take = new long[items.size()][(capacity >> 6) + 1];
    for (int k = 0; k < items.size(); k++) {
      PortfolioUnit unit = m.units[items.get(k)];
      int w = (int) (unit.cost[0] / g);
      double v = unit.value;
      long[] bits = take[k];
      for (int x = capacity; x >= w; x--) {
        double cand = best[x - w] + v;
        if (cand > best[x]) {
          best[x] = cand;
          bits[x >> 6] |= 1L << (x & 63);
        }
      }
    }
    int x = capacity;
    for (int k = items.size() - 1; k >= 0; k--) {
      if ((take[k][x >> 6] & (1L << (x & 63))) != 0) {
        int u = items.get(k);
        st.take(u);
        x -= (int) (m.units[u].cost[0] / g);
      }
    }
    return Optional.of(SelectionResults.of(m, st.closed(), st.value, true, st.value, items.size(), new ArrayList<>(m.findings)));
  }

  private static long gcd(long a, long b) {
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return a;
  }
}
