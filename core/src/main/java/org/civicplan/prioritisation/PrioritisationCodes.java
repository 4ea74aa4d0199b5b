// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

/**
 * The stable codes of the findings ranking, portfolio selection and sequencing report. A code never
 * changes meaning; messages are in {@code messages.properties} (English) and {@code
 * messages_ro.properties} (Romanian) next to this class.
 */
public final class PrioritisationCodes {

  private PrioritisationCodes() {}

  /** Two or more alternatives have the same score; the tie was broken by id (info). */
  public static final String TIE = "ranking.tie";
  /** All alternatives have the same value on a criterion, so it cannot discriminate (info). */
  public static final String CRITERION_CONSTANT = "ranking.criterion.constant";
  /** An alternative has no value for a criterion (error). */
  public static final String VALUE_MISSING = "ranking.value.missing";
  /** The chosen normalisation cannot handle a zero or negative value (error). */
  public static final String VALUE_NOT_POSITIVE = "ranking.value.not-positive";
  /** The weights did not sum to 1 and were normalised (info). */
  public static final String WEIGHTS_NORMALISED = "ranking.weights.normalised";
  /** All weights are zero (error). */
  public static final String WEIGHTS_ZERO = "ranking.weights.zero";
  /** A weight is negative or not a number (error). */
  public static final String WEIGHT_NEGATIVE = "ranking.weight.negative";
  /** There is only one alternative; it is ranked first (info). */
  public static final String SINGLE_ALTERNATIVE = "ranking.single-alternative";
  /** There are no alternatives or no criteria (error). */
  public static final String EMPTY = "ranking.empty";
  /** A value refers to a criterion the problem does not define (error). */
  public static final String CRITERION_UNKNOWN = "ranking.criterion.unknown";
  /** VIKOR: the first-ranked alternative lacks acceptable advantage or stability (info). */
  public static final String VIKOR_COMPROMISE = "ranking.vikor.compromise-set";

  /** A pairwise-comparison matrix is not square or does not match its items (error). */
  public static final String AHP_SHAPE = "ahp.matrix.shape";
  /** A judgement is not positive and finite, or the diagonal is not 1 (error). */
  public static final String AHP_VALUE = "ahp.matrix.value";
  /** a(i,j) · a(j,i) differs from 1 (error). */
  public static final String AHP_NOT_RECIPROCAL = "ahp.matrix.not-reciprocal";
  /** The consistency ratio exceeds the threshold; the message names the worst judgement (warning). */
  public static final String AHP_INCONSISTENT = "ahp.matrix.inconsistent";
  /** A criterion has no alternatives matrix, or the items differ (error). */
  public static final String AHP_MATRIX_MISSING = "ahp.matrix.missing";

  /** An id in requires, exclusive or minimumShares is not a project (error). */
  public static final String PORTFOLIO_UNKNOWN = "portfolio.reference.unknown";
  /** A cost or budget is negative, or a cost names a period without budget (error). */
  public static final String PORTFOLIO_AMOUNT = "portfolio.amount.invalid";
  /** Projects require each other in a cycle: all or none are selected (warning). */
  public static final String PORTFOLIO_CYCLE = "portfolio.requires.cycle";
  /** Mandatory projects and what they require exceed a period's budget (error). */
  public static final String PORTFOLIO_INFEASIBLE_BUDGET = "portfolio.infeasible.budget";
  /** Mandatory projects fall in one exclusive group (error). */
  public static final String PORTFOLIO_INFEASIBLE_EXCLUSIVE = "portfolio.infeasible.exclusive";
  /** A minimum share cannot be reached (error). */
  public static final String PORTFOLIO_INFEASIBLE_SHARE = "portfolio.infeasible.share";
  /** No selection satisfies all constraints together (error). */
  public static final String PORTFOLIO_INFEASIBLE = "portfolio.infeasible";
  /** The search stopped at its node or time limit; bound and gap are reported (warning). */
  public static final String PORTFOLIO_LIMIT = "portfolio.limit.reached";
  /**
   * The time limit ran out while a large problem was prepared for the search, before any selection;
   * the result has none (warning).
   */
  public static final String PORTFOLIO_LIMIT_COMPILING = "portfolio.limit.before-search";
  /** Amounts are too large to be held exactly after scaling (error). */
  public static final String PORTFOLIO_TOO_LARGE = "portfolio.amount.too-large";

  /** An action starts later than it could because a required action finishes late (info). */
  public static final String SLIP_DEPENDENCY = "sequencing.slip.dependency";
  /** An action starts later than it could because a year's budget is used up (info). */
  public static final String SLIP_BUDGET = "sequencing.slip.budget";
  /** An action cannot be fitted before the last budget year (warning). */
  public static final String UNSCHEDULED = "sequencing.unscheduled";
  /** An action requires an unknown action or is in a requires cycle (error). */
  public static final String SEQUENCING_REFERENCE = "sequencing.reference.invalid";

  /** Action scores read from CSV: a syntax problem, named in the message (error). */
  public static final String SCORES_CSV = "prioritisation.scores.csv";
  /** A strategy's action has no score for a criterion of the criteria set (error). */
  public static final String SCORE_MISSING = "prioritisation.score.missing";
  /** Scores name an action the strategy lacks; they are ignored (warning). */
  public static final String SCORES_UNKNOWN_ACTION = "prioritisation.scores.unknown-action";
  /** Scores name a criterion the criteria set lacks; they are ignored (warning). */
  public static final String SCORES_UNKNOWN_CRITERION = "prioritisation.scores.unknown-criterion";
  /** Two actions of the strategy share an id; only the first is ranked (error). */
  public static final String ACTION_DUPLICATE = "prioritisation.action.duplicate";
  /** A ranked action is no longer in the strategy; it is not a candidate (warning). */
  public static final String ACTION_UNKNOWN = "prioritisation.action.unknown";
  /** The yearly budget is empty or mixes currencies (error). */
  public static final String BUDGET_INVALID = "prioritisation.budget.invalid";
  /** A budget line is in another currency than the budget and no rate was given (error). */
  public static final String CURRENCY_MIXED = "prioritisation.currency.mixed";
  /** An action plans money in years the budget does not cover; those amounts are not counted (info). */
  public static final String COST_OUTSIDE = "prioritisation.cost.outside-budget-years";
}
