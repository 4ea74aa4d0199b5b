package org.civicplan.monitoring;

import java.util.Objects;
import org.civicplan.base.PlanDate;

/**
 * A value of an indicator at a date: a baseline, a milestone or a measurement, as plain numbers.
 *
 * @param date the date the value refers to
 * @param value the value, finite
 */
public record Observation(PlanDate date, double value) {

  /**
   * @throws NullPointerException if {@code date} is null
   * @throws IllegalArgumentException if {@code value} is NaN or infinite
   */
  public Observation {
    Objects.requireNonNull(date, "date");
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(
          "observed value must be a finite number but was " + value + " (date " + date + ")");
    }
  }

  /** An observation. */
  public static Observation of(PlanDate date, double value) {
    return new Observation(date, value);
  }

  /**
   * An observation from a date written {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
   *
   * @throws IllegalArgumentException if the date cannot be read or the value is not finite
   */
  public static Observation of(String date, double value) {
    return new Observation(PlanDate.parse(date), value);
  }
}
