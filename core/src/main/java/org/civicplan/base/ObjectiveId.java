// SPDX-License-Identifier: Apache-2.0
package org.civicplan.base;

/**
 * Identifies an objective; unique among the objectives of one document.
 *
 * @param value the id, following {@link org.civicplan.base.IdSyntax}
 */
public record ObjectiveId(String value) implements Identifier, Comparable<ObjectiveId> {

  /**
   * Creates an instance from its components.
   *
   * @param value the id, following {@link org.civicplan.base.IdSyntax}
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not a valid id
   */
  public ObjectiveId {
    IdSyntax.requireValid(value, "objective");
  }

  /**
   * Builds the id from its text.
   *
   * @param value the id, following {@link org.civicplan.base.IdSyntax}
   * @return the id
   * @throws IllegalArgumentException if {@code value} is not a valid id
   */
  public static ObjectiveId of(String value) {
    return new ObjectiveId(value);
  }

  @Override
  public int compareTo(ObjectiveId other) {
    return value.compareTo(other.value);
  }

  /** Returns the id itself, so that {@code of(id.toString())} gives back {@code id}. */
  @Override
  public String toString() {
    return value;
  }
}
