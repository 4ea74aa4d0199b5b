// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * At least {@code share} of a period's budget must go to the listed projects: {@code Σ cost of the
 * selected listed projects in period ≥ share × budget(period)}, compared exactly.
 *
 * @param period the budget period
 * @param projects the project ids that count
 * @param share in [0, 1]
 */
public record MinimumShare(String period, Set<String> projects, BigDecimal share) {

  /**
   * Creates an instance from its components.
   *
   * @param period the budget period
   * @param projects the project ids that count
   * @param share in [0, 1]
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the share is outside [0, 1]
   */
  public MinimumShare {
    Objects.requireNonNull(period, "period");
    projects = Collections.unmodifiableSortedSet(new TreeSet<>(projects));
    if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("minimum share must be in [0, 1] but was " + share + " (period " + period + ")");
    }
  }
}
