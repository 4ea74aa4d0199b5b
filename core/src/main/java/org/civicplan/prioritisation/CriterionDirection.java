// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

/** Whether more of a criterion is better or worse. */
public enum CriterionDirection {
  /** More is better (e.g. t CO2 avoided). */
  BENEFIT,
  /** Less is better (e.g. cost). */
  COST
}
