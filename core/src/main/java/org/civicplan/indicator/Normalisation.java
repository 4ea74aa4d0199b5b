// SPDX-License-Identifier: Apache-2.0
package org.civicplan.indicator;

/** What an indicator's values are divided by. */
public enum Normalisation {
  /** Absolute values. */
  NONE,
  /** Per inhabitant of the municipality. */
  PER_CAPITA,
  /** Per 1,000 inhabitants. */
  PER_1000_INHABITANTS,
  /** Per square kilometre of the municipality's area. */
  PER_KM2
}
