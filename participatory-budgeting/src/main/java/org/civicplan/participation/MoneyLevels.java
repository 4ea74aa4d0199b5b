// SPDX-License-Identifier: Apache-2.0
package org.civicplan.participation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Comparator;

/**
 * The distinct amounts (of money, or of load) that the voter classes hold during one run of a
 * rule. Voters who supported the same bought projects hold the same amount, so a run has few
 * distinct amounts however many voters it has: each class points to its amount, and the exact
 * arithmetic is done once per amount, not once per voter.
 */
final class MoneyLevels {

  private final List<Affine> values = new ArrayList<>();
  private final Map<Affine, Integer> index = new HashMap<>();
  final int[] classLevel;
  private long[] acc = new long[16];
  private int[] touched = new int[16];

  MoneyLevels(int classes, Affine initial) {
    classLevel = new int[classes];
    level(initial);
  }

  int level(Affine value) {
    Integer i = index.get(value);
    if (i != null) {
      return i;
    }
    values.add(value);
    index.put(value, values.size() - 1);
    if (acc.length < values.size()) {
      acc = Arrays.copyOf(acc, acc.length * 2);
    }
    return values.size() - 1;
  }

  Affine value(int level) {
    return values.get(level);
  }

  /**
   * The amounts held by the classes {@code members} (weights {@code weight}), grouped: levels in
   * ascending order of amount, with the total weight at each.
   */
  Grouped group(int[] members, long[] weight, Comparator<Affine> order) {
    int t = 0;
    for (int c : members) {
      int l = classLevel[c];
      if (acc[l] == 0) {
        if (t == touched.length) {
          touched = Arrays.copyOf(touched, t * 2);
        }
        touched[t++] = l;
      }
      acc[l] += weight[c];
    }
    Integer[] byValue = new Integer[t];
    for (int i = 0; i < t; i++) {
      byValue[i] = touched[i];
    }
    Arrays.sort(byValue, (a, b) -> order.compare(values.get(a), values.get(b)));
    Affine[] v = new Affine[t];
    long[] w = new long[t];
    for (int i = 0; i < t; i++) {
      v[i] = values.get(byValue[i]);
      w[i] = acc[byValue[i]];
      acc[byValue[i]] = 0;
    }
    return new Grouped(v, w);
  }

  /** Amounts in ascending order with their weights. */
  record Grouped(Affine[] value, long[] weight) {

    long totalWeight() {
      long s = 0;
      for (long x : weight) {
        s += x;
      }
      return s;
    }

    Affine total() {
      Affine s = Affine.ZERO;
      for (int i = 0; i < value.length; i++) {
        s = s.plus(value[i].times(weight[i]));
      }
      return s;
    }
  }
}
