package org.civicplan.strategy;

/**
 * The number of inhabitants counted or estimated in a year.
 *
 * @param inhabitants the count, positive
 * @param year the year of the count
 */
public record Population(long inhabitants, int year) {

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
