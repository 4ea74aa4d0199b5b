// SPDX-License-Identifier: Apache-2.0
package org.civicplan.climate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.Obligation;
import org.civicplan.template.Parameters;
import org.junit.jupiter.api.Test;

/**
 * The Covenant of Mayors obligations the climate template lists for the portfolio calendar, on the
 * dates the cadence rule counts ({@link ClimateMonitoringTest} pins the same years as findings).
 */
class ClimateObligationsTest {

  private static final ClimateTemplate TEMPLATE = new ClimateTemplate();

  private static List<String> obligations(Strategy s, LocalDate asOf, Parameters p) {
    return TEMPLATE.obligations(s, asOf, p).stream().map(o -> o.date() + " " + o.code() + "/" + o.subject()).toList();
  }

  @Test
  void nextReportAndInventoryOfTheSampleAreDueAtTheEndOf2026() {
    // last report 2024-06 + 2 years; monitoring inventory 2022 + 4 years; the plan was submitted in 2022
    assertEquals(List.of("2026-12-31 climate.monitoring-report/2026", "2026-12-31 climate.monitoring-inventory/2026"),
        obligations(ClimateSample.valid(), LocalDate.of(2026, 6, 30), TEMPLATE.parameters()));
  }

  @Test
  void actionPlanNotSubmittedByTheDateIsAnObligationTwoYearsAfterSigning() {
    CovenantCommitment c = ClimateSample.commitment();
    Strategy s = ClimateSample.withAnnex(ClimateSample.COMMITMENT,
        new CovenantCommitment(c.signed(), c.targets(), c.neutralityBy(), Optional.empty(), List.of()));
    // signed 2021: plan due 2023; no plan, so the first report counts from signing: 2021 + 4
    assertEquals(List.of("2023-12-31 climate.action-plan/2023", "2025-12-31 climate.monitoring-report/2025",
            "2026-12-31 climate.monitoring-inventory/2026"),
        obligations(s, LocalDate.of(2022, 6, 1), TEMPLATE.parameters()));
  }

  @Test
  void intervalsComeFromTheParametersInForce() {
    Parameters longer = TEMPLATE.parameters().with(Map.of(ClimateTemplate.COM_INVENTORY_INTERVAL_YEARS, "5"));
    assertEquals("2027-12-31 climate.monitoring-inventory/2027",
        obligations(ClimateSample.valid(), LocalDate.of(2026, 6, 30), longer).get(1));
  }

  @Test
  void namesAreInEnglishAndRomanian() {
    Obligation report = TEMPLATE.obligations(ClimateSample.valid(), LocalDate.of(2026, 6, 30), TEMPLATE.parameters()).get(0);
    assertEquals("Monitoring report to the Covenant of Mayors", report.name().get(Locale.ENGLISH));
    assertEquals("Raportul de monitorizare către Convenția primarilor", report.name().get(Locale.forLanguageTag("ro")));
  }

  @Test
  void noCommitmentNoObligation() {
    assertEquals(List.of(), obligations(ClimateSample.withoutAnnex(ClimateSample.COMMITMENT), LocalDate.of(2026, 6, 30),
        TEMPLATE.parameters()));
  }
}
