package org.civicplan.validation;

import org.civicplan.base.Finding;
import org.civicplan.base.MessageCatalog;
import org.civicplan.base.Severity;
import org.civicplan.template.RuleContext;
import org.civicplan.template.ValidationRule;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civicplan.strategy.Objective;
import org.civicplan.base.ObjectiveId;
import org.civicplan.strategy.Strategy;

/**
 * Each objective is measured by an indicator or served by an action (a warning otherwise, at the
 * objective). A strategic objective counts as covered when any of its specific objectives is: the
 * usual structure measures and serves it through them, and warning about every such parent would
 * bury the finding that matters, the uncovered leaf.
 */
final class ObjectiveCoverageRule implements ValidationRule {

  private final MessageCatalog messages;

  ObjectiveCoverageRule(MessageCatalog messages) {
    this.messages = messages;
  }

  @Override
  public String id() {
    return "core.objectives.coverage";
  }

  @Override
  public void check(Strategy strategy, RuleContext context) {
    Set<ObjectiveId> served = new HashSet<>();
    strategy.actions().forEach(a -> served.addAll(a.objectiveIds()));
    List<LocatedObjective> all = LocatedObjective.all(strategy);
    Map<Objective, Boolean> covered = new IdentityHashMap<>();
    // reverse depth-first order visits every child before its parent
    for (int i = all.size() - 1; i >= 0; i--) {
      Objective o = all.get(i).objective();
      boolean c = !o.indicatorIds().isEmpty() || served.contains(o.id());
      for (Objective child : o.children()) {
        c = c || covered.getOrDefault(child, false);
      }
      covered.put(o, c);
    }
    for (LocatedObjective o : all) {
      if (!covered.get(o.objective())) {
        context.report(
            new Finding(Severity.WARNING, FindingCodes.OBJECTIVE_UNMEASURED, o.path(),
                messages.text("objective.unmeasured", o.objective().id().value())));
      }
    }
  }
}
