// SPDX-License-Identifier: Apache-2.0
package org.civicplan.climate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civicplan.indicator.Indicator;
import org.civicplan.indicator.Measurement;
import org.civicplan.monitoring.Assessment;
import org.civicplan.monitoring.IndicatorAssessor;
import org.civicplan.monitoring.ProgressStatus;
import org.civicplan.strategy.Annex;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.PlanDate;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.Parameters;
import org.civicplan.template.TemplateRegistry;
import org.civicplan.base.Finding;
import org.civicplan.base.Severity;
import org.civicplan.validation.StrategyValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Emission trajectory and Covenant cadence of the illustrative sample, with hand-checked numbers.
 *
 * <p>The sample: baseline inventory BEI-2008 with 1 112 800 t CO2 (260 000 inhabitants, 4.28 t per
 * inhabitant), monitoring inventory MEI-2022 with 877 170 t CO2 (250 000 inhabitants, 3.50868 →
 * 3.5087 t), both hand-checked in {@link EmissionArithmeticTest}; Covenant target −45 % by 2030,
 * signed 2021-03, last monitoring report 2024-06.
 */
class ClimateMonitoringTest {

  private static BigDecimal d(String text) {
    return new BigDecimal(text);
  }

  private static EmissionTrajectory trajectory(Strategy s, ReductionTarget target, String asOf) {
    return ClimateMonitoring.emissionTrajectory(s, target, PlanDate.parse(asOf)).orElseThrow();
  }

  private static Strategy withMonitoring(String id, int year) {
    Strategy s = ClimateSample.valid();
    EmissionInventory mei = ClimateSample.monitoring();
    List<Annex> annexes = new ArrayList<>(s.annexes());
    annexes.add(new EmissionInventory(id, InventoryType.MONITORING, year, mei.population(), mei.consumption(),
        mei.localProduction(), mei.factors(), LocalizedText.empty()));
    return s.toBuilder().annexes(annexes).build();
  }

  @Test
  void sampleTrajectoryTo2030Target() {
    EmissionTrajectory t = ClimateMonitoring.emissionTrajectory(ClimateSample.valid(), PlanDate.ofYear(2025)).orElseThrow();
    assertEquals(TargetBasis.ABSOLUTE, t.basis());
    assertEquals("BEI-2008", t.baselineInventory());
    assertEquals(2008, t.baselineYear());
    assertEquals(d("1112800"), t.baselineValue());
    assertEquals(ReductionTarget.of(2030, "45", TargetBasis.ABSOLUTE), t.target());
    // 1 112 800 × (100 − 45) / 100
    assertEquals(d("612040"), t.targetValue());
    EmissionTrajectory.Point p = t.latest().orElseThrow();
    assertEquals(List.of(p), t.points());
    assertEquals("MEI-2022", p.inventory());
    assertEquals(2022, p.year());
    assertEquals(d("877170"), p.value());
    // 1 112 800 − (1 112 800 − 612 040) × 14 / 22 = 1 112 800 − 318 665.4545… = 794 134.5454…
    assertEquals(d("794134.5455"), p.expectedValue());
    assertEquals(d("83035.4545"), p.gap());
    assertFalse(p.onOrBelowPath());
    // (1 112 800 − 877 170) / 1 112 800 = 21.1745… %; the path expects 45 × 14 / 22 = 28.6363… %
    assertEquals(d("21.17"), p.reductionPercent());
    assertEquals(d("28.64"), p.expectedReductionPercent());
  }

  @Test
  void sampleIsOffTrackByTheLinearMethod() {
    EmissionTrajectory t = ClimateMonitoring.emissionTrajectory(ClimateSample.valid(), PlanDate.ofYear(2025)).orElseThrow();
    Assessment a = t.assessment();
    // p = 235 630 / 500 760 = 0.47054…; e = 14 / 22 = 0.63636…; gap 0.16582 > 0.15
    assertEquals(0.470544, a.progress().orElseThrow(), 1e-6);
    assertEquals(0.636364, a.expectedProgress().orElseThrow(), 1e-6);
    assertEquals(794134.5454545, a.trajectoryValue().orElseThrow(), 1e-6);
    assertEquals(ProgressStatus.OFF_TRACK, t.status());
    assertEquals(List.of(), a.findings());
  }

  @Test
  void trajectoryAgreesWithTheAssessorOnTheSampleEmissionIndicator() {
    Strategy s = ClimateSample.valid();
    Indicator cli01 = s.indicators().stream().filter(i -> i.id().value().equals("CLI-01")).findFirst().orElseThrow();
    EmissionTrajectory t = ClimateMonitoring.emissionTrajectory(s, PlanDate.ofYear(2025)).orElseThrow();
    assertEquals(t.baselineValue().doubleValue(), cli01.baseline().orElseThrow().value());
    assertEquals(t.targetValue().doubleValue(), cli01.finalTargets().get(0).value());
    Indicator measured = cli01.withMeasurements(List.of(Measurement.of(PlanDate.ofYear(2022), 877_170)));
    Assessment direct = IndicatorAssessor.linear().assess(measured, PlanDate.ofYear(2025));
    assertEquals(direct.status(), t.status());
    assertEquals(direct.progress(), t.assessment().progress());
  }

  @Test
  void perCapitaTarget() {
    EmissionTrajectory t = trajectory(ClimateSample.valid(), ReductionTarget.of(2030, "30", TargetBasis.PER_CAPITA), "2025");
    assertEquals(TargetBasis.PER_CAPITA, t.basis());
    // 1 112 800 / 260 000 = 4.28; × 0.70 = 2.996
    assertEquals(d("4.28"), t.baselineValue());
    assertEquals(d("2.996"), t.targetValue());
    EmissionTrajectory.Point p = t.latest().orElseThrow();
    // 877 170 / 250 000 = 3.50868 → 3.5087; path 4.28 − 1.284 × 14 / 22 = 3.46290909…
    assertEquals(d("3.5087"), p.value());
    assertEquals(d("3.4629"), p.expectedValue());
    assertEquals(d("0.0458"), p.gap());
    // (4.28 − 3.5087) / 4.28 = 18.021… %; 30 × 14 / 22 = 19.0909… %
    assertEquals(d("18.02"), p.reductionPercent());
    assertEquals(d("19.09"), p.expectedReductionPercent());
    // p = 0.7713 / 1.284 = 0.6007; gap 0.0357 <= 0.05
    assertEquals(ProgressStatus.ON_TRACK, t.status());
  }

  @Test
  void belowTheTargetValueIsAchievedAndBelowThePath() {
    EmissionTrajectory t = trajectory(ClimateSample.valid(), ReductionTarget.of(2030, "20", TargetBasis.ABSOLUTE), "2022");
    // target 890 240; path at 2022: 1 112 800 − 222 560 × 14 / 22 = 971 170.9090…
    assertEquals(d("890240"), t.targetValue());
    EmissionTrajectory.Point p = t.latest().orElseThrow();
    assertEquals(d("971170.9091"), p.expectedValue());
    assertEquals(d("-94000.9091"), p.gap());
    assertTrue(p.onOrBelowPath());
    assertEquals(ProgressStatus.ACHIEVED, t.status());
  }

  @Test
  void beforeAnyMonitoringInventoryThereIsNoData() {
    EmissionTrajectory t = ClimateMonitoring.emissionTrajectory(ClimateSample.valid(), PlanDate.ofMonth(2021, 12)).orElseThrow();
    assertEquals(List.of(), t.points());
    assertEquals(Optional.empty(), t.latest());
    assertEquals(ProgressStatus.NO_DATA, t.status());
  }

  @Test
  void inventoriesAfterTheAsOfYearAreLeftOutAndAfterTheTargetYearThePathStaysAtTheTarget() {
    Strategy s = withMonitoring("MEI-2032", 2032);
    assertEquals(List.of("MEI-2022"),
        ClimateMonitoring.emissionTrajectory(s, PlanDate.ofYear(2031)).orElseThrow().points().stream()
            .map(EmissionTrajectory.Point::inventory).toList());
    EmissionTrajectory t = ClimateMonitoring.emissionTrajectory(s, PlanDate.ofYear(2032)).orElseThrow();
    assertEquals(List.of("MEI-2022", "MEI-2032"), t.points().stream().map(EmissionTrajectory.Point::inventory).toList());
    EmissionTrajectory.Point late = t.latest().orElseThrow();
    assertEquals(d("612040"), late.expectedValue());
    assertEquals(d("265130"), late.gap());
    assertEquals(d("45"), late.expectedReductionPercent());
    assertEquals(ProgressStatus.OFF_TRACK, t.status());
  }

  @Test
  void pointsAreInYearOrderWhateverTheDocumentOrder() {
    Strategy s = withMonitoring("MEI-2016", 2016);
    EmissionTrajectory t = ClimateMonitoring.emissionTrajectory(s, PlanDate.ofYear(2030)).orElseThrow();
    assertEquals(List.of(2016, 2022), t.points().stream().map(EmissionTrajectory.Point::year).toList());
  }

  @Test
  void noTrajectoryWithoutCommitmentTargetOrBaseline() {
    PlanDate asOf = PlanDate.ofYear(2025);
    assertEquals(Optional.empty(), ClimateMonitoring.emissionTrajectory(ClimateSample.withoutAnnex(ClimateSample.COMMITMENT), asOf));
    assertEquals(Optional.empty(), ClimateMonitoring.emissionTrajectory(ClimateSample.valid(), asOf,
        Parameters.of(Map.of(ClimateTemplate.COM_TARGET_YEAR, "2040"))));
    Strategy noBaseline = ClimateSample.withoutAnnex(ClimateSample.BEI);
    assertEquals(Optional.empty(), ClimateMonitoring.emissionTrajectory(noBaseline, asOf));
    assertEquals(Optional.empty(), ClimateMonitoring.emissionTrajectory(ClimateSample.valid(),
        ReductionTarget.of(2008, "10", TargetBasis.ABSOLUTE), asOf));
    // a city that is not a signatory can still follow its own target
    assertTrue(ClimateMonitoring.emissionTrajectory(ClimateSample.withoutAnnex(ClimateSample.COMMITMENT),
        ReductionTarget.of(2030, "40", TargetBasis.ABSOLUTE), asOf).isPresent());
  }

  // ---------------------------------------------------------------- cadence

  private static List<String> codes(List<Finding> findings) {
    return findings.stream().map(Finding::code).toList();
  }

  @Test
  void nothingIsDueBetweenReports() {
    assertEquals(List.of(), ClimateMonitoring.cadence(ClimateSample.valid(), PlanDate.ofMonth(2025, 5)));
  }

  @Test
  void reportAndInventoryAreDueIn2026() {
    // last report 2024-06 + 2 years; monitoring inventory 2022 + 4 years
    List<Finding> f = ClimateMonitoring.cadence(ClimateSample.valid(), PlanDate.of(2026, 1, 15));
    assertEquals(List.of(ClimateCodes.COM_MONITORING_REPORT_DUE, ClimateCodes.COM_MONITORING_INVENTORY_DUE), codes(f));
    assertTrue(f.stream().allMatch(x -> x.severity() == Severity.INFO));
    assertTrue(f.get(0).message(java.util.Locale.ENGLISH).contains("2026"), f.get(0)::toString);
  }

  @Test
  void reportAndInventoryAreLateFrom2027() {
    List<Finding> f = ClimateMonitoring.cadence(ClimateSample.valid(), PlanDate.ofYear(2027));
    assertEquals(List.of(ClimateCodes.COM_MONITORING_REPORT_LATE, ClimateCodes.COM_MONITORING_INVENTORY_LATE), codes(f));
    assertTrue(f.stream().allMatch(x -> x.severity() == Severity.WARNING));
  }

  @Test
  void firstReportIsDueFourYearsAfterTheActionPlanIsSubmitted() {
    // signed 2021-03, plan submitted 2022-11, no report yet: due 2022 + 4 = 2026 (not 2021 + 4 = 2025)
    CovenantCommitment c = ClimateSample.commitment();
    Strategy s = ClimateSample.withAnnex(ClimateSample.COMMITMENT,
        new CovenantCommitment(c.signed(), c.targets(), c.neutralityBy(), c.actionPlanSubmitted(), List.of()));
    assertEquals(List.of(), codes(ClimateMonitoring.cadence(s, PlanDate.ofYear(2025))));
    assertEquals(List.of(ClimateCodes.COM_MONITORING_REPORT_DUE, ClimateCodes.COM_MONITORING_INVENTORY_DUE),
        codes(ClimateMonitoring.cadence(s, PlanDate.ofYear(2026))));
  }

  @Test
  void firstReportCountedFromSigningWhenTheParameterSaysSo() {
    CovenantCommitment c = ClimateSample.commitment();
    Strategy s = ClimateSample.withAnnex(ClimateSample.COMMITMENT,
        new CovenantCommitment(c.signed(), c.targets(), c.neutralityBy(), c.actionPlanSubmitted(), List.of()));
    Parameters fromSigning = new ClimateTemplate().parameters().with(Map.of(ClimateTemplate.COM_REPORT_FIRST_FROM, "signing"));
    assertEquals(List.of(ClimateCodes.COM_MONITORING_REPORT_DUE), codes(ClimateMonitoring.cadence(s, PlanDate.ofYear(2025), fromSigning)));
  }

  @Test
  void actionPlanIsDueTwoYearsAfterSigningAndLateAfterwards() {
    CovenantCommitment c = ClimateSample.commitment();
    Strategy s = ClimateSample.withAnnex(ClimateSample.COMMITMENT,
        new CovenantCommitment(c.signed(), c.targets(), c.neutralityBy(), java.util.Optional.empty(), List.of()));
    assertEquals(List.of(), codes(ClimateMonitoring.cadence(s, PlanDate.ofYear(2022))));
    assertEquals(List.of(ClimateCodes.COM_ACTION_PLAN_DUE), codes(ClimateMonitoring.cadence(s, PlanDate.ofYear(2023))));
    // 2024: the plan is late; the first report is still counted from signing (2025) while no plan is submitted
    assertEquals(List.of(ClimateCodes.COM_ACTION_PLAN_LATE), codes(ClimateMonitoring.cadence(s, PlanDate.ofYear(2024))));
  }

  @Test
  void intervalsComeFromTheParametersAndTheDateReplacesAnAsOfParameter() {
    Parameters p = new ClimateTemplate().parameters()
        .with(Map.of(ClimateTemplate.COM_REPORT_INTERVAL_YEARS, "3", ClimateTemplate.COM_AS_OF, "2040"));
    assertEquals(List.of(ClimateCodes.COM_MONITORING_INVENTORY_DUE),
        codes(ClimateMonitoring.cadence(ClimateSample.valid(), PlanDate.ofYear(2026), p)));
  }

  @Test
  void nonSignatoryHasNoCadence() {
    assertEquals(List.of(), ClimateMonitoring.cadence(ClimateSample.withoutAnnex(ClimateSample.COMMITMENT), PlanDate.ofYear(2040)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024", "2025-12", "2026", "2026-07-01", "2027", "2031"})
  void cadenceEqualsTheValidatorWithTheAsOfParameter(String asOf) {
    Strategy s = ClimateSample.valid();
    Set<String> cadenceCodes = Set.of(ClimateCodes.COM_MONITORING_REPORT_DUE, ClimateCodes.COM_MONITORING_REPORT_LATE,
        ClimateCodes.COM_MONITORING_INVENTORY_DUE, ClimateCodes.COM_MONITORING_INVENTORY_LATE);
    List<Finding> fromValidator =
        StrategyValidator.builder().templates(TemplateRegistry.load())
            .parameters(Parameters.of(Map.of(ClimateTemplate.COM_AS_OF, asOf))).build()
            .validate(s).findings().stream().filter(f -> cadenceCodes.contains(f.code())).toList();
    assertEquals(fromValidator, ClimateMonitoring.cadence(s, PlanDate.parse(asOf)));
  }
}
