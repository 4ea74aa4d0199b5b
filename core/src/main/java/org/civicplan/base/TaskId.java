// SPDX-License-Identifier: Apache-2.0
package org.civicplan.base;

/**
 * Identifies a task; unique among the tasks of one action.
 *
 * @param value the id, following {@link org.civicplan.base.IdSyntax}
 */
public record TaskId(String value) implements Identifier, Comparable<TaskId> {

  /**
   * Creates an instance from its components.
   *
   * @param value the id, following {@link org.civicplan.base.IdSyntax}
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not a valid id
   */
  public TaskId {
    IdSyntax.requireValid(value, "task");
  }

  /**
   * Builds the id from its text.
   *
   * @param value the id, following {@link org.civicplan.base.IdSyntax}
   * @return the id
   * @throws IllegalArgumentException if {@code value} is not a valid id
   */
  public static TaskId of(String value) {
    return new TaskId(value);
  }

  @Override
  public int compareTo(TaskId other) {
    return value.compareTo(other.value);
  }

  /** Returns the id itself, so that {@code of(id.toString())} gives back {@code id}. */
  @Override
  public String toString() {
    return value;
  }
}
