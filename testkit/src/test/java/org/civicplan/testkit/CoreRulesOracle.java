package org.civicplan.testkit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civicplan.governance.GovernanceBody;
import org.civicplan.governance.Member;
import org.civicplan.governance.OrganisationId;
import org.civicplan.indicator.Direction;
import org.civicplan.indicator.Indicator;
import org.civicplan.indicator.Target;
import org.civicplan.strategy.Action;
import org.civicplan.base.ActionId;
import org.civicplan.strategy.BudgetLine;
import org.civicplan.base.LocalizedText;
import org.civicplan.strategy.Objective;
import org.civicplan.base.ObjectiveId;
import org.civicplan.base.PlanDate;
import org.civicplan.strategy.Strategy;
import org.civicplan.strategy.Task;
import org.civicplan.base.Finding;
import org.civicplan.validation.FindingCodes;
import org.civicplan.base.Severity;
import org.civicplan.validation.ValidationReport;

/**
 * A naive, independent reading of the core rules of issue 2 section 3, written for the testkit's
 * own tests so that generator and mutants can be checked without the real validator. Where a rule
 * can be read in two ways (does {@code 2026} start after {@code 2026-03}?) it takes the strictest
 * reading, so that generated strategies are valid under every reading.
 */
final class CoreRulesOracle {

  private final Strategy s;
  private final List<Finding> findings = new ArrayList<>();

  private CoreRulesOracle(Strategy s) {
    this.s = s;
  }

  static ValidationReport check(Strategy s) {
    CoreRulesOracle o = new CoreRulesOracle(s);
    o.run();
    return new ValidationReport(o.findings);
  }

  private void report(String code, String path) {
    Severity severity =
        code.equals(FindingCodes.OBJECTIVE_UNMEASURED) || code.equals(FindingCodes.TEXT_LANGUAGE_MISSING)
            ? Severity.WARNING
            : Severity.ERROR;
    findings.add(new Finding(severity, code, path, LocalizedText.of(code, code)));
  }

  private void run() {
    text(s.title(), "/title", true);
    text(s.vision(), "/vision", true);
    Map<String, String> objectivePaths = new HashMap<>();
    Set<String> indicatorIds = new HashSet<>();
    Set<String> actionIds = new HashSet<>();
    Set<String> orgIds = new HashSet<>();
    for (int i = 0; i < s.indicators().size(); i++) {
      unique(indicatorIds, s.indicators().get(i).id().value(), "/indicators/" + i);
    }
    for (int i = 0; i < s.organisations().size(); i++) {
      unique(orgIds, s.organisations().get(i).id().value(), "/organisations/" + i);
      text(s.organisations().get(i).name(), "/organisations/" + i + "/name", true);
    }
    for (int i = 0; i < s.actions().size(); i++) {
      unique(actionIds, s.actions().get(i).id().value(), "/actions/" + i);
    }
    for (int i = 0; i < s.objectives().size(); i++) {
      objective(s.objectives().get(i), "/objectives/" + i, objectivePaths, indicatorIds);
    }
    Set<ObjectiveId> served = new HashSet<>();
    s.actions().forEach(a -> served.addAll(a.objectiveIds()));
    s.allObjectives().forEach(o -> {
      if (o.indicatorIds().isEmpty() && !served.contains(o.id())) {
        report(FindingCodes.OBJECTIVE_UNMEASURED, objectivePaths.get(o.id().value()));
      }
    });
    for (int i = 0; i < s.indicators().size(); i++) {
      indicator(s.indicators().get(i), "/indicators/" + i);
    }
    for (int i = 0; i < s.actions().size(); i++) {
      action(s.actions().get(i), "/actions/" + i, objectivePaths.keySet(), indicatorIds, actionIds, orgIds);
    }
    cycles();
    Set<String> bodyIds = new HashSet<>();
    List<GovernanceBody> bodies = s.governance().bodies();
    for (int b = 0; b < bodies.size(); b++) {
      String path = "/governance/bodies/" + b;
      unique(bodyIds, bodies.get(b).id().value(), path);
      text(bodies.get(b).name(), path + "/name", true);
      List<Member> members = bodies.get(b).members();
      for (int m = 0; m < members.size(); m++) {
        if (members.get(m).organisation().isPresent() && !orgIds.contains(members.get(m).organisation().get().value())) {
          report(FindingCodes.REFERENCE_ORGANISATION, path + "/members/" + m + "/organisation");
        }
      }
    }
  }

  private void objective(Objective o, String path, Map<String, String> paths, Set<String> indicatorIds) {
    if (paths.containsKey(o.id().value())) {
      report(FindingCodes.ID_DUPLICATE, path + "/id");
    } else {
      paths.put(o.id().value(), path);
    }
    text(o.title(), path + "/title", true);
    text(o.description(), path + "/description", false);
    for (int k = 0; k < o.indicatorIds().size(); k++) {
      if (!indicatorIds.contains(o.indicatorIds().get(k).value())) {
        report(FindingCodes.REFERENCE_INDICATOR, path + "/indicatorIds/" + k);
      }
    }
    for (int c = 0; c < o.children().size(); c++) {
      objective(o.children().get(c), path + "/children/" + c, paths, indicatorIds);
    }
  }

  private void indicator(Indicator x, String path) {
    text(x.name(), path + "/name", true);
    text(x.definition(), path + "/definition", false);
    if (x.baseline().isEmpty()) {
      return;
    }
    PlanDate base = x.baseline().get().date();
    double value = x.baseline().get().value();
    for (int t = 0; t < x.targets().size(); t++) {
      Target target = x.targets().get(t);
      if (!base.lastDay().isBefore(target.date().firstDay())) {
        report(FindingCodes.INDICATOR_BASELINE_AFTER_TARGET, path + "/targets/" + t + "/date");
      }
      boolean wrong =
          (x.direction() == Direction.INCREASE && target.value() < value)
              || (x.direction() == Direction.DECREASE && target.value() > value);
      if (wrong) {
        report(FindingCodes.INDICATOR_TARGET_DIRECTION, path + "/targets/" + t + "/value");
      }
    }
  }

  private void action(
      Action a, String path, Set<String> objectiveIds, Set<String> indicatorIds, Set<String> actionIds, Set<String> orgIds) {
    text(a.title(), path + "/title", true);
    text(a.description(), path + "/description", false);
    for (int k = 0; k < a.objectiveIds().size(); k++) {
      if (!objectiveIds.contains(a.objectiveIds().get(k).value())) {
        report(FindingCodes.REFERENCE_OBJECTIVE, path + "/objectiveIds/" + k);
      }
    }
    for (int k = 0; k < a.effects().size(); k++) {
      if (!indicatorIds.contains(a.effects().get(k).indicator().value())) {
        report(FindingCodes.REFERENCE_INDICATOR, path + "/effects/" + k + "/indicator");
      }
    }
    for (int k = 0; k < a.dependsOn().size(); k++) {
      if (!actionIds.contains(a.dependsOn().get(k).value())) {
        report(FindingCodes.REFERENCE_ACTION, path + "/dependsOn/" + k);
      }
    }
    a.responsible().filter(o -> !orgIds.contains(o.value()))
        .ifPresent(o -> report(FindingCodes.REFERENCE_ORGANISATION, path + "/responsible"));
    for (int k = 0; k < a.partners().size(); k++) {
      OrganisationId o = a.partners().get(k).organisation();
      if (!orgIds.contains(o.value())) {
        report(FindingCodes.REFERENCE_ORGANISATION, path + "/partners/" + k + "/organisation");
      }
    }
    a.start().filter(d -> !s.period().contains(d))
        .ifPresent(d -> report(FindingCodes.ACTION_DATES_OUTSIDE_PERIOD, path + "/start"));
    a.end().filter(d -> !s.period().contains(d))
        .ifPresent(d -> report(FindingCodes.ACTION_DATES_OUTSIDE_PERIOD, path + "/end"));
    if (a.start().isPresent() && a.end().isPresent()) {
      PlanDate start = a.start().get();
      PlanDate end = a.end().get();
      // Strictest reading: reversed when the end begins before the start's last day, unless equal.
      if (!start.equals(end) && end.firstDay().isBefore(start.lastDay())) {
        report(FindingCodes.ACTION_DATES_REVERSED, path + "/end");
      }
    }
    Set<String> taskIds = new HashSet<>();
    for (int t = 0; t < a.tasks().size(); t++) {
      Task task = a.tasks().get(t);
      unique(taskIds, task.id().value(), path + "/tasks/" + t);
      text(task.title(), path + "/tasks/" + t + "/title", true);
      if (task.done() && task.completedOn().isEmpty()) {
        report(FindingCodes.TASK_COMPLETED_WITHOUT_DATE, path + "/tasks/" + t + "/completedOn");
      }
    }
    for (int b = 0; b < a.budget().size(); b++) {
      BudgetLine line = a.budget().get(b);
      String lp = path + "/budget/" + b;
      if (line.planned().isNegative()) {
        report(FindingCodes.BUDGET_NEGATIVE, lp + "/planned");
      }
      if (line.actual().isPresent() && line.actual().get().isNegative()) {
        report(FindingCodes.BUDGET_NEGATIVE, lp + "/actual");
      }
      if (line.actual().isPresent() && !line.actual().get().currency().equals(line.planned().currency())) {
        report(FindingCodes.BUDGET_CURRENCY_MISMATCH, lp + "/actual");
      }
      if (!s.period().contains(line.year())) {
        report(FindingCodes.BUDGET_YEAR_OUTSIDE_PERIOD, lp + "/year");
      }
    }
  }

  private void cycles() {
    Map<ActionId, Set<ActionId>> graph = new HashMap<>();
    s.actions().forEach(a -> graph.computeIfAbsent(a.id(), k -> new HashSet<>()).addAll(a.dependsOn()));
    Map<ActionId, Integer> state = new HashMap<>();
    for (ActionId start : graph.keySet()) {
      if (visit(start, graph, state)) {
        report(FindingCodes.ACTION_DEPENDENCY_CYCLE, "/actions");
        return;
      }
    }
  }

  private static boolean visit(ActionId id, Map<ActionId, Set<ActionId>> graph, Map<ActionId, Integer> state) {
    Integer st = state.get(id);
    if (st != null) {
      return st == 1;
    }
    state.put(id, 1);
    for (ActionId next : graph.getOrDefault(id, Set.of())) {
      if (graph.containsKey(next) && visit(next, graph, state)) {
        return true;
      }
    }
    state.put(id, 2);
    return false;
  }

  private void unique(Set<String> seen, String id, String path) {
    if (!seen.add(id)) {
      report(FindingCodes.ID_DUPLICATE, path + "/id");
    }
  }

  private void text(LocalizedText t, String path, boolean required) {
    if (!required && t.isBlank()) {
      return;
    }
    if (!t.has(LocalizedText.ENGLISH) || !t.has(LocalizedText.ROMANIAN)) {
      report(FindingCodes.TEXT_LANGUAGE_MISSING, path);
    }
  }
}
