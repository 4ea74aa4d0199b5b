// SPDX-License-Identifier: Apache-2.0
package org.civicplan.validation;

import static org.civicplan.validation.GovernanceMessages.CATALOG;

import java.util.HashSet;
import java.util.Set;
import org.civicplan.base.Severity;
import org.civicplan.governance.Consultation;
import org.civicplan.governance.DebateIntervention;
import org.civicplan.governance.DebateMinutes;
import org.civicplan.governance.NamedParticipant;
import org.civicplan.governance.Proposal;
import org.civicplan.strategy.DocumentPaths;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.RuleContext;
import org.civicplan.template.ValidationRule;

/**
 * The minutes of each public debate (Law 52/2003 asks for them [2nd]; ../shared/reference/DOMAIN.md
 * §5): an intervention links only to proposals of its own consultation ({@value
 * GovernanceCodes#MINUTES_PROPOSAL_UNKNOWN}), and a person is named only with their consent
 * ({@value GovernanceCodes#MINUTES_NAME_WITHOUT_CONSENT}: a name is personal data).
 */
final class MinutesRule implements ValidationRule {

  @Override
  public String id() {
    return "governance.minutes";
  }

  @Override
  public void check(Strategy strategy, RuleContext context) {
    for (int c = 0; c < strategy.governance().consultations().size(); c++) {
      Consultation k = strategy.governance().consultations().get(c);
      if (k.debate().isEmpty() || k.debate().get().minutes().isEmpty()) {
        continue;
      }
      DebateMinutes m = k.debate().get().minutes().get();
      String path = DocumentPaths.consultation(c) + "/debate/minutes";
      Set<String> ids = new HashSet<>();
      k.proposals().stream().map(Proposal::id).forEach(ids::add);
      for (int i = 0; i < m.interventions().size(); i++) {
        DebateIntervention intervention = m.interventions().get(i);
        for (int p = 0; p < intervention.proposals().size(); p++) {
          String id = intervention.proposals().get(p);
          if (!ids.contains(id)) {
            context.report(CATALOG.finding(Severity.ERROR, GovernanceCodes.MINUTES_PROPOSAL_UNKNOWN,
                path + "/interventions/" + i + "/proposals/" + p, id, k.announcedOn().toString()));
          }
        }
      }
      for (int n = 0; n < m.named().size(); n++) {
        NamedParticipant named = m.named().get(n);
        if (!named.consent()) {
          context.report(CATALOG.finding(Severity.ERROR, GovernanceCodes.MINUTES_NAME_WITHOUT_CONSENT,
              path + "/named/" + n, named.name()));
        }
      }
    }
  }
}
