// SPDX-License-Identifier: Apache-2.0
package org.civicplan.base;

/**
 * Identifies an action; unique among the actions of one document.
 *
 * @param value the id, following {@link org.civicplan.base.IdSyntax}
 */
public record ActionId(String value) implements Identifier, Comparable<ActionId> {

  /**
   * Creates an instance from its components.
   *
   * @param value the id, following {@link org.civicplan.base.IdSyntax}
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not a valid id
   */
  public ActionId {
    IdSyntax.requireValid(value, "action");
  }

  /**
   * Builds the id from its text.
   *
   * @param value the id, following {@link org.civicplan.base.IdSyntax}
   * @return the id
   * @throws IllegalArgumentException if {@code value} is not a valid id
   */
  public static ActionId of(String value) {
    return new ActionId(value);
  }

  @Override
  public int compareTo(ActionId other) {
    return value.compareTo(other.value);
  }

  /** Returns the id itself, so that {@code of(id.toString())} gives back {@code id}. */
  @Override
  public String toString() {
    return value;
  }
}
