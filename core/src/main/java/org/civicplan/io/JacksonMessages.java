// SPDX-License-Identifier: Apache-2.0
package org.civicplan.io;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Jackson's messages made fit for people: without the source descriptions Jackson puts inside
 * them ({@code [Source: REDACTED (StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION disabled); line: 1,
 * column: 2]} becomes {@code line 1, column 2}) and on one line.
 */
public final class JacksonMessages {

  private static final Pattern LOCATED =
      Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");
  private static final Pattern SOURCE = Pattern.compile("\\s*(?:at )?\\[Source: [^\\]]*\\]");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private JacksonMessages() {}

  /**
   * {@code message} without source descriptions or line breaks; {@code ""} for null.
   *
   * @param message a Jackson exception's message, possibly null
   * @return the message without source descriptions or line breaks; {@code ""} for null
   */
  public static String clean(@Nullable String message) {
    if (message == null) {
      return "";
    }
    String m = LOCATED.matcher(message).replaceAll("line $1, column $2");
    m = SOURCE.matcher(m).replaceAll("");
    return SPACES.matcher(m).replaceAll(" ").strip();
  }
}
