package org.civicplan.accessibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.civicplan.base.PlanDate;
import org.civicplan.indicator.IndicatorId;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.DerivedMeasurement;

/**
 * The catalogue indicators computed from the accessibility audits of a strategy, per year of the
 * audit dates (audits without a date are left out), pooling the audits of a year:
 *
 * <ul>
 *   <li>{@code ACC-I03}: audited pedestrian crossings whose {@code ACC-23} (audible and
 *       vibrotactile walk indication) is compliant, in percent of those where it was assessed;
 *   <li>{@code ACC-I04}: audited pedestrian crossings whose {@code ACC-13} (tactile attention
 *       indicators) is compliant, in percent of those where it was assessed.
 * </ul>
 *
 * <p>They describe the audited crossings, not every crossing of the city; a recorded measurement
 * at the same date wins over them. A year with no assessed crossing gives no value.
 */
final class AuditMeasurements {

  private AuditMeasurements() {}

  static List<DerivedMeasurement> of(Strategy strategy, Compliance compliance) {
    List<DerivedMeasurement> out = new ArrayList<>();
    share(strategy, compliance, "ACC-I03", "ACC-23", out);
    share(strategy, compliance, "ACC-I04", "ACC-13", out);
    return out;
  }

  private static void share(Strategy strategy, Compliance compliance, String indicator, String criterion, List<DerivedMeasurement> out) {
    Map<Integer, int[]> byYear = new TreeMap<>();
    for (AccessibilityAudit audit : Compliance.audits(strategy)) {
      if (audit.date().isEmpty()) {
        continue;
      }
      int year = audit.date().get().getYear();
      for (AccessibilityAudit.Element e : audit.elements()) {
        if (e.type() != ElementType.PEDESTRIAN_CROSSING) {
          continue;
        }
        for (CriterionResult r : compliance.evaluate(e)) {
          if (r.criterion().id().equals(criterion) && r.outcome().isAssessed()) {
            int[] n = byYear.computeIfAbsent(year, y -> new int[2]);
            n[1]++;
            if (r.outcome() == Outcome.COMPLIANT) {
              n[0]++;
            }
          }
        }
      }
    }
    byYear.forEach((year, n) -> out.add(DerivedMeasurement.of(IndicatorId.of(indicator), PlanDate.ofYear(year),
        100.0 * n[0] / n[1], AccessibilityAudit.KIND,
        "crossings audited in " + year + " with " + criterion + " compliant: " + n[0] + " of " + n[1])));
  }
}
