package org.civicplan.validation;

import org.civicplan.base.Finding;
import org.civicplan.base.MessageCatalog;
import org.civicplan.base.NonNegativeAmount;
import org.civicplan.base.Pointer;
import org.civicplan.base.Severity;
import org.civicplan.strategy.ConsistentCurrency;
import org.civicplan.template.RuleContext;
import org.civicplan.template.ValidationRule;
import java.util.List;
import org.civicplan.strategy.Action;
import org.civicplan.strategy.BudgetLine;
import org.civicplan.strategy.Strategy;

/**
 * Each budget line's year lies within the strategy period. (Negative amounts and a currency that
 * differs between planned and actual amounts are checked by the Bean Validation constraints {@link
 * NonNegativeAmount} and {@link ConsistentCurrency} on {@link BudgetLine}.)
 */
final class BudgetYearRule implements ValidationRule {

  private final MessageCatalog messages;

  BudgetYearRule(MessageCatalog messages) {
    this.messages = messages;
  }

  @Override
  public String id() {
    return "core.budget.years";
  }

  @Override
  public void check(Strategy strategy, RuleContext context) {
    List<Action> actions = strategy.actions();
    for (int i = 0; i < actions.size(); i++) {
      List<BudgetLine> budget = actions.get(i).budget();
      for (int k = 0; k < budget.size(); k++) {
        int year = budget.get(k).year();
        if (!strategy.period().contains(year)) {
          context.report(
              new Finding(Severity.ERROR, FindingCodes.BUDGET_YEAR_OUTSIDE_PERIOD,
                  Pointer.of("actions", i, "budget", k, "year"),
                  messages.text("budget.year.outside-period", actions.get(i).id().value(), String.valueOf(year),
                      strategy.period().toString())));
        }
      }
    }
  }
}
