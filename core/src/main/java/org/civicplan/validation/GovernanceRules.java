// SPDX-License-Identifier: Apache-2.0
package org.civicplan.validation;

import java.util.List;
import org.civicplan.template.ValidationRule;

/**
 * The validation rules of governance: bodies (one coordinator each, civil society in the
 * consultative committee, working-group coverage, independence of monitoring, separation of
 * steering and monitoring), public consultation under Law 52/2003 (proposals period, mandatory
 * debate, answers, 30 days between announcement and submission), council decisions, memberships
 * and partnership projects, the dossier of each council decision ({@link DossierCheck}) the minutes of public debates and the stakeholder engagement log. Codes
 * are listed in {@link GovernanceCodes}.
 *
 * <p>The consultation rules read {@link ConsultationTerms#ANNOUNCEMENT_DAYS} and {@link
 * ConsultationTerms#PROPOSAL_DAYS} from the rule parameters.
 */
public final class GovernanceRules {

  private static final List<ValidationRule> ALL = List.of(
      new BodyRules.OneCoordinator(),
      new BodyRules.CivilSociety(),
      new BodyRules.WorkingGroupCoverage(),
      new BodyRules.References(),
      new BodyRules.Independence(),
      new BodyRules.ChairSeparation(),
      new ConsultationRules.Dates(),
      new DossierRule(),
      new MinutesRule(),
      new EngagementRule(),
      new ConsultationRules.MembershipsAndProjects());

  private GovernanceRules() {}

  /** {@return the rules, in the fixed order a validator runs them} */
  public static List<ValidationRule> all() {
    return ALL;
  }
}
