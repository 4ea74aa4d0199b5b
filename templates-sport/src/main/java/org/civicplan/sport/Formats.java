// SPDX-License-Identifier: Apache-2.0
package org.civicplan.sport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;
import org.civicplan.base.LocalizedText;

/**
 * Numbers in messages, formatted for each reader: English groups thousands with a comma and writes
 * a decimal point, Romanian groups with a point and writes a decimal comma. Fixed symbols, so that
 * the output never depends on the JDK's locale data.
 */
final class Formats {

  private Formats() {}

  /** {@return {@code amount currency}, rounded to whole units: "1,250,000 RON" / "1.250.000 RON"} */
  static LocalizedText money(BigDecimal amount, Currency currency) {
    BigDecimal whole = amount.setScale(0, RoundingMode.HALF_EVEN);
    return LocalizedText.of(number(whole, ',', '.', 0) + " " + currency.getCurrencyCode(),
        number(whole, '.', ',', 0) + " " + currency.getCurrencyCode());
  }

  /** {@return a share in [0, 1] as a percentage with one decimal: "95.2%" / "95,2%"} */
  static LocalizedText percent(BigDecimal share) {
    BigDecimal p = share.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN);
    return LocalizedText.of(number(p, ',', '.', 1) + "%", number(p, '.', ',', 1) + "%");
  }

  /** {@return a number as it is, "1,234.5" / "1.234,5"} */
  static LocalizedText number(BigDecimal value) {
    BigDecimal v = value.stripTrailingZeros();
    int scale = Math.max(0, v.scale());
    return LocalizedText.of(number(v, ',', '.', scale), number(v, '.', ',', scale));
  }

  private static String number(BigDecimal value, char grouping, char decimal, int scale) {
    DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
    symbols.setGroupingSeparator(grouping);
    symbols.setDecimalSeparator(decimal);
    symbols.setMinusSign('-');
    DecimalFormat f = new DecimalFormat(scale == 0 ? "#,##0" : "#,##0." + "0".repeat(scale), symbols);
    f.setRoundingMode(RoundingMode.HALF_EVEN);
    return f.format(value);
  }
}
