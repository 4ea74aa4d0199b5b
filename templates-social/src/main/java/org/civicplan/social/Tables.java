// SPDX-License-Identifier: Apache-2.0
package org.civicplan.social;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/** Writes the template's reports: Markdown and HTML tables, JSON strings, numbers for a reader. */
final class Tables {

  private Tables() {}

  /** {@return whether {@code locale} is Romanian} */
  static boolean romanian(Locale locale) {
    return "ro".equals(locale.getLanguage());
  }

  /** {@return {@code value} rounded half up to {@code decimals}, with the reader's decimal separator} */
  static String number(BigDecimal value, int decimals, Locale locale) {
    String text = value.setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    return romanian(locale) ? text.replace('.', ',') : text;
  }

  /** {@return a Markdown table: header, separator, rows; {@code |} in cells escaped} */
  static String markdown(List<String> header, List<List<String>> rows) {
    StringBuilder out = new StringBuilder();
    out.append(mdRow(header));
    out.append('|');
    for (int i = 0; i < header.size(); i++) {
      out.append(" --- |");
    }
    out.append('\n');
    rows.forEach(r -> out.append(mdRow(r)));
    return out.toString();
  }

  private static String mdRow(List<String> cells) {
    StringBuilder out = new StringBuilder("|");
    cells.forEach(c -> out.append(' ').append(c.replace("|", "\\|")).append(" |"));
    return out.append('\n').toString();
  }

  /** {@return an HTML table with a caption; text escaped} */
  static String html(String caption, List<String> header, List<List<String>> rows) {
    StringBuilder out = new StringBuilder("<table>\n<caption>").append(escape(caption)).append("</caption>\n<thead><tr>");
    header.forEach(h -> out.append("<th>").append(escape(h)).append("</th>"));
    out.append("</tr></thead>\n<tbody>\n");
    for (List<String> r : rows) {
      out.append("<tr>");
      r.forEach(c -> out.append("<td>").append(escape(c)).append("</td>"));
      out.append("</tr>\n");
    }
    return out.append("</tbody>\n</table>\n").toString();
  }

  /** {@return {@code text} with the HTML special characters escaped} */
  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  /** {@return the start of an HTML page in {@code locale}'s language, with {@code title}} */
  static String htmlStart(String title, Locale locale) {
    return "<!DOCTYPE html>\n<html lang=\"" + (romanian(locale) ? "ro" : "en") + "\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
        + escape(title) + "</title>\n</head>\n<body>\n<h1>" + escape(title) + "</h1>\n";
  }

  /** The end of an HTML page. */
  static final String HTML_END = "</body>\n</html>\n";

  /** {@return {@code text} as a JSON string literal} */
  static String json(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
