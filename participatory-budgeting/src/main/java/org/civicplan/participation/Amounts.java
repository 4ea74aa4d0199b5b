// SPDX-License-Identifier: Apache-2.0
package org.civicplan.participation;

/** How amounts appear in sentences: exact, with a decimal approximation where the value needs one. */
final class Amounts {

  private Amounts() {}

  static String show(Rational r) {
    return r.exactDecimal().isPresent() ? r.toPlainString() : r + " (≈ " + r.toDecimal(6).toPlainString() + ")";
  }
}
