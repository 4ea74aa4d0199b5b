// SPDX-License-Identifier: Apache-2.0
package org.civicplan.accessibility;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.civicplan.base.PlanDate;
import org.civicplan.template.DerivedMeasurement;
import org.junit.jupiter.api.Test;

/** Indicator values derived from the audits. */
class AuditMeasurementsTest {

  static final AccessibilityTemplate TEMPLATE = new AccessibilityTemplate();

  @Test
  void sampleCrossingsHaveTactileIndicatorsButNoAccessibleSignal() {
    // C-1 and X-1 are compliant on ACC-13; only C-1 records ACC-23, non-compliant.
    List<DerivedMeasurement> values = TEMPLATE.derivedMeasurements(AccessibilitySample.valid());

    assertEquals(List.of("ACC-I03", "ACC-I04"), values.stream().map(v -> v.indicator().value()).toList());
    assertEquals(0.0, values.get(0).measurement().value());
    assertEquals(100.0, values.get(1).measurement().value());
    assertEquals(PlanDate.ofYear(2026), values.get(1).date());
    assertEquals(Optional.of("annex accessibility-audit: crossings audited in 2026 with ACC-13 compliant: 2 of 2"),
        values.get(1).measurement().source());
  }

  @Test
  void auditsWithoutADateGiveNoValue() {
    AccessibilityAudit a = AccessibilitySample.streetAudit();
    AccessibilityAudit undated = new AccessibilityAudit(a.id(), a.action(), Optional.empty(), a.auditor(), a.elements());

    assertEquals(List.of(), TEMPLATE.derivedMeasurements(AccessibilitySample.valid().toBuilder().annexes(List.of(undated)).build()));
  }
}
