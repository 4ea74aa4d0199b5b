package org.civicplan.validation;

import org.civicplan.base.Finding;
import org.civicplan.base.MessageCatalog;
import org.civicplan.base.Pointer;
import org.civicplan.base.Severity;
import org.civicplan.template.RuleContext;
import org.civicplan.template.ValidationRule;
import java.util.List;
import org.civicplan.strategy.Action;
import org.civicplan.base.PlanDate;
import org.civicplan.strategy.Strategy;
import org.civicplan.base.StrategyPeriod;

/**
 * An action's start is not after its end, and both lie within the strategy period. Dates of
 * different precision compare by the days they cover: an action from {@code 2026-06} to {@code
 * 2026} is fine (June 2026 lies within 2026); one from {@code 2027} to {@code 2026-12} ends before
 * it starts.
 */
final class ActionDatesRule implements ValidationRule {

  private final MessageCatalog messages;

  ActionDatesRule(MessageCatalog messages) {
    this.messages = messages;
  }

  @Override
  public String id() {
    return "core.action.dates";
  }

  @Override
  public void check(Strategy strategy, RuleContext context) {
    StrategyPeriod period = strategy.period();
    List<Action> actions = strategy.actions();
    for (int i = 0; i < actions.size(); i++) {
      Action a = actions.get(i);
      String id = a.id().value();
      if (a.start().isPresent() && !period.contains(a.start().get())) {
        context.report(
            new Finding(Severity.ERROR, FindingCodes.ACTION_DATES_OUTSIDE_PERIOD, Pointer.of("actions", i, "start"),
                messages.text("action.dates.outside-period.start", id, a.start().get().toString(), period.toString())));
      }
      if (a.end().isPresent() && !period.contains(a.end().get())) {
        context.report(
            new Finding(Severity.ERROR, FindingCodes.ACTION_DATES_OUTSIDE_PERIOD, Pointer.of("actions", i, "end"),
                messages.text("action.dates.outside-period.end", id, a.end().get().toString(), period.toString())));
      }
      if (a.start().isPresent() && a.end().isPresent()) {
        PlanDate start = a.start().get();
        PlanDate end = a.end().get();
        if (end.isBefore(start)) {
          context.report(
              new Finding(Severity.ERROR, FindingCodes.ACTION_DATES_REVERSED, Pointer.of("actions", i, "end"),
                  messages.text("action.dates.reversed", id, start.toString(), end.toString())));
        }
      }
    }
  }
}
