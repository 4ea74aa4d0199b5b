// SPDX-License-Identifier: Apache-2.0
package org.civicplan.indicator;

/** Which way an indicator improves. */
public enum Direction {
  /** Higher is better (e.g. green area per inhabitant). */
  INCREASE,
  /** Lower is better (e.g. CO2 emissions). */
  DECREASE,
  /** Best inside a range given by the target's lower and upper values (e.g. indoor temperature). */
  TARGET_RANGE
}
