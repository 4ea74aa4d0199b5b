// SPDX-License-Identifier: Apache-2.0
package org.civicplan.validation;

import java.util.Optional;
import org.civicplan.governance.Governance;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.RuleContext;
import org.civicplan.template.ValidationRule;

/**
 * The dossier of each council decision that records one ({@link DossierCheck}, under {@link
 * DecisionRules#from} of the rule parameters): required documents, committee opinions with a
 * result, a vote that adds up and meets the majority, communication to the prefect and publication
 * not after the terms the city set. A decision that records no dossier is not checked here (older
 * documents); the {@link org.civicplan.lifecycle.Lifecycle} still refuses to approve with it.
 */
final class DossierRule implements ValidationRule {

  @Override
  public String id() {
    return "governance.dossier";
  }

  @Override
  public void check(Strategy strategy, RuleContext context) {
    DecisionRules rules = DecisionRules.from(context.parameters());
    Governance g = strategy.governance();
    for (int d = 0; d < g.decisions().size(); d++) {
      DossierCheck.check(g.decisions().get(d), d, rules).forEach(context::report);
    }
  }
}
