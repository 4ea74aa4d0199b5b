// SPDX-License-Identifier: Apache-2.0
package org.civicplan.social;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.civicplan.base.Finding;
import org.junit.jupiter.api.Test;

/** The licence window's edge, counted in days from the catalogue's date. */
class LicenceWindowTest {

  private static List<String> expiring(String days) {
    return Findings.of(SocialSample.valid(), Map.of(SocialRules.LICENCE_WARNING_DAYS, days)).findings().stream()
        .filter(f -> f.code().equals(SocialCodes.LICENCE_EXPIRING)).map(Finding::path).toList();
  }

  @Test
  void aLicenceEndingOnTheLastDayOfTheWindowWarns() {
    // S-12's licence runs to 2029-01-15 = 2026-03-31 + 1021 days
    assertEquals(List.of(SocialRulesTest.SERVICES + "/services/11/licence/validUntil"), expiring("1021"));
  }

  @Test
  void aLicenceEndingTheDayAfterTheWindowDoesNot() {
    assertEquals(List.of(), expiring("1020"));
  }
}
