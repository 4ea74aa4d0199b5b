// SPDX-License-Identifier: Apache-2.0
package org.civicplan.social;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.civicplan.governance.OrganisationId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Gap arithmetic against the hand-checked table of {@link SocialSample}. */
class GapsTest {

  static final Gaps SAMPLE = Gaps.of(SocialSample.services());

  private static Gaps.Group group(String id) {
    return SAMPLE.group(id).orElseThrow();
  }

  @Nested
  class PerTargetGroup {

    @Test
    void children() {
      assertEquals(new Gaps.Group("children", 160, 94, 66), group("children"));
      assertEquals(new BigDecimal("41.2500"), group("children").gapPercent());
    }

    @Test
    void elderly() {
      assertEquals(new Gaps.Group("elderly", 350, 310, 50), group("elderly"));
      assertEquals(new BigDecimal("14.2857"), group("elderly").gapPercent());
    }

    @Test
    void disabilityLeavesOutThePlannedService() {
      assertEquals(new Gaps.Group("disability", 170, 120, 50), group("disability"));
      assertEquals(new BigDecimal("29.4118"), group("disability").gapPercent());
    }

    @Test
    void homeless() {
      assertEquals(new Gaps.Group("homeless", 220, 190, 40), group("homeless"));
      assertEquals(new BigDecimal("18.1818"), group("homeless").gapPercent());
    }

    @Test
    void domesticViolence() {
      assertEquals(new Gaps.Group("domestic-violence", 86, 80, 6), group("domestic-violence"));
      assertEquals(new BigDecimal("6.9767"), group("domestic-violence").gapPercent());
    }

    @Test
    void marginalisedLeavesOutThePlannedService() {
      assertEquals(new Gaps.Group("marginalised", 390, 290, 100), group("marginalised"));
      assertEquals(new BigDecimal("25.6410"), group("marginalised").gapPercent());
    }

    @Test
    void groupsAreOrderedById() {
      assertEquals(List.of("children", "disability", "domestic-violence", "elderly", "homeless", "marginalised"),
          SAMPLE.groups().stream().map(Gaps.Group::targetGroup).toList());
    }
  }

  @Nested
  class PerDistrict {

    @Test
    void spareCapacityInOneDistrictDoesNotCoverAnother() {
      // elderly: Centru 110 needed / 120 places (10 spare); Nord 70 / 60 → gap 10
      assertEquals(0, SAMPLE.byGroup().get("elderly").get("Centru").gap());
      assertEquals(10, SAMPLE.byGroup().get("elderly").get("Nord").gap());
    }

    @Test
    void aDistrictWithNeedAndNoServiceHasTheWholeNeedAsGap() {
      assertEquals(new Gaps.Cell("children", "Est", 20, 0), SAMPLE.byGroup().get("children").get("Est"));
      assertEquals(20, SAMPLE.byGroup().get("children").get("Est").gap());
    }

    @Test
    void districtsAreSorted() {
      assertEquals(List.of("Centru", "Est", "Nord", "Sud", "Vest"), SAMPLE.districts());
    }
  }

  @Test
  void aServiceWithNoNeedCountsCapacityAndNoGap() {
    SocialServices.Service only = SocialSample.services().services().get(0);
    Gaps g = Gaps.of(new SocialServices(OrganisationId.of("d"), SocialSample.AS_OF, List.of(), List.of(), List.of(only), List.of()));
    assertEquals(List.of(new Gaps.Group("children", 0, 40, 0)), g.groups());
    assertEquals(BigDecimal.ZERO, g.groups().get(0).gapPercent());
  }

  @Test
  void aNeedWithNoServiceIsAllGap() {
    Gaps g = Gaps.of(new SocialServices(OrganisationId.of("d"), SocialSample.AS_OF, List.of(), List.of(), List.of(),
        List.of(new SocialServices.Need("elderly", "Nord", 7, "survey"))));
    assertEquals(new BigDecimal("100.0000"), g.group("elderly").orElseThrow().gapPercent());
    assertEquals(Optional.empty(), g.group("children"));
  }
}
