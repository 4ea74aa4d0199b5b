package org.civicplan.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.civicplan.strategy.PlanDate;

/** Number formatting and decimal years, shared by the methods. */
final class Numbers {
  private Numbers() {}

  /** A value with up to 4 decimals, no grouping, locale-independent: same input, same text. */
  static String format(double value) {
    BigDecimal d = BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
    return (d.signum() == 0 ? BigDecimal.ZERO : d).toPlainString();
  }

  /**
   * The decimal year of a date's first day: {@code 2015} is 2015.0, {@code 2015-07-02} is 2015.5.
   * Year-precision dates differ by whole years, as the published growth-rate methods count them.
   */
  static double decimalYear(PlanDate date) {
    return decimalYear(date.firstDay());
  }

  /** The decimal year of a day; strictly increasing in the day. */
  static double decimalYear(LocalDate d) {
    return d.getYear() + (d.getDayOfYear() - 1) / (double) d.lengthOfYear();
  }

  /** Compound annual growth rate from {@code from} to {@code to} over {@code years}. */
  static double cagr(double from, double to, double years) {
    return Math.pow(to / from, 1.0 / years) - 1;
  }
}
