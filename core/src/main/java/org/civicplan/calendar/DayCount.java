// SPDX-License-Identifier: Apache-2.0
package org.civicplan.calendar;

import java.util.Objects;
import java.util.Locale;
import org.civicplan.base.LocalizedText;

/** Whether a legal term counts every day or only working days. */
public enum DayCount {
  /** Monday to Friday, except public holidays and the host's own days off. */
  WORKING,
  /** Every day. */
  CALENDAR;

  /** {@return the name used in documents and parameters: {@code working} or {@code calendar}} */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * {@return the count named {@code label}}
   *
   * @param label {@code working} or {@code calendar}
   * @throws IllegalArgumentException naming the allowed labels if it is neither
   */
  public static DayCount parse(String label) {
    Objects.requireNonNull(label, "label");
    for (DayCount c : values()) {
      if (c.label().equals(label)) {
        return c;
      }
    }
    throw new IllegalArgumentException("a day count must be working or calendar but was \"" + label + "\"");
  }

  /**
   * {@return {@code n} days of this kind in words, e.g. "30 working days" and "30 de zile
   * lucrătoare" (Romanian puts "de" between a number whose last two digits are 0 or 20 and more and
   * its noun)}
   *
   * @param n the number of days, at least 0
   */
  public LocalizedText span(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("a number of days must be >= 0 but was " + n);
    }
    boolean working = this == WORKING;
    String en = n + (n == 1 ? (working ? " working day" : " calendar day") : (working ? " working days" : " calendar days"));
    String ro;
    if (n == 1) {
      ro = working ? "1 zi lucrătoare" : "1 zi calendaristică";
    } else {
      int last = n % 100;
      ro = n + ((n > 0 && (last == 0 || last >= 20)) ? " de zile " : " zile ") + (working ? "lucrătoare" : "calendaristice");
    }
    return LocalizedText.of(en, ro);
  }
}
