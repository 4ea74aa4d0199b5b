package org.civicplan.benchmarks.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.civicplan.indicator.Direction;
import org.civicplan.indicator.Target;
import org.civicplan.monitoring.Assessment;
import org.civicplan.monitoring.IndicatorAssessor;
import org.civicplan.monitoring.IndicatorSeries;
import org.civicplan.monitoring.Observation;
import org.civicplan.monitoring.ProgressStatus;
import org.civicplan.strategy.PlanDate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Assessing 1,000,000 indicator series of 10 observations each with the linear method: {@link
 * #assessor} runs {@link IndicatorAssessor} (with its explanation and findings), {@link #baseline}
 * does the same arithmetic (latest observation on or before the date, progress, linear
 * trajectory, gap, threshold) over primitive arrays. Both run in the same JMH run; the ratio of
 * their times is the figure of interest (issue target: within 2×).
 *
 * <p>To keep the heap small on shared machines, one operation assesses {@value #SERIES} distinct
 * seeded series {@value #ROUNDS} times, i.e. 1,000,000 assessments; times are per assessment.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class AssessBenchmark {

  static final int SERIES = 10_000;
  static final int ROUNDS = 100;
  static final int OBSERVATIONS = 10;

  private final IndicatorAssessor linear = IndicatorAssessor.linear();
  private List<IndicatorSeries> series;
  private final PlanDate asOf = PlanDate.ofYear(2026);
  private double[] base;
  private double[] target;
  private double[][] years;
  private double[][] values;

  /** Generates the seeded series, as records and as primitive arrays. */
  @Setup
  public void setUp() {
    SplittableRandom rnd = new SplittableRandom(2026);
    series = new ArrayList<>(SERIES);
    base = new double[SERIES];
    target = new double[SERIES];
    years = new double[SERIES][OBSERVATIONS];
    values = new double[SERIES][OBSERVATIONS];
    PlanDate[] dates = new PlanDate[OBSERVATIONS];
    for (int k = 0; k < OBSERVATIONS; k++) {
      dates[k] = PlanDate.ofYear(2016 + k);
    }
    for (int s = 0; s < SERIES; s++) {
      double b = 50 + rnd.nextDouble() * 100;
      double t = b * (rnd.nextBoolean() ? 1.5 : 0.6);
      base[s] = b;
      target[s] = t;
      List<Observation> obs = new ArrayList<>(OBSERVATIONS);
      double v = b;
      for (int k = 0; k < OBSERVATIONS; k++) {
        v += (t - b) / 15 * (0.5 + rnd.nextDouble());
        obs.add(Observation.of(dates[k], v));
        years[s][k] = 2016 + k;
        values[s][k] = v;
      }
      Direction d = t > b ? Direction.INCREASE : Direction.DECREASE;
      series.add(IndicatorSeries.of(d, Observation.of(PlanDate.ofYear(2015), b), Target.of(PlanDate.ofYear(2030), t),
          obs));
    }
  }

  /** The library: 1,000,000 linear assessments with explanations. */
  @Benchmark
  @OperationsPerInvocation(SERIES * ROUNDS)
  public void assessor(Blackhole bh) {
    for (int r = 0; r < ROUNDS; r++) {
      for (int s = 0; s < SERIES; s++) {
        Assessment a = linear.assess(series.get(s), asOf);
        bh.consume(a.status());
      }
    }
  }

  /** The same arithmetic over primitive arrays, without explanations. */
  @Benchmark
  @OperationsPerInvocation(SERIES * ROUNDS)
  public void baseline(Blackhole bh) {
    double asOfYear = 2026;
    double t0 = 2015;
    double tT = 2030;
    for (int r = 0; r < ROUNDS; r++) {
      for (int s = 0; s < SERIES; s++) {
        double[] ys = years[s];
        double[] vs = values[s];
        int latest = -1;
        for (int k = 0; k < ys.length; k++) {
          if (ys[k] <= asOfYear) {
            latest = k;
          }
        }
        double b = base[s];
        double tv = target[s];
        double p = (vs[latest] - b) / (tv - b);
        double t = ys[latest];
        double traj = b + (tv - b) * (t - t0) / (tT - t0);
        double e = Math.min(1.0, (traj - b) / (tv - b));
        double gap = e - p;
        ProgressStatus status = p >= 1 ? ProgressStatus.ACHIEVED : p < 0 ? ProgressStatus.MOVING_AWAY
            : gap <= 0.05 ? ProgressStatus.ON_TRACK : gap <= 0.15 ? ProgressStatus.AT_RISK : ProgressStatus.OFF_TRACK;
        bh.consume(status);
      }
    }
  }
}
