// SPDX-License-Identifier: Apache-2.0
package org.civicplan.validation;

/**
 * The stable codes of the findings core reports. A code never changes meaning; new rules add new
 * codes. Templates define their own codes under their template id (e.g. {@code climate.…}).
 */
public final class FindingCodes {

  private FindingCodes() {}

  /** Two items of one kind (objectives, actions, indicators, organisations, tasks of an action, bodies, annex ...) share an id. */
  public static final String ID_DUPLICATE = "id.duplicate";

  /** An objective id referenced by an action does not exist. */
  public static final String REFERENCE_OBJECTIVE = "reference.objective.unknown";

  /** An indicator id referenced by an objective or an action effect does not exist. */
  public static final String REFERENCE_INDICATOR = "reference.indicator.unknown";

  /** An action id referenced by a dependency does not exist. */
  public static final String REFERENCE_ACTION = "reference.action.unknown";

  /** An organisation id referenced by an action (responsible, partner) or a body member does not exist. */
  public static final String REFERENCE_ORGANISATION = "reference.organisation.unknown";

  /** An action starts or ends outside the strategy period. */
  public static final String ACTION_DATES_OUTSIDE_PERIOD = "action.dates.outside-period";

  /** An action starts after it ends. */
  public static final String ACTION_DATES_REVERSED = "action.dates.reversed";

  /** Actions depend on each other in a cycle; the message lists the cycle. */
  public static final String ACTION_DEPENDENCY_CYCLE = "action.dependency.cycle";

  /** An indicator's baseline date is not before one of its target or milestone dates. */
  public static final String INDICATOR_BASELINE_AFTER_TARGET = "indicator.baseline.after-target";

  /** A target contradicts the direction (a decrease indicator with a target above its baseline). */
  public static final String INDICATOR_TARGET_DIRECTION = "indicator.target.wrong-direction";

  /** A planned or actual budget amount is negative. */
  public static final String BUDGET_NEGATIVE = "budget.amount.negative";

  /** The planned and actual amounts of one budget line are in different currencies. */
  public static final String BUDGET_CURRENCY_MISMATCH = "budget.currency.mismatch";

  /** A budget line's year is outside the strategy period. */
  public static final String BUDGET_YEAR_OUTSIDE_PERIOD = "budget.year.outside-period";

  /** A task marked done has no completion date. */
  public static final String TASK_COMPLETED_WITHOUT_DATE = "task.completed.no-date";

  /** An objective has no indicator and no action serving it (warning). */
  public static final String OBJECTIVE_UNMEASURED = "objective.unmeasured";

  /** A localized text lacks Romanian or English (warning). */
  public static final String TEXT_LANGUAGE_MISSING = "text.language.missing";

  /** The strategy's template is not installed, so template rules were not run (warning). */
  public static final String TEMPLATE_UNKNOWN = "template.unknown";

  /** An indicator's target has the wrong shape for its direction: a target-range indicator's target lacks an upper bound, or an increase/decrease indicator's target has one (warning). */
  public static final String INDICATOR_TARGET_RANGE_MISMATCH = "indicator.target.range-mismatch";

  /** A text (one language of a localized text, a name, a unit, a tag...) is longer than allowed. */
  public static final String TEXT_TOO_LONG = "text.too-long";

  /** The municipality's population is not a plausible number of inhabitants. */
  public static final String POPULATION_IMPLAUSIBLE = "population.implausible";

  /** The municipality's population was counted after the strategy period ends (warning). */
  public static final String POPULATION_YEAR_AFTER_PERIOD = "population.year.after-period";

  /**
   * An indicator is normalised per inhabitant (or per km²) but the municipality has no population
   * count (or no area) to divide by; the report shows its values as recorded (warning).
   */
  public static final String INDICATOR_NORMALISATION_DENOMINATOR_MISSING = "indicator.normalisation.denominator-missing";

  /**
   * A rule failed with an exception (a bug in the rule, not in the document): the document was not
   * fully checked, so it is reported as an error naming the rule.
   */
  public static final String RULE_FAILED = "rule.failed";
}
