// SPDX-License-Identifier: Apache-2.0
package org.civicplan.indicator;

import java.util.OptionalInt;

/** How often new values of an indicator are expected. */
public enum ReportingFrequency {
  /** Every month. */
  MONTHLY(1),
  /** Every three months. */
  QUARTERLY(3),
  /** Every six months. */
  SEMI_ANNUAL(6),
  /** Every year. */
  ANNUAL(12),
  /** Every two years, as Covenant of Mayors monitoring reports. */
  BIENNIAL(24),
  /** Every four years, as Covenant of Mayors monitoring emission inventories. */
  QUADRENNIAL(48),
  /** Whenever data appears; no freshness expectation. */
  IRREGULAR(0);

  private final int months;

  ReportingFrequency(int months) {
    this.months = months;
  }

  /** {@return the expected interval in months, empty for {@link #IRREGULAR}} */
  public OptionalInt months() {
    return months == 0 ? OptionalInt.empty() : OptionalInt.of(months);
  }
}
