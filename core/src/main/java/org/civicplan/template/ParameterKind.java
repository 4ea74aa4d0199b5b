// SPDX-License-Identifier: Apache-2.0
package org.civicplan.template;

import java.util.Objects;
import java.util.Locale;
import java.util.Optional;

/** The type of a template parameter, as a template definition file names it ({@code integer}, {@code year}…). */
public enum ParameterKind {
  /** A whole number, e.g. {@code 4}. */
  INTEGER,
  /** A decimal number, e.g. {@code 0.5}. */
  DECIMAL,
  /** A percentage written as a number, e.g. {@code 40} for 40 %. */
  PERCENT,
  /** A calendar year of four digits, e.g. {@code 2030}. */
  YEAR,
  /** {@code true} or {@code false}. */
  BOOLEAN,
  /** An ISO date, {@code YYYY-MM-DD}. */
  DATE,
  /** A plan date of any precision: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
  PLAN_DATE,
  /** Any text. */
  TEXT,
  /** One of the parameter's declared choices. */
  CHOICE,
  /** Rows separated by {@code ;} of values separated by {@code ,}, each one of the declared choices. */
  MATRIX;

  /**
   * {@return the name a definition file uses: the constant in lower case, {@code _} as {@code -}
   * ({@code plan-date})}
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * {@return the kind a definition file names, if any}
   *
   * @param label the label
   */
  public static Optional<ParameterKind> fromLabel(String label) {
    Objects.requireNonNull(label, "label");
    for (ParameterKind k : values()) {
      if (k.label().equals(label)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  /** {@return whether values of this kind are numbers that a range can bound} */
  public boolean isNumeric() {
    return this == INTEGER || this == DECIMAL || this == PERCENT || this == YEAR;
  }
}
