package org.civicplan.benchmarks.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.civicplan.indicator.Direction;
import org.civicplan.indicator.Target;
import org.civicplan.monitoring.Assessment;
import org.civicplan.monitoring.AssessmentColumns;
import org.civicplan.monitoring.AssessmentMethod;
import org.civicplan.monitoring.IndicatorAssessor;
import org.civicplan.monitoring.IndicatorSeries;
import org.civicplan.monitoring.Observation;
import org.civicplan.monitoring.SeriesColumns;
import org.civicplan.base.PlanDate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Assessing 1,000,000 indicator series of 10 observations each, per {@linkplain #method method}:
 *
 * <ul>
 *   <li>{@link #baseline}: a bare loop over flat primitive arrays doing the method's arithmetic
 *       (latest observation on or before the date, progress, expected progress, trajectory value,
 *       growth rates and ratio for the growth-rate methods, threshold comparison) and writing
 *       status, category and numbers into primitive arrays, as the column API does;
 *   <li>{@link #batch}: {@link IndicatorAssessor#assessAll} over {@link SeriesColumns};
 *   <li>{@link #single}: {@link IndicatorAssessor#assess(IndicatorSeries, PlanDate)} per series, the
 *       whole {@link Assessment} consumed (explanation texts not asked for);
 *   <li>{@link #singleWithText}: the same, asking every explanation for its English and Romanian
 *       text (what a report does).
 * </ul>
 *
 * <p>All run in the same JMH run; the ratios {@code batch / baseline} (issue target: within 2×)
 * and {@code single / baseline} are the figures of interest. To keep the heap small on shared
 * machines, one operation assesses {@value #SERIES} distinct seeded series {@value #ROUNDS} times,
 * i.e. 1,000,000 assessments ({@link #singleWithText}: once, 10,000); times are per assessment.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class AssessBenchmark {

  static final int SERIES = 10_000;
  static final int ROUNDS = 100;
  static final int OBSERVATIONS = 10;

  /** The method assessed: {@code linear}, {@code eurostat} or {@code open-sdg}. */
  @Param({"linear", "eurostat", "open-sdg"})
  public String method;

  private IndicatorAssessor assessor;
  private List<IndicatorSeries> series;
  private SeriesColumns columns;
  private final PlanDate asOf = PlanDate.ofYear(2023);
  private final double asOfLimit = 2023.0 + 364.0 / 365.0;
  private double[] base;
  private double[] baseYear;
  private double[] target;
  private double[] targetYear;
  private boolean[] decrease;
  private double[] years;
  private double[] values;

  /** Generates the seeded series, as records, as columns and as flat primitive arrays. */
  @Setup
  public void setUp() {
    assessor = IndicatorAssessor.of(AssessmentMethod.parse(method));
    SplittableRandom rnd = new SplittableRandom(2026);
    series = new ArrayList<>(SERIES);
    base = new double[SERIES];
    baseYear = new double[SERIES];
    target = new double[SERIES];
    targetYear = new double[SERIES];
    decrease = new boolean[SERIES];
    years = new double[SERIES * OBSERVATIONS];
    values = new double[SERIES * OBSERVATIONS];
    PlanDate[] dates = new PlanDate[OBSERVATIONS];
    for (int k = 0; k < OBSERVATIONS; k++) {
      dates[k] = PlanDate.ofYear(2016 + k);
    }
    for (int s = 0; s < SERIES; s++) {
      double b = 50 + rnd.nextDouble() * 100;
      double t = b * (rnd.nextBoolean() ? 1.5 : 0.6);
      base[s] = b;
      baseYear[s] = 2015;
      target[s] = t;
      targetYear[s] = 2030;
      decrease[s] = t < b;
      List<Observation> obs = new ArrayList<>(OBSERVATIONS);
      double v = b;
      for (int k = 0; k < OBSERVATIONS; k++) {
        v += (t - b) / 15 * (0.5 + rnd.nextDouble());
        obs.add(Observation.of(dates[k], v));
        years[s * OBSERVATIONS + k] = 2016 + k;
        values[s * OBSERVATIONS + k] = v;
      }
      Direction d = t > b ? Direction.INCREASE : Direction.DECREASE;
      series.add(IndicatorSeries.of(d, Observation.of(PlanDate.ofYear(2015), b), Target.of(PlanDate.ofYear(2030), t),
          obs));
    }
    columns = SeriesColumns.of(series);
    checkBaselineAgrees();
  }

  /** The baseline must compute what the library computes, or the comparison means nothing. */
  private void checkBaselineAgrees() {
    Object[] bare = switch (method) {
      case "linear" -> linearLoop();
      case "eurostat" -> eurostatLoop();
      default -> openSdgLoop();
    };
    AssessmentColumns all = assessor.assessAll(columns, asOf);
    byte[] status = (byte[]) bare[0];
    double[] progress = (double[]) bare[1 + (method.equals("linear") ? 0 : 1)];
    for (int s = 0; s < SERIES; s++) {
      Assessment one = assessor.assess(series.get(s), asOf);
      if (status[s] != all.status(s).ordinal() || status[s] != one.status().ordinal()
          || progress[s] != all.value(AssessmentColumns.Measure.PROGRESS, s).orElseThrow()
          || progress[s] != one.progress().orElseThrow()) {
        throw new IllegalStateException("baseline disagrees with the library on series " + s + ": status " + status[s]
            + " vs " + all.status(s) + "/" + one.status() + ", progress " + progress[s] + " vs " + one.progress());
      }
    }
  }

  /** The library, one series at a time: 1,000,000 assessments (explanations kept, texts not made). */
  @Benchmark
  @OperationsPerInvocation(SERIES * ROUNDS)
  public void single(Blackhole bh) {
    for (int r = 0; r < ROUNDS; r++) {
      for (int s = 0; s < SERIES; s++) {
        bh.consume(assessor.assess(series.get(s), asOf));
      }
    }
  }

  /** The library, one series at a time, each explanation asked for its texts: 10,000 assessments. */
  @Benchmark
  @OperationsPerInvocation(SERIES)
  public void singleWithText(Blackhole bh) {
    for (int s = 0; s < SERIES; s++) {
      Assessment a = assessor.assess(series.get(s), asOf);
      bh.consume(a.explanation().text());
    }
  }

  /** The library's column API: 100 batches of 10,000 series. */
  @Benchmark
  @OperationsPerInvocation(SERIES * ROUNDS)
  public void batch(Blackhole bh) {
    for (int r = 0; r < ROUNDS; r++) {
      bh.consume(assessor.assessAll(columns, asOf));
    }
  }

  /** The same arithmetic as a bare loop over primitive arrays, without explanations or findings. */
  @Benchmark
  @OperationsPerInvocation(SERIES * ROUNDS)
  public void baseline(Blackhole bh) {
    for (int r = 0; r < ROUNDS; r++) {
      bh.consume(switch (method) {
        case "linear" -> linearLoop();
        case "eurostat" -> eurostatLoop();
        default -> openSdgLoop();
      });
    }
  }

  private int latest(int s) {
    int from = s * OBSERVATIONS;
    for (int k = from + OBSERVATIONS - 1; k >= from; k--) {
      if (years[k] <= asOfLimit) {
        return k;
      }
    }
    return -1;
  }

  private Object[] linearLoop() {
    byte[] status = new byte[SERIES];
    double[] progress = new double[SERIES];
    double[] expected = new double[SERIES];
    double[] trajectory = new double[SERIES];
    for (int s = 0; s < SERIES; s++) {
      int k = latest(s);
      double b = base[s];
      double tv = target[s];
      double t0 = baseYear[s];
      double tT = targetYear[s];
      double t = years[k];
      double p = (values[k] - b) / (tv - b);
      double traj = t >= tT ? tv : b + (tv - b) * (t - t0) / (tT - t0);
      double e = Math.min(1.0, (traj - b) / (tv - b));
      double gap = e - p;
      status[s] = (byte) (p >= 1 ? 5 : p < 0 ? 1 : gap <= 0.05 ? 4 : gap <= 0.15 ? 3 : 2);
      progress[s] = p;
      expected[s] = e;
      trajectory[s] = traj;
    }
    return new Object[] {status, progress, expected, trajectory};
  }

  private Object[] eurostatLoop() {
    byte[] status = new byte[SERIES];
    byte[] category = new byte[SERIES];
    double[] progress = new double[SERIES];
    double[] expected = new double[SERIES];
    double[] trajectory = new double[SERIES];
    double[] actual = new double[SERIES];
    double[] required = new double[SERIES];
    double[] ratios = new double[SERIES];
    for (int s = 0; s < SERIES; s++) {
      int k = latest(s);
      double b = base[s];
      double tv = target[s];
      double t0 = baseYear[s];
      double tT = targetYear[s];
      double t = years[k];
      double v = values[k];
      double ra = Math.pow(v / b, 1.0 / (t - t0)) - 1;
      double rr = Math.pow(tv / b, 1.0 / (tT - t0)) - 1;
      double ratio = ra / rr;
      byte c = (byte) (ratio >= 0.95 ? 1 : ratio >= 0.6 ? 2 : ratio >= 0 ? 3 : 4);
      double p = (v - b) / (tv - b);
      status[s] = (byte) (p >= 1 ? 5 : 5 - c);
      category[s] = c;
      progress[s] = p;
      expected[s] = Math.min(1.0, (t - t0) / (tT - t0));
      trajectory[s] = b * Math.pow(1 + rr, Math.min(t, tT) - t0);
      actual[s] = ra;
      required[s] = rr;
      ratios[s] = ratio;
    }
    return new Object[] {status, category, progress, expected, trajectory, actual, required, ratios};
  }

  private Object[] openSdgLoop() {
    byte[] status = new byte[SERIES];
    byte[] category = new byte[SERIES];
    double[] progress = new double[SERIES];
    double[] expected = new double[SERIES];
    double[] trajectory = new double[SERIES];
    double[] actual = new double[SERIES];
    double[] required = new double[SERIES];
    double[] ratios = new double[SERIES];
    for (int s = 0; s < SERIES; s++) {
      int k = latest(s);
      double b = base[s];
      double tv = target[s];
      double t0 = baseYear[s];
      double tT = targetYear[s];
      double t = years[k];
      double v = values[k];
      double d = decrease[s] ? -1 : 1;
      double ra = Math.pow(v / b, 1.0 / (t - t0)) - 1;
      double rr = Math.pow(tv / b, 1.0 / (tT - t0)) - 1;
      double ratio = Math.signum(b) * d * ra / Math.abs(rr);
      boolean achieved = d < 0 ? v <= tv : v >= tv;
      byte c = (byte) (achieved ? 0 : ratio >= 0.95 ? 1 : ratio >= 0.6 ? 2 : ratio >= 0 ? 3 : 4);
      double p = (v - b) / (tv - b);
      status[s] = (byte) (achieved || p >= 1 ? 5 : 5 - c);
      category[s] = c;
      progress[s] = p;
      expected[s] = Math.min(1.0, (t - t0) / (tT - t0));
      trajectory[s] = b * Math.pow(1 + rr, Math.min(t, tT) - t0);
      actual[s] = ra;
      required[s] = rr;
      ratios[s] = ratio;
    }
    return new Object[] {status, category, progress, expected, trajectory, actual, required, ratios};
  }
}
