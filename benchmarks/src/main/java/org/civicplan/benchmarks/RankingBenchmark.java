// SPDX-License-Identifier: Apache-2.0
package org.civicplan.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.civicplan.prioritisation.Criterion;
import org.civicplan.prioritisation.CriterionDirection;
import org.civicplan.prioritisation.DecisionMatrix;
import org.civicplan.prioritisation.Mcda;
import org.civicplan.prioritisation.Normalization;
import org.civicplan.prioritisation.Ranking;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * TOPSIS and weighted sum on 100,000 and 1,000,000 alternatives × 10 criteria, against bare loops over primitive
 * arrays computing the same normalised, weighted values and scores and sorting the indices by score
 * with a primitive sort, in the same run. The library's methods do more than the loops: they check
 * every value (missing, admissible), report constant criteria and ties, break ties by id and keep
 * each alternative's explanation (built when read).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class RankingBenchmark {

  /** The number of alternatives. */
  @Param({"100000", "1000000"})
  public int n;

  static final int K = 10;

  DecisionMatrix matrix;
  double[][] values;
  double[] weights;
  boolean[] benefit;

  @Setup
  public void setup() {
    SplittableRandom r = new SplittableRandom(42);
    List<Criterion> cs = new ArrayList<>();
    weights = new double[K];
    benefit = new boolean[K];
    for (int j = 0; j < K; j++) {
      benefit[j] = j % 3 != 0;
      weights[j] = 1.0 / K;
      cs.add(Criterion.of("c" + j, benefit[j] ? CriterionDirection.BENEFIT : CriterionDirection.COST, weights[j]));
    }
    List<String> ids = new ArrayList<>();
    values = new double[n][K];
    for (int i = 0; i < n; i++) {
      ids.add(String.format("a%06d", i));
      for (int j = 0; j < K; j++) {
        values[i][j] = 1 + r.nextDouble() * 100;
      }
    }
    matrix = new DecisionMatrix(cs, ids, values);
  }

  @Benchmark
  public Ranking topsis() {
    return Mcda.topsis(matrix, Normalization.VECTOR);
  }

  @Benchmark
  public Ranking weightedSum() {
    return Mcda.weightedSum(matrix, Normalization.MIN_MAX);
  }

  /**
   * The same vector normalisation, weights, ideal/anti-ideal, distances and closeness as {@link
   * Mcda#topsis}, in two passes over the rows, then the indices sorted by closeness.
   */
  @Benchmark
  public int[] topsisBaseline() {
    double[] ss = new double[K];
    double[] lo = new double[K];
    double[] hi = new double[K];
    java.util.Arrays.fill(lo, Double.POSITIVE_INFINITY);
    java.util.Arrays.fill(hi, Double.NEGATIVE_INFINITY);
    for (double[] row : values) {
      for (int j = 0; j < K; j++) {
        double x = row[j];
        ss[j] += x * x;
        lo[j] = Math.min(lo[j], x);
        hi[j] = Math.max(hi[j], x);
      }
    }
    double[] norm = new double[K];
    double[] ideal = new double[K];
    double[] anti = new double[K];
    for (int j = 0; j < K; j++) {
      norm[j] = Math.sqrt(ss[j]);
      double best = weights[j] * ((benefit[j] ? hi[j] : lo[j]) / norm[j]);
      double worst = weights[j] * ((benefit[j] ? lo[j] : hi[j]) / norm[j]);
      ideal[j] = best;
      anti[j] = worst;
    }
    double[] c = new double[n];
    for (int i = 0; i < n; i++) {
      double[] row = values[i];
      double p = 0;
      double q = 0;
      for (int j = 0; j < K; j++) {
        double v = weights[j] * (row[j] / norm[j]);
        p += (v - ideal[j]) * (v - ideal[j]);
        q += (v - anti[j]) * (v - anti[j]);
      }
      double dp = Math.sqrt(p);
      double dm = Math.sqrt(q);
      c[i] = dm / (dp + dm);
    }
    return sortedDescending(c);
  }

  /**
   * The same min-max normalisation (cost criteria turned round) and weights as {@link
   * Mcda#weightedSum} with {@code MIN_MAX}, in two passes over the rows, then the indices sorted by
   * score.
   */
  @Benchmark
  public int[] weightedSumBaseline() {
    double[] lo = new double[K];
    double[] hi = new double[K];
    java.util.Arrays.fill(lo, Double.POSITIVE_INFINITY);
    java.util.Arrays.fill(hi, Double.NEGATIVE_INFINITY);
    for (double[] row : values) {
      for (int j = 0; j < K; j++) {
        lo[j] = Math.min(lo[j], row[j]);
        hi[j] = Math.max(hi[j], row[j]);
      }
    }
    double[] s = new double[n];
    for (int i = 0; i < n; i++) {
      double[] row = values[i];
      double t = 0;
      for (int j = 0; j < K; j++) {
        double r = benefit[j] ? (row[j] - lo[j]) / (hi[j] - lo[j]) : (hi[j] - row[j]) / (hi[j] - lo[j]);
        t += weights[j] * r;
      }
      s[i] = t;
    }
    return sortedDescending(s);
  }

  /**
   * Indices by descending score with a primitive sort: score bits (in {@link Double#compare}
   * order, reversed) in the high bits of a long, the index in the low bits; equal truncated keys
   * are then put in exact order, as the library's rank sort does.
   */
  static int[] sortedDescending(double[] s) {
    int n = s.length;
    int bits = 32 - Integer.numberOfLeadingZeros(n - 1);
    long mask = (1L << bits) - 1;
    long[] packed = new long[n];
    for (int i = 0; i < n; i++) {
      long b = Double.doubleToLongBits(s[i]);
      long k = ~(b < 0 ? b ^ Long.MAX_VALUE : b);
      packed[i] = (k & ~mask) | i;
    }
    java.util.Arrays.sort(packed);
    int[] idx = new int[n];
    for (int i = 0; i < n; i++) {
      idx[i] = (int) (packed[i] & mask);
    }
    for (int i = 1; i < n; i++) {
      int v = idx[i];
      int j = i - 1;
      while (j >= 0 && (packed[j] & ~mask) == (packed[i] & ~mask) && s[idx[j]] < s[v]) {
        idx[j + 1] = idx[j];
        j--;
      }
      idx[j + 1] = v;
    }
    return idx;
  }
}
