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
    return rankOrder(ids, score, higherIsBetter, new boolean[score.length]);
  }

  /**
   * {@link #rankOrder(List, double[], boolean)}, also setting {@code inRun[p]} when the alternative
   * at rank p is in a run of two or more tied scores (and leaving it false otherwise).
   *
   * <p>Neighbours are compared through their sort keys first: a key without its low bits (which
   * hold the index) bounds the score to a short interval, and when the intervals of two
   * neighbours lie further apart than twice the tolerance, the scores cannot be tied and are not
   * read. Only neighbours that may be tied are compared by their scores, so that the scan reads
   * the keys one after the other instead of jumping through the score array.
   */
  static int[] rankOrder(List<String> ids, double[] score, boolean higherIsBetter, boolean[] inRun) {
    int n = score.length;
    long mask = (1L << bits(n)) - 1;
    long[] packed = sortedKeys(score, higherIsBetter, mask);
    int[] idx = indices(packed, score, higherIsBetter, mask);
    int p = 0;
    while (p < n) {
      int q = p + 1;
      while (q < n
          && mayBeTied(packed[q - 1] & ~mask, packed[q] & ~mask, mask, higherIsBetter)
          && Math.abs(score[idx[q]] - score[idx[q - 1]]) <= tieTolerance(score[idx[q - 1]])) {
        q++;
      }
      if (q - p > 1) {
        sortById(idx, p, q, ids);
        Arrays.fill(inRun, p, q, true);
      }
      p = q;
    }
    return idx;
  }

  /**
   * Whether the scores under two neighbouring truncated keys ({@code prev} before {@code next} in
   * key order, {@code mask} the bits truncated) may be within the tie tolerance of each other:
   * false only when every score the first may stand for is further than twice the largest
   * tolerance it may have from every score the second may stand for (the factor 2 covers the
   * rounding of the differences). NaN and infinite bounds give true, leaving the decision to the
   * exact comparison.
   */
  static boolean mayBeTied(long prev, long next, long mask, boolean descending) {
    if (prev == next) {
      return true;
    }
    // keys ascend in the run order; the scores ascend with them, or descend when descending
    double near = valueOf(prev | mask, descending);
    double far = valueOf(prev, descending);
    double other = valueOf(next, descending);
    double gap = descending ? near - other : other - near;
    double bound = 2 * TIE_TOLERANCE * Math.max(1, Math.max(Math.abs(near), Math.abs(far)));
    return !(gap > bound);
  }

  /**
   * Indices sorted by score. Each score is mapped to a long whose signed order is that of {@link
   * Double#compare} (reversed for descending); its low bits are replaced by the index, the longs
   * are sorted as primitives, and runs whose truncated keys are equal are then put in exact score
   * order (they are short: the truncation drops only the lowest bits of the mantissa).
   */
  static int[] byScore(double[] score, boolean descending) {
    long mask = (1L << bits(score.length)) - 1;
    return indices(sortedKeys(score, descending, mask), score, descending, mask);
  }

  /** The number of low key bits that hold an index below {@code n}. */
  private static int bits(int n) {
    return n <= 1 ? 1 : 32 - Integer.numberOfLeadingZeros(n - 1);
  }

  /** Each score's key with its {@code mask} bits replaced by the score's index; sorted. */
  private static long[] sortedKeys(double[] score, boolean descending, long mask) {
    int n = score.length;
    long[] packed = new long[n];
    for (int i = 0; i < n; i++) {
      packed[i] = (key(score[i], descending) & ~mask) | i;
    }
    Arrays.sort(packed);
    return packed;
  }

  /**
   * The indices of sorted keys, each run of equal truncated keys put in exact score order (the runs
   * are short: the truncation drops only the lowest bits of the mantissa).
   */
  private static int[] indices(long[] packed, double[] score, boolean descending, long mask) {
    int n = packed.length;
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

  /** The double whose {@link #key} is {@code key} (the inverse of {@link #key}). */
  static double valueOf(long key, boolean descending) {
    long k = descending ? ~key : key;
    return Double.longBitsToDouble(k < 0 ? k ^ Long.MAX_VALUE : k);
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
