package org.civicplan.validation;

import org.civicplan.base.Finding;
import org.civicplan.base.MessageCatalog;
import org.civicplan.base.Pointer;
import org.civicplan.base.Severity;
import org.civicplan.template.RuleContext;
import org.civicplan.template.ValidationRule;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civicplan.governance.GovernanceBody;
import org.civicplan.strategy.Action;
import org.civicplan.strategy.Strategy;
import org.civicplan.strategy.Task;

/**
 * Ids are unique per kind: objectives (at every depth of the tree), actions, indicators,
 * organisations, governance bodies, and tasks within their action. Annexes have no ids. Every
 * repeat is reported at its {@code id} member, naming where the id was first used.
 */
final class UniqueIdsRule implements ValidationRule {

  private final MessageCatalog messages;

  UniqueIdsRule(MessageCatalog messages) {
    this.messages = messages;
  }

  @Override
  public String id() {
    return "core.ids.unique";
  }

  @Override
  public void check(Strategy strategy, RuleContext context) {
    Map<String, String> seen = new HashMap<>();
    for (LocatedObjective o : LocatedObjective.all(strategy)) {
      repeat(context, seen, "objective", o.objective().id().value(), o.path());
    }
    seen.clear();
    List<Action> actions = strategy.actions();
    for (int i = 0; i < actions.size(); i++) {
      repeat(context, seen, "action", actions.get(i).id().value(), Pointer.of("actions", i));
    }
    seen.clear();
    for (int i = 0; i < strategy.indicators().size(); i++) {
      repeat(context, seen, "indicator", strategy.indicators().get(i).id().value(), Pointer.of("indicators", i));
    }
    seen.clear();
    for (int i = 0; i < strategy.organisations().size(); i++) {
      repeat(
          context, seen, "organisation", strategy.organisations().get(i).id().value(), Pointer.of("organisations", i));
    }
    seen.clear();
    List<GovernanceBody> bodies = strategy.governance().bodies();
    for (int i = 0; i < bodies.size(); i++) {
      repeat(context, seen, "body", bodies.get(i).id().value(), Pointer.of("governance", "bodies", i));
    }
    for (int i = 0; i < actions.size(); i++) {
      Map<String, String> tasks = new HashMap<>();
      List<Task> list = actions.get(i).tasks();
      for (int t = 0; t < list.size(); t++) {
        String id = list.get(t).id().value();
        String path = Pointer.of("actions", i, "tasks", t);
        String first = tasks.putIfAbsent(id, path);
        if (first != null) {
          context.report(
              new Finding(
                  Severity.ERROR,
                  FindingCodes.ID_DUPLICATE,
                  path + "/id",
                  messages.text("id.duplicate.task", actions.get(i).id().value(), id, first)));
        }
      }
    }
  }

  private void repeat(RuleContext context, Map<String, String> seen, String kind, String id, String path) {
    String first = seen.putIfAbsent(id, path);
    if (first != null) {
      context.report(
          new Finding(
              Severity.ERROR, FindingCodes.ID_DUPLICATE, path + "/id", messages.text("id.duplicate." + kind, id, first)));
    }
  }
}
