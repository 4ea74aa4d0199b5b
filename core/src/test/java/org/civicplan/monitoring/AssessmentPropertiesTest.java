package org.civicplan.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.civicplan.indicator.Direction;
import org.civicplan.indicator.Target;
import org.civicplan.base.PlanDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties of every method over seeded generated series (positive values, consistent targets). */
class AssessmentPropertiesTest {

  private static final int CASES_PER_SEED = 100;

  static Stream<Long> seeds() {
    return LongStream.range(1, 31).boxed();
  }

  private static RandomGenerator random(long seed) {
    return RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
  }

  /** A random series: baseline year, target later, 1–8 observations, direction-consistent target. */
  private static IndicatorSeries series(RandomGenerator r, boolean withTarget) {
    int baseYear = 2010 + r.nextInt(10);
    int targetYear = baseYear + 2 + r.nextInt(15);
    double b = 1 + r.nextDouble() * 1000;
    boolean increase = r.nextBoolean();
    double tv = increase ? b * (1.05 + r.nextDouble() * 2) : b * (0.05 + r.nextDouble() * 0.9);
    List<Observation> obs = new ArrayList<>();
    int n = 1 + r.nextInt(8);
    for (int i = 0; i < n; i++) {
      obs.add(Observation.of(PlanDate.ofYear(baseYear + 1 + r.nextInt(targetYear - baseYear + 3)), b * (0.2 + r.nextDouble() * 3)));
    }
    Direction d = increase ? Direction.INCREASE : Direction.DECREASE;
    return withTarget
        ? IndicatorSeries.of(d, Observation.of(PlanDate.ofYear(baseYear), b), Target.of(PlanDate.ofYear(targetYear), tv), obs)
        : IndicatorSeries.withoutTarget(d, Observation.of(PlanDate.ofYear(baseYear), b), obs);
  }

  private static List<IndicatorAssessor> assessors() {
    return List.of(IndicatorAssessor.linear(), IndicatorAssessor.eurostat(), IndicatorAssessor.openSdg());
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void statusIsMonotoneInLatestValue(long seed) {
    RandomGenerator r = random(seed);
    for (int c = 0; c < CASES_PER_SEED; c++) {
      boolean withTarget = c % 4 != 0;
      IndicatorSeries s = series(r, withTarget);
      int year = s.baseline().orElseThrow().date().year() + 1 + r.nextInt(12);
      PlanDate at = PlanDate.ofYear(year);
      IndicatorSeries fixed = new IndicatorSeries(s.direction(), s.baseline(), s.target(), List.of(), List.of());
      double b = s.baseline().orElseThrow().value();
      double lo = b * 0.01;
      double step = b * 0.05;
      for (IndicatorAssessor assessor : assessors()) {
        if (!withTarget && assessor.method() == AssessmentMethod.LINEAR) {
          continue;
        }
        ProgressStatus previous = null;
        for (int k = 0; k < 80; k++) {
          double v = s.direction() == Direction.INCREASE ? lo + k * step : lo + (79 - k) * step;
          ProgressStatus status = assessor.assess(fixed.withObservation(Observation.of(at, v)), at).status();
          if (previous != null) {
            assertTrue(status.compareTo(previous) >= 0,
                "seed " + seed + " case " + c + " " + assessor.method() + ": " + previous + " then " + status
                    + " when improving to " + v + " in " + fixed + " at " + at);
          }
          previous = status;
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void reachedTargetIsAlwaysAchieved(long seed) {
    RandomGenerator r = random(seed);
    for (int c = 0; c < CASES_PER_SEED; c++) {
      IndicatorSeries s = series(r, true);
      double tv = s.target().orElseThrow().value();
      double beyond = s.direction() == Direction.INCREASE ? tv * (1 + r.nextDouble()) : tv * r.nextDouble();
      if (r.nextInt(5) == 0) {
        beyond = tv;
      }
      PlanDate at = PlanDate.ofYear(s.baseline().orElseThrow().date().year() + 1 + r.nextInt(20));
      IndicatorSeries reached = s.withObservation(Observation.of(at, beyond));
      for (IndicatorAssessor assessor : assessors()) {
        Assessment a = assessor.assess(reached, at);
        assertEquals(ProgressStatus.ACHIEVED, a.status(),
            "seed " + seed + " case " + c + " " + assessor.method() + " " + reached + " at " + at + ": " + a.explanation().rule());
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void laterObservationsChangeNothingAndRepeatsAreEqual(long seed) {
    RandomGenerator r = random(seed);
    for (int c = 0; c < CASES_PER_SEED; c++) {
      IndicatorSeries s = series(r, c % 3 != 0);
      PlanDate at = PlanDate.ofYear(s.baseline().orElseThrow().date().year() + r.nextInt(15));
      IndicatorSeries more = s.withObservation(Observation.of(PlanDate.of(at.year() + 1, 1 + r.nextInt(12), 1), r.nextDouble() * 5000));
      for (IndicatorAssessor assessor : assessors()) {
        Assessment a = assessor.assess(s, at);
        assertEquals(a, assessor.assess(more, at), "seed " + seed + " case " + c + " " + assessor.method() + " " + s + " at " + at);
        assertEquals(a, assessor.assess(s, at), "seed " + seed + " case " + c + " not deterministic");
        assertTrue(a.progress().orElse(0) == a.progress().orElse(0) && Double.isFinite(a.ratio().orElse(0)),
            "seed " + seed + " case " + c + " NaN or infinite");
      }
    }
  }
}
