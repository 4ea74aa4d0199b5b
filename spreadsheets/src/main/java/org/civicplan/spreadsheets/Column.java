// SPDX-License-Identifier: Apache-2.0
package org.civicplan.spreadsheets;

import java.util.Locale;
import java.util.Objects;
import org.civicplan.base.LocalizedText;

/**
 * A column of a table: its header in English and Romanian, how its numbers are shown and its width.
 *
 * @param header the header, in English and Romanian; an import accepts either
 * @param format how the column's numbers and dates are shown
 * @param width the width in characters
 */
public record Column(LocalizedText header, Format format, int width) {

  /** How a column's cells are shown; the stored value is the same whatever the format. */
  public enum Format {
    /** Text. */
    TEXT,
    /** A whole number without separators, such as a year. */
    YEAR,
    /** A whole number with thousands separators. */
    INTEGER,
    /** An amount of money: thousands separators and two decimals. */
    AMOUNT,
    /** A measured value: thousands separators and up to four decimals. */
    DECIMAL,
    /** A share shown as a percentage with one decimal. */
    PERCENT,
    /** A date in the locale's format; a year alone is a number and a month a text. */
    DATE
  }

  /**
   * Creates an instance from its components.
   *
   * @param header the header, in English and Romanian
   * @param format how the column's numbers and dates are shown
   * @param width the width in characters
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code width} is not in [1, 255]
   */
  public Column {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(format, "format");
    if (width < 1 || width > 255) {
      throw new IllegalArgumentException("column width must be in [1, 255] but was " + width);
    }
  }

  /**
   * {@return a column}
   *
   * @param english the English header
   * @param romanian the Romanian header
   * @param format how the column's cells are shown
   * @param width the width in characters
   */
  static Column of(String english, String romanian, Format format, int width) {
    return new Column(LocalizedText.of(english, romanian), format, width);
  }

  /**
   * {@return the header in {@code locale}: Romanian for {@code ro}, English otherwise}
   *
   * @param locale the locale
   */
  public String header(Locale locale) {
    return header.get(Sheets.language(locale));
  }
}
