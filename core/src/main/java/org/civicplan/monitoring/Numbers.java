package org.civicplan.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.civicplan.base.PlanDate;

/** Number formatting and decimal years, shared by the methods. */
final class Numbers {
  private Numbers() {}

  /**
   * A value with up to 4 decimals, no grouping, locale-independent: same input, same text. The
   * shortest decimal that reads back as the value ({@link Double#toString(double)}), rounded half
   * up to 4 decimals, trailing zeros dropped.
   */
  static String format(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    String text = Double.toString(value);
    int point = text.indexOf('.');
    if (Math.abs(value) >= 1e15 || text.indexOf('E') >= 0 || point < 0) {
      return formatExactly(value);
    }
    boolean negative = text.charAt(0) == '-';
    long whole = Long.parseLong(text, negative ? 1 : 0, point, 10);
    int end = text.length();
    int frac = 0;
    for (int k = 1; k <= 4; k++) {
      int at = point + k;
      frac = frac * 10 + (at < end ? text.charAt(at) - '0' : 0);
    }
    if (point + 5 < end && text.charAt(point + 5) >= '5') {
      frac++;
      if (frac == 10_000) {
        frac = 0;
        whole++;
      }
    }
    if (whole == 0 && frac == 0) {
      return "0";
    }
    StringBuilder out = new StringBuilder(24);
    if (negative) {
      out.append('-');
    }
    out.append(whole);
    if (frac != 0) {
      int digits = 4;
      while (frac % 10 == 0) {
        frac /= 10;
        digits--;
      }
      out.append('.');
      String f = Integer.toString(frac);
      for (int k = f.length(); k < digits; k++) {
        out.append('0');
      }
      out.append(f);
    }
    return out.toString();
  }

  /** {@link #format(double)} through {@link BigDecimal}: the definition, for every value. */
  static String formatExactly(double value) {
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

  /**
   * A date as {@link PlanDate#toString()} writes it, without its {@code String.format}: a year is
   * always written with four digits ({@link PlanDate#MIN_YEAR} to {@link PlanDate#MAX_YEAR}).
   */
  static String date(PlanDate date) {
    return date.precision() == PlanDate.Precision.YEAR ? Integer.toString(date.year()) : date.toString();
  }

  /** Compound annual growth rate from {@code from} to {@code to} over {@code years}. */
  static double cagr(double from, double to, double years) {
    return Math.pow(to / from, 1.0 / years) - 1;
  }
}
