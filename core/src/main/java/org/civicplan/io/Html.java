// SPDX-License-Identifier: Apache-2.0
package org.civicplan.io;

import java.util.Objects;

/**
 * Text for HTML pages, shared by core's monitoring report, strategy document and priority lists,
 * and open to templates that render their own pages.
 */
public final class Html {

  private Html() {}

  /**
   * {@return {@code text} escaped for element content and attribute values: {@code & < > " '} as
   * entities, and the characters XML does not allow (most control characters, lone surrogates,
   * U+FFFE, U+FFFF) as U+FFFD, so that the page stays well-formed for XHTML readers such as a PDF
   * renderer}
   *
   * @param text the text
   * @throws NullPointerException if {@code text} is null
   */
  public static String escape(String text) {
    Objects.requireNonNull(text, "text");
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            b.append(c).append(text.charAt(++i));
          } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || Character.isSurrogate(c)
              || c == 0xFFFE || c == 0xFFFF) {
            b.append('\uFFFD');
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }
}
