// SPDX-License-Identifier: Apache-2.0
package org.civicplan.climate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.civicplan.indicator.Indicator;
import org.civicplan.indicator.ReportingFrequency;
import org.civicplan.monitoring.Freshness;
import org.civicplan.monitoring.FreshnessPolicy;
import org.junit.jupiter.api.Test;

/**
 * The emission indicators follow the inventory cycle, not a yearly one: a Monitoring Emission
 * Inventory is due at least every four years (JRC, Covenant of Mayors approach:
 * "at least every four years a full monitoring report containing a monitoring emission
 * inventory"; ../shared/reference/DOMAIN.md §1.2), so the catalogue gives CLI-01, CLI-02 and
 * CLI-03 a quadrennial frequency and the report does not call a 2022 inventory stale in 2026.
 */
class ReportingFrequencyTest {

  @Test
  void inventoryIndicatorsAreQuadrennial_othersAnnual() {
    ClimateTemplate template = new ClimateTemplate();
    for (Indicator i : template.indicatorCatalogue()) {
      ReportingFrequency expected = switch (i.id().value()) {
        case "CLI-01", "CLI-02", "CLI-03" -> ReportingFrequency.QUADRENNIAL;
        default -> ReportingFrequency.ANNUAL;
      };
      assertEquals(expected, i.frequency(), i.id().value());
    }
  }

  @Test
  void theSamplesInventoryOf2022IsFreshIn2026_andStaleAfterItsCycleAndGrace() {
    Indicator co2 = ClimateSample.valid().indicator(org.civicplan.indicator.IndicatorId.of("CLI-01")).orElseThrow();
    // measured for 2022 (ends 2022-12-31): next due 48 months later, 2026-12-31, plus 60 days' grace
    assertEquals(Freshness.FRESH, FreshnessPolicy.DEFAULTS.indicator(co2, LocalDate.of(2026, 6, 30)));
    assertEquals(Freshness.FRESH, FreshnessPolicy.DEFAULTS.indicator(co2, LocalDate.of(2027, 3, 1)));
    assertEquals(Freshness.STALE, FreshnessPolicy.DEFAULTS.indicator(co2, LocalDate.of(2027, 3, 2)));
  }
}
