package org.civicplan.indicator;

/**
 * What an indicator's values are divided by (per inhabitant, per 1,000 inhabitants, per km²),
 * not to be confused with the scaling of criteria in prioritisation ({@code
 * org.civicplan.prioritisation.Normalization}).
 */
public enum Denominator {
  /** Absolute values. */
  NONE,
  /** Per inhabitant of the municipality. */
  PER_CAPITA,
  /** Per 1,000 inhabitants. */
  PER_1000_INHABITANTS,
  /** Per square kilometre of the municipality's area. */
  PER_KM2
}
