// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

import java.util.Arrays;

/**
 * The 0/1 knapsack of the period's budget that the Lagrangian bound keeps exact ({@link
 * LagrangianBound#keptBound}): dynamic programming over the capacity
 * divided by the greatest common divisor of the costs, one row of choice bits per item to recover
 * the best choice. The tables are kept between calls; an instance serves one thread.
 */
final class PeriodKnapsack {

  private double[] best = new double[0];
  private long[] bits = new long[0];

  /**
   * {@return the table cells (items × reduced capacity) of period t's knapsack with every unit
   * free: the units that cost something in t and fit its budget; 0 when there are none}
   */
  static long cells(PortfolioModel m, int t) {
    long g = 0;
    long count = 0;
    for (PortfolioUnit u : m.units) {
      if (u.cost[t] > 0 && u.cost[t] <= m.budget[t]) {
        g = gcd(g, u.cost[t]);
        count++;
      }
    }
    return count == 0 ? 0 : (m.budget[t] / g + 1) * count;
  }

  static long gcd(long a, long b) {
    while (b != 0) {
      long r = a % b;
      a = b;
      b = r;
    }
    return a;
  }

  /**
   * {@return the best total value of items 0 to {@code count - 1} within {@code capacity}}
   *
   * @param weights each item's weight (its cost divided by the common divisor)
   * @param values each item's value
   * @param units each item's unit
   * @param chosen receives 1 at the unit of each item of a best choice (other entries untouched);
   *     null when only the value is wanted
   */
  double solve(int count, int[] weights, double[] values, int capacity, int[] units, byte[] chosen) {
    int words = (capacity >> 6) + 1;
    if (best.length < capacity + 1) {
      best = new double[capacity + 1];
    }
    if (chosen != null && bits.length < (long) words * count) {
      bits = new long[words * count];
    }
    double[] d = best;
    long[] b = bits;
    Arrays.fill(d, 0, capacity + 1, 0);
    if (chosen != null) {
      Arrays.fill(b, 0, words * count, 0);
    }
    for (int i = 0; i < count; i++) {
      int w = weights[i];
      double v = values[i];
      int row = i * words;
      for (int c = capacity; c >= w; c--) {
        double cand = d[c - w] + v;
        if (cand > d[c]) {
          d[c] = cand;
          if (chosen != null) {
            b[row + (c >> 6)] |= 1L << (c & 63);
          }
        }
      }
    }
    if (chosen != null) {
      int c = capacity;
      for (int i = count - 1; i >= 0; i--) {
        if ((b[i * words + (c >> 6)] & (1L << (c & 63))) != 0) {
          chosen[units[i]] = 1;
          c -= weights[i];
        }
      }
    }
    return d[capacity];
  }
}
