// SPDX-License-Identifier: Apache-2.0
package org.civicplan.validation;

import static org.civicplan.validation.GovernanceMessages.CATALOG;

import java.util.HashSet;
import java.util.Set;
import org.civicplan.base.Severity;
import org.civicplan.governance.Engagement;
import org.civicplan.governance.Organisation;
import org.civicplan.governance.OrganisationId;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.RuleContext;
import org.civicplan.template.ValidationRule;

/**
 * The stakeholder engagement log names only organisations of the document ({@value
 * GovernanceCodes#ENGAGEMENT_ORGANISATION_UNKNOWN}) and gives each entry its own id ({@value
 * GovernanceCodes#ENGAGEMENT_DUPLICATE_ID}), so that the coverage of a consultation
 * ({@code org.civicplan.report.EngagementCoverage}) counts every entry.
 */
final class EngagementRule implements ValidationRule {

  @Override
  public String id() {
    return "governance.engagement";
  }

  @Override
  public void check(Strategy strategy, RuleContext context) {
    Set<OrganisationId> known = new HashSet<>();
    strategy.organisations().stream().map(Organisation::id).forEach(known::add);
    Set<String> ids = new HashSet<>();
    for (int e = 0; e < strategy.governance().engagements().size(); e++) {
      Engagement entry = strategy.governance().engagements().get(e);
      String path = "/governance/engagements/" + e;
      if (!ids.add(entry.id())) {
        context.report(CATALOG.finding(Severity.ERROR, GovernanceCodes.ENGAGEMENT_DUPLICATE_ID, path + "/id", entry.id()));
      }
      for (int o = 0; o < entry.organisations().size(); o++) {
        OrganisationId id = entry.organisations().get(o);
        if (!known.contains(id)) {
          context.report(CATALOG.finding(Severity.ERROR, GovernanceCodes.ENGAGEMENT_ORGANISATION_UNKNOWN,
              path + "/organisations/" + o, entry.id(), id.value()));
        }
      }
    }
  }
}
