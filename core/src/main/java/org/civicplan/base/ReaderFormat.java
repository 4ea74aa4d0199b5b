// SPDX-License-Identifier: Apache-2.0
package org.civicplan.base;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * Numbers, amounts, shares and dates written for a person reading in one language: Romanian for a
 * locale whose language is {@code ro}, English otherwise. Romanian groups thousands with a dot and
 * writes a decimal comma ({@code 1.112.800}, {@code 3,5}); English groups with a comma and writes a
 * decimal point ({@code 1,112,800}, {@code 3.5}). Percentages carry one decimal and a space before
 * the sign in both ({@code 47,1 %}, {@code 47.1 %}). Dates are written with the month's name
 * ({@code 30 iunie 2026}, {@code 30 June 2026}); a month-precision date is the month and year, a
 * year-precision date the year alone.
 *
 * <p>The digits, separators and month names are written here, not by {@link java.text.NumberFormat}
 * or {@link java.time.format.DateTimeFormatter}, so that the same value gives the same text on every
 * JDK whatever its locale data. Machine output (JSON, CSV) keeps exact values and never uses this.
 *
 * <p>Immutable and thread-safe.
 */
public final class ReaderFormat {

  private static final String[] MONTHS_EN = {"January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December"};
  private static final String[] MONTHS_RO = {"ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie",
      "august", "septembrie", "octombrie", "noiembrie", "decembrie"};

  private static final ReaderFormat ENGLISH = new ReaderFormat(false);
  private static final ReaderFormat ROMANIAN = new ReaderFormat(true);

  private final boolean romanian;

  private ReaderFormat(boolean romanian) {
    this.romanian = romanian;
  }

  /**
   * {@return the format of the reader's language: Romanian for a locale whose language is {@code
   * ro}, English otherwise}
   *
   * @param locale the reader's locale
   * @throws NullPointerException if {@code locale} is null
   */
  public static ReaderFormat of(Locale locale) {
    return "ro".equals(Objects.requireNonNull(locale, "locale").getLanguage()) ? ROMANIAN : ENGLISH;
  }

  /** {@return the language written: {@code ro} or {@code en}} */
  public String language() {
    return romanian ? LocalizedText.ROMANIAN : LocalizedText.ENGLISH;
  }

  /** {@return the locale of the language written: {@code ro} or {@code en}} */
  public Locale locale() {
    return romanian ? Locale.forLanguageTag("ro") : Locale.ENGLISH;
  }

  /**
   * {@return an exact number with its digits grouped in threes, all its decimals kept ({@code
   * 1.112.800}, {@code 3,5087})}
   *
   * @param value the number
   * @throws NullPointerException if {@code value} is null
   */
  public String number(BigDecimal value) {
    return localize(Objects.requireNonNull(value, "value").toPlainString());
  }

  /**
   * {@return a measured value rounded half up to at most 4 decimals, trailing zeros dropped, digits
   * grouped ({@code 1.112.800}, {@code 0,4705})}
   *
   * @param value the number; must be finite
   * @throws IllegalArgumentException if {@code value} is not finite
   */
  public String number(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("value must be finite but was " + value);
    }
    BigDecimal d = new BigDecimal(Double.toString(value)).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
    return number(d.signum() == 0 ? BigDecimal.ZERO : d);
  }

  /**
   * {@return an amount with its currency code after it, digits grouped: {@code 29.500.000 RON}}
   *
   * @param money the amount
   * @throws NullPointerException if {@code money} is null
   */
  public String money(Money money) {
    Objects.requireNonNull(money, "money");
    return number(money.amount()) + " " + money.currency().getCurrencyCode();
  }

  /**
   * {@return a share (0.471 for 47.1 %) as a percentage with one decimal, rounded half up: {@code
   * 47,1 %}}
   *
   * @param share the share; must be finite
   * @throws IllegalArgumentException if {@code share} is not finite
   */
  public String percent(double share) {
    if (!Double.isFinite(share)) {
      throw new IllegalArgumentException("share must be finite but was " + share);
    }
    BigDecimal p = new BigDecimal(Double.toString(share)).movePointRight(2).setScale(1, RoundingMode.HALF_UP);
    if (p.signum() == 0) {
      p = p.abs();
    }
    return localize(p.toPlainString()) + " %";
  }

  /**
   * {@return a date at its precision: {@code 30 iunie 2026}, {@code iunie 2026} or {@code 2026}}
   *
   * @param date the date
   * @throws NullPointerException if {@code date} is null
   */
  public String date(PlanDate date) {
    LocalDate d = Objects.requireNonNull(date, "date").firstDay();
    return switch (date.precision()) {
      case YEAR -> Integer.toString(d.getYear());
      case MONTH -> month(d.getMonthValue()) + " " + d.getYear();
      case DAY -> date(d);
    };
  }

  /**
   * {@return a day: {@code 30 iunie 2026}, {@code 30 June 2026}}
   *
   * @param day the day
   * @throws NullPointerException if {@code day} is null
   */
  public String date(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return day.getDayOfMonth() + " " + month(day.getMonthValue()) + " " + day.getYear();
  }

  /**
   * {@return the text of {@code text} in this language, with the fallback of {@link
   * LocalizedText#get(Locale)}}
   *
   * @param text the text
   * @throws NullPointerException if {@code text} is null
   */
  public String text(LocalizedText text) {
    return Objects.requireNonNull(text, "text").get(locale());
  }

  private String month(int month) {
    return (romanian ? MONTHS_RO : MONTHS_EN)[month - 1];
  }

  /** Groups the integer digits of a plain decimal in threes and sets this language's separators. */
  private String localize(String plain) {
    int start = plain.startsWith("-") ? 1 : 0;
    int point = plain.indexOf('.');
    int end = point < 0 ? plain.length() : point;
    char group = romanian ? '.' : ',';
    StringBuilder out = new StringBuilder(plain.length() + 8);
    out.append(plain, 0, start);
    for (int i = start; i < end; i++) {
      if (i > start && (end - i) % 3 == 0) {
        out.append(group);
      }
      out.append(plain.charAt(i));
    }
    if (point >= 0) {
      out.append(romanian ? ',' : '.').append(plain, point + 1, plain.length());
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return "ReaderFormat[" + language() + "]";
  }
}
