// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

import java.util.Arrays;
import java.util.List;

/**
 * Rank order of scores without boxing: indices sorted by score, with scores within the tie
 * tolerance grouped and each group ordered by id.
 */
final class IndexSort {

  /** Scores within this relative distance count as tied. */
  static final double TIE_TOLERANCE = 1e-9;

  private IndexSort() {}

  /** The distance within which a score counts as tied with {@code x}. */
  static double tieTolerance(double x) {
    return TIE_TOLERANCE * Math.max(1, Math.abs(x));
  }

  /**
   * Indices in rank order: by score (descending when higher is better, as {@link Double#compare}
   * orders them), then each run of scores within {@link #tieTolerance} of its neighbour sorted by id. The
   * result does not depend on the input order of equal scores.
   */
  static int[] rankOrder(List<String> ids, double[] score, boolean higherIsBetter) {
    int[] idx = byScore(score, higherIsBetter);
    int p = 0;
    while (p < idx.length) {
      int q = p + 1;
      while (q < idx.length && Math.abs(score[idx[q]] - score[idx[q - 1]]) <= tieTolerance(score[idx[q - 1]])) {
        q++;
      }
      if (q - p > 1) {
        sortById(idx, p, q, ids);
      }
      p = q;
    }
    return idx;
  }

  /**
   * Indices sorted by score. Each score is mapped to a long whose signed order is that of {@link
   * Double#compare} (reversed for descending); its low bits are replaced by the index, the longs
   * are sorted as primitives, and runs whose truncated keys are equal are then put in exact score
   * order (they are short: the truncation drops only the lowest bits of the mantissa).
   */
  static int[] byScore(double[] score, boolean descending) {
    int n = score.length;
    int bits = n <= 1 ? 1 : 32 - Integer.numberOfLeadingZeros(n - 1);
    long mask = (1L << bits) - 1;
    long[] packed = new long[n];
    for (int i = 0; i < n; i++) {
      packed[i] = (key(score[i], descending) & ~mask) | i;
    }
    Arrays.sort(packed);
    int[] idx = new int[n];
    for (int i = 0; i < n; i++) {
      idx[i] = (int) (packed[i] & mask);
    }
    int p = 0;
    while (p < n) {
      long head = packed[p] & ~mask;
      int q = p + 1;
      while (q < n && (packed[q] & ~mask) == head) {
        q++;
      }
      if (q - p > 1) {
        insertionByScore(idx, p, q, score, descending);
      }
      p = q;
    }
    return idx;
  }

  /**
   * Indices sorted by score in the order of {@link Double#compare} (ascending), exactly equal scores
   * in the order of {@code tieOrder}, a permutation of the indices: with {@code tieOrder} the
   * indices in id order, the order of {@code Comparator.comparingDouble(score).thenComparing(id)},
   * without boxing or comparing a string.
   */
  static int[] ascendingThen(double[] score, int[] tieOrder) {
    int n = score.length;
    double[] permuted = new double[n];
    for (int r = 0; r < n; r++) {
      permuted[r] = score[tieOrder[r]];
    }
    // byScore keeps equal scores in index order, here the order of tieOrder
    int[] idx = byScore(permuted, false);
    for (int i = 0; i < n; i++) {
      idx[i] = tieOrder[idx[i]];
    }
    return idx;
  }

  /** A long in the order of {@link Double#compare}, reversed when {@code descending}. */
  private static long key(double x, boolean descending) {
    long b = Double.doubleToLongBits(x);
    long k = b < 0 ? b ^ Long.MAX_VALUE : b;
    return descending ? ~k : k;
  }

  private static void insertionByScore(int[] idx, int from, int to, double[] score, boolean descending) {
    for (int i = from + 1; i < to; i++) {
      int v = idx[i];
      int j = i - 1;
      while (j >= from && before(score, v, idx[j], descending)) {
        idx[j + 1] = idx[j];
        j--;
      }
      idx[j + 1] = v;
    }
  }

  private static boolean before(double[] score, int a, int b, boolean descending) {
    int c = Double.compare(score[a], score[b]);
    return descending ? c > 0 : c < 0;
  }

  private static void sortById(int[] idx, int from, int to, List<String> ids) {
    if (to - from <= 16) {
      for (int i = from + 1; i < to; i++) {
        int v = idx[i];
        int j = i - 1;
        while (j >= from && ids.get(v).compareTo(ids.get(idx[j])) < 0) {
          idx[j + 1] = idx[j];
          j--;
        }
        idx[j + 1] = v;
      }
      return;
    }
    Integer[] boxed = new Integer[to - from];
    for (int i = from; i < to; i++) {
      boxed[i - from] = idx[i];
    }
    Arrays.sort(boxed, (a, b) -> ids.get(a).compareTo(ids.get(b)));
    for (int i = from; i < to; i++) {
      idx[i] = boxed[i - from];
    }
  }
}
