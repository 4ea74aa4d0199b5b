// SPDX-License-Identifier: Apache-2.0
package org.civicplan.climate;

import java.math.BigDecimal;
import java.util.Objects;

/** Exact decimals as the climate annexes keep them: trailing zeros stripped, never negative scale. */
final class Decimals {

  private Decimals() {}

  /** {@code value} without trailing zeros, so that {@code 12.50} equals {@code 12.5}. */
  static BigDecimal normalise(BigDecimal value) {
    if (value.signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /**
   * Checks that {@code value} is not negative and normalises it.
   *
   * @throws IllegalArgumentException naming {@code what} and the value when it is negative
   */
  static BigDecimal nonNegative(BigDecimal value, String what) {
    Objects.requireNonNull(value, what);
    if (value.signum() < 0) {
      throw new IllegalArgumentException(what + " must not be negative but was " + value.toPlainString());
    }
    return normalise(value);
  }

  /** Checks that {@code value} is not negative. */
  static long nonNegative(long value, String what) {
    if (value < 0) {
      throw new IllegalArgumentException(what + " must not be negative but was " + value);
    }
    return value;
  }
}
