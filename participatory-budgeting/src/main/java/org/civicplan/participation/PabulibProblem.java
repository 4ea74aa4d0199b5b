// SPDX-License-Identifier: Apache-2.0
package org.civicplan.participation;

import java.util.Objects;

/**
 * What is wrong with a pabulib file, and where.
 *
 * @param line the line, 1-based
 * @param column the column, 1-based (the first character of the field at fault)
 * @param code a stable code from {@link PbCodes} ({@code pabulib.…})
 * @param message what was wrong, with the value and what is allowed
 */
public record PabulibProblem(int line, int column, String code, String message) {

  /**
   * Creates an instance from its components.
   *
   * @param line the line, 1-based
   * @param column the column, 1-based (the first character of the field at fault)
   * @param code a stable code from {@link PbCodes} ({@code pabulib.…})
   * @param message what was wrong, with the value and what is allowed
   * @throws IllegalArgumentException if {@code line} or {@code column} is not positive
   */
  public PabulibProblem {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column must be positive but were " + line + ":" + column);
    }
  }

  @Override
  public String toString() {
    return line + ":" + column + " " + code + ": " + message;
  }
}
