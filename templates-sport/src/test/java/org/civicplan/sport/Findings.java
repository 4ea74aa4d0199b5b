// SPDX-License-Identifier: Apache-2.0
package org.civicplan.sport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.civicplan.base.Finding;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.Parameters;
import org.civicplan.template.RuleContext;
import org.civicplan.template.ValidationRule;
import org.civicplan.validation.ValidationReport;

/** Runs the sport template's rules directly, with its default parameters changed by overrides. */
final class Findings {

  private Findings() {}

  static ValidationReport of(Strategy strategy) {
    return of(strategy, Map.of());
  }

  static ValidationReport of(Strategy strategy, Map<String, String> overrides) {
    SportTemplate template = new SportTemplate();
    Parameters parameters = template.parameters().with(overrides);
    List<Finding> findings = new ArrayList<>();
    RuleContext context = new RuleContext() {
      @Override
      public Parameters parameters() {
        return parameters;
      }

      @Override
      public void report(Finding finding) {
        findings.add(finding);
      }
    };
    for (ValidationRule rule : template.rules()) {
      rule.check(strategy, context);
    }
    return new ValidationReport(findings);
  }
}
