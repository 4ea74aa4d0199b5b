// SPDX-License-Identifier: Apache-2.0
package org.civicplan.indicator;

/** The level of the results chain an indicator measures. */
public enum IndicatorKind {
  /** Long-term change in the city (indicator de impact). */
  IMPACT,
  /** Direct result of the actions for their beneficiaries (indicator de rezultat). */
  OUTCOME,
  /** What the actions produce (indicator de realizare). */
  OUTPUT
}
