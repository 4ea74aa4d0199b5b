package org.civicplan.template;

import java.util.Objects;
import java.util.Optional;
import org.civicplan.base.IdSyntax;
import org.civicplan.base.PlanDate;
import org.civicplan.indicator.IndicatorId;
import org.civicplan.indicator.Measurement;

/**
 * An indicator value a template computes from a strategy's annex data ({@link
 * StrategyTemplate#derivedMeasurements}), e.g. the green area per inhabitant from a green-space
 * annex. Its measurement's source says which annex it was derived from: {@code annex KIND: ITEM},
 * e.g. {@code annex emission-inventory: MEI-2022}.
 *
 * @param indicator the indicator the value is for
 * @param measurement the value at its date; its source names the annex
 * @param annexKind the kind of the annex it was derived from
 * @param item which entry of the annex (an inventory's id, a year, campaign ids), for the reader
 */
public record DerivedMeasurement(IndicatorId indicator, Measurement measurement, String annexKind, String item) {

  /**
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the annex kind does not follow {@link IdSyntax}, the item
   *     is blank, or the measurement has no source
   */
  public DerivedMeasurement {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(measurement, "measurement");
    IdSyntax.requireValid(annexKind, "annex kind");
    Objects.requireNonNull(item, "item");
    if (item.isBlank()) {
      throw new IllegalArgumentException(
          "the annex item of a value derived for indicator \"" + indicator + "\" must not be blank");
    }
    if (measurement.source().isEmpty()) {
      throw new IllegalArgumentException(
          "a value derived for indicator \"" + indicator + "\" must name its source (annex " + annexKind + ")");
    }
  }

  /**
   * A value derived from the annex entry {@code item} of kind {@code annexKind}, with the source
   * {@code annex KIND: ITEM} and no note.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code value} is not finite, or as the canonical constructor
   */
  public static DerivedMeasurement of(
      IndicatorId indicator, PlanDate date, double value, String annexKind, String item) {
    return new DerivedMeasurement(
        indicator,
        new Measurement(date, value, Optional.of("annex " + annexKind + ": " + item), Optional.empty()),
        annexKind,
        item);
  }

  /** The date of the value. */
  public PlanDate date() {
    return measurement.date();
  }

  /** The value. */
  public double value() {
    return measurement.value();
  }
}
