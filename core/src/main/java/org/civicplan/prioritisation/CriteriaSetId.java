// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

import org.civicplan.base.IdSyntax;
import org.civicplan.base.Identifier;

/**
 * Identifies a criteria set of a template; unique among the template's criteria sets, e.g. {@code climate-actions}.
 *
 * @param value the id, following {@link org.civicplan.base.IdSyntax}
 */
public record CriteriaSetId(String value) implements Identifier, Comparable<CriteriaSetId> {

  /**
   * Creates an instance from its components.
   *
   * @param value the id, following {@link org.civicplan.base.IdSyntax}
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not a valid id
   */
  public CriteriaSetId {
    IdSyntax.requireValid(value, "criteria set");
  }

  /**
   * Builds the id from its text.
   *
   * @param value the id, following {@link org.civicplan.base.IdSyntax}
   * @return the id
   * @throws IllegalArgumentException if {@code value} is not a valid id
   */
  public static CriteriaSetId of(String value) {
    return new CriteriaSetId(value);
  }

  @Override
  public int compareTo(CriteriaSetId other) {
    return value.compareTo(other.value);
  }

  /** Returns the id itself, so that {@code of(id.toString())} gives back {@code id}. */
  @Override
  public String toString() {
    return value;
  }
}
