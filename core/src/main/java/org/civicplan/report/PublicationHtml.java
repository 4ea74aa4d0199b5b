// SPDX-License-Identifier: Apache-2.0
package org.civicplan.report;

import org.civicplan.io.Html;
import java.util.List;
import org.civicplan.report.StrategyPublication.Block;
import org.civicplan.report.StrategyPublication.Cell;
import org.civicplan.report.StrategyPublication.Heading;
import org.civicplan.report.StrategyPublication.Item;
import org.civicplan.report.StrategyPublication.Items;
import org.civicplan.report.StrategyPublication.Paragraph;
import org.civicplan.report.StrategyPublication.Section;
import org.civicplan.report.StrategyPublication.Table;

/**
 * The HTML of a {@link StrategyPublication}: one XHTML page, inline CSS with print rules, no
 * script, nothing outside the page. The same page is the input of the PDF rendering, so it keeps
 * to the CSS 2.1 that HTML-to-PDF engines read ({@code @page} margin boxes for the page numbers).
 */
final class PublicationHtml {

  /** The font family the page asks for first; the PDF rendering embeds a font under this name. */
  static final String FONT = "DejaVu Sans";

  private static final String CSS = String.join("\n",
      "@page{size:A4;margin:22mm 18mm 20mm 18mm;@bottom-center{content:counter(page);font-family:'" + FONT
          + "',sans-serif;font-size:9pt;color:#555}}",
      "@page:first{@bottom-center{content:none}}",
      "body{font-family:'" + FONT + "','Segoe UI',Roboto,Arial,sans-serif;font-size:10.5pt;line-height:1.4;"
          + "color:#1f2328;margin:0}",
      "main{max-width:190mm;margin:0 auto;padding:0 4mm}",
      ".title-page{text-align:center;padding-top:60mm;page-break-after:always}",
      ".title-page .municipality{font-size:16pt;letter-spacing:.05em;text-transform:uppercase}",
      ".title-page h1{font-size:24pt;margin:18mm 0 10mm 0;font-weight:bold}",
      ".title-page p{margin:2mm 0;font-size:12pt}",
      "nav ol{padding-left:6mm}nav{page-break-after:always}",
      "h2{font-size:15pt;margin:10mm 0 3mm 0;border-bottom:1px solid #888;page-break-after:avoid}",
      "h3{font-size:12pt;margin:6mm 0 2mm 0;page-break-after:avoid}",
      "table{border-collapse:collapse;width:100%;font-size:8.5pt;margin:2mm 0 4mm 0;-fs-table-paginate:paginate}",
      "thead{display:table-header-group}tr{page-break-inside:avoid}",
      "th,td{border:1px solid #999;padding:1.2mm 1.6mm;text-align:left;vertical-align:top}",
      "th{background:#eceff3}td.num,td.code{white-space:nowrap}td.num{text-align:right}",
      "tr.total td{font-weight:bold;background:#f6f8fa}",
      "caption{caption-side:top;text-align:left;font-weight:bold;padding:1mm 0}",
      "ul.tree{list-style:none;padding-left:0}ul.tree li{margin:1.5mm 0}",
      "ul.tree .label{font-weight:bold}",
      "@media screen{body{background:#fff}main{padding:4mm 8mm}}");

  /** A code alone in a cell ({@code }, {@code OS-2.3}): kept on one line. */
  private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Z]{1,6}-[0-9A-Z.-]{1,12}");

  private final StrategyPublication d;
  private final StringBuilder out = new StringBuilder(1 << 15);

  private PublicationHtml(StrategyPublication d) {
    this.d = d;
  }

  static String render(StrategyPublication d) {
    return new PublicationHtml(d).page();
  }

  private String page() {
    String lang = d.language();
    out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(lang)
        .append("\" xml:lang=\"").append(lang).append("\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>")
        .append(esc(d.titlePage().title())).append("</title>\n<style>\n").append(CSS)
        .append("\n</style>\n</head>\n<body>\n<main>\n");
    out.append("<section class=\"title-page\">\n<p class=\"municipality\">").append(esc(d.titlePage().municipality()))
        .append("</p>\n<h1>").append(esc(d.titlePage().title())).append("</h1>\n");
    for (String line : d.titlePage().lines()) {
      out.append("<p>").append(esc(line)).append("</p>\n");
    }
    out.append("</section>\n<nav>\n<h2>").append(esc(PublicationBuilder.LABELS.text("contents")
        .get(java.util.Locale.forLanguageTag(lang)))).append("</h2>\n<ol>\n");
    for (Section s : d.sections()) {
      out.append("<li>").append(esc(s.heading())).append("</li>\n");
    }
    out.append("</ol>\n</nav>\n");
    int n = 0;
    for (Section s : d.sections()) {
      n++;
      out.append("<section id=\"").append(esc(s.id())).append("\">\n<h2>").append(n).append(". ")
          .append(esc(s.heading())).append("</h2>\n");
      for (Block b : s.blocks()) {
        block(b);
      }
      out.append("</section>\n");
    }
    out.append("</main>\n</body>\n</html>\n");
    return out.toString();
  }

  private void block(Block b) {
    if (b instanceof Heading h) {
      out.append("<h3>").append(esc(h.text())).append("</h3>\n");
    } else if (b instanceof Paragraph p) {
      out.append("<p>").append(esc(p.text())).append("</p>\n");
    } else if (b instanceof Items items) {
      out.append("<ul class=\"tree\">\n");
      for (Item i : items.items()) {
        out.append("<li style=\"margin-left:").append(i.level() * 7).append("mm\"><span class=\"label\">")
            .append(esc(i.label())).append("</span>");
        if (!i.text().isBlank()) {
          out.append("<br/>").append(esc(i.text()));
        }
        out.append("</li>\n");
      }
      out.append("</ul>\n");
    } else {
      table((Table) b);
    }
  }

  private void table(Table t) {
    out.append("<table>");
    if (!t.caption().isBlank()) {
      out.append("<caption>").append(esc(t.caption())).append("</caption>");
    }
    out.append("<thead><tr>");
    for (String c : t.columns()) {
      out.append("<th>").append(esc(c)).append("</th>");
    }
    out.append("</tr></thead><tbody>\n");
    List<List<Cell>> rows = t.rows();
    for (int r = 0; r < rows.size(); r++) {
      out.append(t.total() && r == rows.size() - 1 ? "<tr class=\"total\">" : "<tr>");
      for (Cell c : rows.get(r)) {
        out.append(c.number() ? "<td class=\"num\">" : CODE.matcher(c.text()).matches() ? "<td class=\"code\">" : "<td>")
            .append(esc(c.text())).append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody></table>\n");
  }

  /** {@return {@code s} escaped for HTML ({@link Html#escape})} */
  static String esc(String s) {
    return Html.escape(s);
  }
}
