// SPDX-License-Identifier: Apache-2.0
package org.civicplan.report;

import org.civicplan.io.Html;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.civicplan.base.Money;
import org.civicplan.prioritisation.OrderInterval;
import org.civicplan.report.PriorityList.CriterionWeight;
import org.civicplan.report.PriorityList.Entry;

/**
 * The HTML rendering of a {@link PriorityList} (see {@link PriorityList#toHtml}): one XHTML page
 * with inline CSS, no script and no reference outside the page.
 */
final class PriorityListHtml {

  private static final String CSS = String.join("\n",
      "body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;color:#1f2328;background:#fff}",
      "main{max-width:1100px;margin:0 auto;padding:1rem 1.5rem}",
      "h1{font-size:1.6rem;margin:.5rem 0}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #d0d7de}",
      "table{border-collapse:collapse;width:100%;font-size:.9rem;margin:.5rem 0}",
      "th,td{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top}",
      "th{background:#f6f8fa}td.num{text-align:right;white-space:nowrap}",
      ".meta{color:#59636e}tr.selected td:first-child{border-left:4px solid #1a7f37}",
      "tr.not-selected td:first-child{border-left:4px solid #afb8c1}",
      "@media print{tr{break-inside:avoid}}");

  private final PriorityList p;
  private final PriorityListTexts t;
  private final StringBuilder out = new StringBuilder(1 << 14);

  private PriorityListHtml(PriorityList p, PriorityListTexts t) {
    this.p = p;
    this.t = t;
  }

  static String render(PriorityList p, PriorityListTexts t) {
    return new PriorityListHtml(p, t).page();
  }

  static boolean hasContributions(PriorityList p) {
    return p.entries().stream().anyMatch(e -> !e.contributions().isEmpty());
  }

  private String page() {
    String title = t.get("title") + ": " + t.text(p.title());
    out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(t.language())
        .append("\" xml:lang=\"").append(t.language()).append("\">\n<head>\n<meta charset=\"utf-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n<title>")
        .append(esc(title)).append("</title>\n<style>\n").append(CSS).append("\n</style>\n</head>\n<body>\n<main>\n");
    out.append("<header>\n<h1>").append(esc(title)).append("</h1>\n<p class=\"meta\">")
        .append(esc(PriorityListMarkdown.meta(p, t))).append("</p>\n");
    if (!p.reason().isBlank()) {
      out.append("<p>").append(esc(t.text(p.reason()))).append("</p>\n");
    }
    out.append("</header>\n");
    method();
    list();
    scores();
    budget();
    stability();
    out.append("</main>\n</body>\n</html>\n");
    return out.toString();
  }

  private void method() {
    section("method", t.get("section.method"));
    paragraph(t.get("method.sentence", t.method(p), t.quote(t.text(p.criteriaSetName())), t.date(p.decidedOn())));
    head(List.of(t.get("col.criterion"), t.get("col.direction"), t.get("col.weight")));
    for (CriterionWeight c : p.criteria()) {
      out.append("<tr><td>").append(esc(t.text(c.name()))).append("</td><td>").append(esc(t.direction(c)))
          .append("</td><td class=\"num\">").append(esc(t.percent(c.weight()))).append("</td></tr>\n");
    }
    out.append("</tbody></table>\n</section>\n");
  }

  private void list() {
    section("list", t.get("section.list"));
    List<String> header = new ArrayList<>(List.of(t.get("col.rank"), t.get("col.action"), t.get("col.score")));
    p.years().forEach(y -> header.add(Integer.toString(y)));
    header.addAll(List.of(t.get("col.total"), t.get("col.funding"), t.get("col.selected"), t.get("col.why")));
    head(header);
    for (Entry e : p.entries()) {
      out.append("<tr class=\"").append(e.decision().code()).append("\"><td class=\"num\">").append(e.rank())
          .append("</td><td>").append(esc(t.text(e.name()))).append("</td><td class=\"num\">")
          .append(esc(t.score(e.score()))).append("</td>");
      for (int y : p.years()) {
        num(t.money(e.cost(y)));
      }
      num(t.money(e.total()));
      out.append("<td>").append(esc(t.funding(e.funding()))).append("</td><td>").append(esc(t.selected(e.decision())))
          .append("</td><td>").append(esc(t.why(p, e.decision()))).append("</td></tr>\n");
    }
    out.append("</tbody></table>\n</section>\n");
  }

  private void scores() {
    section("scores", t.get("section.scores"));
    boolean contributions = hasContributions(p);
    paragraph(t.get(contributions ? "scores.contributions" : "scores.values"));
    List<String> header = new ArrayList<>(List.of(t.get("col.rank"), t.get("col.action")));
    p.criteria().forEach(c -> header.add(t.text(c.name()) + " (" + t.percent(c.weight()) + ")"));
    header.add(t.get("col.score"));
    head(header);
    for (Entry e : p.entries()) {
      Map<String, Double> cells = contributions ? e.contributions() : e.values();
      out.append("<tr><td class=\"num\">").append(e.rank()).append("</td><td>").append(esc(t.text(e.name())))
          .append("</td>");
      for (CriterionWeight c : p.criteria()) {
        num(!cells.containsKey(c.id()) ? "–" : contributions ? t.score(cells.get(c.id())) : t.value(cells.get(c.id())));
      }
      num(t.score(e.score()));
      out.append("</tr>\n");
    }
    out.append("</tbody></table>\n</section>\n");
  }

  private void budget() {
    section("budget", t.get("section.budget"));
    if (p.budget().isEmpty()) {
      paragraph(t.get("budget.none"));
    } else {
      PriorityList.Budget b = p.budget().get();
      head(List.of(t.get("col.year"), t.get("col.available"), t.get("col.cost"), t.get("col.left")));
      b.available().forEach((y, a) -> {
        out.append("<tr><td>").append(y).append("</td>");
        num(t.money(a));
        num(t.money(b.cost().getOrDefault(y, Money.zero(a.currency()))));
        num(t.money(b.left(y)));
        out.append("</tr>\n");
      });
      out.append("</tbody></table>\n");
      paragraph(PriorityListMarkdown.budgetSentence(b, t));
      if (!b.rates().isEmpty()) {
        paragraph(PriorityListMarkdown.rates(b, t));
      }
    }
    out.append("</section>\n");
  }

  private void stability() {
    section("stability", t.get("section.stability"));
    if (p.stability().status() != PriorityList.StabilityStatus.AVAILABLE) {
      paragraph(t.unavailable(p));
      out.append("</section>\n");
      return;
    }
    for (String s : t.stabilitySummary(p)) {
      paragraph(s);
    }
    head(List.of(t.get("col.criterion"), t.get("col.weight"), t.get("col.firstPlace"), t.get("col.firstTwo"),
        t.get("col.beyond")));
    for (int k = 0; k < p.stability().firstTwo().size(); k++) {
      OrderInterval two = p.stability().firstTwo().get(k);
      OrderInterval one = p.stability().firstPlace().get(k);
      out.append("<tr><td>").append(esc(t.criterion(p, two.criterion()))).append("</td>");
      num(t.percent(two.weight()));
      num(t.range(one.lower(), one.upper()));
      num(t.range(two.lower(), two.upper()));
      out.append("<td>").append(esc(t.beyond(p, two))).append("</td></tr>\n");
    }
    out.append("</tbody></table>\n<p class=\"meta\">").append(esc(t.get("stability.method"))).append("</p>\n</section>\n");
  }

  private void section(String id, String heading) {
    out.append("<section id=\"").append(id).append("\">\n<h2>").append(esc(heading)).append("</h2>\n");
  }

  private void paragraph(String text) {
    out.append("<p>").append(esc(text)).append("</p>\n");
  }

  private void head(List<String> columns) {
    out.append("<table>\n<thead><tr>");
    for (String c : columns) {
      out.append("<th>").append(esc(c)).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
  }

  private void num(String text) {
    out.append("<td class=\"num\">").append(esc(text)).append("</td>");
  }

  /** {@return {@code s} escaped for HTML ({@link Html#escape})} */
  static String esc(String s) {
    return Html.escape(s);
  }
}
