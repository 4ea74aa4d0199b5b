// SPDX-License-Identifier: Apache-2.0
package org.civicplan.document;

import java.util.Objects;
import java.util.Optional;
import org.civicplan.governance.ChangeOperation;
import tools.jackson.databind.JsonNode;

/**
 * One JSON Patch (RFC 6902) operation, {@code add}, {@code remove} or {@code replace}, with the
 * value it overwrote when known, so that it can be undone.
 *
 * <p>The nodes are copied on the way in and out: an operation cannot be changed through them.
 *
 * @param op the operation
 * @param path an RFC 6901 JSON Pointer ({@code ""} is the whole document)
 * @param value the new value; present for add and replace, empty for remove
 * @param previous the value removed or replaced, when known; always empty for add
 */
public record JsonPatchOperation(ChangeOperation op, String path, Optional<JsonNode> value, Optional<JsonNode> previous) {

  /**
   * Creates an instance from its components.
   *
   * @param op the operation
   * @param path an RFC 6901 JSON Pointer ({@code ""} is the whole document)
   * @param value the new value; present for add and replace, empty for remove
   * @param previous the value removed or replaced, when known; always empty for add
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the path is not a JSON Pointer, or a value is missing for
   *     add or replace, or given for remove, or a previous value is given for add
   */
  public JsonPatchOperation {
    Objects.requireNonNull(op, "op");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(previous, "previous");
    if (!path.isEmpty() && !path.startsWith("/")) {
      throw new IllegalArgumentException("JSON Patch path must be empty or start with '/' but was \"" + path + "\"");
    }
    if (value.isPresent() == (op == ChangeOperation.REMOVE)) {
      throw new IllegalArgumentException(
          "a JSON Patch " + op.rfcName() + " at \"" + path + "\" must " + (op == ChangeOperation.REMOVE ? "not " : "") + "have a value");
    }
    if (op == ChangeOperation.ADD && previous.isPresent()) {
      throw new IllegalArgumentException("a JSON Patch add at \"" + path + "\" has no previous value");
    }
    value = value.map(JsonNode::deepCopy);
    previous = previous.map(JsonNode::deepCopy);
  }

  /**
   * {@return an add}
   *
   * @param path an RFC 6901 JSON Pointer ({@code ""} is the whole document)
   * @param value the new value; present for add and replace, empty for remove
   */
  public static JsonPatchOperation add(String path, JsonNode value) {
    return new JsonPatchOperation(ChangeOperation.ADD, path, Optional.of(value), Optional.empty());
  }

  /**
   * {@return a remove that knows the value it removes}
   *
   * @param path an RFC 6901 JSON Pointer ({@code ""} is the whole document)
   * @param previous the value removed or replaced, when known; always empty for add
   */
  public static JsonPatchOperation remove(String path, JsonNode previous) {
    return new JsonPatchOperation(ChangeOperation.REMOVE, path, Optional.empty(), Optional.of(previous));
  }

  /**
   * {@return a replace that knows the value it replaces}
   *
   * @param path an RFC 6901 JSON Pointer ({@code ""} is the whole document)
   * @param value the new value; present for add and replace, empty for remove
   * @param previous the value removed or replaced, when known; always empty for add
   */
  public static JsonPatchOperation replace(String path, JsonNode value, JsonNode previous) {
    return new JsonPatchOperation(ChangeOperation.REPLACE, path, Optional.of(value), Optional.of(previous));
  }

  /** {@return a copy of the new value; present for add and replace, empty for remove} */
  @Override
  public Optional<JsonNode> value() {
    return value.map(JsonNode::deepCopy);
  }

  /** {@return a copy of the value removed or replaced, when known; always empty for add} */
  @Override
  public Optional<JsonNode> previous() {
    return previous.map(JsonNode::deepCopy);
  }
}
