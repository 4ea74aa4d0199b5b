package org.civicplan.prioritisation;

import java.util.Arrays;

/**
 * The assignment of units during search ({@link #FREE}, {@link #IN}, {@link #OUT}) with what it
 * uses of each budget, exclusive group and minimum share, and an undo trail. Taking a unit takes
 * what it requires and leaves its exclusive partners; leaving it leaves what requires it. A take or
 * leave that breaks a constraint returns false and leaves the state to be undone by the caller;
 * {@link #undo} does not restore {@link #value}, which callers save and put back themselves
 * ({@link #restore}), so that the value after an undo is bit for bit the value before.
 */
final class PortfolioState {
  static final byte FREE = 0;
  static final byte IN = 1;
  static final byte OUT = 2;

  final PortfolioModel m;
  final byte[] state;
  final long[] used;
  final int[] groupTaken;
  final long[] shareIn;
  final long[] shareOpen;
  final IntStack trail = new IntStack();
  double value;

  PortfolioState(PortfolioModel m) {
    this.m = m;
    state = new byte[m.units.length];
    used = new long[m.periods.length];
    groupTaken = new int[m.groupUnits.length];
    Arrays.fill(groupTaken, -1);
    shareIn = new long[m.shareRequired.length];
    shareOpen = new long[m.shareRequired.length];
    for (int s = 0; s < shareOpen.length; s++) {
      for (int u = 0; u < m.units.length; u++) {
        shareOpen[s] += m.shareCost[s][u];
      }
    }
  }

  /**
   * Leaves the units that can never be taken (two members in one exclusive group, or over a
   * period's whole budget) and takes the mandatory ones; false when that is infeasible.
   */
  boolean forceMandatory() {
    for (int u = 0; u < m.units.length; u++) {
      if (m.units[u].neverSelectable() && !leave(u)) {
        return false;
      }
      for (int t = 0; t < used.length; t++) {
        if (m.units[u].cost[t] > m.budget[t] && !leave(u)) {
          return false;
        }
      }
    }
    for (int u = 0; u < m.units.length; u++) {
      if (m.units[u].mandatory && !take(u)) {
        return false;
      }
    }
    return sharesReachable();
  }

  boolean take(int u) {
    if (state[u] == IN) {
      return true;
    }
    if (state[u] == OUT) {
      return false;
    }
    PortfolioUnit unit = m.units[u];
    state[u] = IN;
    trail.push(u);
    value += unit.value;
    boolean ok = true;
    for (int t = 0; t < used.length; t++) {
      used[t] += unit.cost[t];
      ok &= used[t] <= m.budget[t];
    }
    for (int s = 0; s < shareIn.length; s++) {
      shareIn[s] += m.shareCost[s][u];
      shareOpen[s] -= m.shareCost[s][u];
    }
    for (int g : unit.groups) {
      if (g < 0) {
        return false;
      }
      if (groupTaken[g] >= 0 && groupTaken[g] != u) {
        return false;
      }
    }
    for (int g : unit.groups) {
      groupTaken[g] = u;
    }
    if (!ok) {
      return false;
    }
    for (int r : unit.requires) {
      if (!take(r)) {
        return false;
      }
    }
    for (int g : unit.groups) {
      for (int v : m.groupUnits[g]) {
        if (v != u && !leave(v)) {
          return false;
        }
      }
    }
    return true;
  }

  /** Takes the unit when that keeps every constraint, and otherwise changes nothing. */
  void takeIfFeasible(int u) {
    int mark = trail.size();
    double v = value;
    if (!take(u)) {
      restore(mark, v);
    }
  }

  boolean leave(int u) {
    if (state[u] == OUT) {
      return true;
    }
    if (state[u] == IN) {
      return false;
    }
    state[u] = OUT;
    trail.push(u);
    for (int s = 0; s < shareOpen.length; s++) {
      shareOpen[s] -= m.shareCost[s][u];
    }
    for (int v : m.units[u].requiredBy) {
      if (!leave(v)) {
        return false;
      }
    }
    return sharesReachable();
  }

  boolean sharesReachable() {
    for (int s = 0; s < shareIn.length; s++) {
      if (shareIn[s] + shareOpen[s] < m.shareRequired[s]) {
        return false;
      }
    }
    return true;
  }

  boolean sharesMet() {
    for (int s = 0; s < shareIn.length; s++) {
      if (shareIn[s] < m.shareRequired[s]) {
        return false;
      }
    }
    return true;
  }

  /** A copy of the assignment with every free unit left out: the selection as it stands. */
  byte[] closed() {
    byte[] s = state.clone();
    for (int u = 0; u < s.length; u++) {
      if (s[u] == FREE) {
        s[u] = OUT;
      }
    }
    return s;
  }

  /** Undoes the trail down to {@code mark} and puts back the value saved with it. */
  void restore(int mark, double savedValue) {
    undo(mark);
    value = savedValue;
  }

  void undo(int mark) {
    while (trail.size() > mark) {
      int u = trail.pop();
      if (state[u] == IN) {
        PortfolioUnit unit = m.units[u];
        for (int t = 0; t < used.length; t++) {
          used[t] -= unit.cost[t];
        }
        for (int s = 0; s < shareIn.length; s++) {
          shareIn[s] -= m.shareCost[s][u];
          shareOpen[s] += m.shareCost[s][u];
        }
        for (int g : unit.groups) {
          if (g >= 0 && groupTaken[g] == u) {
            groupTaken[g] = -1;
          }
        }
      } else {
        for (int s = 0; s < shareOpen.length; s++) {
          shareOpen[s] += m.shareCost[s][u];
        }
      }
      state[u] = FREE;
    }
  }

  /**
   * Current value plus the smallest of the fractional knapsack bounds: one per period (that
   * period's budget alone) and one over the surrogate constraint.
   */
  double bound() {
    double b = surrogateBound();
    if (used.length > 1) {
      for (int t = 0; t < used.length; t++) {
        b = Math.min(b, periodBound(t));
      }
    }
    return b;
  }

  private double periodBound(int t) {
    double cap = m.budget[t] - used[t];
    double b = value;
    for (int u : m.periodOrder[t]) {
      if (state[u] != FREE) {
        continue;
      }
      PortfolioUnit unit = m.units[u];
      if (unit.value <= 0) {
        if (unit.cost[t] == 0) {
          continue;
        }
        break;
      }
      long c = unit.cost[t];
      if (c <= cap) {
        cap -= c;
        b += unit.value;
      } else {
        b += unit.value * cap / c;
        break;
      }
    }
    return b;
  }

  private double surrogateBound() {
    double cap = 0;
    for (int t = 0; t < used.length; t++) {
      cap += m.lambda[t] * (m.budget[t] - used[t]);
    }
    double b = value;
    for (int u : m.order) {
      if (state[u] != FREE) {
        continue;
      }
      PortfolioUnit unit = m.units[u];
      if (unit.value <= 0) {
        break;
      }
      if (unit.weight <= cap) {
        cap -= unit.weight;
        b += unit.value;
      } else {
        b += unit.value * cap / unit.weight;
        break;
      }
    }
    return b;
  }
}
