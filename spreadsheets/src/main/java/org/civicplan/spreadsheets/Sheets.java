// SPDX-License-Identifier: Apache-2.0
package org.civicplan.spreadsheets;

import java.util.Locale;

/** What export and import share: the language of a locale and the codes of enumerations. */
final class Sheets {

  static final Locale ROMANIAN = Locale.forLanguageTag("ro");

  private Sheets() {}

  /** Romanian for {@code ro}, English otherwise. */
  static Locale language(Locale locale) {
    return "ro".equals(locale.getLanguage()) ? ROMANIAN : Locale.ENGLISH;
  }

  /** The code a strategy document uses for a constant: {@code ON_TIME} is {@code on-time}. */
  static String code(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
