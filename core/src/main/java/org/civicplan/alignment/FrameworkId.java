// SPDX-License-Identifier: Apache-2.0
package org.civicplan.alignment;

import org.civicplan.base.IdSyntax;
import org.civicplan.base.Identifier;

/**
 * Identifies a reference framework; the same framework has the same id in core's catalogue and in every template's, e.g. {@code sdg}.
 *
 * @param value the id, following {@link org.civicplan.base.IdSyntax}
 */
public record FrameworkId(String value) implements Identifier, Comparable<FrameworkId> {

  /**
   * Creates an instance from its components.
   *
   * @param value the id, following {@link org.civicplan.base.IdSyntax}
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not a valid id
   */
  public FrameworkId {
    IdSyntax.requireValid(value, "reference framework");
  }

  /**
   * Builds the id from its text.
   *
   * @param value the id, following {@link org.civicplan.base.IdSyntax}
   * @return the id
   * @throws IllegalArgumentException if {@code value} is not a valid id
   */
  public static FrameworkId of(String value) {
    return new FrameworkId(value);
  }

  @Override
  public int compareTo(FrameworkId other) {
    return value.compareTo(other.value);
  }

  /** Returns the id itself, so that {@code of(id.toString())} gives back {@code id}. */
  @Override
  public String toString() {
    return value;
  }
}
