package org.civicplan.testkit;

import org.civicplan.validation.FindingCodes;
import org.civicplan.validation.Severity;

/** The single defects {@link Mutants} can inject, each with the finding the validator must report. */
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
  TEXT_LANGUAGE_MISSING(FindingCodes.TEXT_LANGUAGE_MISSING, Severity.WARNING);

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
