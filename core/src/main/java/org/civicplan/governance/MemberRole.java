// SPDX-License-Identifier: Apache-2.0
package org.civicplan.governance;

/** The role of a person in a governance body. */
public enum MemberRole {
  /** Leads the body. */
  COORDINATOR,
  /** Keeps the records. */
  SECRETARY,
  /** A full member. */
  MEMBER,
  /** Attends without a vote. */
  OBSERVER
}
