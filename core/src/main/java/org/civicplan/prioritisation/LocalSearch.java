// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

import java.util.stream.IntStream;

/**
 * The incumbent of the branch and bound before it branches: the greedy fill, then a local search
 * that leaves one or two of the incumbent's units (and what requires them), takes the rest of it
 * back and refills greedily, within a budget of work ({@link #MAX_WORK}). Only ever replaces the incumbent by a better feasible selection, so
 * exactness does not depend on it. Every move is undone: the state is as it was after each call.
 */
final class LocalSearch {
  /** Rounds of improvement at most; each restarts from the improved incumbent. */
  private static final int MAX_ROUNDS = 50;
  /**
   * The work of one {@link #improve} at most, counted as the incumbent's units over every pair
   * tried (each pair refills them all). On the 1,000 × 5 instances of docs/performance.md, about
   * 500 units in the incumbent, the search without it took 33 s, most of a time limit, for a
   * selection the decomposition bound's heuristics then beat in a second; within it, about 2 s.
   */
  static final long MAX_WORK = 30_000_000L;

  private final PortfolioState st;
  private final Incumbent incumbent;
  private final long deadline;

  LocalSearch(PortfolioState st, Incumbent incumbent, long deadline) {
    this.st = st;
    this.incumbent = incumbent;
    this.deadline = deadline;
  }

  /**
   * The greedy selection from the current state, as the first incumbent when it is feasible; on a
   * problem large enough for its compilation to watch the clock ({@value
   * PortfolioModelBuilder#WATCHED_FROM} projects), the fill stops where it stands when the time
   * limit runs out during it.
   */
  void greedyStart() {
    int mark = st.trail.size();
    double v0 = st.value;
    GreedyFill.fill(st, st.m.order, st.m.watched ? deadline : Long.MAX_VALUE);
    if (st.sharesMet()) {
      incumbent.replace(st.value, st.closed());
    }
    st.restore(mark, v0);
  }

  /** Improves the incumbent, refilling in the given order; returns whether it improved. */
  boolean improve(int[] fill) {
    if (!incumbent.exists()) {
      return false;
    }
    boolean any = false;
    int root = st.trail.size();
    double v0 = st.value;
    boolean improved = true;
    long work = 0;
    for (int round = 0; improved && round < MAX_ROUNDS; round++) {
      improved = false;
      byte[] best = incumbent.state();
      int[] in = IntStream.range(0, best.length)
          .filter(u -> best[u] == PortfolioState.IN && st.state[u] == PortfolioState.FREE)
          .toArray();
      search:
      for (int a = 0; a < in.length; a++) {
        for (int b = a; b < in.length; b++) {
          work += in.length;
          if (System.nanoTime() > deadline || work > MAX_WORK) {
            break search;
          }
          if (st.leave(in[a]) && st.leave(in[b])) {
            for (int u : in) {
              st.takeIfFeasible(u);
            }
            GreedyFill.fill(st, fill);
            if (st.sharesMet() && incumbent.improvedBy(st.value)) {
              incumbent.replace(st.value, st.closed());
              improved = true;
              any = true;
            }
          }
          st.restore(root, v0);
          if (improved) {
            break search;
          }
        }
      }
    }
    return any;
  }
}
