package org.civicplan.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.civicplan.indicator.Direction;
import org.civicplan.indicator.Target;
import org.civicplan.base.PlanDate;
import org.civicplan.base.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The column API and the lazy explanations against two oracles, over thousands of seeded series
 * that reach every rule of every method (increase, decrease and target-range indicators, no
 * target, no baseline, target not after baseline, flat targets, milestones, zero values and values
 * on the wrong side of zero, mixed date precisions, corrections with the same date):
 *
 * <ul>
 *   <li>{@link IndicatorAssessor#assess(IndicatorSeries, PlanDate)} equals {@link
 *       EagerAssessorOracle} (the assessor before this API, building every text eagerly) in every
 *       field, every finding and every explanation text;
 *   <li>{@link IndicatorAssessor#assessAll} gives each series the single-series status, category,
 *       numbers (bit for bit), latest observation and error flag, and materialises the same
 *       assessment.
 * </ul>
 */
class AssessmentColumnsTest {

  private static final int SERIES_PER_SEED = 300;

  static Stream<Long> seeds() {
    return LongStream.rangeClosed(1, 20).map(s -> s * 7919).boxed();
  }

  private static RandomGenerator random(long seed) {
    return RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void singleSeriesEqualsEagerOracle_andColumnsEqualSingleSeries(long seed) {
    RandomGenerator r = random(seed);
    List<IndicatorSeries> series = new ArrayList<>();
    for (int i = 0; i < SERIES_PER_SEED; i++) {
      series.add(series(r));
    }
    PlanDate asOf = date(r, 2012, 2033);
    SeriesColumns columns = SeriesColumns.of(series);
    for (Setup setup : setups(r)) {
      IndicatorAssessor assessor = setup.assessor();
      AssessmentColumns all = assessor.assessAll(columns, asOf);
      assertEquals(series.size(), all.size());
      double[] ratios = all.column(AssessmentColumns.Measure.RATIO);
      double[] progress = all.column(AssessmentColumns.Measure.PROGRESS);
      for (int i = 0; i < series.size(); i++) {
        IndicatorSeries s = series.get(i);
        String where = "seed " + seed + " " + setup + " series " + i + " " + s + " as of " + asOf;
        Assessment single = assessor.assess(s, asOf);
        Assessment oracle = setup.oracle().assess(s, asOf);
        assertEquals(oracle, single, where);
        assertEquals(oracle.explanation().text(), single.explanation().text(), where);
        assertEquals(oracle.explanation().inputs(), single.explanation().inputs(), where);
        assertEquals(oracle.findings(), single.findings(), where);

        assertEquals(single.status(), all.status(i), where);
        assertEquals(single.category(), all.category(i), where);
        assertEquals(single.progress(), all.value(AssessmentColumns.Measure.PROGRESS, i), where);
        assertEquals(single.expectedProgress(), all.value(AssessmentColumns.Measure.EXPECTED_PROGRESS, i), where);
        assertEquals(single.trajectoryValue(), all.value(AssessmentColumns.Measure.TRAJECTORY_VALUE, i), where);
        assertEquals(single.actualRate(), all.value(AssessmentColumns.Measure.ACTUAL_RATE, i), where);
        assertEquals(single.requiredRate(), all.value(AssessmentColumns.Measure.REQUIRED_RATE, i), where);
        assertEquals(single.ratio(), all.value(AssessmentColumns.Measure.RATIO, i), where);
        assertEquals(single.ratio().orElse(Double.NaN), ratios[i], 0, where);
        assertEquals(single.progress().orElse(Double.NaN), progress[i], 0, where);
        assertEquals(single.hasErrors(), all.hasErrors(i), where);
        assertEquals(!single.findings().isEmpty(), all.hasFindings(i), where);
        OptionalInt latest = single.latest().isPresent()
            ? OptionalInt.of(s.observations().lastIndexOf(single.latest().get()))
            : OptionalInt.empty();
        assertEquals(latest, all.latestObservation(i), where);
        assertEquals(single, all.assessment(i), where);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void columnsGiveBackTheSeriesTheyWereBuiltFrom(long seed) {
    RandomGenerator r = random(seed);
    List<IndicatorSeries> series = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      series.add(series(r));
    }
    SeriesColumns columns = SeriesColumns.of(series);
    assertEquals(series.size(), columns.size());
    assertEquals(series.stream().mapToInt(s -> s.observations().size()).sum(), columns.observationCount());
    for (int i = 0; i < series.size(); i++) {
      assertEquals(series.get(i), columns.series(i), "seed " + seed + " series " + i);
    }
  }

  @Test
  void generatedSeriesReachEveryRuleOfEveryMethod() {
    Set<String> seen = new TreeSet<>();
    for (long seed : seeds().toList()) {
      RandomGenerator r = random(seed);
      List<IndicatorSeries> series = new ArrayList<>();
      for (int i = 0; i < SERIES_PER_SEED; i++) {
        series.add(series(r));
      }
      PlanDate asOf = date(r, 2012, 2033);
      for (AssessmentMethod m : AssessmentMethod.values()) {
        AssessmentColumns all = IndicatorAssessor.of(m).assessAll(SeriesColumns.of(series), asOf);
        for (int i = 0; i < all.size(); i++) {
          Assessment a = all.assessment(i);
          String dir = series.get(i).direction() + (series.get(i).target().isPresent() ? "" : " no target");
          seen.add(m + " " + dir + " " + a.status() + " " + a.category().orElse("-"));
          seen.add(m + " " + a.explanation().formula());
          a.findings().stream().map(Finding::code).forEach(c -> seen.add(m + " " + c));
        }
      }
    }
    List<String> expected = List.of(
        "LINEAR INCREASE ACHIEVED -", "LINEAR DECREASE ON_TRACK -", "LINEAR INCREASE AT_RISK -",
        "LINEAR DECREASE OFF_TRACK -", "LINEAR INCREASE MOVING_AWAY -", "LINEAR TARGET_RANGE ACHIEVED -",
        "LINEAR TARGET_RANGE MOVING_AWAY -",
        "EUROSTAT INCREASE ON_TRACK significant-progress", "EUROSTAT DECREASE AT_RISK moderate-progress",
        "EUROSTAT INCREASE OFF_TRACK insufficient-progress", "EUROSTAT DECREASE MOVING_AWAY movement-away",
        "EUROSTAT INCREASE ACHIEVED significant-progress",
        "EUROSTAT INCREASE no target ON_TRACK significant-progress",
        "EUROSTAT DECREASE no target AT_RISK moderate-progress",
        "EUROSTAT INCREASE no target MOVING_AWAY moderate-movement-away",
        "EUROSTAT DECREASE no target MOVING_AWAY significant-movement-away",
        "OPEN_SDG INCREASE ACHIEVED target-achieved", "OPEN_SDG DECREASE ON_TRACK on-track",
        "OPEN_SDG INCREASE AT_RISK progress-needs-acceleration", "OPEN_SDG DECREASE OFF_TRACK limited-progress",
        "OPEN_SDG INCREASE MOVING_AWAY deterioration", "OPEN_SDG TARGET_RANGE ACHIEVED target-achieved",
        "OPEN_SDG INCREASE no target ON_TRACK on-track", "OPEN_SDG DECREASE no target OFF_TRACK limited-progress",
        "OPEN_SDG INCREASE no target MOVING_AWAY deterioration",
        "LINEAR target = baseline", "LINEAR " + MonitoringCodes.TARGET_MISSING,
        "LINEAR " + MonitoringCodes.BASELINE_MISSING, "LINEAR " + MonitoringCodes.DATA_INSUFFICIENT,
        "LINEAR " + MonitoringCodes.TARGET_NOT_AFTER_BASELINE, "LINEAR " + MonitoringCodes.TARGET_WRONG_DIRECTION,
        "EUROSTAT " + MonitoringCodes.GROWTH_WRONG_SIDE_OF_ZERO, "EUROSTAT " + MonitoringCodes.RANGE_WITHOUT_TARGET,
        "OPEN_SDG " + MonitoringCodes.GROWTH_WRONG_SIDE_OF_ZERO, "OPEN_SDG " + MonitoringCodes.GROWTH_ZERO_REPLACED);
    for (String e : expected) {
      assertTrue(seen.contains(e), "not reached: " + e + "; reached: " + seen);
    }
  }

  @Test
  void builder_acceptsValuesOneByOne_andSortsThem() {
    SeriesColumns columns = SeriesColumns.builder()
        .series(Direction.DECREASE)
        .baseline(PlanDate.ofYear(2015), 100).target(PlanDate.ofYear(2030), 60)
        .observation(PlanDate.ofYear(2021), 83).observation(PlanDate.ofYear(2020), 85)
        .series(Direction.TARGET_RANGE)
        .baseline(PlanDate.ofYear(2015), 10).targetRange(PlanDate.ofYear(2030), 19, 22)
        .milestone(PlanDate.ofYear(2025), 15)
        .build();
    assertEquals(2, columns.size());
    assertEquals(IndicatorSeries.of(Direction.DECREASE, Observation.of("2015", 100), Target.of(PlanDate.ofYear(2030), 60),
        List.of(Observation.of("2020", 85), Observation.of("2021", 83))), columns.series(0));
    assertEquals(new IndicatorSeries(Direction.TARGET_RANGE, java.util.Optional.of(Observation.of("2015", 10)),
        java.util.Optional.of(Target.ofRange(PlanDate.ofYear(2030), 19, 22)), List.of(Observation.of("2025", 15)),
        List.of()), columns.series(1));
    AssessmentColumns all = IndicatorAssessor.eurostat().assessAll(columns, PlanDate.ofYear(2021));
    // 100 -> 83 in 6 years: CAGR -3.06 %/yr against -3.35 %/yr required, ratio 0.91: moderate.
    assertEquals(ProgressStatus.AT_RISK, all.status(0));
    assertEquals(java.util.Optional.of("moderate-progress"), all.category(0));
    assertEquals(ProgressStatus.NO_DATA, all.status(1));
    assertTrue(Double.isNaN(all.column(AssessmentColumns.Measure.RATIO)[1]));
    assertEquals(all.value(AssessmentColumns.Measure.RATIO, 0).getAsDouble(),
        all.column(AssessmentColumns.Measure.RATIO)[0], 0);
    int[] counts = all.statusCounts();
    assertEquals(1, counts[ProgressStatus.AT_RISK.ordinal()]);
    assertEquals(1, counts[ProgressStatus.NO_DATA.ordinal()]);
  }

  @Test
  void builder_rejectsRepeatedSettingsAndValuesBeforeASeries() {
    assertThrows(IllegalStateException.class, () -> SeriesColumns.builder().observation(PlanDate.ofYear(2020), 1));
    SeriesColumns.Builder b = SeriesColumns.builder().series(Direction.INCREASE).baseline(PlanDate.ofYear(2015), 1);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> b.baseline(PlanDate.ofYear(2016), 2));
    assertTrue(e.getMessage().contains("baseline of series 0"), e.getMessage());
    b.target(PlanDate.ofYear(2030), 2);
    assertThrows(IllegalStateException.class, () -> b.target(PlanDate.ofYear(2031), 3));
    assertThrows(IllegalArgumentException.class, () -> b.observation(PlanDate.ofYear(2020), Double.NaN));
  }

  @Test
  void columns_rejectIndexesOutside() {
    SeriesColumns columns = SeriesColumns.of(List.of());
    AssessmentColumns all = IndicatorAssessor.linear().assessAll(columns, PlanDate.ofYear(2020));
    assertEquals(0, all.size());
    assertThrows(IndexOutOfBoundsException.class, () -> all.status(0));
    assertThrows(IndexOutOfBoundsException.class, () -> columns.series(0));
  }

  @Test
  void lazyExplanation_equalsEagerOneWithTheSameParts() {
    Assessment a = IndicatorAssessor.linear().assess(IndicatorSeries.of(Direction.DECREASE, Observation.of("2015", 100),
        Target.of(PlanDate.ofYear(2030), 60), List.of(Observation.of("2020", 85))), PlanDate.ofYear(2021));
    Explanation lazy = a.explanation();
    Explanation eager = new Explanation(lazy.inputs(), lazy.formula(), lazy.result(), lazy.rule(), lazy.text());
    assertEquals(eager, lazy);
    assertEquals(lazy, eager);
    assertEquals(eager.hashCode(), lazy.hashCode());
    assertTrue(lazy.text().get(Locale.ENGLISH).startsWith("Method linear. Values used: baseline 2015 = 100"),
        lazy.text().get(Locale.ENGLISH));
  }

  /** A method with default or seeded thresholds, and the oracle with the same. */
  private record Setup(IndicatorAssessor assessor, EagerAssessorOracle oracle, String name) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static List<Setup> setups(RandomGenerator r) {
    LinearThresholds lin = new LinearThresholds(r.nextDouble(0, 0.1), r.nextDouble(0.1, 0.3));
    double sig = r.nextDouble(0.8, 1.0);
    EurostatThresholds eu = new EurostatThresholds(sig, r.nextDouble(0.3, sig), r.nextDouble(-0.2, 0.2),
        r.nextDouble(0, 0.03), r.nextDouble(-0.03, 0));
    double on = r.nextDouble(0.8, 1.0);
    double nt = r.nextDouble(0.005, 0.03);
    OpenSdgThresholds os = new OpenSdgThresholds(on, r.nextDouble(0.3, on), r.nextDouble(-0.2, 0.2), nt,
        r.nextDouble(0, nt), r.nextDouble(-0.01, 0), r.nextBoolean() ? 0.001 : 0.5);
    List<Setup> out = new ArrayList<>();
    for (AssessmentMethod m : AssessmentMethod.values()) {
      out.add(new Setup(IndicatorAssessor.of(m), oracle(m, LinearThresholds.DEFAULTS, EurostatThresholds.DEFAULTS,
          OpenSdgThresholds.DEFAULTS), m + " defaults"));
    }
    out.add(new Setup(IndicatorAssessor.linear(lin), oracle(AssessmentMethod.LINEAR, lin, EurostatThresholds.DEFAULTS,
        OpenSdgThresholds.DEFAULTS), "LINEAR " + lin));
    out.add(new Setup(IndicatorAssessor.eurostat(eu), oracle(AssessmentMethod.EUROSTAT, LinearThresholds.DEFAULTS, eu,
        OpenSdgThresholds.DEFAULTS), "EUROSTAT " + eu));
    out.add(new Setup(IndicatorAssessor.openSdg(os), oracle(AssessmentMethod.OPEN_SDG, LinearThresholds.DEFAULTS,
        EurostatThresholds.DEFAULTS, os), "OPEN_SDG " + os));
    return out;
  }

  private static EagerAssessorOracle oracle(
      AssessmentMethod m, LinearThresholds l, EurostatThresholds e, OpenSdgThresholds o) {
    return new EagerAssessorOracle(m, l, e, o);
  }

  /** A seeded series: mostly ordinary, with every kind of awkward data mixed in. */
  static IndicatorSeries series(RandomGenerator r) {
    Direction dir = Direction.values()[r.nextInt(Direction.values().length)];
    int sign = r.nextInt(10) == 0 ? -1 : 1;
    double base = value(r, sign);
    java.util.Optional<Observation> baseline =
        r.nextInt(30) == 0 ? java.util.Optional.empty() : java.util.Optional.of(Observation.of(date(r, 2010, 2018), base));
    java.util.Optional<Target> target = java.util.Optional.empty();
    int targetKind = r.nextInt(20);
    if (targetKind > 2) {
      PlanDate d = targetKind == 3 ? date(r, 2008, 2016) : date(r, 2022, 2035);
      double tv = targetKind == 4 ? base : targetKind == 5 ? 0 : targetKind == 6 ? -value(r, sign) : value(r, sign);
      if (dir == Direction.TARGET_RANGE) {
        double lo = r.nextInt(4) == 0 ? base - 3 : tv;
        target = java.util.Optional.of(Target.ofRange(d, lo, lo + Math.abs(value(r, 1)) / 4));
      } else {
        target = java.util.Optional.of(Target.of(d, tv));
      }
    }
    List<Observation> milestones = new ArrayList<>();
    if (r.nextInt(4) == 0) {
      for (int k = r.nextInt(1, 4); k > 0; k--) {
        milestones.add(Observation.of(date(r, 2011, 2036), value(r, sign)));
      }
    }
    List<Observation> observations = new ArrayList<>();
    double v = base;
    int count = r.nextInt(0, 11);
    for (int k = 0; k < count; k++) {
      v = switch (r.nextInt(12)) {
        case 0 -> 0;
        case 1 -> -v;
        case 2 -> base;
        default -> Math.round((v + r.nextDouble(-0.3, 0.4) * Math.abs(base) / 4) * 4) / 4.0;
      };
      PlanDate d = r.nextInt(8) == 0 && !observations.isEmpty()
          ? observations.get(observations.size() - 1).date()
          : date(r, 2009, 2031);
      observations.add(Observation.of(d, v));
    }
    return new IndicatorSeries(dir, baseline, target, milestones, observations);
  }

  private static double value(RandomGenerator r, int sign) {
    return sign * Math.round(r.nextDouble(1, 200) * 4) / 4.0;
  }

  /** A date of year, month or day precision in {@code [from, to]}. */
  static PlanDate date(RandomGenerator r, int from, int to) {
    int year = r.nextInt(from, to + 1);
    return switch (r.nextInt(5)) {
      case 0 -> PlanDate.ofMonth(year, r.nextInt(1, 13));
      case 1 -> PlanDate.of(year, r.nextInt(1, 13), r.nextInt(1, 29));
      default -> PlanDate.ofYear(year);
    };
  }
}
