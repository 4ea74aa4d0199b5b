// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

/**
 * What the portfolio search selects: one project, or the projects of a requires cycle, taken all
 * together or not at all. Indices refer to the {@link PortfolioModel}'s units, projects and groups.
 */
final class PortfolioUnit {
  /** No indices: shared by the many units that require, are required by or exclude nothing. */
  static final int[] NONE = new int[0];

  /** Indices of the member projects in the problem, in id order once the model is built. */
  int[] members;
  /** The smallest member id, which breaks ties in every order. */
  String id = "";
  double value;
  /** Exact scaled cost per period. */
  long[] cost;
  /** Cost in the surrogate constraint: {@code Σ_t λ_t cost_t}. */
  double weight;
  int[] requires = NONE;
  int[] requiredBy = NONE;
  /** Exclusive groups of the unit; -1 when two of its members share a group (never selectable). */
  int[] groups = NONE;
  boolean mandatory;

  /** Whether two members of this unit are in one exclusive group, so it can never be taken. */
  boolean neverSelectable() {
    for (int g : groups) {
      if (g < 0) {
        return true;
      }
    }
    return false;
  }
}
