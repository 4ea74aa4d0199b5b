// SPDX-License-Identifier: Apache-2.0
package org.civicplan.climate;

import org.civicplan.base.IdSyntax;
import org.civicplan.base.Identifier;

/**
 * Identifies a climate hazard of the hazard catalogue, e.g. {@code HZ-01} (extreme heat) or the
 * sub-hazard {@code HZ-04b} (river flood). Written in documents as its text.
 *
 * @param value the id, following {@link org.civicplan.base.IdSyntax}
 */
public record HazardId(String value) implements Identifier, Comparable<HazardId> {

  /**
   * Creates an instance from its components.
   *
   * @param value the id, following {@link org.civicplan.base.IdSyntax}
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not a valid id
   */
  public HazardId {
    IdSyntax.requireValid(value, "hazard");
  }

  /**
   * Builds the id from its text.
   *
   * @param value the id, following {@link org.civicplan.base.IdSyntax}
   * @return the id
   * @throws IllegalArgumentException if {@code value} is not a valid id
   */
  public static HazardId of(String value) {
    return new HazardId(value);
  }

  @Override
  public int compareTo(HazardId other) {
    return value.compareTo(other.value);
  }

  /** Returns the id itself, so that {@code of(id.toString())} gives back {@code id}. */
  @Override
  public String toString() {
    return value;
  }
}
