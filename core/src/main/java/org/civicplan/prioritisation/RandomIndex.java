// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

import java.util.Objects;
import java.util.Locale;

/**
 * Published random-consistency-index tables: the mean consistency index of random reciprocal
 * matrices of order n. The tables differ by several per cent, so the one used is a choice that is
 * always recorded with the result.
 *
 * <p>Values for n = 1..15 (n = 1, 2 are 0 by definition: such matrices are always consistent).
 * Beyond the last tabulated order the last value is used.
 *
 * <ul>
 *   <li>{@link #SAATY_1980}: Saaty, <i>The Analytic Hierarchy Process</i>, McGraw-Hill 1980
 *       (0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59 for n = 3..15).
 *   <li>{@link #SAATY_2005}: Saaty, <i>Theory and Applications of the Analytic Network Process</i>,
 *       RWS 2005 (0.52, 0.89, 1.11, 1.25, 1.35, 1.40, 1.45, 1.49, 1.52, 1.54, 1.56, 1.58, 1.59).
 *   <li>{@link #TUMMALA_LING_1998}: Tummala and Ling, "A note on the computation of the mean random
 *       consistency index of the AHP", Theory and Decision 44 (1998) 221–230.
 *   <li>{@link #DONEGAN_DODD_1991}: Donegan and Dodd, "A note on Saaty's random indexes",
 *       Mathematical and Computer Modelling 15(10) (1991) 135–137.
 * </ul>
 *
 * <p>[NV] The Tummala–Ling and Donegan–Dodd values are taken from the comparison table in Alonso
 * and Lamata, "Consistency in the analytic hierarchy process: a new approach", IJUFKS 14(4) (2006)
 * 445–459, Table 2, and have not been checked against the original papers; use them as a
 * parameter, not as a rule.
 */
public enum RandomIndex {
  /** Saaty 1980 (the default). */
  SAATY_1980(0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59),
  /** Saaty 2005. */
  SAATY_2005(0, 0, 0.52, 0.89, 1.11, 1.25, 1.35, 1.40, 1.45, 1.49, 1.52, 1.54, 1.56, 1.58, 1.59),
  /** Tummala and Ling 1998 [NV]. */
  TUMMALA_LING_1998(
      0, 0, 0.500, 0.834, 1.046, 1.178, 1.267, 1.326, 1.369, 1.406, 1.433, 1.456, 1.474, 1.491, 1.501),
  /** Donegan and Dodd 1991 [NV]. */
  DONEGAN_DODD_1991(
      0, 0, 0.4887, 0.8045, 1.0591, 1.1797, 1.2519, 1.3171, 1.3733, 1.4055, 1.4213, 1.4497, 1.4643, 1.4822,
      1.4969);

  private final double[] values;

  RandomIndex(double... values) {
    this.values = values;
  }

  /**
   * {@return the random index for matrices of order {@code n}}
   *
   * @param n the matrix order
   * @throws IllegalArgumentException if n is below 1
   */
  public double of(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("matrix order must be at least 1 but was " + n);
    }
    return values[Math.min(n, values.length) - 1];
  }

  /** {@return the kebab-case name used in documents, e.g. {@code saaty-1980}} */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * {@return the table named {@code label}}
   *
   * @param label the label
   * @throws IllegalArgumentException if no table has that label
   */
  public static RandomIndex parse(String label) {
    Objects.requireNonNull(label, "label");
    for (RandomIndex r : values()) {
      if (r.label().equals(label)) {
        return r;
      }
    }
    throw new IllegalArgumentException(
        "randomIndex must be one of saaty-1980, saaty-2005, tummala-ling-1998, donegan-dodd-1991 but was \""
            + label
            + "\"");
  }
}
