// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

import java.math.BigDecimal;
import java.math.MathContext;
import org.civicplan.base.Finding;
import org.civicplan.base.MessageCatalog;
import org.civicplan.base.Severity;

/** The prioritisation message catalogue, loaded once. */
final class Messages {

  private static final MessageCatalog CATALOG =
      MessageCatalog.load(Messages.class::getResourceAsStream, "messages");

  private Messages() {}

  static Finding error(String code, String path, Object... args) {
    return CATALOG.finding(Severity.ERROR, code, path, args);
  }

  static Finding warning(String code, String path, Object... args) {
    return CATALOG.finding(Severity.WARNING, code, path, args);
  }

  static Finding info(String code, String path, Object... args) {
    return CATALOG.finding(Severity.INFO, code, path, args);
  }

  /** A number as a message shows it: an integer plainly, NaN and infinities as Java writes them, otherwise six significant digits. */
  static String number(double x) {
    if (!Double.isFinite(x)) {
      // an AHP judgement may be NaN or infinite; BigDecimal takes neither
      return Double.toString(x);
    }
    if (x == Math.rint(x) && Math.abs(x) < 1e15) {
      return Long.toString((long) x);
    }
    return new BigDecimal(x).round(new MathContext(6)).stripTrailingZeros().toPlainString();
  }

  /**
   * An exact amount as a message shows it: plainly ({@code 1250.5}) when that takes at most 40
   * characters, otherwise in scientific notation ({@code 1E+400600000}), which never expands an
   * amount's exponent into its digits.
   */
  static String shown(BigDecimal v) {
    BigDecimal s = v.signum() == 0 ? BigDecimal.ZERO : v.stripTrailingZeros();
    long digits = s.scale() <= 0 ? (long) s.precision() - s.scale() : Math.max(s.precision(), (long) s.scale() + 1) + 1;
    return digits <= 40 ? s.toPlainString() : s.toString();
  }

  static boolean has(String code) {
    return CATALOG.has(code);
  }
}
