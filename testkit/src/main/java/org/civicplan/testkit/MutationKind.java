package org.civicplan.testkit;

import org.civicplan.validation.AlignmentRules;
import org.civicplan.validation.GovernanceCodes;
import org.civicplan.validation.FindingCodes;
import org.civicplan.base.Severity;

/**
 * The single defects {@link Mutants} can inject, each with the finding the validator must report:
 * the core rules ({@code FindingCodes}), the governance rules ({@code GovernanceCodes}) and the
 * alignment rules ({@code AlignmentRules}).
 */
public enum MutationKind {
  /** A copy of an objective, action, indicator, organisation, task or body with the same id. */
  DUPLICATE_ID(FindingCodes.ID_DUPLICATE, Severity.ERROR),
  /** An action serves an objective that does not exist. */
  UNKNOWN_OBJECTIVE(FindingCodes.REFERENCE_OBJECTIVE, Severity.ERROR),
  /** An objective or an action effect names an indicator that does not exist. */
  UNKNOWN_INDICATOR(FindingCodes.REFERENCE_INDICATOR, Severity.ERROR),
  /** An action depends on an action that does not exist. */
  UNKNOWN_ACTION(FindingCodes.REFERENCE_ACTION, Severity.ERROR),
  /** An action's responsible body or partner, or a body member, names an unknown organisation. */
  UNKNOWN_ORGANISATION(FindingCodes.REFERENCE_ORGANISATION, Severity.ERROR),
  /** An action starts before or ends after the strategy period. */
  ACTION_OUTSIDE_PERIOD(FindingCodes.ACTION_DATES_OUTSIDE_PERIOD, Severity.ERROR),
  /** An action starts after it ends (both inside the period). */
  ACTION_START_AFTER_END(FindingCodes.ACTION_DATES_REVERSED, Severity.ERROR),
  /** An indicator's baseline is dated after its targets. */
  BASELINE_AFTER_TARGET(FindingCodes.INDICATOR_BASELINE_AFTER_TARGET, Severity.ERROR),
  /** A final target is worse than the baseline in the indicator's direction. */
  TARGET_AGAINST_DIRECTION(FindingCodes.INDICATOR_TARGET_DIRECTION, Severity.ERROR),
  /** Two actions depend on each other. */
  DEPENDENCY_CYCLE(FindingCodes.ACTION_DEPENDENCY_CYCLE, Severity.ERROR),
  /** A planned or actual budget amount is negative. */
  NEGATIVE_BUDGET(FindingCodes.BUDGET_NEGATIVE, Severity.ERROR),
  /** A budget line's actual amount is in another currency than its planned amount. */
  CURRENCY_MISMATCH(FindingCodes.BUDGET_CURRENCY_MISMATCH, Severity.ERROR),
  /** A budget line's year is outside the period. */
  BUDGET_YEAR_OUTSIDE_PERIOD(FindingCodes.BUDGET_YEAR_OUTSIDE_PERIOD, Severity.ERROR),
  /** A task is marked done without a completion date. */
  TASK_DONE_WITHOUT_DATE(FindingCodes.TASK_COMPLETED_WITHOUT_DATE, Severity.ERROR),
  /** A new objective with no indicator and no action serving it. */
  OBJECTIVE_UNMEASURED(FindingCodes.OBJECTIVE_UNMEASURED, Severity.WARNING),
  /** A title or name loses its Romanian or its English text. */
  TEXT_LANGUAGE_MISSING(FindingCodes.TEXT_LANGUAGE_MISSING, Severity.WARNING),
  /** A body loses its coordinator or gets a second one. */
  BODY_COORDINATOR_COUNT(GovernanceCodes.BODY_COORDINATOR_COUNT, Severity.ERROR),
  /** The consultative committee's members no longer represent a civil-society organisation. */
  CONSULTATIVE_WITHOUT_CIVIL_SOCIETY(GovernanceCodes.CONSULTATIVE_NO_CIVIL_SOCIETY, Severity.ERROR),
  /** A new working group owns no objective and no action. */
  WORKING_GROUP_WITHOUT_OBJECTIVE(GovernanceCodes.WORKING_GROUP_NO_OBJECTIVE, Severity.WARNING),
  /** A new strategic objective (measured by an indicator) that no working group covers. */
  OBJECTIVE_WITHOUT_WORKING_GROUP(GovernanceCodes.OBJECTIVE_NO_WORKING_GROUP, Severity.WARNING),
  /** A body gets a member from an organisation it monitors. */
  MONITOR_NOT_INDEPENDENT(GovernanceCodes.BODY_INDEPENDENCE, Severity.ERROR),
  /** The monitoring committee is chaired by the management team's coordinator. */
  CHAIRS_NOT_SEPARATE(GovernanceCodes.BODY_CHAIR_SEPARATION, Severity.WARNING),
  /** A consultation receives proposals for fewer days than the standard terms. */
  PROPOSAL_PERIOD_SHORT(GovernanceCodes.CONSULTATION_PROPOSAL_PERIOD_SHORT, Severity.WARNING),
  /** A closed consultation had a debate requested by an association or authority but none held. */
  DEBATE_MISSING(GovernanceCodes.CONSULTATION_DEBATE_MISSING, Severity.ERROR),
  /** A closed consultation has a proposal without an answer. */
  PROPOSAL_UNANSWERED(GovernanceCodes.CONSULTATION_PROPOSAL_UNANSWERED, Severity.ERROR),
  /** An answer to a proposal has a blank justification. */
  ANSWER_UNJUSTIFIED(GovernanceCodes.CONSULTATION_ANSWER_UNJUSTIFIED, Severity.WARNING),
  /** A consultation closed fewer than 30 days after its announcement. */
  SUBMITTED_TOO_EARLY(GovernanceCodes.CONSULTATION_SUBMITTED_TOO_EARLY, Severity.ERROR),
  /** A council decision dated fewer than 30 days after the consultation's announcement. */
  COUNCIL_TOO_EARLY(GovernanceCodes.CONSULTATION_COUNCIL_TOO_EARLY, Severity.ERROR),
  /** A submitted or later strategy loses its consultations. */
  CONSULTATION_MISSING(GovernanceCodes.CONSULTATION_MISSING, Severity.WARNING),
  /** An approved or later strategy loses its council decisions. */
  DECISION_MISSING(GovernanceCodes.DECISION_MISSING, Severity.ERROR),
  /** A membership payment in another currency than the contribution. */
  PAYMENT_CURRENCY_MISMATCH(GovernanceCodes.MEMBERSHIP_PAYMENT_CURRENCY, Severity.ERROR),
  /** A partnership project on an action that does not exist. */
  PROJECT_UNKNOWN_ACTION(GovernanceCodes.PROJECT_ACTION_UNKNOWN, Severity.ERROR),
  /** An alignment link starting at an objective or action that does not exist. */
  ALIGNMENT_UNKNOWN_LOCAL(AlignmentRules.LINK_LOCAL_UNKNOWN, Severity.ERROR);

  private final String code;
  private final Severity severity;

  MutationKind(String code, Severity severity) {
    this.code = code;
    this.severity = severity;
  }

  /** The finding code the validator must report for this defect. */
  public String code() {
    return code;
  }

  /** The severity of that finding. */
  public Severity severity() {
    return severity;
  }
}
