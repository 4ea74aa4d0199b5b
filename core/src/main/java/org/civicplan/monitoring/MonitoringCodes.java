package org.civicplan.monitoring;

/**
 * The stable codes of the findings monitoring reports. A code never changes meaning. Paths of
 * assessment findings point into the series document of {@code civicplan assess} ({@code
 * /baseline/value}, {@code /target/date}, {@code /observations}).
 */
public final class MonitoringCodes {

  private MonitoringCodes() {}

  /** The series has no baseline (warning): nothing to measure progress from. */
  public static final String BASELINE_MISSING = "monitoring.baseline.missing";

  /** No observation after the baseline on or before the as-of date (info). */
  public static final String DATA_INSUFFICIENT = "monitoring.data.insufficient";

  /** The method needs a target and the series has none (error). */
  public static final String TARGET_MISSING = "monitoring.target.missing";

  /** The target date is not after the baseline date (error). */
  public static final String TARGET_NOT_AFTER_BASELINE = "monitoring.target.not-after-baseline";

  /** The target lies on the wrong side of the baseline for the direction (warning). */
  public static final String TARGET_WRONG_DIRECTION = "monitoring.target.wrong-direction";

  /** A value is on the wrong side of zero for a growth-rate method (error). */
  public static final String GROWTH_WRONG_SIDE_OF_ZERO = "monitoring.growth.wrong-side-of-zero";

  /** A zero base or target value was replaced, as the Open SDG method prescribes (info). */
  public static final String GROWTH_ZERO_REPLACED = "monitoring.growth.zero-replaced";

  /** A target-range indicator has no target, which the no-target variants cannot assess (error). */
  public static final String RANGE_WITHOUT_TARGET = "monitoring.range.no-target";

  /** A budget line's actual amount is in another currency than its planned amount (warning). */
  public static final String BUDGET_CURRENCY_MISMATCH = "monitoring.budget.currency-mismatch";

  /**
   * A template's monitoring contribution or derived measurements failed with an exception (error):
   * the report lacks what the template would have added. The finding names the template and the
   * exception.
   */
  public static final String CONTRIBUTION_FAILED = "monitoring.contribution-failed";
}
