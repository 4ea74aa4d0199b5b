// SPDX-License-Identifier: Apache-2.0
package org.civicplan.climate;

/**
 * A rating of the Covenant of Mayors risk and vulnerability assessment: the current probability of
 * a hazard, the severity of its consequences, or a vulnerability (JRC SECAP reporting template,
 * DOMAIN.md §1.5).
 */
public enum Rating {
  /** Low. */
  LOW,
  /** Moderate. */
  MODERATE,
  /** High. */
  HIGH,
  /** Not known. */
  NOT_KNOWN
}
