// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

import java.util.Objects;

/**
 * For one criterion, the interval of its (normalised) weight, the other weights rescaled
 * proportionally to fill the rest, inside which the first-ranked alternative stays first.
 *
 * @param criterion the criterion id
 * @param weight its current normalised weight
 * @param lower the smallest weight keeping the same first alternative (within 1e-6)
 * @param upper the largest such weight (within 1e-6)
 */
public record WeightInterval(String criterion, double weight, double lower, double upper) {

  /**
   * Creates an instance from its components.
   *
   * @param criterion the criterion id
   * @param weight its current normalised weight
   * @param lower the smallest weight keeping the same first alternative (within 1e-6)
   * @param upper the largest such weight (within 1e-6)
   * @throws NullPointerException if the criterion is null
   */
  public WeightInterval {
    Objects.requireNonNull(criterion, "criterion");
  }
}
