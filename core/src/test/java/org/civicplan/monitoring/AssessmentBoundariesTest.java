// SPDX-License-Identifier: Apache-2.0
package org.civicplan.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.civicplan.base.Finding;
import org.civicplan.base.PlanDate;
import org.civicplan.base.Severity;
import org.civicplan.indicator.Direction;
import org.civicplan.indicator.Target;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Each method's thresholds taken at exactly their value, and the degenerate series (target equal to
 * the baseline, dates that coincide, zeros), with the status, category, numbers and findings each
 * gives. The series are chosen so that every number is exact in binary: years are whole, so that
 * decimal years differ by whole numbers, and growth rates are powers of two.
 */
class AssessmentBoundariesTest {

  private static final double EPS = 1e-12;

  /** Baseline 2020 = {@code b}, target {@code targetYear} = {@code tv}, one observation. */
  private static IndicatorSeries series(Direction d, double b, String targetYear, double tv, String year, double v) {
    return IndicatorSeries.of(
        d, Observation.of("2020", b), Target.of(PlanDate.parse(targetYear), tv), List.of(Observation.of(year, v)));
  }

  private static Assessment assess(IndicatorAssessor a, IndicatorSeries s, String asOf) {
    return a.assess(s, PlanDate.parse(asOf));
  }

  private static List<String> codes(Assessment a) {
    return a.findings().stream().map(Finding::code).toList();
  }

  @Nested
  class Linear {

    // Gaps on track up to 1/4, at risk up to 1/2; at 2025 half of 2020–2030 has passed: e = 1/2
    private final IndicatorAssessor quarters = IndicatorAssessor.linear(new LinearThresholds(0.25, 0.5));

    private Assessment at2025(double v) {
      return assess(quarters, series(Direction.INCREASE, 0, "2030", 100, "2025", v), "2025");
    }

    @Test
    void gapEqualToTheOnTrackThresholdIsOnTrack() {
      // p = 25/100 = 1/4, gap = 1/2 − 1/4 = 1/4
      Assessment a = at2025(25);
      assertEquals(ProgressStatus.ON_TRACK, a.status());
      assertEquals(0.25, a.progress().getAsDouble(), 0);
      assertEquals(0.5, a.expectedProgress().getAsDouble(), 0);
      assertEquals(50, a.trajectoryValue().getAsDouble(), 0);
      assertEquals(0.25, a.explanation().result().getAsDouble(), 0);
      assertTrue(a.category().isEmpty());
      assertTrue(a.findings().isEmpty());
    }

    @Test
    void gapJustAboveOnTrackIsAtRiskAndEqualToAtRiskIsAtRisk() {
      // v = 24: gap = 0.26; v = 0: p = 0 (not moving away), gap = 1/2
      assertEquals(ProgressStatus.AT_RISK, at2025(24).status());
      Assessment zero = at2025(0);
      assertEquals(ProgressStatus.AT_RISK, zero.status());
      assertEquals(0.0, zero.progress().getAsDouble(), 0);
      assertEquals(0.5, zero.explanation().result().getAsDouble(), 0);
    }

    @Test
    void gapAboveAtRiskIsOffTrackAndBelowBaselineIsMovingAway() {
      // v = −1: p = −1/100 < 0
      assertEquals(ProgressStatus.MOVING_AWAY, at2025(-1).status());
      // with the defaults (0.05, 0.15), p = 0.3 leaves a gap of 0.2
      Assessment a = assess(IndicatorAssessor.linear(), series(Direction.INCREASE, 0, "2030", 100, "2025", 30), "2025");
      assertEquals(ProgressStatus.OFF_TRACK, a.status());
      assertEquals(0.2, a.explanation().result().getAsDouble(), EPS);
    }

    @Test
    void progressOfExactlyOneIsAchievedEvenAheadOfTime() {
      Assessment a = at2025(100);
      assertEquals(ProgressStatus.ACHIEVED, a.status());
      assertEquals(1.0, a.progress().getAsDouble(), 0);
      // the gap 1/2 − 1 is negative: without the p ≥ 1 rule it would only be on track
      assertEquals(-0.5, a.explanation().result().getAsDouble(), 0);
    }

    @Test
    void atAndAfterTheTargetDateTheTrajectoryIsTheTarget() {
      Assessment at = assess(quarters, series(Direction.INCREASE, 0, "2030", 100, "2030", 80), "2030");
      assertEquals(100, at.trajectoryValue().getAsDouble(), 0);
      assertEquals(1.0, at.expectedProgress().getAsDouble(), 0);
      assertEquals(ProgressStatus.ON_TRACK, at.status());
      Assessment after = assess(quarters, series(Direction.INCREASE, 0, "2030", 100, "2032", 40), "2032");
      assertEquals(100, after.trajectoryValue().getAsDouble(), 0);
      assertEquals(1.0, after.expectedProgress().getAsDouble(), 0);
      assertEquals(ProgressStatus.OFF_TRACK, after.status());
    }

    @Test
    void decreaseCountsProgressDownwards() {
      // baseline 100, target 60 in 2030; 2025: trajectory 80; v = 90: p = 10/40 = 1/4, gap 1/4
      Assessment a = assess(quarters, series(Direction.DECREASE, 100, "2030", 60, "2025", 90), "2025");
      assertEquals(0.25, a.progress().getAsDouble(), 0);
      assertEquals(80, a.trajectoryValue().getAsDouble(), 0);
      assertEquals(ProgressStatus.ON_TRACK, a.status());
    }

    @Test
    void milestonesOutsideTheBaselineToTargetSpanAreIgnored() {
      // milestones at 2019 (before the baseline), 2030 (the target date) and 2035 (after) are not
      // used: the trajectory at 2025 stays on the straight line, 50
      IndicatorSeries s =
          new IndicatorSeries(
              Direction.INCREASE,
              Optional.of(Observation.of("2020", 0)),
              Optional.of(Target.of(PlanDate.ofYear(2030), 100)),
              List.of(Observation.of("2019", 90), Observation.of("2030", 10), Observation.of("2035", 70)),
              List.of(Observation.of("2025", 50)));
      Assessment a = quarters.assess(s, PlanDate.ofYear(2025));
      assertEquals(50, a.trajectoryValue().getAsDouble(), 0);
      assertTrue(a.explanation().inputs().stream().noneMatch(u -> u.role().equals("milestone")));
    }

    @Test
    void trajectoryPassesThroughEachMilestoneAndContinuesToTheTarget() {
      // 2020: 0, milestone 2022: 60, milestone 2024: 70, target 2030: 100.
      // 2023 lies between the milestones: 60 + (70 − 60)/2 = 65; 2027: 70 + 30 · 3/6 = 85;
      // 2022, on a milestone: 60
      IndicatorSeries base =
          new IndicatorSeries(
              Direction.INCREASE,
              Optional.of(Observation.of("2020", 0)),
              Optional.of(Target.of(PlanDate.ofYear(2030), 100)),
              List.of(Observation.of("2022", 60), Observation.of("2024", 70)),
              List.of());
      assertEquals(65, trajectory(base, "2023"), EPS);
      assertEquals(85, trajectory(base, "2027"), EPS);
      assertEquals(60, trajectory(base, "2022"), EPS);
      assertEquals(30, trajectory(base, "2021"), EPS);
    }

    private double trajectory(IndicatorSeries base, String year) {
      return quarters.assess(base.withObservation(Observation.of(year, 1)), PlanDate.parse(year)).trajectoryValue().getAsDouble();
    }
  }

  @Nested
  class DegenerateSeries {

    @Test
    void observationOnTheBaselineDateIsNoLaterData() {
      for (IndicatorAssessor a : List.of(IndicatorAssessor.linear(), IndicatorAssessor.eurostat(), IndicatorAssessor.openSdg())) {
        Assessment r = assess(a, series(Direction.INCREASE, 10, "2030", 20, "2020", 15), "2025");
        assertEquals(ProgressStatus.NO_DATA, r.status(), a.method()::label);
        assertEquals(List.of(MonitoringCodes.DATA_INSUFFICIENT), codes(r));
        Finding f = r.findings().get(0);
        assertEquals(Severity.INFO, f.severity());
        assertEquals("/observations", f.path());
        assertEquals("No observation dated after the baseline 2020 on or before 2025.", f.message(Locale.ENGLISH));
        assertTrue(r.progress().isEmpty());
        assertTrue(r.latest().isEmpty(), r::toString);
      }
    }

    @Test
    void targetOnTheBaselineDateIsAnError() {
      Assessment r = assess(IndicatorAssessor.linear(), series(Direction.INCREASE, 10, "2020", 20, "2021", 15), "2021");
      assertEquals(ProgressStatus.NO_DATA, r.status());
      assertEquals(List.of(MonitoringCodes.TARGET_NOT_AFTER_BASELINE), codes(r));
      assertEquals("/target/date", r.findings().get(0).path());
      assertEquals(Severity.ERROR, r.findings().get(0).severity());
      assertEquals("The target date 2020 is not after the baseline date 2020.", r.findings().get(0).message(Locale.ENGLISH));
    }

    @Test
    void targetEqualToTheBaselineIsAchievedWhileHeld() {
      for (IndicatorAssessor a : List.of(IndicatorAssessor.linear(), IndicatorAssessor.eurostat(), IndicatorAssessor.openSdg())) {
        String m = a.method().label();
        Assessment held = assess(a, series(Direction.INCREASE, 50, "2030", 50, "2025", 50), "2025");
        assertEquals(ProgressStatus.ACHIEVED, held.status(), m);
        // equal is not the wrong direction
        assertTrue(held.findings().isEmpty(), m);
        Assessment lost = assess(a, series(Direction.INCREASE, 50, "2030", 50, "2025", 49), "2025");
        assertEquals(ProgressStatus.MOVING_AWAY, lost.status(), m);
        Assessment down = assess(a, series(Direction.DECREASE, 50, "2030", 50, "2025", 50), "2025");
        assertEquals(ProgressStatus.ACHIEVED, down.status(), m);
        Assessment up = assess(a, series(Direction.DECREASE, 50, "2030", 50, "2025", 51), "2025");
        assertEquals(ProgressStatus.MOVING_AWAY, up.status(), m);
      }
      assertEquals(Optional.empty(), assess(IndicatorAssessor.linear(), series(Direction.INCREASE, 50, "2030", 50, "2025", 50), "2025").category());
      assertEquals(
          Optional.of("significant-progress"),
          assess(IndicatorAssessor.eurostat(), series(Direction.INCREASE, 50, "2030", 50, "2025", 50), "2025").category());
      assertEquals(
          Optional.of("movement-away"),
          assess(IndicatorAssessor.eurostat(), series(Direction.INCREASE, 50, "2030", 50, "2025", 49), "2025").category());
      assertEquals(
          Optional.of("target-achieved"),
          assess(IndicatorAssessor.openSdg(), series(Direction.INCREASE, 50, "2030", 50, "2025", 50), "2025").category());
      assertEquals(
          Optional.of("deterioration"),
          assess(IndicatorAssessor.openSdg(), series(Direction.INCREASE, 50, "2030", 50, "2025", 49), "2025").category());
    }

    @Test
    void targetOnTheWrongSideIsAWarningWithBothValues() {
      Assessment r = assess(IndicatorAssessor.linear(), series(Direction.INCREASE, 50, "2030", 40, "2025", 45), "2025");
      assertEquals(List.of(MonitoringCodes.TARGET_WRONG_DIRECTION), codes(r));
      assertEquals(Severity.WARNING, r.findings().get(0).severity());
      assertEquals("/target/value", r.findings().get(0).path());
      assertEquals(
          "The target 40 lies on the wrong side of the baseline 50 for an indicator whose direction is increase.",
          r.findings().get(0).message(Locale.ENGLISH));
      Assessment d = assess(IndicatorAssessor.linear(), series(Direction.DECREASE, 50, "2030", 60, "2025", 45), "2025");
      assertEquals(List.of(MonitoringCodes.TARGET_WRONG_DIRECTION), codes(d));
      assertTrue(d.findings().get(0).message(Locale.ENGLISH).endsWith("direction is decrease."));
    }
  }

  @Nested
  class TargetRange {

    private Assessment inRange(double b, double v) {
      return assess(IndicatorAssessor.linear(), IndicatorSeries.of(Direction.TARGET_RANGE, Observation.of("2020", b),
          Target.ofRange(PlanDate.ofYear(2030), 20, 30), List.of(Observation.of("2025", v))), "2025");
    }

    @Test
    void baselineOnABoundIsInsideAndBothBoundsAreInside() {
      assertEquals(ProgressStatus.ACHIEVED, inRange(20, 20).status());
      assertEquals(ProgressStatus.ACHIEVED, inRange(20, 30).status());
      assertEquals(ProgressStatus.ACHIEVED, inRange(30, 20).status());
      assertEquals(ProgressStatus.ACHIEVED, inRange(30, 30).status());
      assertEquals(ProgressStatus.MOVING_AWAY, inRange(25, 19).status());
      assertEquals(ProgressStatus.MOVING_AWAY, inRange(25, 31).status());
      assertTrue(inRange(20, 20).progress().isEmpty());
    }

    @Test
    void belowTheRangeHeadsForTheLowerBoundAndAboveForTheUpper() {
      // below: 10 → 20, v = 15 is half way; above: 40 → 30, v = 35 is half way
      assertEquals(0.5, inRange(10, 15).progress().getAsDouble(), 0);
      assertEquals(0.5, inRange(40, 35).progress().getAsDouble(), 0);
      assertEquals(ProgressStatus.ON_TRACK, inRange(10, 15).status());
      assertEquals(ProgressStatus.MOVING_AWAY, inRange(40, 41).status());
    }

    @Test
    void growthMethodsGiveTheirOwnCategoriesInside() {
      IndicatorSeries in = IndicatorSeries.of(Direction.TARGET_RANGE, Observation.of("2020", 25),
          Target.ofRange(PlanDate.ofYear(2030), 20, 30), List.of(Observation.of("2025", 26)));
      IndicatorSeries out = IndicatorSeries.of(Direction.TARGET_RANGE, Observation.of("2020", 25),
          Target.ofRange(PlanDate.ofYear(2030), 20, 30), List.of(Observation.of("2025", 36)));
      assertEquals(Optional.of("significant-progress"), IndicatorAssessor.eurostat().assess(in, PlanDate.ofYear(2025)).category());
      assertEquals(Optional.of("movement-away"), IndicatorAssessor.eurostat().assess(out, PlanDate.ofYear(2025)).category());
      assertEquals(Optional.of("target-achieved"), IndicatorAssessor.openSdg().assess(in, PlanDate.ofYear(2025)).category());
      assertEquals(Optional.of("deterioration"), IndicatorAssessor.openSdg().assess(out, PlanDate.ofYear(2025)).category());
    }

    @Test
    void aRangeWithoutTargetIsAnErrorForGrowthMethods() {
      IndicatorSeries s = IndicatorSeries.withoutTarget(Direction.TARGET_RANGE, Observation.of("2020", 25), List.of(Observation.of("2025", 26)));
      for (IndicatorAssessor a : List.of(IndicatorAssessor.eurostat(), IndicatorAssessor.openSdg())) {
        Assessment r = a.assess(s, PlanDate.ofYear(2025));
        assertEquals(ProgressStatus.NO_DATA, r.status());
        assertEquals(List.of(MonitoringCodes.RANGE_WITHOUT_TARGET), codes(r));
        assertEquals("/target", r.findings().get(0).path());
      }
    }
  }

  @Nested
  class Eurostat {

    /** 100 in 2020, target 400 in 2022 (required rate 1), 200 in 2021 (actual rate 1): ratio 1. */
    private IndicatorSeries ratioOne() {
      return series(Direction.INCREASE, 100, "2022", 400, "2021", 200);
    }

    private String category(EurostatThresholds th, IndicatorSeries s, String asOf) {
      return IndicatorAssessor.eurostat(th).assess(s, PlanDate.parse(asOf)).category().orElseThrow();
    }

    @Test
    void ratioEqualToEachThresholdReachesItsBand() {
      assertEquals("significant-progress", category(new EurostatThresholds(1, 0.5, 0, 0.01, -0.01), ratioOne(), "2021"));
      assertEquals("moderate-progress", category(new EurostatThresholds(2, 1, 0, 0.01, -0.01), ratioOne(), "2021"));
      assertEquals("insufficient-progress", category(new EurostatThresholds(3, 2, 1, 0.01, -0.01), ratioOne(), "2021"));
      assertEquals("movement-away", category(new EurostatThresholds(3, 2, 1.5, 0.01, -0.01), ratioOne(), "2021"));
      // no change: ratio 0, the default insufficient threshold
      assertEquals("insufficient-progress", category(EurostatThresholds.DEFAULTS, series(Direction.INCREASE, 100, "2022", 400, "2021", 100), "2021"));
    }

    @Test
    void numbersOfTheRatio() {
      Assessment a = IndicatorAssessor.eurostat().assess(ratioOne(), PlanDate.ofYear(2021));
      assertEquals(1.0, a.actualRate().getAsDouble(), 0);
      assertEquals(1.0, a.requiredRate().getAsDouble(), 0);
      assertEquals(1.0, a.ratio().getAsDouble(), 0);
      // p = (200 − 100)/(400 − 100) = 1/3; half the time has passed; the required path gives 200
      assertEquals(1.0 / 3, a.progress().getAsDouble(), EPS);
      assertEquals(0.5, a.expectedProgress().getAsDouble(), 0);
      assertEquals(200, a.trajectoryValue().getAsDouble(), 0);
      assertEquals(ProgressStatus.ON_TRACK, a.status());
      assertTrue(a.findings().isEmpty());
    }

    @Test
    void afterTheTargetDateTheTrajectoryStopsAtTheTarget() {
      // 2023 is past 2022: expected progress 1 (not 3/2), trajectory 100 · 2² = 400
      Assessment a = IndicatorAssessor.eurostat().assess(series(Direction.INCREASE, 100, "2022", 400, "2023", 300), PlanDate.ofYear(2023));
      assertEquals(1.0, a.expectedProgress().getAsDouble(), 0);
      assertEquals(400, a.trajectoryValue().getAsDouble(), EPS);
    }

    @Test
    void reachingTheTargetIsAchievedWhateverTheRatio() {
      // 400 in 2021: p = 1, actual rate 3, ratio 3
      Assessment a = IndicatorAssessor.eurostat().assess(series(Direction.INCREASE, 100, "2022", 400, "2021", 400), PlanDate.ofYear(2021));
      assertEquals(ProgressStatus.ACHIEVED, a.status());
      assertEquals(3.0, a.ratio().getAsDouble(), EPS);
      assertEquals("significant-progress", a.category().orElseThrow());
    }

    @Test
    void zeroBaselineOrTargetIsRefusedButAZeroLatestValueIsUsed() {
      Assessment zeroBase = IndicatorAssessor.eurostat().assess(series(Direction.INCREASE, 0, "2022", 400, "2021", 200), PlanDate.ofYear(2021));
      assertEquals(List.of(MonitoringCodes.GROWTH_WRONG_SIDE_OF_ZERO), codes(zeroBase));
      assertEquals("/baseline/value", zeroBase.findings().get(0).path());
      assertEquals("The value 0 cannot be used by the eurostat growth-rate method: it must be > 0.", zeroBase.findings().get(0).message(Locale.ENGLISH));
      Assessment zeroTarget = IndicatorAssessor.eurostat().assess(series(Direction.DECREASE, 100, "2022", 0, "2021", 50), PlanDate.ofYear(2021));
      assertEquals(List.of(MonitoringCodes.GROWTH_WRONG_SIDE_OF_ZERO), codes(zeroTarget));
      assertEquals("/target/value", zeroTarget.findings().get(0).path());
      Assessment negativeLatest = IndicatorAssessor.eurostat().assess(series(Direction.DECREASE, 100, "2022", 25, "2021", -1), PlanDate.ofYear(2021));
      assertEquals(List.of(MonitoringCodes.GROWTH_WRONG_SIDE_OF_ZERO), codes(negativeLatest));
      assertEquals("/observations/0/value", negativeLatest.findings().get(0).path());
      assertTrue(negativeLatest.findings().get(0).message(Locale.ENGLISH).endsWith("it must be >= 0."));
      // 100 → 0 in a year: actual rate −1; required (1/4)^(1/2) − 1 = −1/2; ratio 2
      Assessment zeroLatest = IndicatorAssessor.eurostat().assess(series(Direction.DECREASE, 100, "2022", 25, "2021", 0), PlanDate.ofYear(2021));
      assertFalse(zeroLatest.hasErrors());
      assertEquals(-1.0, zeroLatest.actualRate().getAsDouble(), 0);
      assertEquals(2.0, zeroLatest.ratio().getAsDouble(), EPS);
      assertEquals(ProgressStatus.ACHIEVED, zeroLatest.status());
    }

    @Test
    void withoutTargetTheRateIsComparedStrictlyAboveAndInclusivelyBelow() {
      EurostatThresholds th = new EurostatThresholds(0.95, 0.6, 0, 1, -0.5);
      // 100 → 200 in a year: rate 1, not above 1 → moderate progress
      assertEquals("moderate-progress", noTarget(th, Direction.INCREASE, 200));
      // no change: rate 0, not above 0 → moderate movement away
      assertEquals("moderate-movement-away", noTarget(th, Direction.INCREASE, 100));
      // 100 → 50: rate −1/2, at the movement-away threshold → still moderate
      assertEquals("moderate-movement-away", noTarget(th, Direction.INCREASE, 50));
      assertEquals("significant-movement-away", noTarget(th, Direction.INCREASE, 49));
      // for a decrease indicator the rate is negated: 100 → 50 is +1/2
      assertEquals("moderate-progress", noTarget(th, Direction.DECREASE, 50));
      assertEquals("significant-progress", noTarget(EurostatThresholds.DEFAULTS, Direction.INCREASE, 200));
      Assessment a = IndicatorAssessor.eurostat(th).assess(IndicatorSeries.withoutTarget(Direction.DECREASE, Observation.of("2020", 100),
          List.of(Observation.of("2021", 50))), PlanDate.ofYear(2021));
      assertEquals(-0.5, a.actualRate().getAsDouble(), 0);
      assertEquals(0.5, a.explanation().result().getAsDouble(), 0);
      assertEquals(ProgressStatus.AT_RISK, a.status());
      assertTrue(a.ratio().isEmpty());
      assertTrue(a.progress().isEmpty());
    }

    @Test
    void withoutTargetAZeroBaselineOrNegativeLatestValueIsRefused() {
      Assessment zero = IndicatorAssessor.eurostat().assess(IndicatorSeries.withoutTarget(Direction.INCREASE, Observation.of("2020", 0),
          List.of(Observation.of("2021", 5))), PlanDate.ofYear(2021));
      assertEquals(List.of(MonitoringCodes.GROWTH_WRONG_SIDE_OF_ZERO), codes(zero));
      assertEquals("/baseline/value", zero.findings().get(0).path());
      Assessment negative = IndicatorAssessor.eurostat().assess(IndicatorSeries.withoutTarget(Direction.INCREASE, Observation.of("2020", 5),
          List.of(Observation.of("2021", -5))), PlanDate.ofYear(2021));
      assertEquals(List.of(MonitoringCodes.GROWTH_WRONG_SIDE_OF_ZERO), codes(negative));
      assertEquals("/observations/0/value", negative.findings().get(0).path());
      Assessment zeroLatest = IndicatorAssessor.eurostat().assess(IndicatorSeries.withoutTarget(Direction.INCREASE, Observation.of("2020", 5),
          List.of(Observation.of("2021", 0))), PlanDate.ofYear(2021));
      assertFalse(zeroLatest.hasErrors());
      assertEquals("significant-movement-away", zeroLatest.category().orElseThrow());
    }

    private String noTarget(EurostatThresholds th, Direction d, double v) {
      IndicatorSeries s = IndicatorSeries.withoutTarget(d, Observation.of("2020", 100), List.of(Observation.of("2021", v)));
      return IndicatorAssessor.eurostat(th).assess(s, PlanDate.ofYear(2021)).category().orElseThrow();
    }
  }

  @Nested
  class OpenSdg {

    private String category(OpenSdgThresholds th, IndicatorSeries s) {
      return IndicatorAssessor.openSdg(th).assess(s, PlanDate.ofYear(2021)).category().orElseThrow();
    }

    private OpenSdgThresholds ratios(double onTrack, double acceleration, double limited) {
      return new OpenSdgThresholds(onTrack, acceleration, limited, 0.015, 0.005, 0, 0.001);
    }

    @Test
    void ratioEqualToEachThresholdReachesItsBand() {
      // increase 100 → 400 by 2022 (required rate 1), 200 in 2021 (rate 1): R = 1
      IndicatorSeries up = series(Direction.INCREASE, 100, "2022", 400, "2021", 200);
      assertEquals("on-track", category(ratios(1, 0.5, 0), up));
      assertEquals("progress-needs-acceleration", category(ratios(2, 1, 0), up));
      assertEquals("limited-progress", category(ratios(3, 2, 1), up));
      assertEquals("deterioration", category(ratios(3, 2, 1.5), up));
      // decrease 400 → 100 by 2022 (required −1/2), 200 in 2021 (−1/2): R = −1 · −1/2 / 1/2 = 1
      IndicatorSeries down = series(Direction.DECREASE, 400, "2022", 100, "2021", 200);
      assertEquals(1.0, IndicatorAssessor.openSdg().assess(down, PlanDate.ofYear(2021)).ratio().getAsDouble(), 0);
      assertEquals("on-track", category(ratios(1, 0.5, 0), down));
      // no change: R = 0, the default limited threshold
      assertEquals("limited-progress", category(OpenSdgThresholds.DEFAULTS, series(Direction.INCREASE, 100, "2022", 400, "2021", 100)));
    }

    @Test
    void targetReachedExactlyIsAchieved() {
      Assessment up = IndicatorAssessor.openSdg().assess(series(Direction.INCREASE, 100, "2022", 400, "2021", 400), PlanDate.ofYear(2021));
      assertEquals("target-achieved", up.category().orElseThrow());
      assertEquals(ProgressStatus.ACHIEVED, up.status());
      Assessment down = IndicatorAssessor.openSdg().assess(series(Direction.DECREASE, 400, "2022", 100, "2021", 100), PlanDate.ofYear(2021));
      assertEquals("target-achieved", down.category().orElseThrow());
      Assessment notYet = IndicatorAssessor.openSdg().assess(series(Direction.DECREASE, 400, "2022", 100, "2021", 101), PlanDate.ofYear(2021));
      assertEquals("on-track", notYet.category().orElseThrow());
    }

    @Test
    void zeroTargetIsReplacedAndReported() {
      // decrease 100 → 0 (replaced by 0.001) by 2022
      Assessment a = IndicatorAssessor.openSdg().assess(series(Direction.DECREASE, 100, "2022", 0, "2021", 50), PlanDate.ofYear(2021));
      assertEquals(List.of(MonitoringCodes.GROWTH_ZERO_REPLACED), codes(a));
      assertEquals("/target/value", a.findings().get(0).path());
      assertEquals("A zero value was replaced by 0.001, as the Open SDG method prescribes.", a.findings().get(0).message(Locale.ENGLISH));
      assertEquals(Math.sqrt(0.001 / 100) - 1, a.requiredRate().getAsDouble(), EPS);
    }

    @Test
    void valuesOnTheOtherSideOfZeroAreRefusedButZeroLatestIsAllowed() {
      Assessment target = IndicatorAssessor.openSdg().assess(series(Direction.DECREASE, 100, "2022", -5, "2021", 50), PlanDate.ofYear(2021));
      assertEquals(List.of(MonitoringCodes.GROWTH_WRONG_SIDE_OF_ZERO), codes(target));
      assertEquals("/target/value", target.findings().get(0).path());
      assertTrue(target.findings().get(0).message(Locale.ENGLISH).endsWith("it must be > 0."));
      Assessment latest = IndicatorAssessor.openSdg().assess(series(Direction.INCREASE, -100, "2022", -25, "2021", 5), PlanDate.ofYear(2021));
      assertEquals(List.of(MonitoringCodes.GROWTH_WRONG_SIDE_OF_ZERO), codes(latest));
      assertEquals("/observations/0/value", latest.findings().get(0).path());
      assertTrue(latest.findings().get(0).message(Locale.ENGLISH).endsWith("it must be <= 0."));
      Assessment zero = IndicatorAssessor.openSdg().assess(series(Direction.DECREASE, 100, "2022", 25, "2021", 0), PlanDate.ofYear(2021));
      assertFalse(zero.hasErrors());
      assertEquals("target-achieved", zero.category().orElseThrow());
    }

    @Test
    void withoutTargetRatesAreComparedInclusively() {
      OpenSdgThresholds th = new OpenSdgThresholds(0.95, 0.6, 0, 1, 0.5, -0.5, 0.001);
      assertEquals("on-track", noTarget(th, Direction.INCREASE, 100, 200));
      assertEquals("progress-needs-acceleration", noTarget(th, Direction.INCREASE, 100, 150));
      assertEquals("limited-progress", noTarget(th, Direction.INCREASE, 100, 50));
      assertEquals("deterioration", noTarget(th, Direction.INCREASE, 100, 49));
      assertEquals("progress-needs-acceleration", noTarget(th, Direction.DECREASE, 100, 50));
      // negative values: −100 → −50 is a rate of −1/2, turned round by the sign of the base: +1/2
      assertEquals("progress-needs-acceleration", noTarget(th, Direction.INCREASE, -100, -50));
      Assessment a = IndicatorAssessor.openSdg(th).assess(IndicatorSeries.withoutTarget(Direction.INCREASE, Observation.of("2020", -100),
          List.of(Observation.of("2021", -50))), PlanDate.ofYear(2021));
      assertEquals(-0.5, a.actualRate().getAsDouble(), 0);
      assertEquals(0.5, a.explanation().result().getAsDouble(), 0);
    }

    @Test
    void withoutTargetAZeroBaseIsReplacedAndTheOtherSideRefused() {
      Assessment zero = IndicatorAssessor.openSdg().assess(IndicatorSeries.withoutTarget(Direction.INCREASE, Observation.of("2020", 0),
          List.of(Observation.of("2021", 0.002))), PlanDate.ofYear(2021));
      assertEquals(List.of(MonitoringCodes.GROWTH_ZERO_REPLACED), codes(zero));
      assertEquals("/baseline/value", zero.findings().get(0).path());
      // 0.001 → 0.002 in a year: rate 1
      assertEquals(1.0, zero.actualRate().getAsDouble(), EPS);
      Assessment other = IndicatorAssessor.openSdg().assess(IndicatorSeries.withoutTarget(Direction.INCREASE, Observation.of("2020", 10),
          List.of(Observation.of("2021", -1))), PlanDate.ofYear(2021));
      assertEquals(List.of(MonitoringCodes.GROWTH_WRONG_SIDE_OF_ZERO), codes(other));
      assertEquals(ProgressStatus.NO_DATA, other.status());
      Assessment zeroLatest = IndicatorAssessor.openSdg().assess(IndicatorSeries.withoutTarget(Direction.INCREASE, Observation.of("2020", 10),
          List.of(Observation.of("2021", 0))), PlanDate.ofYear(2021));
      assertFalse(zeroLatest.hasErrors());
      assertEquals("deterioration", zeroLatest.category().orElseThrow());
    }

    private String noTarget(OpenSdgThresholds th, Direction d, double b, double v) {
      IndicatorSeries s = IndicatorSeries.withoutTarget(d, Observation.of("2020", b), List.of(Observation.of("2021", v)));
      return IndicatorAssessor.openSdg(th).assess(s, PlanDate.ofYear(2021)).category().orElseThrow();
    }
  }

  @Nested
  class Thresholds {

    @Test
    void linearThresholdsAcceptTheirBoundsAndRefuseOutside() {
      assertEquals(0.0, new LinearThresholds(0, 0).onTrackGap());
      assertEquals(1.0, new LinearThresholds(1, 1).atRiskGap());
      assertEquals(
          "onTrackGap must be in [0, 1] but was -0.1",
          assertThrows(IllegalArgumentException.class, () -> new LinearThresholds(-0.1, 0.5)).getMessage());
      assertEquals(
          "atRiskGap must be in [onTrackGap, 1] = [0.3, 1] but was 0.2",
          assertThrows(IllegalArgumentException.class, () -> new LinearThresholds(0.3, 0.2)).getMessage());
      assertThrows(IllegalArgumentException.class, () -> new LinearThresholds(1.5, 1.5));
      assertThrows(IllegalArgumentException.class, () -> new LinearThresholds(0.5, 1.5));
    }

    @Test
    void growthThresholdsAcceptEqualValuesAndRefuseDisorder() {
      assertEquals(0.5, new EurostatThresholds(0.5, 0.5, 0.5, 0, 0).moderate());
      assertEquals(0.5, new OpenSdgThresholds(0.5, 0.5, 0.5, 0, 0, 0, -1).acceleration());
      assertThrows(IllegalArgumentException.class, () -> new EurostatThresholds(0.5, 0.6, 0, 0, 0));
      assertThrows(IllegalArgumentException.class, () -> new EurostatThresholds(0.5, 0.4, 0.45, 0, 0));
      assertThrows(IllegalArgumentException.class, () -> new EurostatThresholds(0.5, 0.4, 0, -0.01, 0));
      assertThrows(IllegalArgumentException.class, () -> new EurostatThresholds(0.5, 0.4, 0, 0, 0.01));
      assertThrows(IllegalArgumentException.class, () -> new EurostatThresholds(Double.NaN, 0.4, 0, 0, 0));
      assertThrows(IllegalArgumentException.class, () -> new OpenSdgThresholds(0.5, 0.6, 0, 0, 0, 0, 1));
      assertThrows(IllegalArgumentException.class, () -> new OpenSdgThresholds(0.5, 0.4, 0.45, 0, 0, 0, 1));
      assertThrows(IllegalArgumentException.class, () -> new OpenSdgThresholds(0.5, 0.4, 0, 0, 0.1, 0, 1));
      assertThrows(IllegalArgumentException.class, () -> new OpenSdgThresholds(0.5, 0.4, 0, 0.1, 0, 0.05, 1));
      assertThrows(IllegalArgumentException.class, () -> new OpenSdgThresholds(0.5, 0.4, 0, 0, 0, 0, 0));
      assertThrows(IllegalArgumentException.class, () -> new OpenSdgThresholds(0.5, 0.4, 0, 0, 0, 0, Double.POSITIVE_INFINITY));
    }

    @Test
    void freshnessCountsDaysInclusively() {
      FreshnessPolicy p = new FreshnessPolicy(30, 0, 1);
      LocalDate d = LocalDate.of(2024, 1, 1);
      // stale only when more than 30 days have passed: day 30 is fresh, day 31 stale
      assertEquals(Freshness.FRESH, p.action(d, d.plusDays(30)));
      assertEquals(Freshness.STALE, p.action(d, d.plusDays(31)));
      assertEquals(Freshness.FRESH, p.action(d, d));
      assertThrows(IllegalArgumentException.class, () -> new FreshnessPolicy(0, 0, 1));
      assertThrows(IllegalArgumentException.class, () -> new FreshnessPolicy(1, -1, 1));
      assertThrows(IllegalArgumentException.class, () -> new FreshnessPolicy(1, 0, 0));
      assertEquals(1, new FreshnessPolicy(1, 0, 1).irregularIndicatorDays());
    }
  }
}
