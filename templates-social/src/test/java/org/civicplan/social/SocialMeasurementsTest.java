// SPDX-License-Identifier: Apache-2.0
package org.civicplan.social;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.civicplan.base.PlanDate;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.DerivedMeasurement;
import org.junit.jupiter.api.Test;

/** The indicator values derived from the social-services annex of the sample. */
class SocialMeasurementsTest {

  static final List<DerivedMeasurement> SAMPLE = new SocialTemplate().derivedMeasurements(SocialSample.valid());

  private static List<DerivedMeasurement> of(String indicator) {
    return SAMPLE.stream().filter(d -> d.indicator().value().equals(indicator)).toList();
  }

  @Test
  void licensedServicesAreTheOperatingOnesWithALicenceInForce() {
    // 20 services, of which S-11 and S-20 are planned: 18 operating, all licensed to 2029
    assertEquals(1, of("SOC-08").size());
    assertEquals(18.0, of("SOC-08").get(0).value());
    assertEquals(PlanDate.of(LocalDate.of(2026, 3, 31)), of("SOC-08").get(0).date());
  }

  @Test
  void anExpiredLicenceIsNotCounted() {
    Strategy expired = SocialSample.withServices(SocialSample.service(0,
        s -> SocialRulesTest.withLicence(s, LocalDate.of(2026, 3, 30))));
    assertEquals(17.0, new SocialTemplate().derivedMeasurements(expired).stream()
        .filter(d -> d.indicator().value().equals("SOC-08")).findFirst().orElseThrow().value());
  }

  @Test
  void theAnnualPlanSentIsAYesForItsYear() {
    // only the 2026 plan records its sending (2026-03-10)
    assertEquals(List.of(PlanDate.ofYear(2026)), of("SOC-09").stream().map(DerivedMeasurement::date).toList());
    assertEquals(1.0, of("SOC-09").get(0).value());
  }

  @Test
  void dataSentBy31MayIsAYesAndLaterANo() {
    assertEquals(1.0, of("SOC-10").get(0).value());
    assertEquals(PlanDate.ofYear(2025), of("SOC-10").get(0).date());
    Strategy late = SocialSample.withServices(a -> a.withDataReports(List.of(new SocialServices.DataReport(2025, LocalDate.of(2026, 6, 1)))));
    assertEquals(0.0, new SocialTemplate().derivedMeasurements(late).stream()
        .filter(d -> d.indicator().value().equals("SOC-10")).findFirst().orElseThrow().value());
  }
}
