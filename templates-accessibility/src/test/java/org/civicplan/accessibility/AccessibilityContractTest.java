// SPDX-License-Identifier: Apache-2.0
package org.civicplan.accessibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicplan.accessibility.AccessibilityAudit.Observation;
import org.civicplan.base.ActionId;
import org.civicplan.base.MessageCatalog;
import org.civicplan.strategy.Action;
import org.civicplan.strategy.Strategy;
import org.civicplan.testkit.TemplateContract;
import org.junit.jupiter.api.Test;

/**
 * The accessibility template keeps the contract of every template: its sample, and one
 * single-defect mutant per finding code of its three rules (the same defects as {@link
 * AccessibilityRulesTest}).
 */
class AccessibilityContractTest {

  static Strategy publicWorkUndeclared() {
    Strategy s = AccessibilitySample.valid();
    List<Action> actions = new ArrayList<>(s.actions());
    actions.set(4, actions.get(4).toBuilder().tags(List.of("public-works")).build());
    return s.toBuilder().actions(actions).build();
  }

  static Strategy withStopObservation(Observation extra) {
    List<Observation> obs = new ArrayList<>(AccessibilitySample.tramStop().observations());
    obs.add(extra);
    return AccessibilityRulesTest.withStopElement(e -> AccessibilityRulesTest.withObservations(e, obs));
  }

  @Test
  void accessibilityKeepsTheTemplateContract() {
    TemplateContract.Subject subject = TemplateContract.subject(new AccessibilityTemplate())
        .sample(AccessibilitySample.valid())
        .messages(MessageCatalog.load(AccessibilityTemplate.class::getResourceAsStream, "/org/civicplan/accessibility/messages"))
        .mutant(AccessibilityCodes.PUBLIC_WORKS_UNDECLARED, AccessibilityContractTest::publicWorkUndeclared)
        // Another tag marks public works: the training action, tagged so, then needs an audit.
        .mutant(AccessibilityCodes.PUBLIC_WORKS_UNDECLARED, () -> {
          Strategy s = AccessibilitySample.valid();
          List<Action> actions = new ArrayList<>(s.actions());
          actions.set(4, actions.get(4).toBuilder().tags(List.of("roads")).build());
          return s.toBuilder().actions(actions).build();
        }, Map.of(AccessibilityRules.PUBLIC_WORKS_TAGS, "public-works,roads"))
        .mutant(AccessibilityCodes.CRITICAL_UNREMEDIED,
            () -> AccessibilityRulesTest.withStopElement(e -> AccessibilityRulesTest.withRemediation(e, Optional.empty())))
        // ACC-32 (stop platform) observed absent becomes critical by parameter; T-1 names no remediation.
        .mutant(AccessibilityCodes.CRITICAL_UNREMEDIED, () -> AccessibilityRulesTest.withStopElement(e ->
                AccessibilityRulesTest.withRemediation(AccessibilityRulesTest.withObservations(e,
                    List.of(Observation.present("ACC-28-T", true), Observation.present("ACC-13-T", true),
                        Observation.present("ACC-32", false))), Optional.empty())),
            Map.of(Compliance.CRITICAL_CRITERIA, "ACC-32"))
        .mutant(AccessibilityCodes.ACTION_UNKNOWN, () -> AccessibilityRulesTest.withStreetAudit(a ->
            new AccessibilityAudit(a.id(), Optional.of(ActionId.of("A-9.9")), a.date(), a.auditor(), a.elements())))
        .mutant(AccessibilityCodes.REMEDIATION_UNKNOWN, () -> AccessibilityRulesTest.withStopElement(e ->
            AccessibilityRulesTest.withRemediation(e, Optional.of(ActionId.of("A-7.7")))))
        .mutant(AccessibilityCodes.CRITERION_UNKNOWN, () -> withStopObservation(Observation.present("ACC-99", true)))
        .mutant(AccessibilityCodes.CRITERION_OTHER_TYPE, () -> withStopObservation(Observation.measured("ACC-06", "1.10")))
        .mutant(AccessibilityCodes.DUPLICATE, () -> withStopObservation(Observation.present("ACC-28-T", true)))
        .mutant(AccessibilityCodes.DUPLICATE, () -> AccessibilityRulesTest.withStreetAudit(a ->
            new AccessibilityAudit(a.id(), a.action(), a.date(), a.auditor(),
                List.of(a.elements().get(0), a.elements().get(1), a.elements().get(0)))))
        .build();

    TemplateContract.verify(subject);
  }
}
