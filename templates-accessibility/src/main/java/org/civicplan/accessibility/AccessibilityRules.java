package org.civicplan.accessibility;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.civicplan.base.ActionId;
import org.civicplan.base.MessageCatalog;
import org.civicplan.base.Severity;
import org.civicplan.strategy.Action;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.RuleKit;
import org.civicplan.template.ValidationRule;

/** The accessibility template's rules, each a few lines on {@link RuleKit}; codes in {@link AccessibilityCodes}. */
final class AccessibilityRules {

  /** Parameter: the comma-separated tags that mark public works. */
  static final String PUBLIC_WORKS_TAGS = "public-works.tags";

  /** The prefix of a tag by which an action declares its accessibility features. */
  static final String DECLARED_PREFIX = "accessibility:";

  private AccessibilityRules() {}

  static List<ValidationRule> shared(MessageCatalog messages, List<AuditCriterion> criteria) {
    RuleKit kit = RuleKit.with(messages);
    return List.of(publicWorks(kit), critical(kit, criteria), references(kit, criteria));
  }

  static ValidationRule publicWorks(RuleKit kit) {
    return kit.rule(AccessibilityCodes.RULE_PUBLIC_WORKS, (strategy, report) -> {
      Set<String> works = Arrays.stream(report.parameters().text(PUBLIC_WORKS_TAGS).orElse("public-works").split(","))
          .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
      Set<ActionId> audited = Compliance.audits(strategy).stream()
          .flatMap(a -> a.action().stream()).collect(Collectors.toSet());
      for (RuleKit.Located<Action> a : RuleKit.each(strategy.actions(), "/actions")) {
        Optional<String> tag = a.value().tags().stream().filter(works::contains).findFirst();
        boolean declared = a.value().tags().stream().anyMatch(t -> t.startsWith(DECLARED_PREFIX));
        if (tag.isPresent() && !declared && !audited.contains(a.value().id())) {
          report.warning(AccessibilityCodes.PUBLIC_WORKS_UNDECLARED, a.at("tags"), a.value().id().value(), tag.get());
        }
      }
    });
  }

  static ValidationRule critical(RuleKit kit, List<AuditCriterion> criteria) {
    return kit.rule(AccessibilityCodes.RULE_CRITICAL, (strategy, report) -> {
      Compliance compliance = Compliance.of(criteria, report.parameters());
      boolean own = strategy.templateId().equals(AccessibilityTemplate.ID);
      for (RuleKit.Located<AccessibilityAudit> audit : RuleKit.annexes(strategy, AccessibilityAudit.class)) {
        for (RuleKit.Located<AccessibilityAudit.Element> e : audit.each(audit.value().elements(), "elements")) {
          if (e.value().remediation().isPresent()) {
            continue;
          }
          for (CriterionResult r : compliance.evaluate(e.value())) {
            if (r.critical() && r.outcome() == Outcome.NON_COMPLIANT) {
              Severity s = own && r.criterion().isBinding() ? Severity.ERROR : Severity.WARNING;
              report.report(s, AccessibilityCodes.CRITICAL_UNREMEDIED, e.pointer(),
                  audit.value().id(), e.value().id(), r.explanation());
            }
          }
        }
      }
    });
  }

  static ValidationRule references(RuleKit kit, List<AuditCriterion> criteria) {
    return kit.rule(AccessibilityCodes.RULE_REFERENCES, (strategy, report) -> {
      Compliance compliance = Compliance.of(criteria, report.parameters());
      Set<ActionId> actions = strategy.actions().stream().map(Action::id).collect(Collectors.toSet());
      for (RuleKit.Located<AccessibilityAudit> audit : RuleKit.annexes(strategy, AccessibilityAudit.class)) {
        String id = audit.value().id();
        audit.value().action().filter(a -> !actions.contains(a)).ifPresent(a ->
            report.error(AccessibilityCodes.ACTION_UNKNOWN, audit.at("action"), id, a.value()));
        Set<String> elements = new HashSet<>();
        for (RuleKit.Located<AccessibilityAudit.Element> e : audit.each(audit.value().elements(), "elements")) {
          AccessibilityAudit.Element element = e.value();
          if (!elements.add(element.id())) {
            report.error(AccessibilityCodes.DUPLICATE, e.at("id"), id, element.id());
          }
          element.remediation().filter(a -> !actions.contains(a)).ifPresent(a ->
              report.error(AccessibilityCodes.REMEDIATION_UNKNOWN, e.at("remediation"), element.id(), a.value()));
          Set<String> seen = new HashSet<>();
          for (RuleKit.Located<AccessibilityAudit.Observation> o : e.each(element.observations(), "observations")) {
            String c = o.value().criterion();
            Optional<AuditCriterion> known = compliance.criterion(c);
            if (!seen.add(c)) {
              report.error(AccessibilityCodes.DUPLICATE, o.at("criterion"), element.id(), c);
            } else if (known.isEmpty()) {
              report.error(AccessibilityCodes.CRITERION_UNKNOWN, o.at("criterion"), element.id(), c);
            } else if (known.get().element() != element.type()) {
              report.error(AccessibilityCodes.CRITERION_OTHER_TYPE, o.at("criterion"), element.id(), c,
                  known.get().element().label(), element.type().label());
            }
          }
        }
      }
    });
  }
}
