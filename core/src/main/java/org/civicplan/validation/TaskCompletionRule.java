package org.civicplan.validation;

import org.civicplan.base.Finding;
import org.civicplan.base.MessageCatalog;
import org.civicplan.base.Pointer;
import org.civicplan.base.Severity;
import org.civicplan.template.RuleContext;
import org.civicplan.template.ValidationRule;
import java.util.List;
import org.civicplan.strategy.Action;
import org.civicplan.strategy.Strategy;
import org.civicplan.strategy.Task;

/** A task marked done has a completion date. Reported at the task. */
final class TaskCompletionRule implements ValidationRule {

  private final MessageCatalog messages;

  TaskCompletionRule(MessageCatalog messages) {
    this.messages = messages;
  }

  @Override
  public String id() {
    return "core.tasks.completion";
  }

  @Override
  public void check(Strategy strategy, RuleContext context) {
    List<Action> actions = strategy.actions();
    for (int i = 0; i < actions.size(); i++) {
      List<Task> tasks = actions.get(i).tasks();
      for (int k = 0; k < tasks.size(); k++) {
        Task t = tasks.get(k);
        if (t.done() && t.completedOn().isEmpty()) {
          context.report(
              new Finding(Severity.ERROR, FindingCodes.TASK_COMPLETED_WITHOUT_DATE, Pointer.of("actions", i, "tasks", k),
                  messages.text("task.completed.no-date", actions.get(i).id().value(), t.id().value())));
        }
      }
    }
  }
}
