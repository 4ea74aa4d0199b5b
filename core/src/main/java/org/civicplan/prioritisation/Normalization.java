// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

import java.util.Objects;
import java.util.Locale;

/**
 * How criterion values are brought to a common scale before weighting.
 *
 * <p>For TOPSIS the normalisation only rescales a column ({@code r = x / ‖x‖}, {@code x / Σx},
 * {@code x / max}, {@code (x − min) / (max − min)} or {@code x}); the direction is applied when
 * the ideal and anti-ideal are chosen (Hwang and Yoon, <i>Multiple Attribute Decision Making</i>,
 * Springer 1981, §2.3.4). For the weighted sum the normalisation also turns cost criteria round so
 * that larger is always better, as documented on each constant.
 */
public enum Normalization {
  /** Raw values; the weighted sum uses {@code −x} for a cost criterion. */
  NONE,
  /**
   * Linear min-max: {@code (x − min) / (max − min)} for benefit, {@code (max − x) / (max − min)}
   * for cost; a constant column gives 0 everywhere (and an info finding).
   */
  MIN_MAX,
  /**
   * Vector: {@code x / √Σx²}; for a cost criterion the weighted sum uses {@code 1 − x / √Σx²}.
   * A column of zeros is refused with a finding.
   */
  VECTOR,
  /**
   * Sum: {@code x / Σx}; for a cost criterion the weighted sum uses {@code (1/x) / Σ(1/x)}. Values
   * must be positive (zero is allowed for a benefit criterion whose sum is positive).
   */
  SUM,
  /**
   * Linear max (Hwang and Yoon 1981): {@code x / max} for benefit, {@code min / x} for cost. Values
   * must be positive (zero is allowed for a benefit criterion whose maximum is positive).
   */
  MAX;

  /** {@return the kebab-case name used in documents, e.g. {@code min-max}} */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * {@return the normalisation named {@code label} ({@code none}, {@code min-max}, {@code vector},
   * {@code sum}, {@code max})}
   *
   * @param label the label
   * @throws IllegalArgumentException if the label is none of these
   */
  public static Normalization parse(String label) {
    Objects.requireNonNull(label, "label");
    for (Normalization n : values()) {
      if (n.label().equals(label)) {
        return n;
      }
    }
    throw new IllegalArgumentException(
        "normalization must be one of none, min-max, vector, sum, max but was \"" + label + "\"");
  }
}
