// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Shape checks of the plain JSON inputs read by hand ({@code rank}, {@code select}, {@code
 * assess}): a member of the wrong JSON type, or one the format does not know, is an {@link
 * IllegalArgumentException} naming the member's path and what is allowed, never a value silently
 * coerced or ignored. The published schemas ({@code schemas/*.schema.json}) state the same shapes.
 */
final class InputShape {

  private static final int SHOWN = 60;

  private InputShape() {}

  /** The node itself, which must be an object whose members are all among {@code allowed}. */
  static JsonNode object(JsonNode node, String where, List<String> allowed) {
    if (!node.isObject()) {
      throw new IllegalArgumentException(where + " must be an object but was " + shown(node));
    }
    for (String name : node.propertyNames()) {
      if (!allowed.contains(name)) {
        throw new IllegalArgumentException(
            where + " has an unknown member \"" + name + "\"; the members are " + String.join(", ", allowed));
      }
    }
    return node;
  }

  /** The node itself, which must be an object (its member names are free). */
  static JsonNode map(JsonNode node, String where) {
    if (!node.isObject()) {
      throw new IllegalArgumentException(where + " must be an object but was " + shown(node));
    }
    return node;
  }

  /** The node itself, which must be an array. */
  static JsonNode array(JsonNode node, String where) {
    if (!node.isArray()) {
      throw new IllegalArgumentException(where + " must be an array but was " + shown(node));
    }
    return node;
  }

  /** The text of a node that must be a string. */
  static String string(JsonNode node, String where) {
    if (!node.isString()) {
      throw new IllegalArgumentException(where + " must be a string but was " + shown(node));
    }
    return node.asString();
  }

  /** The text of a node that must be one of {@code allowed}. */
  static String oneOf(JsonNode node, String where, List<String> allowed) {
    if (!node.isString() || !allowed.contains(node.asString())) {
      throw new IllegalArgumentException(
          where + " must be one of " + String.join(", ", allowed) + " but was " + shown(node));
    }
    return node.asString();
  }

  /** The value of a node that must be a number. */
  static double number(JsonNode node, String where) {
    if (!node.isNumber()) {
      throw new IllegalArgumentException(where + " must be a number but was " + shown(node));
    }
    return node.asDouble();
  }

  /** The value of a node that must be a whole number (written with or without a zero fraction). */
  static long whole(JsonNode node, String where) {
    if (!node.isNumber() || !node.canConvertToExactIntegral() || !node.canConvertToLong()) {
      throw new IllegalArgumentException(where + " must be a whole number but was " + shown(node));
    }
    return node.asLong();
  }

  /** The value of a node that must be {@code true} or {@code false}. */
  static boolean bool(JsonNode node, String where) {
    if (!node.isBoolean()) {
      throw new IllegalArgumentException(where + " must be true or false but was " + shown(node));
    }
    return node.asBoolean();
  }

  /** Every element of an array that must hold strings only. */
  static List<String> strings(JsonNode node, String where) {
    array(node, where);
    java.util.ArrayList<String> out = new java.util.ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      out.add(string(node.get(i), where + "[" + i + "]"));
    }
    return out;
  }

  /** The JSON text of a node, shortened for a message. */
  static String shown(JsonNode node) {
    String s = node.toString();
    return s.length() <= SHOWN ? s : s.substring(0, SHOWN) + "…";
  }
}
