// SPDX-License-Identifier: Apache-2.0
package org.civicplan.strategy;

import java.util.Objects;
import org.civicplan.indicator.Direction;
import org.civicplan.indicator.IndicatorId;

/**
 * An indicator an action is expected to move, and which way.
 *
 * @param indicator the indicator, declared in the document
 * @param direction the expected change ({@link Direction#INCREASE} or {@link Direction#DECREASE})
 */
public record IndicatorEffect(IndicatorId indicator, Direction direction) {

  /**
   * Creates an instance from its components.
   *
   * @param indicator the indicator, declared in the document
   * @param direction the expected change ({@link Direction#INCREASE} or {@link Direction#DECREASE})
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code direction} is {@link Direction#TARGET_RANGE}
   */
  public IndicatorEffect {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(direction, "direction");
    if (direction == Direction.TARGET_RANGE) {
      throw new IllegalArgumentException(
          "an action's expected effect must be increase or decrease but was target-range (indicator \""
              + indicator + "\")");
    }
  }

  /**
   * {@return an expected effect}
   *
   * @param indicatorId the indicator's id
   * @param direction the expected change ({@link Direction#INCREASE} or {@link Direction#DECREASE})
   */
  public static IndicatorEffect of(String indicatorId, Direction direction) {
    return new IndicatorEffect(IndicatorId.of(indicatorId), direction);
  }
}
