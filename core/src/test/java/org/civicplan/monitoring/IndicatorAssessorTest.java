package org.civicplan.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.civicplan.indicator.Baseline;
import org.civicplan.indicator.Direction;
import org.civicplan.indicator.Indicator;
import org.civicplan.indicator.IndicatorId;
import org.civicplan.indicator.Measurement;
import org.civicplan.indicator.Target;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.PlanDate;
import org.civicplan.base.Finding;
import org.civicplan.base.Severity;
import org.junit.jupiter.api.Test;

class IndicatorAssessorTest {

  private static final PlanDate Y2021 = PlanDate.ofYear(2021);

  /** The series of the `civicplan assess` example in issue #4 §5 (expected figures given there). */
  private static IndicatorSeries issueExample() {
    return IndicatorSeries.of(
        Direction.DECREASE,
        Observation.of("2015", 100.0),
        Target.of(PlanDate.ofYear(2030), 60.0),
        List.of(Observation.of("2020", 85.0)));
  }

  @Test
  void linear_issueExample_reproducesPublishedFigures() {
    Assessment a = IndicatorAssessor.linear().assess(issueExample(), Y2021);
    assertEquals(0.375, a.progress().getAsDouble(), 1e-12);
    assertEquals(1.0 / 3, a.expectedProgress().getAsDouble(), 1e-12);
    assertEquals(86.67, a.trajectoryValue().getAsDouble(), 0.005);
    // gap = 1/3 - 0.375 < 0: ahead of the trajectory
    assertEquals(ProgressStatus.ON_TRACK, a.status());
    assertTrue(a.category().isEmpty());
    assertTrue(a.actualRate().isEmpty());
    assertEquals(Observation.of("2020", 85.0), a.latest().orElseThrow());
  }

  @Test
  void eurostat_issueExample_reproducesPublishedRates() {
    Assessment a = IndicatorAssessor.eurostat().assess(issueExample(), Y2021);
    assertEquals(-0.032, a.actualRate().getAsDouble(), 0.0005);
    assertEquals(-0.033, a.requiredRate().getAsDouble(), 0.0005);
    assertEquals(0.96, a.ratio().getAsDouble(), 0.005);
    assertEquals(Math.pow(0.85, 0.2) - 1, a.actualRate().getAsDouble(), 1e-12);
    assertEquals(Math.pow(0.6, 1.0 / 15) - 1, a.requiredRate().getAsDouble(), 1e-12);
    assertEquals("significant-progress", a.category().orElseThrow());
    assertEquals(ProgressStatus.ON_TRACK, a.status());
  }

  @Test
  void openSdg_issueExample_isOnTrack() {
    Assessment a = IndicatorAssessor.openSdg().assess(issueExample(), Y2021);
    // R = d * CAGR_o / |CAGR_r| with d = -1 for a decrease indicator
    double expected = -1 * (Math.pow(0.85, 0.2) - 1) / Math.abs(Math.pow(0.6, 1.0 / 15) - 1);
    assertEquals(expected, a.ratio().getAsDouble(), 1e-12);
    assertEquals("on-track", a.category().orElseThrow());
  }

  @Test
  void eurostat_ratioBands_followPublishedThresholds() {
    // increase from 100 to a target of 200 in 10 years: required rate 2^(1/10) - 1
    double rr = Math.pow(2, 0.1) - 1;
    assertEquals("moderate-progress", eurostatCategory(100 * Math.pow(1 + 0.8 * rr, 5)));
    assertEquals("insufficient-progress", eurostatCategory(100 * Math.pow(1 + 0.3 * rr, 5)));
    assertEquals("movement-away", eurostatCategory(95));
    assertEquals("significant-progress", eurostatCategory(100 * Math.pow(1 + rr, 5)));
  }

  private static String eurostatCategory(double latest) {
    IndicatorSeries s = IndicatorSeries.of(Direction.INCREASE, Observation.of("2020", 100),
        Target.of(PlanDate.ofYear(2030), 200), List.of(Observation.of("2025", latest)));
    return IndicatorAssessor.eurostat().assess(s, PlanDate.ofYear(2025)).category().orElseThrow();
  }

  @Test
  void noTarget_thresholds_differBetweenEurostatAndOpenSdg() {
    // +1.2 % a year: above Eurostat's 1 % but below Open SDG's 1.5 %
    IndicatorSeries s = IndicatorSeries.withoutTarget(Direction.INCREASE, Observation.of("2015", 100),
        List.of(Observation.of("2020", 100 * Math.pow(1.012, 5))));
    assertEquals("significant-progress", IndicatorAssessor.eurostat().assess(s, Y2021).category().orElseThrow());
    assertEquals("progress-needs-acceleration", IndicatorAssessor.openSdg().assess(s, Y2021).category().orElseThrow());
    IndicatorSeries down = IndicatorSeries.withoutTarget(Direction.DECREASE, Observation.of("2015", 100),
        List.of(Observation.of("2020", 100 * Math.pow(1.012, 5))));
    assertEquals("significant-movement-away", IndicatorAssessor.eurostat().assess(down, Y2021).category().orElseThrow());
    assertEquals("deterioration", IndicatorAssessor.openSdg().assess(down, Y2021).category().orElseThrow());
  }

  @Test
  void growth_valueOnWrongSideOfZero_givesErrorFindingNotNaN() {
    IndicatorSeries s = IndicatorSeries.of(Direction.INCREASE, Observation.of("2015", -5),
        Target.of(PlanDate.ofYear(2030), 10), List.of(Observation.of("2020", 3)));
    for (IndicatorAssessor assessor : List.of(IndicatorAssessor.eurostat(), IndicatorAssessor.openSdg())) {
      Assessment a = assessor.assess(s, Y2021);
      assertEquals(ProgressStatus.NO_DATA, a.status());
      assertTrue(a.hasErrors(), a.findings().toString());
      Finding f = a.findings().stream().filter(Finding::isError).findFirst().orElseThrow();
      assertEquals(MonitoringCodes.GROWTH_WRONG_SIDE_OF_ZERO, f.code());
      assertFalse(f.message(Locale.ENGLISH).isBlank());
      assertTrue(f.message(Locale.forLanguageTag("ro")).contains("creștere"));
      assertTrue(a.ratio().isEmpty());
    }
  }

  @Test
  void openSdg_zeroBase_isReplacedAsPublished() {
    IndicatorSeries s = IndicatorSeries.of(Direction.INCREASE, Observation.of("2015", 0),
        Target.of(PlanDate.ofYear(2030), 10), List.of(Observation.of("2020", 2)));
    Assessment a = IndicatorAssessor.openSdg().assess(s, Y2021);
    assertEquals(Math.pow(2 / 0.001, 0.2) - 1, a.actualRate().getAsDouble(), 1e-9);
    assertEquals(Severity.INFO, a.findings().get(0).severity());
    assertEquals(MonitoringCodes.GROWTH_ZERO_REPLACED, a.findings().get(0).code());
    assertFalse(a.hasErrors());
  }

  @Test
  void openSdg_negativeValues_flipDirectionAsPublished() {
    // all values negative; increase toward -10 from -40: values move up, R must be positive
    IndicatorSeries s = IndicatorSeries.of(Direction.INCREASE, Observation.of("2015", -40),
        Target.of(PlanDate.ofYear(2030), -10), List.of(Observation.of("2020", -30)));
    Assessment a = IndicatorAssessor.openSdg().assess(s, Y2021);
    assertTrue(a.ratio().getAsDouble() > 0, a.explanation().text().get(Locale.ENGLISH));
    assertFalse(a.hasErrors());
  }

  @Test
  void linear_milestonesShapeTheTrajectory() {
    IndicatorSeries s = new IndicatorSeries(Direction.INCREASE, Optional.of(Observation.of("2020", 0)),
        Optional.of(Target.of(PlanDate.ofYear(2030), 100)), List.of(Observation.of("2022", 50)),
        List.of(Observation.of("2021", 25)));
    Assessment a = IndicatorAssessor.linear().assess(s, Y2021);
    assertEquals(25, a.trajectoryValue().getAsDouble(), 1e-9);
    assertEquals(0.25, a.expectedProgress().getAsDouble(), 1e-9);
    assertEquals(ProgressStatus.ON_TRACK, a.status());
    assertTrue(a.explanation().inputs().stream().anyMatch(u -> u.role().equals("milestone")));
  }

  @Test
  void linear_statusBands() {
    IndicatorSeries base = IndicatorSeries.of(Direction.INCREASE, Observation.of("2020", 0),
        Target.of(PlanDate.ofYear(2030), 100), List.of());
    PlanDate asOf = PlanDate.ofYear(2025);
    assertEquals(ProgressStatus.AT_RISK, linearStatus(base, 40, asOf));
    assertEquals(ProgressStatus.OFF_TRACK, linearStatus(base, 30, asOf));
    assertEquals(ProgressStatus.ON_TRACK, linearStatus(base, 46, asOf));
    assertEquals(ProgressStatus.MOVING_AWAY, linearStatus(base, -1, asOf));
    assertEquals(ProgressStatus.ACHIEVED, linearStatus(base, 100, asOf));
  }

  private static ProgressStatus linearStatus(IndicatorSeries s, double v, PlanDate asOf) {
    return IndicatorAssessor.linear().assess(s.withObservation(Observation.of(asOf, v)), asOf).status();
  }

  @Test
  void targetRange_usesNearestBound() {
    IndicatorSeries s = IndicatorSeries.of(Direction.TARGET_RANGE, Observation.of("2020", 30),
        Target.ofRange(PlanDate.ofYear(2030), 19, 22), List.of(Observation.of("2025", 26)));
    Assessment a = IndicatorAssessor.linear().assess(s, PlanDate.ofYear(2025));
    assertEquals((26 - 30) / (22.0 - 30), a.progress().getAsDouble(), 1e-12);
    IndicatorSeries inside = IndicatorSeries.of(Direction.TARGET_RANGE, Observation.of("2020", 20),
        Target.ofRange(PlanDate.ofYear(2030), 19, 22), List.of(Observation.of("2025", 23)));
    assertEquals(ProgressStatus.MOVING_AWAY, IndicatorAssessor.linear().assess(inside, PlanDate.ofYear(2025)).status());
  }

  @Test
  void missingPieces_giveFindingsAndNoData() {
    IndicatorSeries noTarget = IndicatorSeries.withoutTarget(Direction.INCREASE, Observation.of("2015", 1),
        List.of(Observation.of("2020", 2)));
    Assessment a = IndicatorAssessor.linear().assess(noTarget, Y2021);
    assertEquals(ProgressStatus.NO_DATA, a.status());
    assertEquals(MonitoringCodes.TARGET_MISSING, a.findings().get(0).code());
    assertTrue(a.hasErrors());

    IndicatorSeries noObs = IndicatorSeries.of(Direction.INCREASE, Observation.of("2015", 1),
        Target.of(PlanDate.ofYear(2030), 5), List.of(Observation.of("2022", 2)));
    Assessment b = IndicatorAssessor.eurostat().assess(noObs, Y2021);
    assertEquals(ProgressStatus.NO_DATA, b.status());
    assertEquals(MonitoringCodes.DATA_INSUFFICIENT, b.findings().get(0).code());
    assertFalse(b.hasErrors());
  }

  @Test
  void explanation_namesValuesFormulaAndRule_inBothLanguages() {
    Assessment a = IndicatorAssessor.eurostat().assess(issueExample(), Y2021);
    String en = a.explanation().text().get(Locale.ENGLISH);
    String ro = a.explanation().text().get(Locale.forLanguageTag("ro"));
    assertTrue(en.contains("baseline 2015 = 100"), en);
    assertTrue(en.contains("latest 2020 = 85"), en);
    assertTrue(en.contains(">= 0.95"), en);
    assertTrue(ro.contains("Valori folosite") && ro.contains("pe traiectorie"), ro);
    assertEquals(a.ratio().getAsDouble(), a.explanation().result().getAsDouble(), 0);
  }

  @Test
  void adapter_readsIndicator() {
    Indicator indicator = Indicator.builder(IndicatorId.of("co2"), LocalizedText.of("CO2", "CO2"), "t", Direction.DECREASE)
        .baseline(Baseline.of(PlanDate.ofYear(2015), 100))
        .target(Target.milestone(PlanDate.ofYear(2025), 80))
        .target(Target.of(PlanDate.ofYear(2030), 60))
        .measurement(Measurement.of(PlanDate.ofYear(2020), 85))
        .build();
    IndicatorSeries s = IndicatorSeries.from(indicator);
    assertEquals(60, s.target().orElseThrow().value());
    assertEquals(List.of(Observation.of("2025", 80)), s.milestones());
    assertEquals(IndicatorAssessor.linear().assess(s, Y2021), IndicatorAssessor.linear().assess(indicator, Y2021));
  }

  @Test
  void methodLabels_roundTrip() {
    for (AssessmentMethod m : AssessmentMethod.values()) {
      assertEquals(m, AssessmentMethod.parse(m.label()));
    }
    assertEquals("open-sdg", AssessmentMethod.OPEN_SDG.label());
  }
}
