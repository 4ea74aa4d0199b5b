// SPDX-License-Identifier: Apache-2.0
package org.civicplan.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The ratios of {@link RankingBenchmark}'s library methods to their bare loops, measured in rounds
 * that run the four in turn in one JVM, so that a machine whose load changes during the run slows
 * a method and its loop alike. Each run is timed on the wall clock and by the thread's CPU time
 * (which leaves out the time the thread waited for a core); the medians over the rounds are
 * printed, and the median of the per-round ratios.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.civicplan.benchmarks.RankingRatio [N] [ROUNDS]
 * </pre>
 *
 * <p>Defaults: N = 1,000,000 alternatives (× 10 criteria), 15 measured rounds after 5 warm-up
 * rounds.
 */
public final class RankingRatio {

  private RankingRatio() {}

  /**
   * Runs the rounds and prints a table.
   *
   * @param args N and the number of measured rounds, both optional
   */
  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    RankingBenchmark b = new RankingBenchmark();
    b.n = n;
    b.setup();
    String[] names = {"topsis", "topsisBaseline", "weightedSum", "weightedSumBaseline"};
    java.util.List<Supplier<Object>> runs = java.util.List.of(b::topsis, b::topsisBaseline, b::weightedSum, b::weightedSumBaseline);
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    int warm = 5;
    double[][] wall = new double[names.length][rounds];
    double[][] cpu = new double[names.length][rounds];
    Object sink = null;
    for (int r = 0; r < warm + rounds; r++) {
      for (int m = 0; m < names.length; m++) {
        long c0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        sink = runs.get(m).get();
        long t1 = System.nanoTime();
        long c1 = mx.getCurrentThreadCpuTime();
        if (r >= warm) {
          wall[m][r - warm] = (t1 - t0) / 1e6;
          cpu[m][r - warm] = (c1 - c0) / 1e6;
        }
      }
    }
    System.out.printf(Locale.ROOT, "N = %d x %d, %d rounds (after %d warm-up), last result %s%n", n, RankingBenchmark.K, rounds, warm, sink.getClass().getSimpleName());
    System.out.printf(Locale.ROOT, "%-22s %12s %12s %12s %12s%n", "method", "wall median", "wall min", "cpu median", "cpu min");
    for (int m = 0; m < names.length; m++) {
      System.out.printf(Locale.ROOT, "%-22s %9.1f ms %9.1f ms %9.1f ms %9.1f ms%n", names[m], median(wall[m]), min(wall[m]), median(cpu[m]), min(cpu[m]));
    }
    for (int m = 0; m < names.length; m += 2) {
      double[] rw = new double[rounds];
      double[] rc = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        rw[r] = wall[m][r] / wall[m + 1][r];
        rc[r] = cpu[m][r] / cpu[m + 1][r];
      }
      System.out.printf(Locale.ROOT, "%-22s ratio to the loop: wall median %.2f (range %.2f-%.2f), cpu median %.2f (range %.2f-%.2f)%n",
          names[m], median(rw), min(rw), max(rw), median(rc), min(rc), max(rc));
    }
  }

  private static double median(double[] x) {
    double[] s = x.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  private static double min(double[] x) {
    return Arrays.stream(x).min().orElse(Double.NaN);
  }

  private static double max(double[] x) {
    return Arrays.stream(x).max().orElse(Double.NaN);
  }
}
