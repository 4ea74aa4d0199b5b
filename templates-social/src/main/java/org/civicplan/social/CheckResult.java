// SPDX-License-Identifier: Apache-2.0
package org.civicplan.social;

/** What a monitoring visit found for one quality standard. */
public enum CheckResult {
  /** The standard is met (îndeplinit). */
  MET,
  /** The standard is partly met (parțial îndeplinit). */
  PARTLY_MET,
  /** The standard is not met (neîndeplinit). */
  NOT_MET
}
