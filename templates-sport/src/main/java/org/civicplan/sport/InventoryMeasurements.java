// SPDX-License-Identifier: Apache-2.0
package org.civicplan.sport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.civicplan.base.PlanDate;
import org.civicplan.indicator.IndicatorId;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.DerivedMeasurement;
import org.civicplan.template.Parameters;

/**
 * The indicator values the facility inventory gives, at the inventory's date (an inventory without
 * a date gives none):
 *
 * <ul>
 *   <li>{@code SPO-07} utilisation: {@code Σ hoursUsed / Σ hoursAvailable × 100};
 *   <li>{@code SPO-08} facilities per 10,000 inhabitants: the facilities in a condition that
 *       counts ({@code provision.counted-min-condition}) × 10,000 / the inhabitants of the
 *       inventory's districts;
 *   <li>{@code SPO-12} share of facilities linked to an accessibility audit, in percent.
 * </ul>
 */
final class InventoryMeasurements {

  static final IndicatorId UTILISATION = IndicatorId.of("SPO-07");
  static final IndicatorId PROVISION = IndicatorId.of("SPO-08");
  static final IndicatorId AUDITED = IndicatorId.of("SPO-12");

  private InventoryMeasurements() {}

  static List<DerivedMeasurement> of(Strategy strategy, Parameters parameters) {
    int minCondition = parameters.text(Provision.COUNTED_MIN_CONDITION).map(Integer::parseInt).orElse(2);
    List<DerivedMeasurement> out = new ArrayList<>();
    for (FacilityInventory inv : strategy.annexes(FacilityInventory.class)) {
      if (inv.date().isEmpty() || inv.facilities().isEmpty()) {
        continue;
      }
      PlanDate date = PlanDate.of(inv.date().get());
      String item = inv.date().get().toString();
      inv.utilisation().ifPresent(u ->
          out.add(DerivedMeasurement.of(UTILISATION, date, u.movePointRight(2).doubleValue(), FacilityInventory.KIND, item)));
      long inhabitants = inv.districts().stream().mapToLong(FacilityInventory.District::inhabitants).sum();
      if (inhabitants > 0) {
        long counted = inv.facilities().stream().filter(f -> f.condition() >= minCondition).count();
        BigDecimal per = BigDecimal.valueOf(counted).multiply(BigDecimal.valueOf(10_000))
            .divide(BigDecimal.valueOf(inhabitants), FacilityInventory.SCALE, RoundingMode.HALF_EVEN);
        out.add(DerivedMeasurement.of(PROVISION, date, per.doubleValue(), FacilityInventory.KIND, item));
      }
      long audited = inv.facilities().stream().filter(f -> f.accessibilityAudit().isPresent()).count();
      BigDecimal share = BigDecimal.valueOf(audited).multiply(BigDecimal.valueOf(100))
          .divide(BigDecimal.valueOf(inv.facilities().size()), FacilityInventory.SCALE, RoundingMode.HALF_EVEN);
      out.add(DerivedMeasurement.of(AUDITED, date, share.doubleValue(), FacilityInventory.KIND, item));
    }
    return out;
  }
}
