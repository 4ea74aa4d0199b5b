// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** JSON helpers shared by {@code rank} and {@code select}. */
final class PrioritisationJson {

  static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(tools.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  private PrioritisationJson() {}

  /** A required member, or IllegalArgumentException naming it. */
  static JsonNode required(JsonNode node, String name, String where) {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) {
      throw new IllegalArgumentException("missing \"" + name + "\" in " + where);
    }
    return v;
  }

  static String text(JsonNode node, String where) {
    if (!node.isString()) {
      throw new IllegalArgumentException(where + " must be a string but was " + node);
    }
    return node.asString();
  }

  static double number(JsonNode node, String where) {
    if (!node.isNumber()) {
      throw new IllegalArgumentException(where + " must be a number but was " + node);
    }
    return node.asDouble();
  }
}
