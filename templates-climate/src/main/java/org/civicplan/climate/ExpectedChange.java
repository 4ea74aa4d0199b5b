// SPDX-License-Identifier: Apache-2.0
package org.civicplan.climate;

/** The expected future change in a hazard's intensity or frequency (JRC SECAP reporting template). */
public enum ExpectedChange {
  /** Expected to increase. */
  INCREASE,
  /** Expected to decrease. */
  DECREASE,
  /** No change expected. */
  NO_CHANGE,
  /** Not known. */
  NOT_KNOWN
}
