// SPDX-License-Identifier: Apache-2.0
package org.civicplan.climate;

/** The risk level of a hazard, read from a {@link RiskMatrix}. Ordered from lowest to highest. */
public enum RiskLevel {
  /** Probability or consequence not known: the level cannot be rated. */
  NOT_KNOWN,
  /** Low risk. */
  LOW,
  /** Moderate risk: an adaptation action should address it. */
  MODERATE,
  /** High risk: an adaptation action must address it. */
  HIGH
}
