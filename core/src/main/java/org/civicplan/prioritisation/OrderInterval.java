// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

import java.util.List;
import java.util.Objects;

/**
 * For one criterion, the interval of its (normalised) weight, the other weights rescaled
 * proportionally to fill the rest, inside which the first alternatives of a ranking keep their
 * order; and the order of those places just past each end, where it changes ({@link
 * Sensitivity#orderIntervals}).
 *
 * @param criterion the criterion id
 * @param weight its current normalised weight
 * @param lower the smallest weight keeping {@code order} (within 1e-6)
 * @param upper the largest weight keeping {@code order} (within 1e-6)
 * @param order the ids of the first places at the current weights, first first
 * @param orderBelow the ids of the first places just below {@code lower}; empty when the order
 *     holds down to weight 0
 * @param orderAbove the ids of the first places just above {@code upper}; empty when the order
 *     holds up to weight 1
 */
public record OrderInterval(
    String criterion, double weight, double lower, double upper, List<String> order, List<String> orderBelow,
    List<String> orderAbove) {

  /**
   * Creates an instance from its components.
   *
   * @param criterion the criterion id
   * @param weight its current normalised weight
   * @param lower the smallest weight keeping {@code order} (within 1e-6)
   * @param upper the largest weight keeping {@code order} (within 1e-6)
   * @param order the ids of the first places at the current weights, first first
   * @param orderBelow the ids of the first places just below {@code lower}; empty when the order
   *     holds down to weight 0
   * @param orderAbove the ids of the first places just above {@code upper}; empty when the order
   *     holds up to weight 1
   * @throws NullPointerException if an argument or element is null
   */
  public OrderInterval {
    Objects.requireNonNull(criterion, "criterion");
    order = List.copyOf(order);
    orderBelow = List.copyOf(orderBelow);
    orderAbove = List.copyOf(orderAbove);
  }

  /** {@return whether the order changes when the weight falls below {@link #lower()}} */
  public boolean changesBelow() {
    return !orderBelow.isEmpty();
  }

  /** {@return whether the order changes when the weight rises above {@link #upper()}} */
  public boolean changesAbove() {
    return !orderAbove.isEmpty();
  }
}
