package org.civicplan.indicator;

import java.util.Objects;
import org.civicplan.base.PlanDate;

/**
 * The value an indicator had when the strategy started.
 *
 * @param date when the value was observed
 * @param value the value, finite
 */
public record Baseline(PlanDate date, double value) {

  /**
   * @throws NullPointerException if {@code date} is null
   * @throws IllegalArgumentException if {@code value} is NaN or infinite
   */
  public Baseline {
    Objects.requireNonNull(date, "date");
    Values.requireFinite(value, "baseline value");
  }

  /** A baseline. */
  public static Baseline of(PlanDate date, double value) {
    return new Baseline(date, value);
  }
}
