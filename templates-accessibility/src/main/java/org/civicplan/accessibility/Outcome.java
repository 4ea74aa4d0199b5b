// SPDX-License-Identifier: Apache-2.0
package org.civicplan.accessibility;

/** What a criterion evaluates to for one audited element. */
public enum Outcome {
  /** Measured or observed, and the threshold is met. */
  COMPLIANT,
  /** Measured or observed, and the threshold is not met. */
  NON_COMPLIANT,
  /** The auditor recorded that the criterion does not apply to this element (e.g. no ramp). */
  NOT_APPLICABLE,
  /**
   * Not evaluated: no measurement or observation was recorded, or the criterion has no threshold
   * in force (an unverified value whose parameter is unset).
   */
  NOT_MEASURED;

  /**
   * {@return whether the outcome counts in a compliance score: compliant or non-compliant}
   */
  public boolean isAssessed() {
    return this == COMPLIANT || this == NON_COMPLIANT;
  }
}
