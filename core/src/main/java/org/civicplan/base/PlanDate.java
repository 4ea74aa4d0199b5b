// SPDX-License-Identifier: Apache-2.0
package org.civicplan.base;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Objects;

/**
 * A date known to a day, a month or a year: plans say "2027", "March 2027" or "15 March 2027".
 *
 * <p>Written as {@code 2027}, {@code 2027-03} or {@code 2027-03-15}; {@link #parse(CharSequence)}
 * reads what {@link #toString()} writes. Ordered by first day, then by precision (a year sorts
 * before its first month, which sorts before its first day).
 *
 * @param precision how precisely the date is known
 * @param firstDay the first day of the year, month or day meant
 */
public record PlanDate(Precision precision, LocalDate firstDay) implements Comparable<PlanDate> {

  /** Earliest year accepted anywhere in a plan. */
  public static final int MIN_YEAR = 1800;

  /** Latest year accepted anywhere in a plan. */
  public static final int MAX_YEAR = 2500;

  private static final Comparator<PlanDate> ORDER =
      Comparator.comparing(PlanDate::firstDay).thenComparing(PlanDate::precision);

  /** How precisely a {@link PlanDate} is known. */
  public enum Precision {
    /** Only the year. */
    YEAR,
    /** The year and month. */
    MONTH,
    /** The exact day. */
    DAY
  }

  /**
   * Creates an instance from its components.
   *
   * @param precision how precisely the date is known
   * @param firstDay the first day of the year, month or day meant
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the year is outside [{@value #MIN_YEAR}, {@value
   *     #MAX_YEAR}] or {@code firstDay} is not the first day of its year or month
   */
  public PlanDate {
    Objects.requireNonNull(precision, "precision");
    Objects.requireNonNull(firstDay, "firstDay");
    checkYear(firstDay.getYear());
    boolean aligned =
        switch (precision) {
          case YEAR -> firstDay.getDayOfYear() == 1;
          case MONTH -> firstDay.getDayOfMonth() == 1;
          case DAY -> true;
        };
    if (!aligned) {
      throw new IllegalArgumentException(
          "first day of a " + precision + "-precision date must start its period but was " + firstDay);
    }
  }

  /**
   * {@return a whole year}
   *
   * @param year the year
   */
  public static PlanDate ofYear(int year) {
    checkYear(year);
    return new PlanDate(Precision.YEAR, LocalDate.of(year, 1, 1));
  }

  /**
   * {@return a whole month}
   *
   * @param year the year
   * @param month the month, 1 to 12
   */
  public static PlanDate ofMonth(int year, int month) {
    checkYear(year);
    return new PlanDate(Precision.MONTH, YearMonth.of(year, month).atDay(1));
  }

  /**
   * {@return an exact day}
   *
   * @param day the day
   */
  public static PlanDate of(LocalDate day) {
    return new PlanDate(Precision.DAY, day);
  }

  /**
   * {@return an exact day}
   *
   * @param year the year
   * @param month the month, 1 to 12
   * @param day the day
   */
  public static PlanDate of(int year, int month, int day) {
    checkYear(year);
    return of(LocalDate.of(year, month, day));
  }

  /**
   * Reads {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
   *
   * @param text the date's text
   * @return the date
   * @throws IllegalArgumentException naming the text and the allowed forms
   */
  public static PlanDate parse(CharSequence text) {
    String s = text.toString();
    try {
      // the three forms by their shape: four digits, then optionally -MM, then optionally -DD
      int n = s.length();
      if ((n == 4 || n == 7 || n == 10) && digits(s, 0, 4)) {
        int year = Integer.parseInt(s, 0, 4, 10);
        if (n == 4) {
          return ofYear(year);
        }
        if (s.charAt(4) == '-' && digits(s, 5, 7)) {
          int month = Integer.parseInt(s, 5, 7, 10);
          if (n == 7) {
            return ofMonth(year, month);
          }
          if (s.charAt(7) == '-' && digits(s, 8, 10)) {
            return of(year, month, Integer.parseInt(s, 8, 10, 10));
          }
        }
      }
    } catch (DateTimeException | IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "date must be a real date written YYYY, YYYY-MM or YYYY-MM-DD but was \"" + s + "\"", e);
    }
    throw new IllegalArgumentException(
        "date must be written YYYY, YYYY-MM or YYYY-MM-DD but was \"" + s + "\"");
  }

  /** Whether {@code s} holds ASCII digits from {@code from} (inclusive) to {@code to}. */
  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** {@return the year} */
  public int year() {
    return firstDay.getYear();
  }

  /** {@return the last day of the year, month or day meant} */
  public LocalDate lastDay() {
    return switch (precision) {
      case YEAR -> firstDay.withDayOfYear(firstDay.lengthOfYear());
      case MONTH -> firstDay.withDayOfMonth(firstDay.lengthOfMonth());
      case DAY -> firstDay;
    };
  }

  /**
   * {@return whether this date ends strictly before {@code other} begins}
   *
   * @param other another date
   */
  public boolean isBefore(PlanDate other) {
    return lastDay().isBefore(other.firstDay);
  }

  @Override
  public int compareTo(PlanDate other) {
    return ORDER.compare(this, other);
  }

  /** Writes {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} according to the precision. */
  @Override
  public String toString() {
    return switch (precision) {
      case YEAR -> String.format("%04d", firstDay.getYear());
      case MONTH -> YearMonth.from(firstDay).toString();
      case DAY -> firstDay.toString();
    };
  }

  private static void checkYear(int year) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new IllegalArgumentException(
          "year must be in [" + MIN_YEAR + ", " + MAX_YEAR + "] but was " + year);
    }
  }
}
