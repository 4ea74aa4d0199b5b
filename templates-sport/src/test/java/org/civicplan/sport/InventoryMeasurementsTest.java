// SPDX-License-Identifier: Apache-2.0
package org.civicplan.sport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.civicplan.base.PlanDate;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.DerivedMeasurement;
import org.junit.jupiter.api.Test;

/** The indicator values the sample's facility inventory gives, hand-checked. */
class InventoryMeasurementsTest {

  private final SportTemplate template = new SportTemplate();

  private Map<String, Double> values(Strategy s) {
    Map<String, Double> out = new TreeMap<>();
    for (DerivedMeasurement m : template.derivedMeasurements(s)) {
      assertEquals(PlanDate.of(2026, 1, 15), m.measurement().date());
      assertEquals("facility-inventory", m.annexKind());
      out.put(m.indicator().value(), m.measurement().value());
    }
    return out;
  }

  @Test
  void utilisationProvisionAndAuditShareOfTheSample() {
    // SPO-07: 1,213 / 2,088 = 0.580939 → 58.0939 %
    // SPO-08: 24 facilities in condition ≥ 2 (all but F-10) × 10,000 / 250,000 = 0.96
    // SPO-12: 1 facility (F-02) of 25 linked to an audit = 4 %
    assertEquals(Map.of("SPO-07", 58.0939, "SPO-08", 0.96, "SPO-12", 4.0), values(SportSample.valid()));
  }

  @Test
  void anInventoryWithoutADateGivesNothing() {
    FacilityInventory inv = SportSample.inventory();
    Strategy s = SportSample.withAnnex(SportSample.INVENTORY, new FacilityInventory(Optional.empty(), inv.districts(), inv.facilities()));
    assertEquals(List.of(), template.derivedMeasurements(s));
  }
}
