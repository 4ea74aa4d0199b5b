// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;

/** Sentences for JSON that does not parse, in the commands that read plain JSON inputs. */
final class JsonInput {

  // Jackson names the source and the byte offset inside its messages: "[Source: REDACTED
  // (StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION disabled); line: 1, column: 1]".
  private static final Pattern SOURCE =
      Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");
  private static final Pattern REST = Pattern.compile("\\s*\\[Source: [^\\]]*\\]");

  private JsonInput() {}

  /** {@code civicplan: FILE:LINE:COLUMN: what is wrong}, the location left out when unknown. */
  static String describe(java.nio.file.Path file, JacksonException e) {
    String p = problem(e);
    return "civicplan: " + file + (!p.isEmpty() && Character.isDigit(p.charAt(0)) ? ":" : ": ") + p;
  }

  /**
   * {@code LINE:COLUMN: what is wrong} (or just what is wrong, when Jackson knows no location),
   * without Jackson's source descriptions.
   */
  static String problem(JacksonException e) {
    String m = String.valueOf(e.getOriginalMessage());
    Matcher s = SOURCE.matcher(m);
    m = s.replaceAll("line $1, column $2");
    m = REST.matcher(m).replaceAll("");
    int hint = m.indexOf("; `");
    if (hint >= 0) {
      m = m.substring(0, hint);
    }
    m = m.replace('\n', ' ').strip();
    if (e.processor() instanceof JsonParser p) {
      String pointer = p.streamReadContext().pathAsPointer().toString();
      if (!pointer.isEmpty()) {
        m = m + " (at " + pointer + ")";
      }
    }
    TokenStreamLocation l = e.getLocation();
    return l != null && l.getLineNr() > 0 ? l.getLineNr() + ":" + l.getColumnNr() + ": " + m : m;
  }
}
