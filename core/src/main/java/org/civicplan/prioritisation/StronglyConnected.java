package org.civicplan.prioritisation;

import java.util.Arrays;

/**
 * Strongly connected components of a directed graph (Tarjan), numbered in a deterministic order:
 * a component is numbered when its depth-first search from the lowest vertex closes it.
 */
final class StronglyConnected {
  private final int[][] g;
  private final int[] index;
  private final int[] low;
  private final boolean[] on;
  private final int[] comp;
  private final IntStack stack = new IntStack();
  private int counter;
  private int comps;

  private StronglyConnected(int[][] g) {
    this.g = g;
    int n = g.length;
    index = new int[n];
    low = new int[n];
    on = new boolean[n];
    comp = new int[n];
    Arrays.fill(index, -1);
  }

  /** The component of each vertex of {@code g} (adjacency lists), numbered from 0. */
  static int[] components(int[][] g) {
    StronglyConnected s = new StronglyConnected(g);
    for (int v = 0; v < g.length; v++) {
      if (s.index[v] < 0) {
        s.visit(v);
      }
    }
    return s.comp;
  }

  private void visit(int v) {
    index[v] = low[v] = counter++;
    stack.push(v);
    on[v] = true;
    for (int w : g[v]) {
      if (index[w] < 0) {
        visit(w);
        low[v] = Math.min(low[v], low[w]);
      } else if (on[w]) {
        low[v] = Math.min(low[v], index[w]);
      }
    }
    if (low[v] == index[v]) {
      int w;
      do {
        w = stack.pop();
        on[w] = false;
        comp[w] = comps;
      } while (w != v);
      comps++;
    }
  }
}
