package org.civicplan.base;

/**
 * The years a strategy covers, both included: {@code 2026/2030}.
 *
 * @param startYear the first year
 * @param endYear the last year, not before {@code startYear}
 */
public record StrategyPeriod(int startYear, int endYear) {

  /**
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

  /** The years from {@code startYear} to {@code endYear}, both included. */
  public static StrategyPeriod of(int startYear, int endYear) {
    return new StrategyPeriod(startYear, endYear);
  }

  /**
   * Reads what {@link #toString()} writes: {@code 2026/2030}.
   *
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

  /** Whether the whole of {@code date} falls within the period. */
  public boolean contains(PlanDate date) {
    return date.firstDay().getYear() >= startYear && date.lastDay().getYear() <= endYear;
  }

  /** Whether {@code year} falls within the period. */
  public boolean contains(int year) {
    return year >= startYear && year <= endYear;
  }

  /** The number of years covered. */
  public int years() {
    return endYear - startYear + 1;
  }

  @Override
  public String toString() {
    return startYear + "/" + endYear;
  }
}
