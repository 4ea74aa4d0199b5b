// SPDX-License-Identifier: Apache-2.0
package org.civicplan.indicator;

final class Values {
  private Values() {}

  static double requireFinite(double value, String what) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(what + " must be a finite number but was " + value);
    }
    return value;
  }
}
