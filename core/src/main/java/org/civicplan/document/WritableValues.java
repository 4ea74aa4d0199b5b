// SPDX-License-Identifier: Apache-2.0
package org.civicplan.document;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import org.civicplan.base.Pointer;
import tools.jackson.databind.JsonNode;

/**
 * What a document may hold only if it can be written back so that it reads the same: no text (value
 * or member name) with an unpaired surrogate, which a JSON escape such as {@code "\ud800"} can
 * give but no UTF-8 file can hold (a writer would replace it or merge it with its neighbour).
 * Checked on the tree of a document before it is bound, so the problem names the path.
 */
final class WritableValues {

  private WritableValues() {}

  /** The first value of {@code tree} that could not be written back as read, depth first, in document order. */
  static Optional<ReadProblem> firstProblem(JsonNode tree, String text, tools.jackson.databind.ObjectMapper mapper) {
    Deque<Map.Entry<String, JsonNode>> stack = new ArrayDeque<>();
    stack.push(Map.entry("", tree));
    while (!stack.isEmpty()) {
      Map.Entry<String, JsonNode> e = stack.pop();
      String path = e.getKey();
      JsonNode n = e.getValue();
      if (n.isObject()) {
        // pushed in reverse, so that the first member is checked first
        var names = new java.util.ArrayList<String>(n.propertyNames());
        for (int i = names.size() - 1; i >= 0; i--) {
          String name = names.get(i);
          String child = path + "/" + Pointer.escape(name);
          int at = unpaired(name);
          if (at >= 0) {
            return Optional.of(surrogate(child, name, at, text, mapper));
          }
          stack.push(Map.entry(child, n.get(name)));
        }
      } else if (n.isArray()) {
        for (int i = n.size() - 1; i >= 0; i--) {
          stack.push(Map.entry(path + "/" + i, n.get(i)));
        }
      } else if (n.isString()) {
        int at = unpaired(n.asString());
        if (at >= 0) {
          return Optional.of(surrogate(path, n.asString(), at, text, mapper));
        }
      }
    }
    return Optional.empty();
  }

  /** The index of the first unpaired surrogate of {@code s}, or -1. */
  static int unpaired(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      } else if (Character.isLowSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  private static ReadProblem surrogate(String path, String value, int at, String text, tools.jackson.databind.ObjectMapper mapper) {
    String hex = Integer.toHexString(value.charAt(at)).toUpperCase(java.util.Locale.ROOT);
    return Problems.located(ReadProblem.Kind.INVALID_VALUE, "surrogate", path, text, mapper, hex, String.valueOf(at + 1));
  }

}
