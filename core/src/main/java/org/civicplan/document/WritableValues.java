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
    if (!mayHoldUnpaired(text, false)) {
      return Optional.empty();
    }
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

  /**
   * Whether a value read from {@code text} can hold an unpaired surrogate: only when the text has
   * one itself or writes one as an escape (<code>&#92;uD800</code> to <code>&#92;uDFFF</code>, or
   * YAML's <code>&#92;U0000D800</code> form). Most documents have neither, and then the tree need not be walked;
   * an escaped backslash before <code>u</code> only makes this answer yes where no is right, never the
   * other way.
   *
   * @param decoded whether {@code text} was decoded from UTF-8, and so has no unpaired surrogate of
   *     its own to look for
   */
  static boolean mayHoldUnpaired(String text, boolean decoded) {
    if (!decoded && unpaired(text) >= 0) {
      return true;
    }
    for (int i = text.indexOf('\\'); i >= 0; i = text.indexOf('\\', i + 1)) {
      if (surrogateEscape(text, i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@link #mayHoldUnpaired(String, boolean)} for a document still in UTF-8 bytes, which (once
   * decoded strictly) hold no unpaired surrogate of their own: only an escape can write one.
   *
   * @param utf8 the document's bytes
   * @return whether a value read from them may hold an unpaired surrogate
   */
  static boolean mayHoldUnpaired(byte[] utf8) {
    for (int i = 0; i < utf8.length - 1; i++) {
      // an escape is ASCII, so its bytes read as Latin-1 are its text
      if (utf8[i] == '\\' && surrogateEscape(
          new String(utf8, i, Math.min(10, utf8.length - i), java.nio.charset.StandardCharsets.ISO_8859_1), 0)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the backslash at {@code at} starts an escape of form {@code u} (four hex digits) or
   * {@code U} (eight) that writes a surrogate, U+D800 to U+DFFF.
   */
  private static boolean surrogateEscape(CharSequence text, int at) {
    if (at + 1 >= text.length()) {
      return false;
    }
    char form = text.charAt(at + 1);
    int digits = form == 'u' ? 4 : form == 'U' ? 8 : 0;
    int from = at + 2;
    if (digits == 0 || from + digits > text.length()) {
      return false;
    }
    int value = 0;
    for (int k = from; k < from + digits; k++) {
      int d = Character.digit(text.charAt(k), 16);
      if (d < 0) {
        return false;
      }
      value = value * 16 + d;
    }
    return value >= 0xD800 && value <= 0xDFFF;
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
