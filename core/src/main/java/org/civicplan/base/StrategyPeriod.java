// SPDX-License-Identifier: Apache-2.0
package org.civicplan.base;

/**
 * The years a strategy covers, both included: {@code 2026/2030}.
 *
 * @param startYear the first year
 * @param endYear the last year, not before {@code startYear}
 */
public record StrategyPeriod(int startYear, int endYear) {

  /**
   * Creates an instance from its components.
   *
   * @param startYear the first year
   * @param endYear the last year, not before {@code startYear}
   * @throws IllegalArgumentException if a year is outside the years {@link PlanDate} accepts or
   *     {@code endYear < startYear}
   */
  public StrategyPeriod {
    PlanDate.ofYear(startYear);
    PlanDate.ofYear(endYear);
    if (endYear < startYear) {
      throw new IllegalArgumentException(
          "period must end no earlier than it starts but was " + startYear + "/" + endYear);
    }
  }

  /**
   * {@return the years from {@code startYear} to {@code endYear}, both included}
   *
   * @param startYear the first year
   * @param endYear the last year, not before {@code startYear}
   */
  public static StrategyPeriod of(int startYear, int endYear) {
    return new StrategyPeriod(startYear, endYear);
  }

  /**
   * Reads what {@link #toString()} writes: {@code 2026/2030}.
   *
   * @param text the period's text
   * @return the period
   * @throws IllegalArgumentException if the text is not two years separated by {@code /}
   */
  public static StrategyPeriod parse(CharSequence text) {
    String s = text.toString();
    if (!s.matches("\\d{4}/\\d{4}")) {
      throw new IllegalArgumentException(
          "period must be written START/END, e.g. \"2026/2030\", but was \"" + s + "\"");
    }
    return of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(5)));
  }

  /**
   * {@return whether the whole of {@code date} falls within the period}
   *
   * @param date a date
   */
  public boolean contains(PlanDate date) {
    return date.firstDay().getYear() >= startYear && date.lastDay().getYear() <= endYear;
  }

  /**
   * {@return whether {@code year} falls within the period}
   *
   * @param year a year
   */
  public boolean contains(int year) {
    return year >= startYear && year <= endYear;
  }

  /** {@return the number of years covered} */
  public int years() {
    return endYear - startYear + 1;
  }

  @Override
  public String toString() {
    return startYear + "/" + endYear;
  }
}
