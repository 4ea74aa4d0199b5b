// SPDX-License-Identifier: Apache-2.0
package org.civicplan.calendar;

import java.time.LocalDate;

/**
 * The date of Easter Sunday, from which the movable feasts are counted.
 *
 * <p>Orthodox Easter follows the Julian computus, converted to the Gregorian calendar (J. Meeus,
 * <i>Astronomical Algorithms</i>, 2nd ed., Willmann-Bell 1998, ch. 8, "Julian calendar"): with
 * {@code a = y mod 4}, {@code b = y mod 7}, {@code c = y mod 19}, {@code d = (19c + 15) mod 30},
 * {@code e = (2a + 4b − d + 34) mod 7}, the Julian date is month {@code ⌊(d + e + 114) / 31⌋}, day
 * {@code ((d + e + 114) mod 31) + 1}; the Gregorian date adds the calendars' difference {@code
 * ⌊y/100⌋ − ⌊y/400⌋ − 2} days (13 from 1900 to 2099), as ../shared/reference/DOMAIN.md §5 states for
 * the Romanian holidays.
 *
 * <p>Western Easter follows the Gregorian computus in the form Meeus gives (ch. 8, after the
 * "Anonymous Gregorian algorithm" of Nature 1876).
 *
 * <p>Valid for Gregorian years 1583 to 4099.
 */
public final class Easter {

  private Easter() {}

  /**
   * {@return Orthodox Easter Sunday of {@code year}, as a Gregorian date}
   *
   * @param year the year, 1583 to 4099
   * @throws IllegalArgumentException if the year is outside that range
   */
  public static LocalDate orthodox(int year) {
    check(year);
    int a = year % 4;
    int b = year % 7;
    int c = year % 19;
    int d = (19 * c + 15) % 30;
    int e = (2 * a + 4 * b - d + 34) % 7;
    int month = (d + e + 114) / 31;
    int day = (d + e + 114) % 31 + 1;
    int difference = year / 100 - year / 400 - 2;
    // the Julian date, read as Gregorian, then moved by the calendars' difference
    return LocalDate.of(year, month, day).plusDays(difference);
  }

  /**
   * {@return Western (Gregorian) Easter Sunday of {@code year}}
   *
   * @param year the year, 1583 to 4099
   * @throws IllegalArgumentException if the year is outside that range
   */
  public static LocalDate western(int year) {
    check(year);
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }

  private static void check(int year) {
    if (year < 1583 || year > 4099) {
      throw new IllegalArgumentException("Easter is computed for the years 1583 to 4099 but the year was " + year);
    }
  }
}
