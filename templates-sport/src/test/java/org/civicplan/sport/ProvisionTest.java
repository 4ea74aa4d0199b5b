// SPDX-License-Identifier: Apache-2.0
package org.civicplan.sport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicplan.base.Money;
import org.civicplan.sport.FacilityInventory.Facility;
import org.civicplan.strategy.Location;
import org.civicplan.template.Parameters;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Provision, utilisation and cost per user-hour of the sample inventory, against hand-checked values. */
class ProvisionTest {

  private final FacilityInventory inventory = SportSample.inventory();
  private final Parameters defaults = new SportTemplate().parameters();

  @Nested
  class Utilisation {

    @Test
    void ofAFacilityIsHoursUsedOverHoursAvailable() {
      // F-02: 88 / 98 = 0.8979591836… → 0.897959
      assertEquals(new BigDecimal("0.897959"), inventory.facility("F-02").orElseThrow().utilisation().orElseThrow());
      // F-03: 80 / 84 = 0.9523809523… → 0.952381
      assertEquals(new BigDecimal("0.952381"), inventory.facility("F-03").orElseThrow().utilisation().orElseThrow());
    }

    @Test
    void ofAClosedFacilityIsNotDefined() {
      // F-10 is unusable: 0 hours available
      assertEquals(Optional.empty(), inventory.facility("F-10").orElseThrow().utilisation());
    }

    @Test
    void ofTheInventoryIsTotalUsedOverTotalAvailable() {
      // Σ available = 60+98+84+84+70+84+98+98+84+0+98+98+98+98+84+70+60+60+60+70+84+112+112+112+112 = 2088
      // Σ used      = 42+88+80+60+30+70+40+35+50+0+60+55+50+45+50+65+50+40+48+55+60+40+35+20+45 = 1213
      // 1213 / 2088 = 0.5809386973… → 0.580939
      assertEquals(new BigDecimal("0.580939"), inventory.utilisation().orElseThrow());
    }
  }

  @Nested
  class CostPerUserHour {

    @Test
    void isYearlyCostOverUsedHoursTimesUsersTimesWeeks() {
      Facility f = inventory.facility("F-02").orElseThrow();
      // 88 h × 60 users × 52 weeks = 274,560 user-hours
      assertEquals(new BigDecimal("274560"), f.userHoursPerYear(52).orElseThrow());
      // 2,600,000 / 274,560 = 9.4696969… → 9.469697 RON
      assertEquals(Money.of(new BigDecimal("9.469697"), Money.RON), f.costPerUserHour(52).orElseThrow());
      // with 48 weeks: 88 × 60 × 48 = 253,440; 2,600,000 / 253,440 = 10.2588383… → 10.258838
      assertEquals(Money.of(new BigDecimal("10.258838"), Money.RON), f.costPerUserHour(48).orElseThrow());
    }

    @Test
    void isUnknownWithoutUsersOrCost() {
      // F-07 has no user count, F-10 no cost
      assertEquals(Optional.empty(), inventory.facility("F-07").orElseThrow().costPerUserHour(52));
      assertEquals(Optional.empty(), inventory.facility("F-10").orElseThrow().costPerUserHour(52));
    }

    @Test
    void rejectsNoWeeks() {
      Facility f = inventory.facility("F-02").orElseThrow();
      assertThrows(IllegalArgumentException.class, () -> f.userHoursPerYear(0));
    }
  }

  @Nested
  class ProvisionPerTenThousand {

    private final Provision provision = Provision.of(inventory, defaults);

    @Test
    void hasACellPerDistrictAndType() {
      assertEquals(5 * FacilityType.values().length, provision.cells().size());
      assertEquals("Centru", provision.cells().get(0).district());
      assertEquals(FacilityType.STADIUM, provision.cells().get(0).type());
    }

    @Test
    void sportsHallsInCentru() {
      // Centru, 40,000 inhabitants, one sports hall (F-02, condition 3), target 0.5 per 10,000:
      // per 10,000 = 1 × 10,000 / 40,000 = 0.25; needed = 0.5 × 4 = 2; deficit 1; ratio 1 / 2 = 0.5
      Provision.Cell c = provision.cell("Centru", FacilityType.SPORTS_HALL).orElseThrow();
      assertEquals(1, c.counted());
      assertEquals(new BigDecimal("0.250000"), c.perTenThousand());
      assertEquals(0, new BigDecimal("2").compareTo(c.needed()));
      assertEquals(0, BigDecimal.ONE.compareTo(c.deficit()));
      assertEquals(new BigDecimal("0.500000"), c.deficitRatio());
    }

    @Test
    void anUnusableCourtIsNotProvision() {
      // Vest, 45,000: F-10 (condition 1) is excluded; needed 2 × 4.5 = 9 courts; none counted; ratio 1
      Provision.Cell c = provision.cell("Vest", FacilityType.OUTDOOR_COURT).orElseThrow();
      assertEquals(0, c.counted());
      assertEquals(1, c.excluded());
      assertEquals(0, new BigDecimal("9").compareTo(c.deficit()));
      assertEquals(new BigDecimal("1.000000"), c.deficitRatio());
    }

    @Test
    void aStricterConditionThresholdDropsPoorFacilities() {
      // Nord swimming pools: F-03 has condition 2; with the threshold at 3 it no longer counts.
      // needed = 0.2 × 6 = 1.2; counted 1 → deficit 0.2, ratio 0.2 / 1.2 = 0.1666… → 0.166667
      Provision.Cell before = provision.cell("Nord", FacilityType.SWIMMING_POOL).orElseThrow();
      assertEquals(new BigDecimal("0.166667"), before.deficitRatio());
      Provision stricter = Provision.of(inventory, defaults.with(Map.of(Provision.COUNTED_MIN_CONDITION, "3")));
      Provision.Cell after = stricter.cell("Nord", FacilityType.SWIMMING_POOL).orElseThrow();
      assertEquals(0, after.counted());
      assertEquals(new BigDecimal("1.000000"), after.deficitRatio());
    }

    @Test
    void moreThanNeededIsNoDeficit() {
      // Centru park fitness: F-22; target 1 × 4 = 4 needed → deficit 3. With a target of 0.1: needed 0.4 < 1
      Provision low = Provision.of(inventory, defaults.with(Map.of(FacilityType.PARK_FITNESS_AREA.targetParameter(), "0.1")));
      Provision.Cell c = low.cell("Centru", FacilityType.PARK_FITNESS_AREA).orElseThrow();
      assertEquals(0, BigDecimal.ZERO.compareTo(c.deficit()));
      assertEquals(0, BigDecimal.ZERO.compareTo(c.deficitRatio()));
    }

    @Test
    void aFacilityOutsideTheDistrictsIsNotCounted() {
      Facility f = inventory.facilities().get(1);
      Facility moved = new Facility(f.id(), f.name(), f.type(), Location.ofDistrict("Periferie"), f.owner(), f.operator(),
          f.condition(), f.capacity(), f.hoursAvailable(), f.hoursUsed(), f.usersPerHour(), f.sports(),
          f.accessibilityAudit(), f.energyMwh(), f.operatingCost());
      List<Facility> list = new java.util.ArrayList<>(inventory.facilities());
      list.set(1, moved);
      Provision p = Provision.of(new FacilityInventory(inventory.date(), inventory.districts(), list), defaults);
      assertEquals(0, p.cell("Centru", FacilityType.SPORTS_HALL).orElseThrow().counted());
      assertEquals(Optional.empty(), p.cell("Periferie", FacilityType.SPORTS_HALL));
    }
  }

  @Nested
  class Rejections {

    private final Facility f = SportSample.inventory().facilities().get(1);

    private Facility with(int condition, String available) {
      return new Facility(f.id(), f.name(), f.type(), f.location(), f.owner(), f.operator(), condition, f.capacity(),
          new BigDecimal(available), f.hoursUsed(), f.usersPerHour(), f.sports(), f.accessibilityAudit(), f.energyMwh(),
          f.operatingCost());
    }

    @Test
    void conditionOutsideTheScale() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> with(6, "98"));
      assertEquals("condition must be in [1, 5] but was 6 (facility \"F-02\")", e.getMessage());
      assertThrows(IllegalArgumentException.class, () -> with(0, "98"));
    }

    @Test
    void moreHoursThanAWeekHas() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> with(3, "169"));
      assertEquals("hours available must be in [0, 168] but was 169 (facility \"F-02\")", e.getMessage());
    }

    @Test
    void aDistrictWithoutInhabitants() {
      assertThrows(IllegalArgumentException.class, () -> new FacilityInventory.District("Nord", 0));
    }
  }
}
