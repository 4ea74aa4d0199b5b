// SPDX-License-Identifier: Apache-2.0
package org.civicplan.base;

/**
 * Identifies a strategy document (e.g. {@code tm-climate-2026}).
 *
 * @param value the id, following {@link org.civicplan.base.IdSyntax}
 */
public record StrategyId(String value) implements Identifier, Comparable<StrategyId> {

  /**
   * Creates an instance from its components.
   *
   * @param value the id, following {@link org.civicplan.base.IdSyntax}
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not a valid id
   */
  public StrategyId {
    IdSyntax.requireValid(value, "strategy");
  }

  /**
   * Builds the id from its text.
   *
   * @param value the id, following {@link org.civicplan.base.IdSyntax}
   * @return the id
   * @throws IllegalArgumentException if {@code value} is not a valid id
   */
  public static StrategyId of(String value) {
    return new StrategyId(value);
  }

  @Override
  public int compareTo(StrategyId other) {
    return value.compareTo(other.value);
  }

  /** Returns the id itself, so that {@code of(id.toString())} gives back {@code id}. */
  @Override
  public String toString() {
    return value;
  }
}
