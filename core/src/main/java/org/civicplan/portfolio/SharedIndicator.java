// SPDX-License-Identifier: Apache-2.0
package org.civicplan.portfolio;

import java.util.Objects;
import org.civicplan.indicator.IndicatorId;

/**
 * An indicator that two strategies both use, declared shared: its one series of measurements is
 * recorded in the strategy referred to, which owns it, and assessed once.
 *
 * @param indicator the indicator of the strategy that declares the link
 * @param with the same indicator in the strategy that owns its series
 */
public record SharedIndicator(IndicatorId indicator, CrossReference with) {

  /**
   * Creates an instance from its components.
   *
   * @param indicator the indicator of the strategy that declares the link
   * @param with the same indicator in the strategy that owns its series
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code with} does not refer to an indicator
   */
  public SharedIndicator {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(with, "with");
    if (with.kind() != CrossReference.Kind.INDICATOR) {
      throw new IllegalArgumentException(
          "indicator \"" + indicator.value() + "\" must be shared with an indicator but was shared with " + with);
    }
  }
}
