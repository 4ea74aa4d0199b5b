package org.civicplan.validation;

import org.civicplan.strategy.DocumentPaths;
import org.civicplan.governance.BodyKind;
import org.civicplan.governance.GovernanceBody;
import org.civicplan.governance.Member;
import org.civicplan.governance.MemberRole;
import org.civicplan.governance.OrganisationCategory;
import org.civicplan.governance.OrganisationId;
import static org.civicplan.validation.GovernanceMessages.CATALOG;

import java.util.HashMap;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.civicplan.strategy.Action;
import org.civicplan.base.ActionId;
import org.civicplan.strategy.Objective;
import org.civicplan.base.ObjectiveId;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.RuleContext;
import org.civicplan.base.Severity;
import org.civicplan.template.ValidationRule;

/** The rules on governance bodies; each class is one rule. */
final class BodyRules {

  private BodyRules() {}

  /** Each body has exactly one coordinator. */
  static final class OneCoordinator implements ValidationRule {
    @Override
    public String id() {
      return "governance.body.coordinator";
    }

    @Override
    public void check(Strategy strategy, RuleContext context) {
      List<GovernanceBody> bodies = strategy.governance().bodies();
      for (int b = 0; b < bodies.size(); b++) {
        GovernanceBody body = bodies.get(b);
        long count = body.members(MemberRole.COORDINATOR).count();
        if (count != 1) {
          context.report(CATALOG.finding(
              Severity.ERROR, GovernanceCodes.BODY_COORDINATOR_COUNT, DocumentPaths.body(b) + "/members",
              body.id().value(), count));
        }
      }
    }
  }

  /** A consultative committee includes at least one civil-society organisation. */
  static final class CivilSociety implements ValidationRule {
    @Override
    public String id() {
      return "governance.consultative.civil-society";
    }

    @Override
    public void check(Strategy strategy, RuleContext context) {
      Map<OrganisationId, OrganisationCategory> categories = new HashMap<>();
      strategy.organisations().forEach(o -> categories.putIfAbsent(o.id(), o.category()));
      List<GovernanceBody> bodies = strategy.governance().bodies();
      for (int b = 0; b < bodies.size(); b++) {
        GovernanceBody body = bodies.get(b);
        if (body.kind() != BodyKind.CONSULTATIVE_COMMITTEE) {
          continue;
        }
        boolean civil = body.members().stream()
            .flatMap(m -> m.organisation().stream())
            .map(categories::get)
            .anyMatch(c -> c != null && c.isCivilSociety());
        if (!civil) {
          context.report(CATALOG.finding(
              Severity.ERROR, GovernanceCodes.CONSULTATIVE_NO_CIVIL_SOCIETY, DocumentPaths.body(b), body.id().value()));
        }
      }
    }
  }

  /**
   * Working groups cover objectives: each group covers at least one objective (directly or
   * through an action it owns), and, when the strategy has working groups, every objective is
   * covered by one. An objective counts as covered when a group covers it, an objective above it
   * or one below it.
   */
  static final class WorkingGroupCoverage implements ValidationRule {
    @Override
    public String id() {
      return "governance.working-group.coverage";
    }

    @Override
    public void check(Strategy strategy, RuleContext context) {
      List<GovernanceBody> bodies = strategy.governance().bodies();
      Map<ObjectiveId, String> paths = DocumentPaths.objectives(strategy);
      Set<ObjectiveId> covered = new HashSet<>();
      boolean anyGroup = false;
      for (int b = 0; b < bodies.size(); b++) {
        GovernanceBody body = bodies.get(b);
        if (body.kind() != BodyKind.SECTORAL_WORKING_GROUP) {
          continue;
        }
        anyGroup = true;
        Set<ObjectiveId> own = new HashSet<>();
        body.objectives().stream().filter(paths::containsKey).forEach(own::add);
        for (ActionId a : body.actions()) {
          strategy.action(a).ifPresent(action -> action.objectiveIds().stream().filter(paths::containsKey).forEach(own::add));
        }
        if (own.isEmpty()) {
          context.report(CATALOG.finding(
              Severity.WARNING, GovernanceCodes.WORKING_GROUP_NO_OBJECTIVE, DocumentPaths.body(b), body.id().value()));
        }
        covered.addAll(own);
      }
      if (!anyGroup) {
        return;
      }
      // Iterative walks, so that trees of any depth are checked without exhausting the stack.
      Set<ObjectiveId> subtree = new HashSet<>();
      List<Objective> preorder = strategy.allObjectives().toList();
      for (int i = preorder.size() - 1; i >= 0; i--) {
        Objective o = preorder.get(i);
        if (covered.contains(o.id()) || o.children().stream().anyMatch(c -> subtree.contains(c.id()))) {
          subtree.add(o.id());
        }
      }
      // An objective whose whole subtree is uncovered is reported once, for itself: its
      // sub-objectives are the same gap.
      Deque<Objective> stack = new ArrayDeque<>();
      Deque<Boolean> ancestorCovered = new ArrayDeque<>();
      for (int i = strategy.objectives().size() - 1; i >= 0; i--) {
        stack.push(strategy.objectives().get(i));
        ancestorCovered.push(false);
      }
      while (!stack.isEmpty()) {
        Objective o = stack.pop();
        boolean ancestor = ancestorCovered.pop();
        if (!ancestor && !subtree.contains(o.id())) {
          context.report(CATALOG.finding(
              Severity.WARNING, GovernanceCodes.OBJECTIVE_NO_WORKING_GROUP, paths.get(o.id()), o.id().value()));
          continue;
        }
        boolean self = ancestor || covered.contains(o.id());
        for (int i = o.children().size() - 1; i >= 0; i--) {
          stack.push(o.children().get(i));
          ancestorCovered.push(self);
        }
      }
    }
  }

  /** The objectives, actions and organisations a body refers to exist. */
  static final class References implements ValidationRule {
    @Override
    public String id() {
      return "governance.body.references";
    }

    @Override
    public void check(Strategy strategy, RuleContext context) {
      Set<ObjectiveId> objectives = DocumentPaths.objectives(strategy).keySet();
      Set<ActionId> actions = new HashSet<>();
      strategy.actions().stream().map(Action::id).forEach(actions::add);
      Set<OrganisationId> organisations = new HashSet<>();
      strategy.organisations().forEach(o -> organisations.add(o.id()));
      List<GovernanceBody> bodies = strategy.governance().bodies();
      for (int b = 0; b < bodies.size(); b++) {
        GovernanceBody body = bodies.get(b);
        String id = body.id().value();
        for (int i = 0; i < body.objectives().size(); i++) {
          if (!objectives.contains(body.objectives().get(i))) {
            context.report(CATALOG.finding(Severity.ERROR, FindingCodes.REFERENCE_OBJECTIVE,
                DocumentPaths.body(b) + "/objectives/" + i, id, body.objectives().get(i).value()));
          }
        }
        for (int i = 0; i < body.actions().size(); i++) {
          if (!actions.contains(body.actions().get(i))) {
            context.report(CATALOG.finding(Severity.ERROR, FindingCodes.REFERENCE_ACTION,
                DocumentPaths.body(b) + "/actions/" + i, id, body.actions().get(i).value()));
          }
        }
        for (int i = 0; i < body.monitors().size(); i++) {
          if (!organisations.contains(body.monitors().get(i))) {
            context.report(CATALOG.finding(Severity.ERROR, FindingCodes.REFERENCE_ORGANISATION,
                DocumentPaths.body(b) + "/monitors/" + i, id, body.monitors().get(i).value()));
          }
        }
      }
    }
  }

  /**
   * Independence: a body that monitors an organisation's services has no member from that
   * organisation, so that, for instance, the monitoring of social services stays independent of
   * their providers.
   */
  static final class Independence implements ValidationRule {
    @Override
    public String id() {
      return "governance.body.independence";
    }

    @Override
    public void check(Strategy strategy, RuleContext context) {
      List<GovernanceBody> bodies = strategy.governance().bodies();
      for (int b = 0; b < bodies.size(); b++) {
        GovernanceBody body = bodies.get(b);
        Set<OrganisationId> monitored = Set.copyOf(body.monitors());
        for (int m = 0; m < body.members().size(); m++) {
          Member member = body.members().get(m);
          if (member.organisation().isPresent() && monitored.contains(member.organisation().get())) {
            context.report(CATALOG.finding(Severity.ERROR, GovernanceCodes.BODY_INDEPENDENCE, DocumentPaths.member(b, m),
                body.id().value(), member.organisation().get().value(), member.name()));
          }
        }
      }
    }
  }

  /**
   * The coordinator of the management team should not also coordinate (chair) a monitoring
   * committee: the body that steers implementation should not chair the body that monitors it.
   * People are matched by name, ignoring case and outer spaces.
   */
  static final class ChairSeparation implements ValidationRule {
    @Override
    public String id() {
      return "governance.body.chair-separation";
    }

    @Override
    public void check(Strategy strategy, RuleContext context) {
      List<GovernanceBody> bodies = strategy.governance().bodies();
      Set<String> steering = new HashSet<>();
      for (GovernanceBody body : bodies) {
        if (body.kind() == BodyKind.MANAGEMENT_TEAM) {
          body.members(MemberRole.COORDINATOR).forEach(m -> steering.add(key(m.name())));
        }
      }
      for (int b = 0; b < bodies.size(); b++) {
        GovernanceBody body = bodies.get(b);
        if (body.kind() != BodyKind.MONITORING_COMMITTEE) {
          continue;
        }
        for (int m = 0; m < body.members().size(); m++) {
          Member member = body.members().get(m);
          if (member.role() == MemberRole.COORDINATOR && steering.contains(key(member.name()))) {
            context.report(CATALOG.finding(Severity.WARNING, GovernanceCodes.BODY_CHAIR_SEPARATION,
                DocumentPaths.member(b, m), member.name(), body.id().value()));
          }
        }
      }
    }

    private static String key(String name) {
      return name.strip().toLowerCase(Locale.ROOT);
    }
  }
}
