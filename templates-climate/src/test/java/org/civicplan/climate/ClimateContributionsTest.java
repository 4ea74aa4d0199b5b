// SPDX-License-Identifier: Apache-2.0
package org.civicplan.climate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.civicplan.base.Finding;
import org.civicplan.base.PlanDate;
import org.civicplan.document.OverlayDocuments;
import org.civicplan.indicator.IndicatorId;
import org.civicplan.monitoring.MonitoringReport;
import org.civicplan.monitoring.MonitoringReporter;
import org.civicplan.monitoring.ProgressStatus;
import org.civicplan.monitoring.ReportRendering;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.DerivedMeasurement;
import org.civicplan.template.MonitoringContribution;
import org.civicplan.template.MonitoringContribution.Cell;
import org.civicplan.template.Overlays;
import org.civicplan.template.Parameters;
import org.civicplan.template.StrategyTemplate;
import org.civicplan.template.TemplateRegistry;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What the climate template adds to monitoring reports through the SPI. */
class ClimateContributionsTest {

  private static final ClimateTemplate CLIMATE = new ClimateTemplate();
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  private static List<MonitoringContribution> sections(Strategy s, LocalDate asOf) {
    return CLIMATE.monitoring(s, asOf, CLIMATE.parameters());
  }

  private static List<String> ids(List<MonitoringContribution> sections) {
    return sections.stream().map(MonitoringContribution::id).toList();
  }

  private static String row(DerivedMeasurement d) {
    return d.indicator() + " " + d.date() + " " + d.value() + " " + d.measurement().source().orElse("?");
  }

  @Nested
  @DisplayName("monitoring sections")
  class Sections {

    @Test
    void sampleHasTheTrajectoryTheGapAnalysisThenTheCadence() {
      assertEquals(List.of("climate.emission-trajectory", "climate.target-gap", "climate.covenant-cadence"),
          ids(sections(ClimateSample.valid(), AS_OF)));
    }

    @Test
    void trajectoryShowsThePathAndEachMonitoringInventory() {
      MonitoringContribution t = sections(ClimateSample.valid(), AS_OF).get(0);

      assertEquals("Traiectoria emisiilor către ținta din 2030", t.title().get(Locale.forLanguageTag("ro")));
      assertEquals(List.of(
          List.of(Cell.text(ClimateReport.LABELS.text("row.baseline", "BEI-2008")), Cell.plain("2008"),
              Cell.number(BigDecimal.ZERO), Cell.number(new BigDecimal("1112800"))),
          List.of(Cell.text(ClimateReport.LABELS.text("row.target")), Cell.plain("2030"),
              Cell.number(new BigDecimal("45")), Cell.number(new BigDecimal("612040")))), t.tables().get(0).rows());
      assertEquals(List.of(List.of(Cell.plain("MEI-2022"), Cell.plain("2022"), Cell.number(new BigDecimal("877170")),
          Cell.number(new BigDecimal("794134.5455")), Cell.number(new BigDecimal("83035.4545")),
          Cell.number(new BigDecimal("21.17")), Cell.number(new BigDecimal("28.64")))), t.tables().get(1).rows());
      assertEquals("Status: off track.", t.paragraphs().get(1).get(Locale.ENGLISH));
    }

    @Test
    void trajectoryBeforeAnyMonitoringInventorySaysSo() {
      MonitoringContribution t = sections(ClimateSample.valid(), LocalDate.of(2021, 12, 31)).get(0);

      assertEquals(1, t.tables().size());
      assertEquals("Status: no monitoring inventory yet.", t.paragraphs().get(1).get(Locale.ENGLISH));
      assertTrue(t.paragraphs().stream().anyMatch(p -> p.get(Locale.ENGLISH).startsWith("No monitoring inventory")));
    }

    @Test
    void cadenceListsTheDatesWithTheirStateAndTheFindingsAtTheDate() {
      MonitoringContribution c = sections(ClimateSample.valid(), AS_OF).get(2);

      List<List<String>> rows = c.tables().get(0).rows().stream()
          .map(r -> r.stream().map(ClimateContributionsTest::english).toList()).toList();
      assertEquals(List.of(
          List.of("Commitment signed", "March 2021", "done"),
          List.of("Action plan (SECAP) submitted", "November 2022", "done"),
          List.of("Monitoring report submitted", "June 2024", "done"),
          List.of("Next monitoring report", "2026", "due this year"),
          List.of("Latest monitoring inventory MEI-2022", "2022", "done"),
          List.of("Next monitoring inventory", "2026", "due this year")), rows);
      assertEquals(List.of(ClimateCodes.COM_MONITORING_REPORT_DUE, ClimateCodes.COM_MONITORING_INVENTORY_DUE),
          c.findings().stream().map(Finding::code).toList());
    }

    @Test
    void cadenceAYearLaterIsLate() {
      MonitoringContribution c = sections(ClimateSample.valid(), LocalDate.of(2027, 3, 1)).get(2);

      assertEquals("late", english(c.tables().get(0).rows().get(3).get(2)));
      assertEquals(List.of(ClimateCodes.COM_MONITORING_REPORT_LATE, ClimateCodes.COM_MONITORING_INVENTORY_LATE),
          c.findings().stream().map(Finding::code).toList());
    }

    @Test
    void cadenceUsesOnlyWhatWasKnownAtTheDate() {
      MonitoringContribution c = sections(ClimateSample.valid(), LocalDate.of(2022, 9, 30)).get(2);

      List<List<String>> rows = c.tables().get(0).rows().stream()
          .map(r -> r.stream().map(ClimateContributionsTest::english).toList()).toList();
      assertEquals(List.of(
          List.of("Commitment signed", "March 2021", "done"),
          List.of("Action plan (SECAP) due", "2023", "upcoming"),
          List.of("Next monitoring report", "2025", "upcoming"),
          List.of("Latest monitoring inventory MEI-2022", "2022", "done"),
          List.of("Next monitoring inventory", "2026", "upcoming")), rows);
      assertEquals(List.of(), c.findings());
    }

    @Test
    void parametersInForceChangeTheSections() {
      Parameters p = CLIMATE.parameters().with(Map.of(ClimateTemplate.COM_REPORT_INTERVAL_YEARS, "3"));
      MonitoringContribution c = CLIMATE.monitoring(ClimateSample.valid(), AS_OF, p).get(2);

      assertEquals("2027", english(c.tables().get(0).rows().get(3).get(1)));
      Parameters noTarget = CLIMATE.parameters().with(Map.of(ClimateTemplate.COM_TARGET_YEAR, "2035"));
      assertEquals(List.of("climate.covenant-cadence"), ids(CLIMATE.monitoring(ClimateSample.valid(), AS_OF, noTarget)));
    }

    @Test
    void noCommitmentNoSection() {
      assertEquals(List.of(), sections(ClimateSample.withoutAnnex(ClimateSample.COMMITMENT), AS_OF));
    }

    @Test
    void aTemplateAdaptedByAnOverlayKeepsItsContributions() {
      OverlayDocuments.Result read = OverlayDocuments.read(LugojOverlayTest.OVERLAY);
      StrategyTemplate lugoj = Overlays.apply(CLIMATE, read.overlay().orElseThrow()).template().orElseThrow();

      assertEquals(List.of("climate.emission-trajectory", "climate.target-gap", "climate.covenant-cadence"),
          ids(lugoj.monitoring(ClimateSample.valid(), AS_OF, lugoj.parameters())));
      assertEquals(CLIMATE.derivedMeasurements(ClimateSample.valid()), lugoj.derivedMeasurements(ClimateSample.valid()));
    }
  }

  @Nested
  @DisplayName("values derived from annexes")
  class Derived {

    @Test
    void sampleAnnexesGiveTheseValues() {
      assertEquals(List.of(
          "CLI-01 2008 1112800.0 annex emission-inventory: BEI-2008",
          "CLI-02 2008 4.28 annex emission-inventory: BEI-2008",
          "CLI-07 2008 1346.15 annex emission-inventory: BEI-2008",
          "CLI-01 2022 877170.0 annex emission-inventory: MEI-2022",
          "CLI-02 2022 3.5087 annex emission-inventory: MEI-2022",
          "CLI-07 2022 1360.0 annex emission-inventory: MEI-2022",
          "CLI-03 2022 21.17 annex emission-inventory: MEI-2022",
          "CLI-10 2023 136.0 annex green-space: 2023",
          "CLI-12 2023 74.4 annex green-space: 2023",
          "CLI-X3 2023 13.6 annex green-space: 2023",
          "CLI-X2 2024 6500.0 annex awareness-campaigns: C-1"),
          CLIMATE.derivedMeasurements(ClimateSample.valid()).stream().map(ClimateContributionsTest::row).toList());
    }

    @Test
    void derivedValuesAgreeWithTheSamplesRecordedOnes() {
      Strategy s = ClimateSample.valid();
      for (DerivedMeasurement d : CLIMATE.derivedMeasurements(s)) {
        s.indicators().stream().filter(i -> i.id().equals(d.indicator()))
            .flatMap(i -> i.measurements().stream()).filter(m -> m.date().equals(d.date()))
            .forEach(m -> assertEquals(m.value(), d.value(), 1e-9, d::toString));
      }
    }

    @Test
    void anInventoryWithACarrierWithoutFactorGivesNoEmissionValues() {
      EmissionInventory mei = ClimateSample.valid().annexes(EmissionInventory.class).get(1);
      List<EnergyUse> uses = new java.util.ArrayList<>(mei.consumption());
      uses.add(EnergyUse.of(Sector.TRANSPORT, "hydrogen-unknown", "10"));
      Strategy s = ClimateSample.withAnnex(ClimateSample.MEI, mei.withConsumption(uses));

      assertTrue(CLIMATE.derivedMeasurements(s).stream()
          .noneMatch(d -> d.item().equals("MEI-2022")), () -> CLIMATE.derivedMeasurements(s).toString());
    }

    @Test
    void campaignReachIsSummedPerYearOfTheirEnd() {
      Campaign c1 = new Campaign("C-1", ClimateSample.t("One", "Una"), Campaign.Topic.WATER, List.of(), List.of(),
          Optional.of(PlanDate.ofYear(2025)), Optional.of(PlanDate.ofMonth(2025, 6)), List.of(), Optional.empty(),
          Optional.of(300L), Optional.of(IndicatorId.of("CLI-X2")));
      Campaign c2 = new Campaign("C-2", ClimateSample.t("Two", "Două"), Campaign.Topic.WATER, List.of(), List.of(),
          Optional.of(PlanDate.ofYear(2025)), Optional.empty(), List.of(), Optional.empty(),
          Optional.of(200L), Optional.of(IndicatorId.of("CLI-X2")));
      Strategy s = ClimateSample.withAnnex(ClimateSample.CAMPAIGNS, new AwarenessCampaigns(List.of(c1, c2)));

      assertEquals(List.of("CLI-X2 2025 500.0 annex awareness-campaigns: C-1, C-2"),
          CLIMATE.derivedMeasurements(s).stream().filter(d -> d.annexKind().equals(AwarenessCampaigns.KIND))
              .map(ClimateContributionsTest::row).toList());
    }

    @Test
    void reportOfTheSampleHasAValueForEveryIndicatorItsAnnexesHold() {
      MonitoringReport r = MonitoringReporter.of(TemplateRegistry.of(CLIMATE)).report(ClimateSample.valid(), AS_OF);

      for (String id : List.of("CLI-01", "CLI-02", "CLI-03", "CLI-10", "CLI-12", "CLI-X2", "CLI-X3")) {
        MonitoringReport.IndicatorEntry i = r.indicator(id).orElseThrow();
        assertTrue(i.latest().isPresent(), id);
      }
      assertEquals(ProgressStatus.NO_DATA, r.indicator("CLI-13").orElseThrow().status());
      String md = ReportRendering.markdown(r, Locale.ENGLISH);
      assertTrue(md.contains("| CLI-X3 | Public green area per inhabitant | not assessed |"), md);
    }
  }

  private static String english(Cell c) {
    if (c instanceof Cell.Text t) {
      return t.text().get(Locale.ENGLISH);
    }
    if (c instanceof Cell.Plain p) {
      return p.text();
    }
    return ((Cell.Number) c).value().toPlainString();
  }
}
