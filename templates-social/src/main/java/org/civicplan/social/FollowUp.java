// SPDX-License-Identifier: Apache-2.0
package org.civicplan.social;

/** How far a recommendation of a monitoring visit has been carried out. */
public enum FollowUp {
  /** Nothing done yet. */
  OPEN,
  /** Under way. */
  IN_PROGRESS,
  /** Carried out. */
  DONE
}
