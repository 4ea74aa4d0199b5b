// SPDX-License-Identifier: Apache-2.0
package org.civicplan.monitoring;

import java.util.List;
import java.util.stream.Collectors;
import org.civicplan.base.Finding;
import org.civicplan.base.LocalizedText;
import org.civicplan.template.MonitoringContribution;
import org.civicplan.monitoring.MonitoringReport.ActionEntry;
import org.civicplan.monitoring.MonitoringReport.Alert;
import org.civicplan.monitoring.MonitoringReport.Change;
import org.civicplan.monitoring.MonitoringReport.IndicatorEntry;
import org.civicplan.monitoring.MonitoringReport.ObjectiveEntry;

/** The Markdown rendering (see {@link ReportRendering#markdown}). */
final class ReportMarkdown {

  private ReportMarkdown() {}

  static String render(MonitoringReport r, ReportLabels l) {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(esc(l.get("report.title"))).append(": ").append(esc(l.text(r.title()))).append("\n\n");
    out.append("- ").append(esc(r.municipality())).append('\n');
    out.append("- ").append(esc(l.get("report.asOf", l.date(r.asOf())))).append('\n');
    out.append("- ").append(esc(l.get("report.period"))).append(": ").append(r.period()).append('\n');
    out.append("- ").append(esc(l.get("report.method"))).append(": ").append(esc(l.method(r.method()))).append('\n');
    out.append("- ").append(esc(l.get("report.progress"))).append(": ").append(l.progress(r.strategyProgress(), r.coverage()))
        .append("\n\n");

    out.append("## ").append(esc(l.get("section.alerts"))).append("\n\n");
    if (r.alerts().isEmpty()) {
      out.append(esc(l.get("none.alerts"))).append("\n\n");
    } else {
      table(out, List.of(l.get("col.kind"), l.get("col.subject"), l.get("col.detail")));
      for (Alert a : r.alerts()) {
        cells(out, List.of(l.alert(a.kind()), l.subject(r, a.subject()), l.text(a.text())));
      }
      out.append('\n');
    }

    out.append("## ").append(esc(l.get("section.objectives"))).append("\n\n");
    table(out, List.of(l.get("col.id"), l.get("col.title"), l.get("col.progress"), l.get("legend.indicators"),
        l.get("legend.actions")));
    for (ObjectiveEntry o : r.objectives()) {
      cells(out, List.of("\u00a0\u00a0".repeat(o.depth()) + o.id(), l.text(o.title()), l.progress(o.progress(), r.coverage(o)),
          l.indicatorCounts(r, o),
          o.actionStatuses().entrySet().stream().map(e -> l.status(e.getKey()) + " " + e.getValue())
              .collect(Collectors.joining(", "))));
    }
    out.append('\n');

    out.append("## ").append(esc(l.get("section.indicators"))).append("\n\n");
    table(out, List.of(l.get("col.id"), l.get("col.name"), l.get("col.status"), l.get("col.progress"),
        l.get("col.expected"), l.get("col.baseline"), l.get("col.target"), l.get("col.latest"), l.get("col.freshness")));
    for (IndicatorEntry i : r.indicators()) {
      cells(out, List.of(i.id(), l.text(i.name()),
          l.status(i) + i.category().map(c -> " (" + l.category(c) + ")").orElse(""),
          l.percent(i.progress()), l.percent(i.expectedProgress()),
          i.baseline().map(b -> l.number(b.value()) + " " + i.unit() + " (" + l.date(b.date()) + ")").orElse("–"),
          i.target().map(t -> l.number(t.value())
              + (t.upper().isPresent() ? "–" + l.number(t.upper().getAsDouble()) : "") + " " + i.unit()
              + " (" + l.date(t.date()) + ")").orElse("–"),
          i.latest().map(o -> l.number(o.value()) + " " + i.unit() + " (" + l.date(o.date()) + ")").orElse("–"),
          l.freshness(i.freshness())));
    }
    out.append('\n');
    for (IndicatorEntry i : r.indicators()) {
      out.append("- **").append(esc(l.text(i.name()))).append("**: ").append(esc(l.text(i.explanation()))).append('\n');
    }
    out.append('\n');

    out.append("## ").append(esc(l.get("section.actions"))).append("\n\n");
    table(out, List.of(l.get("col.id"), l.get("col.title"), l.get("col.status"), l.get("col.progress"),
        l.get("col.responsible"), l.get("col.freshness"), l.get("col.reasons")));
    for (ActionEntry a : r.actions()) {
      cells(out, List.of(a.id(), l.text(a.title()), l.status(a.status()), l.percent(a.progress()),
          l.responsible(a), l.freshness(a.freshness()),
          a.reasons().stream().map(x -> l.reason(r, x)).collect(Collectors.joining("; "))));
    }
    out.append('\n');

    out.append("## ").append(esc(l.get("section.budget"))).append("\n\n");
    table(out, List.of(l.get("col.dimension"), l.get("col.key"), l.get("col.planned"), l.get("col.actual"),
        l.get("col.absorption"), l.get("col.overspend")));
    for (BudgetFigure f : r.budget()) {
      cells(out, List.of(l.get("dimension." + f.dimension()), l.budgetItem(r, f), l.money(f.planned()), l.money(f.actual()),
          f.absorptionRate().map(x -> l.percent(java.util.OptionalDouble.of(x.doubleValue()))).orElse("–"),
          l.money(f.overspend())));
    }
    out.append('\n');

    for (MonitoringContribution c : r.contributions()) {
      contribution(out, c, l);
    }

    if (r.previousAsOf().isPresent()) {
      out.append("## ").append(esc(l.get("section.changes", l.date(r.previousAsOf().get())))).append("\n\n");
      if (r.changes().isEmpty()) {
        out.append(esc(l.get("none.changes"))).append("\n\n");
      } else {
        table(out, List.of(l.get("col.subject"), l.get("col.aspect"), l.get("col.before"), l.get("col.after")));
        for (Change c : r.changes()) {
          cells(out, List.of(l.subject(r, c.subject()), l.aspect(c.aspect()), l.changeValue(r, c, c.before(), false),
              l.changeValue(r, c, c.after(), true)));
        }
        out.append('\n');
      }
    }
    out.append("_").append(esc(l.get("report.frozen", l.date(r.asOf())))).append("_\n");
    return out.toString();
  }

  /** A section a template contributed: title, paragraphs, tables, then findings as a list. */
  private static void contribution(StringBuilder out, MonitoringContribution c, ReportLabels l) {
    out.append("## ").append(esc(l.text(c.title()))).append("\n\n");
    for (LocalizedText p : c.paragraphs()) {
      out.append(esc(l.text(p))).append("\n\n");
    }
    for (MonitoringContribution.Table t : c.tables()) {
      if (!t.caption().isBlank()) {
        out.append("**").append(esc(l.text(t.caption()))).append("**\n\n");
      }
      table(out, t.columns().stream().map(l::text).toList());
      for (List<MonitoringContribution.Cell> row : t.rows()) {
        cells(out, row.stream().map(l::cell).toList());
      }
      out.append('\n');
    }
    if (!c.findings().isEmpty()) {
      for (Finding f : c.findings()) {
        out.append("- **").append(esc(l.severity(f.severity()))).append("** ").append(esc(f.code())).append(": ")
            .append(esc(l.text(f.message()))).append('\n');
      }
      out.append('\n');
    }
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
   * Escapes Markdown punctuation with a backslash and HTML-significant characters as entities;
   * line breaks become spaces, so a text can neither add markup nor break a table row.
   */
  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\', '`', '*', '_', '[', ']', '|', '#', '!', '~', '(', ')' -> b.append('\\').append(c);
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
