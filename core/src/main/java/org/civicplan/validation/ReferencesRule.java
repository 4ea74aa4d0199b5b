package org.civicplan.validation;

import org.civicplan.base.Finding;
import org.civicplan.base.MessageCatalog;
import org.civicplan.base.Pointer;
import org.civicplan.base.Severity;
import org.civicplan.template.RuleContext;
import org.civicplan.template.ValidationRule;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.civicplan.governance.GovernanceBody;
import org.civicplan.governance.Member;
import org.civicplan.governance.OrganisationId;
import org.civicplan.indicator.IndicatorId;
import org.civicplan.strategy.Action;
import org.civicplan.base.ActionId;
import org.civicplan.base.ObjectiveId;
import org.civicplan.strategy.Strategy;

/**
 * Every reference resolves: indicators named by objectives and by action effects, objectives served
 * by actions, actions depended on, and organisations named as responsible, partner or represented
 * by a body member. Each dangling reference is reported where it is written.
 */
final class ReferencesRule implements ValidationRule {

  private final MessageCatalog messages;

  ReferencesRule(MessageCatalog messages) {
    this.messages = messages;
  }

  @Override
  public String id() {
    return "core.references";
  }

  @Override
  public void check(Strategy strategy, RuleContext context) {
    List<LocatedObjective> objectives = LocatedObjective.all(strategy);
    Set<ObjectiveId> objectiveIds = new HashSet<>();
    objectives.forEach(o -> objectiveIds.add(o.objective().id()));
    Set<IndicatorId> indicatorIds = new HashSet<>();
    strategy.indicators().forEach(i -> indicatorIds.add(i.id()));
    Set<ActionId> actionIds = new HashSet<>();
    strategy.actions().forEach(a -> actionIds.add(a.id()));
    Set<OrganisationId> organisationIds = new HashSet<>();
    strategy.organisations().forEach(o -> organisationIds.add(o.id()));

    for (LocatedObjective o : objectives) {
      List<IndicatorId> named = o.objective().indicatorIds();
      for (int k = 0; k < named.size(); k++) {
        if (!indicatorIds.contains(named.get(k))) {
          report(context, FindingCodes.REFERENCE_INDICATOR, Pointer.child(o.path(), "indicatorIds", k),
              "reference.indicator.unknown.objective", o.objective().id().value(), named.get(k).value());
        }
      }
    }
    List<Action> actions = strategy.actions();
    for (int i = 0; i < actions.size(); i++) {
      Action a = actions.get(i);
      String id = a.id().value();
      for (int k = 0; k < a.objectiveIds().size(); k++) {
        ObjectiveId ref = a.objectiveIds().get(k);
        if (!objectiveIds.contains(ref)) {
          report(context, FindingCodes.REFERENCE_OBJECTIVE, Pointer.of("actions", i, "objectiveIds", k),
              "reference.objective.unknown", id, ref.value());
        }
      }
      Optional<OrganisationId> responsible = a.responsible();
      if (responsible.isPresent() && !organisationIds.contains(responsible.get())) {
        report(context, FindingCodes.REFERENCE_ORGANISATION, Pointer.of("actions", i, "responsible"),
            "reference.organisation.unknown.responsible", id, responsible.get().value());
      }
      for (int k = 0; k < a.partners().size(); k++) {
        OrganisationId ref = a.partners().get(k).organisation();
        if (!organisationIds.contains(ref)) {
          report(context, FindingCodes.REFERENCE_ORGANISATION, Pointer.of("actions", i, "partners", k, "organisation"),
              "reference.organisation.unknown.partner", id, ref.value());
        }
      }
      for (int k = 0; k < a.dependsOn().size(); k++) {
        ActionId ref = a.dependsOn().get(k);
        if (!actionIds.contains(ref)) {
          report(context, FindingCodes.REFERENCE_ACTION, Pointer.of("actions", i, "dependsOn", k),
              "reference.action.unknown", id, ref.value());
        }
      }
      for (int k = 0; k < a.effects().size(); k++) {
        IndicatorId ref = a.effects().get(k).indicator();
        if (!indicatorIds.contains(ref)) {
          report(context, FindingCodes.REFERENCE_INDICATOR, Pointer.of("actions", i, "effects", k, "indicator"),
              "reference.indicator.unknown.effect", id, ref.value());
        }
      }
    }
    List<GovernanceBody> bodies = strategy.governance().bodies();
    for (int b = 0; b < bodies.size(); b++) {
      List<Member> members = bodies.get(b).members();
      for (int m = 0; m < members.size(); m++) {
        Optional<OrganisationId> ref = members.get(m).organisation();
        if (ref.isPresent() && !organisationIds.contains(ref.get())) {
          report(context, FindingCodes.REFERENCE_ORGANISATION,
              Pointer.of("governance", "bodies", b, "members", m, "organisation"),
              "reference.organisation.unknown.member", bodies.get(b).id().value(), members.get(m).name(),
              ref.get().value());
        }
      }
    }
  }

  private void report(RuleContext context, String code, String path, String key, Object... args) {
    context.report(new Finding(Severity.ERROR, code, path, messages.text(key, args)));
  }
}
