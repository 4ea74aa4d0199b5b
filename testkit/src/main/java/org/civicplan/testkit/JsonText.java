// SPDX-License-Identifier: Apache-2.0
package org.civicplan.testkit;

import java.util.List;

/**
 * Writes random, nested JSON in the compact canonical form a JSON library writes back (no
 * whitespace, no exponents, no trailing zeros in fractions, only {@code "} and {@code \} escaped),
 * so that a document that keeps annex data as text can give back the very same text.
 */
final class JsonText {

  private JsonText() {}

  /** A JSON object nested at most {@code depth} levels (1 = no nested containers). */
  static String object(Rng rng, int depth) {
    StringBuilder out = new StringBuilder();
    writeObject(rng, Math.max(1, depth), out);
    return out.toString();
  }

  private static void writeObject(Rng rng, int depth, StringBuilder out) {
    List<String> keys = rng.distinct(Vocabulary.WORDS, rng.between(depth > 1 ? 1 : 0, 4));
    out.append('{');
    for (int i = 0; i < keys.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      writeString(keys.get(i), out);
      out.append(':');
      writeValue(rng, depth, out);
    }
    out.append('}');
  }

  private static void writeArray(Rng rng, int depth, StringBuilder out) {
    int n = rng.between(0, 4);
    out.append('[');
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        out.append(',');
      }
      writeValue(rng, depth, out);
    }
    out.append(']');
  }

  private static void writeValue(Rng rng, int depth, StringBuilder out) {
    int choice = rng.below(depth > 1 ? 8 : 6);
    switch (choice) {
      case 0, 1 -> writeString(text(rng), out);
      case 2 -> out.append(rng.betweenLong(-100_000, 1_000_000));
      case 3 -> out.append(decimal(rng));
      case 4 -> out.append(rng.chance(0.5) ? "true" : "false");
      case 5 -> out.append(rng.chance(0.8) ? Long.toString(rng.between(0, 99)) : "null");
      case 6 -> writeArray(rng, depth - 1, out);
      default -> writeObject(rng, depth - 1, out);
    }
  }

  /** A decimal with one to three fraction digits, the last not zero, below one million. */
  private static String decimal(Rng rng) {
    int digits = rng.between(1, 3);
    long whole = rng.betweenLong(-9_999, 999_999);
    StringBuilder fraction = new StringBuilder();
    for (int i = 0; i < digits - 1; i++) {
      fraction.append(rng.below(10));
    }
    fraction.append(1 + rng.below(9));
    String sign = whole == 0 && rng.chance(0.3) ? "-" : "";
    return sign + whole + "." + fraction;
  }

  private static String text(Rng rng) {
    StringBuilder s = new StringBuilder(rng.pick(Vocabulary.WORDS));
    int more = rng.below(3);
    for (int i = 0; i < more; i++) {
      s.append(' ').append(rng.pick(Vocabulary.WORDS));
    }
    if (rng.chance(0.1)) {
      s.append(" \"citat\"");
    }
    if (rng.chance(0.05)) {
      s.append(" C:\\date");
    }
    return s.toString();
  }

  private static void writeString(String value, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\');
      }
      out.append(c);
    }
    out.append('"');
  }
}
