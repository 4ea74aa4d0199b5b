// SPDX-License-Identifier: Apache-2.0
package org.civicplan.governance;

import java.util.Objects;
import java.util.Optional;

/**
 * One change between two versions of a strategy document, as a JSON Patch (RFC 6902) operation
 * with the value it replaced, so that the change can be undone.
 *
 * @param op add, remove or replace
 * @param path an RFC 6901 JSON Pointer into the document ({@code ""} for the whole document)
 * @param value the new value as JSON text; present for add and replace, empty for remove
 * @param previous the old value as JSON text; present for remove and replace, empty for add
 */
public record DocumentChange(ChangeOperation op, String path, Optional<String> value, Optional<String> previous) {

  /**
   * Creates an instance from its components.
   *
   * @param op add, remove or replace
   * @param path an RFC 6901 JSON Pointer into the document ({@code ""} for the whole document)
   * @param value the new value as JSON text; present for add and replace, empty for remove
   * @param previous the old value as JSON text; present for remove and replace, empty for add
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the path is not a JSON Pointer or the values do not suit
   *     the operation
   */
  public DocumentChange {
    Objects.requireNonNull(op, "op");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(previous, "previous");
    if (!path.isEmpty() && !path.startsWith("/")) {
      throw new IllegalArgumentException("change path must be a JSON Pointer (empty or starting with '/') but was \"" + path + "\"");
    }
    boolean needsValue = op != ChangeOperation.REMOVE;
    boolean needsPrevious = op != ChangeOperation.ADD;
    if (value.isPresent() != needsValue || previous.isPresent() != needsPrevious) {
      throw new IllegalArgumentException(
          "a " + op.rfcName() + " change at \"" + path + "\" must " + (needsValue ? "have" : "not have")
              + " a value and must " + (needsPrevious ? "have" : "not have") + " a previous value");
    }
  }
}
