// SPDX-License-Identifier: Apache-2.0
package org.civicplan.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.civicplan.base.Money;
import org.civicplan.prioritisation.OrderInterval;
import org.civicplan.report.PriorityList.CriterionWeight;
import org.civicplan.report.PriorityList.Entry;

/** The Markdown rendering of a {@link PriorityList} (see {@link PriorityList#toMarkdown}). */
final class PriorityListMarkdown {

  private PriorityListMarkdown() {}

  static String render(PriorityList p, PriorityListTexts t) {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(esc(t.get("title"))).append(": ").append(esc(t.text(p.title()))).append("\n\n");
    out.append(esc(meta(p, t))).append("\n\n");
    if (!p.reason().isBlank()) {
      out.append(esc(t.text(p.reason()))).append("\n\n");
    }

    out.append("## ").append(esc(t.get("section.method"))).append("\n\n");
    out.append(esc(t.get("method.sentence", t.method(p), t.quote(t.text(p.criteriaSetName())), t.date(p.decidedOn()))))
        .append("\n\n");
    table(out, List.of(t.get("col.criterion"), t.get("col.direction"), t.get("col.weight")));
    for (CriterionWeight c : p.criteria()) {
      cells(out, List.of(t.text(c.name()), t.direction(c), t.percent(c.weight())));
    }
    out.append('\n');

    out.append("## ").append(esc(t.get("section.list"))).append("\n\n");
    List<String> header = new ArrayList<>(List.of(t.get("col.rank"), t.get("col.action"), t.get("col.score")));
    p.years().forEach(y -> header.add(Integer.toString(y)));
    header.addAll(List.of(t.get("col.total"), t.get("col.funding"), t.get("col.selected"), t.get("col.why")));
    table(out, header);
    for (Entry e : p.entries()) {
      List<String> row = new ArrayList<>(List.of(Integer.toString(e.rank()), t.text(e.name()), t.score(e.score())));
      p.years().forEach(y -> row.add(t.money(e.cost(y))));
      row.addAll(List.of(t.money(e.total()), t.funding(e.funding()), t.selected(e.decision()), t.why(p, e.decision())));
      cells(out, row);
    }
    out.append('\n');

    out.append("## ").append(esc(t.get("section.scores"))).append("\n\n");
    boolean contributions = PriorityListHtml.hasContributions(p);
    out.append(esc(t.get(contributions ? "scores.contributions" : "scores.values"))).append("\n\n");
    List<String> scoreHeader = new ArrayList<>(List.of(t.get("col.rank"), t.get("col.action")));
    p.criteria().forEach(c -> scoreHeader.add(t.text(c.name()) + " (" + t.percent(c.weight()) + ")"));
    scoreHeader.add(t.get("col.score"));
    table(out, scoreHeader);
    for (Entry e : p.entries()) {
      Map<String, Double> cells = contributions ? e.contributions() : e.values();
      List<String> row = new ArrayList<>(List.of(Integer.toString(e.rank()), t.text(e.name())));
      p.criteria().forEach(c -> row.add(!cells.containsKey(c.id()) ? "–"
          : contributions ? t.score(cells.get(c.id())) : t.value(cells.get(c.id()))));
      row.add(t.score(e.score()));
      cells(out, row);
    }
    out.append('\n');

    out.append("## ").append(esc(t.get("section.budget"))).append("\n\n");
    if (p.budget().isEmpty()) {
      out.append(esc(t.get("budget.none"))).append("\n\n");
    } else {
      PriorityList.Budget b = p.budget().get();
      table(out, List.of(t.get("col.year"), t.get("col.available"), t.get("col.cost"), t.get("col.left")));
      b.available().forEach((y, a) -> cells(out, List.of(Integer.toString(y), t.money(a),
          t.money(b.cost().getOrDefault(y, Money.zero(a.currency()))), t.money(b.left(y)))));
      out.append('\n');
      out.append(esc(budgetSentence(b, t))).append("\n\n");
      if (!b.rates().isEmpty()) {
        out.append(esc(rates(b, t))).append("\n\n");
      }
    }

    out.append("## ").append(esc(t.get("section.stability"))).append("\n\n");
    if (p.stability().status() != PriorityList.StabilityStatus.AVAILABLE) {
      out.append(esc(t.unavailable(p))).append('\n');
      return out.toString();
    }
    for (String s : t.stabilitySummary(p)) {
      out.append(esc(s)).append("\n\n");
    }
    table(out, List.of(t.get("col.criterion"), t.get("col.weight"), t.get("col.firstPlace"), t.get("col.firstTwo"),
        t.get("col.beyond")));
    for (int k = 0; k < p.stability().firstTwo().size(); k++) {
      OrderInterval two = p.stability().firstTwo().get(k);
      OrderInterval one = p.stability().firstPlace().get(k);
      cells(out, List.of(t.criterion(p, two.criterion()), t.percent(two.weight()), t.range(one.lower(), one.upper()),
          t.range(two.lower(), two.upper()), t.beyond(p, two)));
    }
    out.append('\n');
    out.append(esc(t.get("stability.method"))).append('\n');
    return out.toString();
  }

  static String meta(PriorityList p, PriorityListTexts t) {
    String s = p.municipality() + " · " + t.get("decided", t.date(p.decidedOn()));
    return p.decidedBy().map(by -> s + " " + t.get("decidedBy", by)).orElse(s);
  }

  static String budgetSentence(PriorityList.Budget b, PriorityListTexts t) {
    return b.optimal() ? t.get("budget.optimal") : t.get("budget.notOptimal", t.score(b.bound()), t.score(b.value()));
  }

  static String rates(PriorityList.Budget b, PriorityListTexts t) {
    List<String> parts = new ArrayList<>();
    b.rates().forEach((c, r) -> parts.add("1 " + c + " = " + t.exact(r)));
    return t.get("budget.rates", String.join(", ", parts));
  }

  private static void table(StringBuilder out, List<String> header) {
    cells(out, header);
    out.append('|');
    for (int i = 0; i < header.size(); i++) {
      out.append(" --- |");
    }
    out.append('\n');
  }

  private static void cells(StringBuilder out, List<String> cells) {
    out.append('|');
    for (String c : cells) {
      out.append(' ').append(esc(c)).append(" |");
    }
    out.append('\n');
  }

  /**
   * Escapes the Markdown punctuation that could start markup (emphasis, code, links, tables,
   * headings, strike-through; parentheses and {@code !} only matter after an escaped {@code ]}) with a backslash and HTML-significant characters as entities;
   * line breaks become spaces, so a text can neither add markup nor break a table row.
   */
  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\', '`', '*', '_', '[', ']', '|', '#', '~' -> b.append('\\').append(c);
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '\n', '\r' -> b.append(' ');
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
