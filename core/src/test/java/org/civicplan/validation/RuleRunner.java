package org.civicplan.validation;

import java.util.ArrayList;
import java.util.List;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.Parameters;
import org.civicplan.base.Finding;
import org.civicplan.template.RuleContext;
import org.civicplan.template.ValidationRule;

/** Runs rules on a strategy and collects what they report. */
final class RuleRunner {

  private RuleRunner() {}

  static ValidationReport run(List<ValidationRule> rules, Strategy strategy, Parameters parameters) {
    List<Finding> found = new ArrayList<>();
    RuleContext context = new RuleContext() {
      @Override
      public Parameters parameters() {
        return parameters;
      }

      @Override
      public void report(Finding finding) {
        found.add(finding);
      }
    };
    rules.forEach(r -> r.check(strategy, context));
    return new ValidationReport(found);
  }

  static ValidationReport governance(Strategy strategy) {
    return run(GovernanceRules.all(), strategy, Parameters.empty());
  }
}
