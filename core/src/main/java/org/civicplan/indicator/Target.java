package org.civicplan.indicator;

import java.util.Objects;
import java.util.OptionalDouble;
import org.civicplan.base.PlanDate;

/**
 * A value an indicator should reach by a date: the final target or an intermediate milestone.
 *
 * <p>For a {@link Direction#TARGET_RANGE} indicator, {@code value} is the lower bound and {@code
 * upper} the upper bound of the range.
 *
 * @param date the date by which the value should be reached
 * @param value the target value (the lower bound for a range)
 * @param upper the upper bound, only for a range
 * @param milestone whether this is an intermediate milestone (etapă) rather than the target (țintă)
 */
public record Target(PlanDate date, double value, OptionalDouble upper, boolean milestone) {

  /**
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a value is NaN or infinite, or {@code upper < value}
   */
  public Target {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(upper, "upper");
    Values.requireFinite(value, "target value");
    if (upper.isPresent()) {
      Values.requireFinite(upper.getAsDouble(), "target upper bound");
      if (upper.getAsDouble() < value) {
        throw new IllegalArgumentException(
            "target range must have upper >= lower but was [" + value + ", " + upper.getAsDouble() + "]");
      }
    }
  }

  /** A final target. */
  public static Target of(PlanDate date, double value) {
    return new Target(date, value, OptionalDouble.empty(), false);
  }

  /** A final target range. */
  public static Target ofRange(PlanDate date, double lower, double upper) {
    return new Target(date, lower, OptionalDouble.of(upper), false);
  }

  /** An intermediate milestone. */
  public static Target milestone(PlanDate date, double value) {
    return new Target(date, value, OptionalDouble.empty(), true);
  }
}
