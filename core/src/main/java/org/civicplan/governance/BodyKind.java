// SPDX-License-Identifier: Apache-2.0
package org.civicplan.governance;

/** The bodies a strategy is made and followed with. */
public enum BodyKind {
  /** Coordinates drafting (echipa de management). */
  MANAGEMENT_TEAM,
  /** Advises; includes civil society (comitet consultativ). */
  CONSULTATIVE_COMMITTEE,
  /** Drafts one sector (grup de lucru sectorial). */
  SECTORAL_WORKING_GROUP,
  /** Follows implementation (comitet de monitorizare). */
  MONITORING_COMMITTEE
}
