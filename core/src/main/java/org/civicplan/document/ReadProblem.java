// SPDX-License-Identifier: Apache-2.0
package org.civicplan.document;

import java.util.Objects;

/**
 * Why a document could not be read: what was wrong, what is allowed, and where.
 *
 * @param message what was wrong and what is allowed, in English, e.g. {@code date must be written
 *     YYYY, YYYY-MM or YYYY-MM-DD but was "2027-13"}
 * @param line the 1-based line in the document, or 0 when unknown
 * @param column the 1-based column in the document, or 0 when unknown
 * @param path a JSON Pointer (RFC 6901) to the offending value, e.g. {@code
 *     /actions/3/budget/0/planned}; {@code ""} for the whole document
 */
public record ReadProblem(String message, int line, int column, String path) {

  /**
   * Creates an instance from its components.
   *
   * @param message what was wrong and what is allowed, in English, e.g. {@code date must be written
   *     YYYY, YYYY-MM or YYYY-MM-DD but was "2027-13"}
   * @param line the 1-based line in the document, or 0 when unknown
   * @param column the 1-based column in the document, or 0 when unknown
   * @param path a JSON Pointer (RFC 6901) to the offending value, e.g. {@code
   *     /actions/3/budget/0/planned}; {@code ""} for the whole document
   * @throws NullPointerException if the message or path is null
   * @throws IllegalArgumentException if the line or column is negative, or the path is neither
   *     empty nor starts with {@code /}
   */
  public ReadProblem {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(path, "path");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException(
          "line and column must be 0 (unknown) or positive but were " + line + ":" + column);
    }
    if (!path.isEmpty() && !path.startsWith("/")) {
      throw new IllegalArgumentException(
          "path must be a JSON Pointer, empty or starting with '/', but was \"" + path + "\"");
    }
  }

  /** {@code line:column path: message}, with unknown parts left out. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    if (line > 0) {
      s.append(line).append(':').append(column).append(' ');
    }
    s.append(path.isEmpty() ? "/" : path).append(": ").append(message);
    return s.toString();
  }
}
