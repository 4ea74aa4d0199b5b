package org.civicplan.strategy;

import org.civicplan.base.PlanDate;
import jakarta.validation.constraints.Max;

/**
 * The number of inhabitants counted or estimated in a year.
 *
 * @param inhabitants the count, positive; more than 50 million (more than any municipality
 *     counts) is reported by the validator as implausible
 * @param year the year of the count
 */
public record Population(@Max(value = 50_000_000, message = "{org.civicplan.population.implausible}") long inhabitants, int year) {

  /**
   * @throws IllegalArgumentException if {@code inhabitants} is not positive or the year is out of
   *     the range {@link PlanDate} accepts
   */
  public Population {
    if (inhabitants <= 0) {
      throw new IllegalArgumentException("inhabitants must be positive but was " + inhabitants);
    }
    PlanDate.ofYear(year);
  }

  /** A population count. */
  public static Population of(long inhabitants, int year) {
    return new Population(inhabitants, year);
  }
}
