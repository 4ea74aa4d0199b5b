// SPDX-License-Identifier: Apache-2.0
package org.civicplan.participation;

import java.util.Objects;

/**
 * The id of a project in a participatory budget, as the {@code project_id} column of a pabulib
 * file gives it: any non-blank text without {@code ,} or {@code ;} and without surrounding spaces
 * ({@code 12}, {@code P-3}). Ids order lexicographically, by {@link String#compareTo}; the rules
 * break ties in that order unless the caller gives another.
 *
 * @param value the id
 */
public record ProjectId(String value) implements Comparable<ProjectId> {

  /**
   * Creates an instance from its components.
   *
   * @param value the id
   * @throws IllegalArgumentException if {@code value} is blank, has surrounding spaces or contains
   *     {@code ,} or {@code ;}
   */
  public ProjectId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank() || !value.strip().equals(value) || value.indexOf(',') >= 0 || value.indexOf(';') >= 0) {
      throw new IllegalArgumentException(
          "project id must be non-blank text without surrounding spaces, ',' or ';' but was \"" + value + "\"");
    }
  }

  /**
   * The id {@code value}.
   *
   * @param value the id's text
   * @return the id
   */
  public static ProjectId of(String value) {
    return new ProjectId(value);
  }

  @Override
  public int compareTo(ProjectId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
