// SPDX-License-Identifier: Apache-2.0
package org.civicplan.strategy;

/** Whether an action keeps to its schedule; separate from its {@link ImplementationPhase}. */
public enum ActionStatus {
  /** Not started yet. */
  NOT_STARTED,
  /** Under way and on schedule. */
  ON_TIME,
  /** Under way and behind schedule. */
  LATE,
  /** Done. */
  COMPLETED,
  /** Will not be done. */
  CANCELLED,
  /** Moved to a later date. */
  POSTPONED
}
