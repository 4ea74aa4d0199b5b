// SPDX-License-Identifier: Apache-2.0
package org.civicplan.indicator;

import org.civicplan.base.IdSyntax;
import org.civicplan.base.Identifier;

/**
 * Identifies an indicator; unique among the indicators of one document.
 *
 * @param value the id, following {@link org.civicplan.base.IdSyntax}
 */
public record IndicatorId(String value) implements Identifier, Comparable<IndicatorId> {

  /**
   * Creates an instance from its components.
   *
   * @param value the id, following {@link org.civicplan.base.IdSyntax}
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not a valid id
   */
  public IndicatorId {
    IdSyntax.requireValid(value, "indicator");
  }

  /**
   * Builds the id from its text.
   *
   * @param value the id, following {@link org.civicplan.base.IdSyntax}
   * @return the id
   * @throws IllegalArgumentException if {@code value} is not a valid id
   */
  public static IndicatorId of(String value) {
    return new IndicatorId(value);
  }

  @Override
  public int compareTo(IndicatorId other) {
    return value.compareTo(other.value);
  }

  /** Returns the id itself, so that {@code of(id.toString())} gives back {@code id}. */
  @Override
  public String toString() {
    return value;
  }
}
