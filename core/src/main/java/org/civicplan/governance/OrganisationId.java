// SPDX-License-Identifier: Apache-2.0
package org.civicplan.governance;

import org.civicplan.base.IdSyntax;
import org.civicplan.base.Identifier;

/**
 * Identifies an organisation; unique among the organisations of one document.
 *
 * @param value the id, following {@link org.civicplan.base.IdSyntax}
 */
public record OrganisationId(String value) implements Identifier, Comparable<OrganisationId> {

  /**
   * Creates an instance from its components.
   *
   * @param value the id, following {@link org.civicplan.base.IdSyntax}
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not a valid id
   */
  public OrganisationId {
    IdSyntax.requireValid(value, "organisation");
  }

  /**
   * Builds the id from its text.
   *
   * @param value the id, following {@link org.civicplan.base.IdSyntax}
   * @return the id
   * @throws IllegalArgumentException if {@code value} is not a valid id
   */
  public static OrganisationId of(String value) {
    return new OrganisationId(value);
  }

  @Override
  public int compareTo(OrganisationId other) {
    return value.compareTo(other.value);
  }

  /** Returns the id itself, so that {@code of(id.toString())} gives back {@code id}. */
  @Override
  public String toString() {
    return value;
  }
}
