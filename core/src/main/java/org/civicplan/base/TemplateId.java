// SPDX-License-Identifier: Apache-2.0
package org.civicplan.base;


/**
 * Identifies a template; unique among the templates of one registry (e.g. {@code climate}).
 *
 * @param value the id, following {@link org.civicplan.base.IdSyntax}
 */
public record TemplateId(String value) implements Identifier, Comparable<TemplateId> {

  /**
   * Creates an instance from its components.
   *
   * @param value the id, following {@link org.civicplan.base.IdSyntax}
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not a valid id
   */
  public TemplateId {
    IdSyntax.requireValid(value, "template");
  }

  /**
   * Builds the id from its text.
   *
   * @param value the id, following {@link org.civicplan.base.IdSyntax}
   * @return the id
   * @throws IllegalArgumentException if {@code value} is not a valid id
   */
  public static TemplateId of(String value) {
    return new TemplateId(value);
  }

  @Override
  public int compareTo(TemplateId other) {
    return value.compareTo(other.value);
  }

  /** Returns the id itself, so that {@code of(id.toString())} gives back {@code id}. */
  @Override
  public String toString() {
    return value;
  }
}
