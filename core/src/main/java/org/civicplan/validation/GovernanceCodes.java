// SPDX-License-Identifier: Apache-2.0
package org.civicplan.validation;

import org.civicplan.lifecycle.Lifecycle;


/**
 * The stable finding codes of the governance rules ({@link GovernanceRules}) and of the refusals
 * of the {@link Lifecycle}. A code never changes meaning.
 */
public final class GovernanceCodes {

  private GovernanceCodes() {}

  /** A body does not have exactly one coordinator (error). */
  public static final String BODY_COORDINATOR_COUNT = "governance.body.coordinator-count";

  /** A consultative committee has no member from a civil-society organisation (error). */
  public static final String CONSULTATIVE_NO_CIVIL_SOCIETY = "governance.consultative.no-civil-society";

  /** A sectoral working group covers no objective (warning). */
  public static final String WORKING_GROUP_NO_OBJECTIVE = "governance.working-group.no-objective";

  /** An objective is covered by no working group, when the strategy has working groups (warning). */
  public static final String OBJECTIVE_NO_WORKING_GROUP = "governance.objective.no-working-group";

  /** A body monitoring an organisation's services has a member from that organisation (error). */
  public static final String BODY_INDEPENDENCE = "governance.body.independence";

  /** The management-team coordinator also chairs the monitoring committee (warning). */
  public static final String BODY_CHAIR_SEPARATION = "governance.body.chair-separation";

  /** The period for written proposals is shorter than the parameter (warning; [NV] minimum). */
  public static final String CONSULTATION_PROPOSAL_PERIOD_SHORT = "governance.consultation.proposal-period-short";

  /** A mandatory public debate was not held before the consultation closed (error). */
  public static final String CONSULTATION_DEBATE_MISSING = "governance.consultation.debate-missing";

  /** A closed consultation has an unanswered proposal (error). */
  public static final String CONSULTATION_PROPOSAL_UNANSWERED = "governance.consultation.proposal-unanswered";

  /** An answer to a proposal has a blank justification (warning). */
  public static final String CONSULTATION_ANSWER_UNJUSTIFIED = "governance.consultation.answer-unjustified";

  /** A consultation closed (draft submitted) sooner after its announcement than allowed (error). */
  public static final String CONSULTATION_SUBMITTED_TOO_EARLY = "governance.consultation.submitted-too-early";

  /** A council decision is dated sooner after the announcement than allowed (error). */
  public static final String CONSULTATION_COUNCIL_TOO_EARLY = "governance.consultation.council-too-early";

  /** A submitted or later strategy records no consultation (warning). */
  public static final String CONSULTATION_MISSING = "governance.consultation.missing";

  /** An approved or later strategy records no council decision (error). */
  public static final String DECISION_MISSING = "governance.decision.missing";

  /** A membership payment is not in the contribution currency (error). */
  public static final String MEMBERSHIP_PAYMENT_CURRENCY = "governance.membership.payment-currency";

  /** A partnership project refers to an action that does not exist (error). */
  public static final String PROJECT_ACTION_UNKNOWN = "governance.project.action-unknown";

  /** Refusal: the lifecycle has no such transition. */
  public static final String LIFECYCLE_NOT_ALLOWED = "governance.lifecycle.not-allowed";

  /** Refusal: the strategy is already in the target state. */
  public static final String LIFECYCLE_SAME_STATE = "governance.lifecycle.same-state";

  /** Refusal: the open consultation is announced after the transition date. */
  public static final String LIFECYCLE_ANNOUNCEMENT_LATER = "governance.lifecycle.announcement-later";

  /** Refusal: leaving consultation with no open consultation recorded. */
  public static final String LIFECYCLE_NO_OPEN_CONSULTATION = "governance.lifecycle.no-open-consultation";

  /** Refusal: a proposal is unanswered. */
  public static final String LIFECYCLE_PROPOSAL_UNANSWERED = "governance.lifecycle.proposal-unanswered";

  /** Refusal: the period for proposals has not ended. */
  public static final String LIFECYCLE_PROPOSALS_PERIOD_OPEN = "governance.lifecycle.proposals-period-open";

  /** Refusal: a mandatory public debate is not recorded. */
  public static final String LIFECYCLE_DEBATE_MISSING = "governance.lifecycle.debate-missing";

  /** Refusal: submission sooner after the announcement than allowed. */
  public static final String LIFECYCLE_TOO_EARLY = "governance.lifecycle.too-early";

  /** Refusal: approval with no council decision on or before the date. */
  public static final String LIFECYCLE_DECISION_MISSING = "governance.lifecycle.decision-missing";

  /** Refusal: the council decision predates the end of the consultation. */
  public static final String LIFECYCLE_DECISION_BEFORE_SUBMISSION = "governance.lifecycle.decision-before-submission";

  /** Refusal: the council decision is dated sooner after the announcement than allowed. */
  public static final String LIFECYCLE_DECISION_TOO_EARLY = "governance.lifecycle.decision-too-early";

  /**
   * Refusal: the document has an error finding, which blocks submission to the council and
   * approval; one refusal per error finding, at its path, naming its code.
   */
  public static final String LIFECYCLE_DOCUMENT_INVALID = "governance.lifecycle.document-invalid";

  /** Refusal: implementation would start before the council decision. */
  public static final String LIFECYCLE_BEFORE_DECISION = "governance.lifecycle.before-decision";

  /**
   * A council decision's dossier lacks a document the city requires ({@link DecisionRules#REQUIRED};
   * error).
   */
  public static final String DOSSIER_DOCUMENT_MISSING = "governance.dossier.document-missing";

  /** A committee opinion in a dossier gives no result (warning). */
  public static final String DOSSIER_OPINION_RESULT_MISSING = "governance.dossier.opinion-result-missing";

  /** A council decision's dossier records no vote (error). */
  public static final String DOSSIER_VOTE_MISSING = "governance.dossier.vote-missing";

  /** A vote does not add up: more votes than present, or more present than in office (error). */
  public static final String DOSSIER_VOTE_INCONSISTENT = "governance.dossier.vote-inconsistent";

  /**
   * A vote does not meet the majority of its decision kind: a warning under the unverified default
   * ([2nd/NV]), an error when the city set the majority ({@link DecisionRules#MAJORITY_PREFIX}).
   */
  public static final String DOSSIER_MAJORITY_NOT_MET = "governance.dossier.majority-not-met";

  /** A decision was communicated to the prefect after the term the city set (warning; [NV] term). */
  public static final String DOSSIER_PREFECT_LATE = "governance.dossier.prefect-late";

  /** A decision is not communicated to the prefect and the term the city set has passed at the as-of date (warning). */
  public static final String DOSSIER_PREFECT_OVERDUE = "governance.dossier.prefect-overdue";

  /** A decision was published in the local official gazette after the term the city set (warning; [NV] term). */
  public static final String DOSSIER_PUBLICATION_LATE = "governance.dossier.publication-late";

  /** A decision is not published and the term the city set has passed at the as-of date (warning). */
  public static final String DOSSIER_PUBLICATION_OVERDUE = "governance.dossier.publication-overdue";

  /** Refusal: the council decision's dossier lacks a required document or the vote. */
  public static final String LIFECYCLE_DOSSIER_INCOMPLETE = "governance.lifecycle.dossier-incomplete";

  /** Refusal: the council's vote does not meet the majority of its decision kind. */
  public static final String LIFECYCLE_MAJORITY_NOT_MET = "governance.lifecycle.majority-not-met";

  /** Refusal: a strategy with no action cannot be approved. */
  public static final String LIFECYCLE_NO_ACTION = "governance.lifecycle.no-action";

  /** The minutes of a public debate link to a proposal id the consultation does not have (error). */
  public static final String MINUTES_PROPOSAL_UNKNOWN = "governance.minutes.proposal-unknown";

  /** The minutes of a public debate name a person who did not consent to it (error: personal data). */
  public static final String MINUTES_NAME_WITHOUT_CONSENT = "governance.minutes.name-without-consent";

  /** An entry of the engagement log names an organisation the document does not list (error). */
  public static final String ENGAGEMENT_ORGANISATION_UNKNOWN = "governance.engagement.organisation-unknown";

  /** Two entries of the engagement log share an id (error). */
  public static final String ENGAGEMENT_DUPLICATE_ID = "governance.engagement.duplicate-id";
}
