// SPDX-License-Identifier: Apache-2.0
package org.civicplan.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.civicplan.base.PlanDate;
import org.civicplan.base.ReaderFormat;

/**
 * The notation of an assessment's explanation as a person reads it in one language: values of
 * the indicator written by {@link ReaderFormat#number(double)} (digits grouped, a decimal comma in
 * Romanian), shares as percentages, dates with the month's name, and the worded parts from the
 * monitoring catalogue.
 */
final class ReaderTexts {

  static final ReaderTexts ENGLISH = new ReaderTexts(Locale.ENGLISH);
  static final ReaderTexts ROMANIAN = new ReaderTexts(Messages.ROMANIAN);

  private static final int MAX_PERCENT_DECIMALS = 4;

  private final ReaderFormat format;
  private final Locale locale;

  private ReaderTexts(Locale locale) {
    this.format = ReaderFormat.of(locale);
    this.locale = locale;
  }

  /** {@return a value of the indicator: {@code 1.200.000}, {@code 0,25}} */
  String number(double value) {
    return format.number(value);
  }

  /** {@return a date at its precision: {@code 2020}, {@code 31 martie 2028}} */
  String date(PlanDate date) {
    return format.date(date);
  }

  /** {@return the catalogue's text for {@code key} in this language} */
  String words(String key, Object... args) {
    return Messages.CATALOG.text(key, args).get(locale);
  }

  /**
   * {@return a share as a percentage with one decimal, or with as many more (up to 4) as it takes
   * to tell it apart from each of the limits {@code compared} it differs from}: a ratio of 0.94996
   * read against the limit 0.95 is {@code 94,996 %}, never {@code 95,0 % < 95,0 %}.
   *
   * @param share the share, 0.25 for 25 %
   * @param compared the limits it is compared with in the same rule
   */
  String share(double share, double... compared) {
    if (!Double.isFinite(share)) {
      return Double.toString(share);
    }
    BigDecimal percent = new BigDecimal(Double.toString(share)).movePointRight(2);
    int decimals = 1;
    while (decimals < MAX_PERCENT_DECIMALS && confusable(percent, compared, decimals)) {
      decimals++;
    }
    return percent(percent, decimals);
  }

  /**
   * {@return a limit of a rule as a percentage with the decimals it has, at least one and at most
   * 4: {@code 15,0 %}, {@code 0,5 %}, {@code 1,25 %}}
   *
   * @param share the limit as a share, 0.15 for 15 %
   */
  String limit(double share) {
    if (!Double.isFinite(share)) {
      return Double.toString(share);
    }
    BigDecimal percent = new BigDecimal(Double.toString(share)).movePointRight(2);
    return percent(percent, Math.min(MAX_PERCENT_DECIMALS, Math.max(1, percent.stripTrailingZeros().scale())));
  }

  private String percent(BigDecimal percent, int decimals) {
    BigDecimal rounded = percent.setScale(decimals, RoundingMode.HALF_UP);
    return format.number(rounded.signum() == 0 ? rounded.abs() : rounded) + " %";
  }

  private static boolean confusable(BigDecimal percent, double[] compared, int decimals) {
    BigDecimal shown = percent.setScale(decimals, RoundingMode.HALF_UP);
    for (double c : compared) {
      BigDecimal threshold = new BigDecimal(Double.toString(c)).movePointRight(2);
      if (threshold.compareTo(percent) != 0
          && threshold.setScale(decimals, RoundingMode.HALF_UP).compareTo(shown) == 0) {
        return true;
      }
    }
    return false;
  }
}
