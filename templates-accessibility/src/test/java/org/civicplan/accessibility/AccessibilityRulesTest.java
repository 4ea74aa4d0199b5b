package org.civicplan.accessibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.civicplan.accessibility.AccessibilityAudit.Element;
import org.civicplan.accessibility.AccessibilityAudit.Observation;
import org.civicplan.base.ActionId;
import org.civicplan.base.Finding;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.ObjectiveId;
import org.civicplan.base.Severity;
import org.civicplan.base.StrategyId;
import org.civicplan.base.StrategyPeriod;
import org.civicplan.climate.ClimateTemplate;
import org.civicplan.strategy.Action;
import org.civicplan.strategy.Annex;
import org.civicplan.strategy.Municipality;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.NewStrategyRequest;
import org.civicplan.template.Parameters;
import org.civicplan.template.TemplateRegistry;
import org.civicplan.validation.StrategyValidator;
import org.civicplan.validation.ValidationReport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each rule fires on a single-defect mutant of the sample and is silent on the sample. */
class AccessibilityRulesTest {

  static final TemplateRegistry REGISTRY = TemplateRegistry.of(new AccessibilityTemplate(), new ClimateTemplate());
  static final StrategyValidator VALIDATOR = StrategyValidator.of(REGISTRY);

  static final List<String> CODES = List.of(
      AccessibilityCodes.PUBLIC_WORKS_UNDECLARED, AccessibilityCodes.CRITICAL_UNREMEDIED, AccessibilityCodes.ACTION_UNKNOWN,
      AccessibilityCodes.REMEDIATION_UNKNOWN, AccessibilityCodes.CRITERION_UNKNOWN, AccessibilityCodes.CRITERION_OTHER_TYPE,
      AccessibilityCodes.DUPLICATE);

  static List<Finding> ours(ValidationReport report) {
    return report.findings().stream().filter(f -> CODES.contains(f.code())).toList();
  }

  static Strategy withStreetAudit(UnaryOperator<AccessibilityAudit> change) {
    Strategy s = AccessibilitySample.valid();
    List<Annex> annexes = new ArrayList<>(s.annexes());
    annexes.set(AccessibilitySample.STREET_AUDIT, change.apply(AccessibilitySample.streetAudit()));
    return s.toBuilder().annexes(annexes).build();
  }

  static Strategy withStopElement(UnaryOperator<Element> change) {
    Strategy s = AccessibilitySample.valid();
    List<Annex> annexes = new ArrayList<>(s.annexes());
    AccessibilityAudit a = AccessibilitySample.stopAudit();
    annexes.set(AccessibilitySample.STOP_AUDIT,
        new AccessibilityAudit(a.id(), a.action(), a.date(), a.auditor(), List.of(change.apply(a.elements().get(0)))));
    return s.toBuilder().annexes(annexes).build();
  }

  static Element withRemediation(Element e, Optional<ActionId> remediation) {
    return new Element(e.id(), e.type(), e.name(), e.location(), e.street(), e.observations(), e.references(), remediation);
  }

  static Element withObservations(Element e, List<Observation> observations) {
    return new Element(e.id(), e.type(), e.name(), e.location(), e.street(), observations, e.references(), e.remediation());
  }

  @Test
  void silentOnTheSample() {
    ValidationReport report = VALIDATOR.validate(AccessibilitySample.valid());

    assertEquals(List.of(), ours(report));
    assertEquals(List.of(), report.bySeverity(Severity.ERROR));
  }

  @Nested
  @DisplayName("accessibility.public-works")
  class PublicWorks {

    @Test
    void firesOnAPublicWorkWithNoAuditAndNoDeclaration() {
      Strategy s = AccessibilitySample.valid();
      List<Action> actions = new ArrayList<>(s.actions());
      actions.set(4, actions.get(4).toBuilder().tags(List.of("public-works")).build());

      List<Finding> found = ours(VALIDATOR.validate(s.toBuilder().actions(actions).build()));

      assertEquals(1, found.size(), found.toString());
      assertEquals(AccessibilityCodes.PUBLIC_WORKS_UNDECLARED, found.get(0).code());
      assertEquals(Severity.WARNING, found.get(0).severity());
      assertEquals("/actions/4/tags", found.get(0).path());
    }

    @Test
    void theTagsThatMarkPublicWorksAreAParameter() {
      Strategy s = AccessibilitySample.valid();
      List<Action> actions = new ArrayList<>(s.actions());
      actions.set(4, actions.get(4).toBuilder().tags(List.of("roads")).build());
      Strategy roads = s.toBuilder().actions(actions).build();
      StrategyValidator host = StrategyValidator.builder().templates(REGISTRY)
          .parameters(Parameters.of(Map.of(AccessibilityRules.PUBLIC_WORKS_TAGS, "public-works,roads"))).build();

      assertEquals(List.of(), ours(VALIDATOR.validate(roads)));
      assertEquals(1, ours(host.validate(roads)).size());
    }

    static Strategy climate(String... tags) {
      Strategy draft = new ClimateTemplate().newStrategy(new NewStrategyRequest(
          StrategyId.of("exemplu-climate"), Municipality.of("Municipiul Exemplu", "RO"), StrategyPeriod.of(2026, 2030),
          Optional.empty()));
      return draft.toBuilder()
          .actions(List.of(Action.builder("A-1", LocalizedText.of("Cool roofs and shaded sidewalks", "Acoperișuri reci și trotuare umbrite"))
              .serves(ObjectiveId.of("OS-1.1")).tag(tags).build()))
          .build();
    }

    @Test
    void firesOnAClimateStrategyWhenTheAccessibilityTemplateIsInstalled() {
      List<Finding> found = ours(VALIDATOR.validate(climate("public-works")));

      assertEquals(1, found.size(), found.toString());
      assertEquals("/actions/0/tags", found.get(0).path());
      assertTrue(found.get(0).message(Locale.forLanguageTag("ro")).startsWith("Acțiunea A-1 este etichetată public-works"),
          found.get(0).message(Locale.forLanguageTag("ro")));
    }

    @Test
    void silentOnAClimateStrategyWhenTheHostSwitchesItOff() {
      StrategyValidator byTemplate = StrategyValidator.builder().templates(REGISTRY).withoutSharedRules(AccessibilityTemplate.ID).build();
      StrategyValidator byRule = StrategyValidator.builder().templates(REGISTRY)
          .withoutSharedRule(AccessibilityCodes.RULE_PUBLIC_WORKS).build();

      assertEquals(List.of(), ours(byTemplate.validate(climate("public-works"))));
      assertEquals(List.of(), ours(byRule.validate(climate("public-works"))));
    }

    @Test
    void silentOnAClimateStrategyWithoutTheAccessibilityTemplate() {
      ValidationReport report = StrategyValidator.of(TemplateRegistry.of(new ClimateTemplate())).validate(climate("public-works"));

      assertEquals(List.of(), ours(report));
    }

    @Test
    void silentWhenTheActionDeclaresItsAccessibility() {
      assertEquals(List.of(), ours(VALIDATOR.validate(climate("public-works", "accessibility:step-free"))));
    }
  }

  @Nested
  @DisplayName("accessibility.audit.critical")
  class Critical {

    @Test
    void errorInTheAccessibilityStrategyForAFailedBindingCriticalCriterion() {
      List<Finding> found = ours(VALIDATOR.validate(withStopElement(e -> withRemediation(e, Optional.empty()))));

      assertEquals(1, found.size(), found.toString());
      assertEquals(AccessibilityCodes.CRITICAL_UNREMEDIED, found.get(0).code());
      assertEquals(Severity.ERROR, found.get(0).severity());
      assertEquals("/annexes/1/data/elements/0", found.get(0).path());
      assertEquals("Audit AUD-2026-02, element T-1 fails a critical criterion and names no remediation action: "
              + "ACC-13-T Tactile indicators at the boarding point: required: present; observed absent → non-compliant",
          found.get(0).message(Locale.ENGLISH));
    }

    @Test
    void warningWhenTheFailedCriticalCriterionHasANonEuThreshold() {
      Strategy s = withStreetAudit(a -> new AccessibilityAudit(a.id(), a.action(), a.date(), a.auditor(),
          List.of(a.elements().get(0), withRemediation(a.elements().get(1), Optional.empty()))));

      List<Finding> found = ours(VALIDATOR.validate(s));

      assertEquals(1, found.size(), found.toString());
      assertEquals(Severity.WARNING, found.get(0).severity());
      assertTrue(found.get(0).message(Locale.ENGLISH).contains("ACC-23"));
    }

    @Test
    void warningInAStrategyOfAnotherTemplate() {
      Strategy climate = PublicWorks.climate("public-works");
      AccessibilityAudit audit = new AccessibilityAudit("AUD-1", Optional.of(ActionId.of("A-1")), Optional.empty(), "",
          List.of(withRemediation(AccessibilitySample.tramStop(), Optional.empty())));

      List<Finding> found = ours(VALIDATOR.validate(climate.toBuilder().annexes(List.of(audit)).build()));

      assertEquals(List.of(AccessibilityCodes.CRITICAL_UNREMEDIED), found.stream().map(Finding::code).toList());
      assertEquals(Severity.WARNING, found.get(0).severity());
    }
  }

  @Nested
  @DisplayName("accessibility.audit.references")
  class References {

    @Test
    void firesOnAnUnknownAuditedAction() {
      Strategy s = withStreetAudit(a -> new AccessibilityAudit(a.id(), Optional.of(ActionId.of("A-9.9")), a.date(), a.auditor(), a.elements()));

      List<Finding> found = ours(VALIDATOR.validate(s));

      // is then no longer audited: the public-works rule warns too.
      assertEquals(List.of(AccessibilityCodes.ACTION_UNKNOWN, AccessibilityCodes.PUBLIC_WORKS_UNDECLARED),
          found.stream().map(Finding::code).sorted().toList());
      assertEquals("/annexes/0/data/action",
          found.stream().filter(f -> f.code().equals(AccessibilityCodes.ACTION_UNKNOWN)).findFirst().orElseThrow().path());
    }

    @Test
    void firesOnAnUnknownRemediationAction() {
      List<Finding> found = ours(VALIDATOR.validate(withStopElement(e -> withRemediation(e, Optional.of(ActionId.of("A-7.7"))))));

      assertEquals(List.of(AccessibilityCodes.REMEDIATION_UNKNOWN), found.stream().map(Finding::code).toList());
      assertEquals("/annexes/1/data/elements/0/remediation", found.get(0).path());
      assertEquals(Severity.ERROR, found.get(0).severity());
    }

    @Test
    void firesOnAnUnknownCriterion() {
      List<Observation> obs = new ArrayList<>(AccessibilitySample.tramStop().observations());
      obs.add(Observation.present("ACC-99", true));

      List<Finding> found = ours(VALIDATOR.validate(withStopElement(e -> withObservations(e, obs))));

      assertEquals(List.of(AccessibilityCodes.CRITERION_UNKNOWN), found.stream().map(Finding::code).toList());
      assertEquals("/annexes/1/data/elements/0/observations/2/criterion", found.get(0).path());
    }

    @Test
    void firesOnACriterionOfAnotherElementType() {
      List<Observation> obs = new ArrayList<>(AccessibilitySample.tramStop().observations());
      obs.add(Observation.measured("ACC-06", "1.10"));

      List<Finding> found = ours(VALIDATOR.validate(withStopElement(e -> withObservations(e, obs))));

      assertEquals(List.of(AccessibilityCodes.CRITERION_OTHER_TYPE), found.stream().map(Finding::code).toList());
      assertEquals("Element T-1 records criterion ACC-06, which applies to building-entrance, not to transport-stop",
          found.get(0).message(Locale.ENGLISH));
    }

    @Test
    void firesOnARepeatedObservation() {
      List<Observation> obs = new ArrayList<>(AccessibilitySample.tramStop().observations());
      obs.add(Observation.present("ACC-28-T", true));

      List<Finding> found = ours(VALIDATOR.validate(withStopElement(e -> withObservations(e, obs))));

      assertEquals(List.of(AccessibilityCodes.DUPLICATE), found.stream().map(Finding::code).toList());
    }
  }
}
