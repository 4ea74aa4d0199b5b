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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * TOPSIS and weighted sum on 100,000 alternatives × 10 criteria, against bare loops over primitive
 * arrays computing the same normalised, weighted values and scores (and sorting them), in the same
 * run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class RankingBenchmark {

  static final int N = 100_000;
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
    values = new double[N][K];
    for (int i = 0; i < N; i++) {
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

  @Benchmark
  public Integer[] topsisBaseline() {
    double[] norm = new double[K];
    for (double[] row : values) {
      for (int j = 0; j < K; j++) {
        norm[j] += row[j] * row[j];
      }
    }
    double[] ideal = new double[K];
    double[] anti = new double[K];
    java.util.Arrays.fill(ideal, Double.NaN);
    double[][] v = new double[N][K];
    for (int i = 0; i < N; i++) {
      for (int j = 0; j < K; j++) {
        double x = weights[j] * values[i][j] / Math.sqrt(norm[j]);
        v[i][j] = x;
        if (i == 0) {
          ideal[j] = anti[j] = x;
        } else if (benefit[j] ? x > ideal[j] : x < ideal[j]) {
          ideal[j] = x;
        } else if (benefit[j] ? x < anti[j] : x > anti[j]) {
          anti[j] = x;
        }
      }
    }
    double[] c = new double[N];
    for (int i = 0; i < N; i++) {
      double p = 0;
      double q = 0;
      for (int j = 0; j < K; j++) {
        p += (v[i][j] - ideal[j]) * (v[i][j] - ideal[j]);
        q += (v[i][j] - anti[j]) * (v[i][j] - anti[j]);
      }
      c[i] = Math.sqrt(q) / (Math.sqrt(p) + Math.sqrt(q));
    }
    return sorted(c);
  }

  @Benchmark
  public Integer[] weightedSumBaseline() {
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
    double[] s = new double[N];
    for (int i = 0; i < N; i++) {
      double t = 0;
      for (int j = 0; j < K; j++) {
        double r = benefit[j] ? (values[i][j] - lo[j]) / (hi[j] - lo[j]) : (hi[j] - values[i][j]) / (hi[j] - lo[j]);
        t += weights[j] * r;
      }
      s[i] = t;
    }
    return sorted(s);
  }

  private static Integer[] sorted(double[] s) {
    Integer[] idx = new Integer[s.length];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = i;
    }
    java.util.Arrays.sort(idx, (a, b) -> Double.compare(s[b], s[a]));
    return idx;
  }
}
