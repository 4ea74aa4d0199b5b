// SPDX-License-Identifier: Apache-2.0
package org.civicplan.base;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The one syntax every civicplan identifier follows: 1 to 64 characters, starting with a letter
 * or digit, then letters, digits, {@code .}, {@code _}, {@code :} or {@code -}.
 *
 * <p>Ids appear in JSON Pointer paths, CLI output and file names, so they carry no spaces and no
 * {@code /} or {@code ~}.
 */
public final class IdSyntax {

  /** The pattern every identifier matches. */
  public static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

  /** The syntax in words, for messages that say what is allowed. */
  public static final String RULE =
      "1 to 64 characters: a letter or digit, then letters, digits, '.', '_', ':' or '-'";

  private IdSyntax() {}

  /**
   * Checks an identifier.
   *
   * @param value the candidate id
   * @param kind what it identifies, for the message (e.g. {@code "action"})
   * @return {@code value}
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} does not match {@link #PATTERN}
   */
  public static String requireValid(String value, String kind) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, () -> kind + " id must not be null");
    if (!isValid(value)) {
      throw new IllegalArgumentException(
          kind
              + " id must be 1 to 64 characters of letters, digits, '.', '_', ':' or '-',"
              + " starting with a letter or digit, but was \""
              + value
              + "\"");
    }
    return value;
  }

  /**
   * {@return whether {@code value} is a valid identifier}
   *
   * @param value the text to check
   * @throws NullPointerException if {@code value} is null
   */
  public static boolean isValid(String value) {
    // PATTERN, checked without a matcher: every id of every document passes here
    int n = Objects.requireNonNull(value, "value").length();
    if (n < 1 || n > 64 || !letterOrDigit(value.charAt(0))) {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = value.charAt(i);
      if (!letterOrDigit(c) && c != '.' && c != '_' && c != ':' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean letterOrDigit(char c) {
    return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
  }
}
