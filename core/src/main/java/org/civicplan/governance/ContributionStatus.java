// SPDX-License-Identifier: Apache-2.0
package org.civicplan.governance;

/** Where a yearly contribution stands at a date. */
public enum ContributionStatus {
  /** Paid in full. */
  PAID,
  /** Not paid in full and due within the horizon of the schedule. */
  UPCOMING,
  /** Not paid in full and past its due date. */
  OVERDUE
}
