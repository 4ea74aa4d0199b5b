package org.civicplan.indicator;

import java.util.Objects;
import java.util.Optional;
import org.civicplan.base.PlanDate;
import jakarta.validation.constraints.Size;

/**
 * An observed value of an indicator.
 *
 * @param date the date the value refers to
 * @param value the value, finite
 * @param source where the value comes from (institution, report, data set)
 * @param note a free note
 */
public record Measurement(PlanDate date, double value, Optional<@Size(max = 500, message = "{org.civicplan.text.too-long}") String> source, Optional<@Size(max = 2000, message = "{org.civicplan.text.too-long}") String> note) {

  /**
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code value} is NaN or infinite
   */
  public Measurement {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(note, "note");
    Values.requireFinite(value, "measured value");
  }

  /** A measurement with no source and no note. */
  public static Measurement of(PlanDate date, double value) {
    return new Measurement(date, value, Optional.empty(), Optional.empty());
  }

  /** A measurement with its source. */
  public static Measurement of(PlanDate date, double value, String source) {
    return new Measurement(date, value, Optional.of(source), Optional.empty());
  }
}
