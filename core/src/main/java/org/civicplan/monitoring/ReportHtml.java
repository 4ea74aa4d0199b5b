// SPDX-License-Identifier: Apache-2.0
package org.civicplan.monitoring;

import org.civicplan.io.Html;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.civicplan.indicator.Target;
import org.civicplan.monitoring.MonitoringReport.ActionEntry;
import org.civicplan.monitoring.MonitoringReport.Alert;
import org.civicplan.monitoring.MonitoringReport.Change;
import org.civicplan.monitoring.MonitoringReport.IndicatorEntry;
import org.civicplan.monitoring.MonitoringReport.ObjectiveEntry;
import org.civicplan.strategy.ActionStatus;
import org.civicplan.base.Finding;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.Severity;
import org.civicplan.template.MonitoringContribution;

/**
 * The HTML rendering (see {@link ReportRendering#html}): one XHTML page with inline CSS and SVG. No
 * element refers to anything outside the page and there is no script.
 */
final class ReportHtml {

  private static final String CSS = String.join("\n",
      "body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;color:#1f2328;background:#fff}",
      "main{max-width:1100px;margin:0 auto;padding:1rem 1.5rem}",
      "h1{font-size:1.6rem;margin:.5rem 0}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #d0d7de}",
      "table{border-collapse:collapse;width:100%;font-size:.9rem;margin:.5rem 0}",
      "th,td{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top}",
      "th{background:#f6f8fa}td.num{text-align:right;white-space:nowrap}",
      ".meta{color:#59636e}.charts{display:flex;flex-wrap:wrap;gap:1rem}",
      "figure{margin:0;border:1px solid #d0d7de;padding:.5rem}figcaption{font-size:.85rem;max-width:340px}",
      ".s-achieved{color:#1a7f37}.s-on-track{color:#2da44e}.s-at-risk{color:#9a6700}",
      ".s-off-track,.s-late,.s-moving-away{color:#cf222e;font-weight:600}",
      "@media print{figure{break-inside:avoid}}");

  static final Map<ProgressStatus, String> STATUS_COLOURS = Map.of(
      ProgressStatus.ACHIEVED, "#1a7f37", ProgressStatus.ON_TRACK, "#4ac26b", ProgressStatus.AT_RISK, "#d4a72c",
      ProgressStatus.OFF_TRACK, "#cf222e", ProgressStatus.MOVING_AWAY, "#82071e", ProgressStatus.NO_DATA, "#afb8c1");
  static final Map<ActionStatus, String> ACTION_COLOURS = Map.of(
      ActionStatus.COMPLETED, "#1a7f37", ActionStatus.ON_TIME, "#4ac26b", ActionStatus.NOT_STARTED, "#afb8c1",
      ActionStatus.POSTPONED, "#d4a72c", ActionStatus.LATE, "#cf222e", ActionStatus.CANCELLED, "#57606a");

  private final MonitoringReport r;
  private final ReportLabels l;
  private final StringBuilder out = new StringBuilder(1 << 16);

  private ReportHtml(MonitoringReport r, ReportLabels l) {
    this.r = r;
    this.l = l;
  }

  static String render(MonitoringReport r, ReportLabels l) {
    return new ReportHtml(r, l).page();
  }

  private String page() {
    String title = l.get("report.title") + ": " + l.text(r.title());
    out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(l.language())
        .append("\" xml:lang=\"").append(l.language()).append("\">\n<head>\n<meta charset=\"utf-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n<title>")
        .append(esc(title)).append("</title>\n<style>\n").append(CSS).append("\n</style>\n</head>\n<body>\n<main>\n");
    out.append("<header>\n<h1>").append(esc(title)).append("</h1>\n<p class=\"meta\">")
        .append(esc(r.municipality())).append(" · ").append(esc(l.get("report.asOf", l.date(r.asOf()))))
        .append(" · ").append(esc(l.get("report.period"))).append(' ').append(esc(r.period().toString()))
        .append(" · ").append(esc(l.get("report.method"))).append(": ").append(esc(l.method(r.method())))
        .append("</p>\n<p><strong>").append(esc(l.get("report.progress"))).append(":</strong> ")
        .append(esc(l.progress(r.strategyProgress(), r.coverage()))).append("</p>\n</header>\n");
    alerts();
    objectives();
    indicators();
    actions();
    budget();
    r.contributions().forEach(this::contribution);
    changes();
    out.append("<footer><p class=\"meta\">").append(esc(l.get("report.frozen", l.date(r.asOf()))))
        .append("</p></footer>\n</main>\n</body>\n</html>\n");
    return out.toString();
  }

  private void alerts() {
    section("alerts", l.get("section.alerts"));
    if (r.alerts().isEmpty()) {
      out.append("<p>").append(esc(l.get("none.alerts"))).append("</p>\n");
    } else {
      head(l.get("col.kind"), l.get("col.subject"), l.get("col.detail"));
      for (Alert a : r.alerts()) {
        out.append("<tr><td class=\"s-").append(a.kind() == MonitoringReport.AlertKind.STALE ? "at-risk" : "late")
            .append("\">").append(esc(l.alert(a.kind()))).append("</td><td>").append(esc(l.subject(r, a.subject())))
            .append("</td><td>").append(esc(l.text(a.text()))).append("</td></tr>\n");
      }
      out.append("</tbody></table>\n");
    }
    out.append("</section>\n");
  }

  private void objectives() {
    section("objectives", l.get("section.objectives"));
    statusBars();
    head(l.get("col.id"), l.get("col.title"), l.get("col.progress"), l.get("legend.indicators"), l.get("legend.actions"));
    for (ObjectiveEntry o : r.objectives()) {
      out.append("<tr><td style=\"padding-left:").append(n(0.5 + o.depth() * 1.2)).append("rem\">").append(esc(o.id()))
          .append("</td><td>").append(esc(l.text(o.title()))).append("</td><td class=\"num\">")
          .append(esc(l.progress(o.progress(), r.coverage(o)))).append("</td><td>")
          .append(esc(l.indicatorCounts(r, o)))
          .append("</td><td>")
          .append(esc(o.actionStatuses().entrySet().stream().map(e -> l.status(e.getKey()) + " " + e.getValue())
              .collect(Collectors.joining(", "))))
          .append("</td></tr>\n");
    }
    out.append("</tbody></table>\n</section>\n");
  }

  /** One row per objective: a stacked bar of its indicators' statuses and one of its actions'. */
  private void statusBars() {
    int rowH = 40;
    int labelW = 140;
    int barW = 520;
    int legendH = 60;
    int h = 10 + r.objectives().size() * rowH + legendH;
    int w = labelW + barW + 20;
    out.append("<figure id=\"chart-objectives\">\n");
    svgOpen(w, h, l.get("chart.objectives"));
    int y = 10;
    for (ObjectiveEntry o : r.objectives()) {
      out.append("<text x=\"").append(4 + o.depth() * 10).append("\" y=\"").append(y + 14)
          .append("\" font-size=\"12\">").append(esc(o.id())).append("</text>\n");
      stack(labelW, y, barW, 14, o.indicatorStatuses(), STATUS_COLOURS, l.get("legend.indicators"), true);
      stack(labelW, y + 17, barW, 14, o.actionStatuses(), ACTION_COLOURS, l.get("legend.actions"), false);
      y += rowH;
    }
    int x = 4;
    int ly = y + 6;
    for (ProgressStatus s : ProgressStatus.values()) {
      x = legend(x, ly, STATUS_COLOURS.get(s), l.status(s));
    }
    x = 4;
    for (ActionStatus s : ActionStatus.values()) {
      x = legend(x, ly + 22, ACTION_COLOURS.get(s), l.status(s));
    }
    out.append("</svg>\n<figcaption>").append(esc(l.get("chart.objectives"))).append(": ")
        .append(esc(l.get("legend.indicators"))).append(" / ").append(esc(l.get("legend.actions")))
        .append("</figcaption>\n</figure>\n");
  }

  private <E extends Enum<E>> void stack(int x0, int y, int w, int h, Map<E, Integer> counts, Map<E, String> colours,
      String what, boolean progress) {
    int total = counts.values().stream().mapToInt(Integer::intValue).sum();
    if (total == 0) {
      out.append("<rect x=\"").append(x0).append("\" y=\"").append(y).append("\" width=\"").append(w)
          .append("\" height=\"").append(h).append("\" fill=\"none\" stroke=\"#d0d7de\"><title>").append(esc(what))
          .append(": 0</title></rect>\n");
      return;
    }
    double x = x0;
    for (Map.Entry<E, Integer> e : counts.entrySet()) {
      double bw = w * e.getValue() / (double) total;
      String name = progress ? l.status((ProgressStatus) e.getKey()) : l.status((ActionStatus) e.getKey());
      out.append("<rect class=\"bar\" x=\"").append(n(x)).append("\" y=\"").append(y).append("\" width=\"")
          .append(n(bw)).append("\" height=\"").append(h).append("\" fill=\"").append(colours.get(e.getKey()))
          .append("\"><title>").append(esc(what + ": " + name + " " + e.getValue())).append("</title></rect>\n");
      x += bw;
    }
  }

  private int legend(int x, int y, String colour, String text) {
    out.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"10\" height=\"10\" fill=\"")
        .append(colour).append("\"/><text x=\"").append(x + 14).append("\" y=\"").append(y + 9)
        .append("\" font-size=\"11\">").append(esc(text)).append("</text>\n");
    return x + 24 + text.length() * 6;
  }

  private void indicators() {
    section("indicators", l.get("section.indicators"));
    head(l.get("col.id"), l.get("col.name"), l.get("col.status"), l.get("col.progress"), l.get("col.expected"),
        l.get("col.baseline"), l.get("col.target"), l.get("col.latest"), l.get("col.freshness"));
    for (IndicatorEntry i : r.indicators()) {
      out.append("<tr><td>").append(esc(i.id())).append("</td><td>").append(esc(l.text(i.name())))
          .append("</td><td class=\"s-").append(i.status().label()).append("\" title=\"")
          .append(esc(l.text(i.explanation()))).append("\">").append(esc(l.status(i)))
          .append(esc(i.category().map(c -> " (" + l.category(c) + ")").orElse(""))).append("</td><td class=\"num\">")
          .append(esc(l.percent(i.progress()))).append("</td><td class=\"num\">")
          .append(esc(l.percent(i.expectedProgress()))).append("</td><td class=\"num\">")
          .append(esc(i.baseline().map(b -> l.number(b.value()) + " (" + l.date(b.date()) + ")").orElse("–")))
          .append("</td><td class=\"num\">")
          .append(esc(i.target().map(t -> range(t) + " (" + l.date(t.date()) + ")").orElse("–")))
          .append("</td><td class=\"num\">")
          .append(esc(i.latest().map(o -> l.number(o.value()) + " (" + l.date(o.date()) + ")").orElse("–")))
          .append("</td><td>").append(esc(l.freshness(i.freshness()))).append("</td></tr>\n");
    }
    out.append("</tbody></table>\n<h3>").append(esc(l.get("section.trajectories"))).append("</h3>\n")
        .append("<div class=\"charts\">\n");
    for (IndicatorEntry i : r.indicators()) {
      trajectory(i);
    }
    out.append("</div>\n</section>\n");
  }

  private String range(Target t) {
    return l.number(t.value()) + (t.upper().isPresent() ? "–" + l.number(t.upper().getAsDouble()) : "");
  }

  /** Measured values and the planned trajectory of one indicator, against its target line. */
  private void trajectory(IndicatorEntry i) {
    int w = 340;
    int h = 200;
    double left = 58;
    double right = w - 12;
    double top = 12;
    double bottom = h - 48;
    List<Observation> measured = new ArrayList<>();
    i.baseline().ifPresent(measured::add);
    i.observations().stream().filter(o -> i.baseline().isEmpty() || o.date().compareTo(i.baseline().get().date()) > 0)
        .forEach(measured::add);
    List<Observation> plan = new ArrayList<>();
    i.baseline().ifPresent(plan::add);
    i.milestones().stream().filter(m -> i.baseline().isEmpty()
        || Numbers.decimalYear(m.date()) > Numbers.decimalYear(i.baseline().get().date())).forEach(plan::add);
    i.target().ifPresent(t -> plan.add(Observation.of(t.date(), t.value())));
    String caption = l.get("chart.trajectory", i.id()) + ": " + l.text(i.name()) + " (" + i.unit() + ")";
    out.append("<figure class=\"trajectory\" id=\"chart-indicator-").append(esc(i.id())).append("\">\n");
    svgOpen(w, h, caption);
    if (measured.isEmpty() && plan.isEmpty()) {
      out.append("<text x=\"10\" y=\"30\" font-size=\"12\">").append(esc(l.get("none.data"))).append("</text>\n");
    } else {
      double x0 = Double.POSITIVE_INFINITY;
      double x1 = Double.NEGATIVE_INFINITY;
      double y0 = Double.POSITIVE_INFINITY;
      double y1 = Double.NEGATIVE_INFINITY;
      List<Observation> all = new ArrayList<>(measured);
      all.addAll(plan);
      for (Observation o : all) {
        double t = Numbers.decimalYear(o.date());
        x0 = Math.min(x0, t);
        x1 = Math.max(x1, t);
        y0 = Math.min(y0, o.value());
        y1 = Math.max(y1, o.value());
      }
      if (i.target().isPresent() && i.target().get().upper().isPresent()) {
        y1 = Math.max(y1, i.target().get().upper().getAsDouble());
      }
      if (x1 - x0 < 1e-9) {
        x0 -= 1;
        x1 += 1;
      }
      double pad = (y1 - y0) < 1e-9 ? Math.max(1, Math.abs(y0) * 0.1) : (y1 - y0) * 0.08;
      y0 -= pad;
      y1 += pad;
      Scale sx = new Scale(x0, x1, left, right);
      Scale sy = new Scale(y0, y1, bottom, top);
      out.append("<line x1=\"").append(n(left)).append("\" y1=\"").append(n(bottom)).append("\" x2=\"").append(n(right))
          .append("\" y2=\"").append(n(bottom)).append("\" stroke=\"#57606a\"/>\n");
      out.append("<line x1=\"").append(n(left)).append("\" y1=\"").append(n(top)).append("\" x2=\"").append(n(left))
          .append("\" y2=\"").append(n(bottom)).append("\" stroke=\"#57606a\"/>\n");
      for (double v : new double[] {y0 + pad, y1 - pad}) {
        out.append("<text x=\"").append(n(left - 4)).append("\" y=\"").append(n(sy.at(v) + 4))
            .append("\" font-size=\"10\" text-anchor=\"end\">").append(esc(l.number(v))).append("</text>\n");
      }
      int firstYear = (int) Math.floor(x0);
      int lastYear = (int) Math.floor(x1);
      for (int year : firstYear == lastYear ? new int[] {firstYear} : new int[] {firstYear, lastYear}) {
        if (year >= x0 - 1e-9) {
          out.append("<text x=\"").append(n(sx.at(year))).append("\" y=\"").append(n(bottom + 14))
              .append("\" font-size=\"10\" text-anchor=\"middle\">").append(year).append("</text>\n");
        }
      }
      if (i.target().isPresent()) {
        Target t = i.target().get();
        targetLine(sy.at(t.value()), left, right, t.value());
        if (t.upper().isPresent()) {
          targetLine(sy.at(t.upper().getAsDouble()), left, right, t.upper().getAsDouble());
        }
      }
      if (plan.size() >= 2) {
        out.append("<polyline class=\"plan\" fill=\"none\" stroke=\"#0969da\" stroke-width=\"1.5\" "
            + "stroke-dasharray=\"5 4\" points=\"").append(points(plan, sx, sy)).append("\"/>\n");
      }
      if (measured.size() >= 2) {
        out.append("<polyline class=\"measured\" fill=\"none\" stroke=\"#1f2328\" stroke-width=\"2\" points=\"")
            .append(points(measured, sx, sy)).append("\"/>\n");
      }
      for (Observation o : measured) {
        out.append("<circle class=\"measured\" cx=\"").append(n(sx.at(Numbers.decimalYear(o.date())))).append("\" cy=\"")
            .append(n(sy.at(o.value()))).append("\" r=\"3\" fill=\"#1f2328\"><title>")
            .append(esc(l.date(o.date()) + ": " + l.number(o.value()) + " " + i.unit())).append("</title></circle>\n");
      }
      double ly = h - 14;
      out.append("<line x1=\"").append(n(left)).append("\" y1=\"").append(n(ly)).append("\" x2=\"").append(n(left + 16))
          .append("\" y2=\"").append(n(ly)).append("\" stroke=\"#1f2328\" stroke-width=\"2\"/>")
          .append("<text x=\"").append(n(left + 20)).append("\" y=\"").append(n(ly + 4)).append("\" font-size=\"10\">")
          .append(esc(l.get("legend.measured"))).append("</text>\n");
      double lx = left + 110;
      out.append("<line x1=\"").append(n(lx)).append("\" y1=\"").append(n(ly)).append("\" x2=\"").append(n(lx + 16))
          .append("\" y2=\"").append(n(ly)).append("\" stroke=\"#0969da\" stroke-dasharray=\"5 4\"/>")
          .append("<text x=\"").append(n(lx + 20)).append("\" y=\"").append(n(ly + 4)).append("\" font-size=\"10\">")
          .append(esc(l.get("legend.trajectory"))).append("</text>\n");
    }
    out.append("</svg>\n<figcaption>").append(esc(caption)).append(" — <span class=\"s-").append(i.status().label())
        .append("\">").append(esc(l.status(i))).append("</span></figcaption>\n</figure>\n");
  }

  private void targetLine(double y, double left, double right, double value) {
    out.append("<line class=\"target\" x1=\"").append(n(left)).append("\" y1=\"").append(n(y)).append("\" x2=\"")
        .append(n(right)).append("\" y2=\"").append(n(y)).append("\" stroke=\"#1a7f37\" stroke-width=\"1\">")
        .append("<title>").append(esc(l.get("legend.target") + ": " + l.number(value))).append("</title></line>\n");
  }

  private static String points(List<Observation> obs, Scale sx, Scale sy) {
    return obs.stream().map(o -> n(sx.at(Numbers.decimalYear(o.date()))) + "," + n(sy.at(o.value())))
        .collect(Collectors.joining(" "));
  }

  private void actions() {
    section("actions", l.get("section.actions"));
    head(l.get("col.id"), l.get("col.title"), l.get("col.status"), l.get("col.progress"), l.get("col.source"),
        l.get("col.responsible"), l.get("col.freshness"), l.get("col.reasons"));
    for (ActionEntry a : r.actions()) {
      out.append("<tr><td>").append(esc(a.id())).append("</td><td>").append(esc(l.text(a.title())))
          .append("</td><td class=\"s-").append(MonitoringReporter.label(a.status())).append("\">")
          .append(esc(l.status(a.status()))).append("</td><td class=\"num\">").append(esc(l.percent(a.progress())))
          .append("</td><td>").append(esc(l.source(a.source()))).append("</td><td>")
          .append(esc(l.responsible(a))).append("</td><td>").append(esc(l.freshness(a.freshness())))
          .append("</td><td>");
      if (!a.reasons().isEmpty()) {
        out.append("<ul>");
        for (LatenessReason reason : a.reasons()) {
          out.append("<li>").append(esc(l.reason(r, reason))).append("</li>");
        }
        out.append("</ul>");
      }
      out.append("</td></tr>\n");
    }
    out.append("</tbody></table>\n</section>\n");
  }

  private void budget() {
    section("budget", l.get("section.budget"));
    Map<String, List<BudgetFigure>> byCurrency = new TreeMap<>();
    for (BudgetFigure f : r.budget("year")) {
      byCurrency.computeIfAbsent(f.planned().currency().getCurrencyCode(), c -> new ArrayList<>()).add(f);
    }
    out.append("<div class=\"charts\">\n");
    byCurrency.forEach(this::budgetChart);
    out.append("</div>\n");
    head(l.get("col.dimension"), l.get("col.key"), l.get("col.planned"), l.get("col.actual"), l.get("col.absorption"),
        l.get("col.overspend"));
    for (BudgetFigure f : r.budget()) {
      out.append("<tr><td>").append(esc(l.get("dimension." + f.dimension()))).append("</td><td>").append(esc(l.budgetItem(r, f)))
          .append("</td><td class=\"num\">").append(esc(l.money(f.planned()))).append("</td><td class=\"num\">")
          .append(esc(l.money(f.actual()))).append("</td><td class=\"num\">")
          .append(esc(f.absorptionRate().map(x -> l.percent(OptionalDouble.of(x.doubleValue()))).orElse("–")))
          .append("</td><td class=\"num").append(f.isOverspent() ? " s-late" : "").append("\">")
          .append(esc(l.money(f.overspend()))).append("</td></tr>\n");
    }
    out.append("</tbody></table>\n</section>\n");
  }

  /** Planned and actual bars per year, in one currency. */
  private void budgetChart(String currency, List<BudgetFigure> years) {
    int groupW = 56;
    int left = 70;
    int w = left + years.size() * groupW + 20;
    int h = 220;
    double top = 12;
    double bottom = h - 50;
    double max = years.stream().mapToDouble(f -> Math.max(f.planned().amount().doubleValue(),
        f.actual().amount().doubleValue())).max().orElse(1);
    max = max <= 0 ? 1 : max;
    Scale sy = new Scale(0, max, bottom, top);
    String title = l.get("chart.budget", currency);
    out.append("<figure class=\"budget\" id=\"chart-budget-").append(esc(currency)).append("\">\n");
    svgOpen(Math.max(w, 300), h, title);
    out.append("<line x1=\"").append(left).append("\" y1=\"").append(n(bottom)).append("\" x2=\"").append(w - 10)
        .append("\" y2=\"").append(n(bottom)).append("\" stroke=\"#57606a\"/>\n");
    out.append("<text x=\"").append(left - 4).append("\" y=\"").append(n(top + 4))
        .append("\" font-size=\"10\" text-anchor=\"end\">").append(esc(l.number(max))).append("</text>\n");
    int x = left + 6;
    for (BudgetFigure f : years) {
      double p = f.planned().amount().doubleValue();
      double a = f.actual().amount().doubleValue();
      bar(x, sy, p, "#8c959f", "planned", l.get("col.planned") + " " + f.key() + ": " + l.money(f.planned()));
      bar(x + 20, sy, a, f.isOverspent() ? "#cf222e" : "#0969da", "actual",
          l.get("col.actual") + " " + f.key() + ": " + l.money(f.actual()));
      out.append("<text x=\"").append(x + 20).append("\" y=\"").append(n(bottom + 14))
          .append("\" font-size=\"10\" text-anchor=\"middle\">").append(esc(f.key())).append("</text>\n");
      x += groupW;
    }
    double ly = h - 16;
    out.append("<rect x=\"").append(left).append("\" y=\"").append(n(ly - 9)).append("\" width=\"10\" height=\"10\" ")
        .append("fill=\"#8c959f\"/><text x=\"").append(left + 14).append("\" y=\"").append(n(ly))
        .append("\" font-size=\"10\">").append(esc(l.get("col.planned"))).append("</text>\n");
    out.append("<rect x=\"").append(left + 110).append("\" y=\"").append(n(ly - 9))
        .append("\" width=\"10\" height=\"10\" fill=\"#0969da\"/><text x=\"").append(left + 124).append("\" y=\"")
        .append(n(ly)).append("\" font-size=\"10\">").append(esc(l.get("col.actual"))).append("</text>\n");
    out.append("</svg>\n<figcaption>").append(esc(title)).append("</figcaption>\n</figure>\n");
  }

  private void bar(int x, Scale sy, double value, String colour, String cls, String tip) {
    double y = sy.at(Math.max(0, value));
    out.append("<rect class=\"").append(cls).append("\" x=\"").append(x).append("\" y=\"").append(n(y))
        .append("\" width=\"18\" height=\"").append(n(sy.at(0) - y)).append("\" fill=\"").append(colour)
        .append("\"><title>").append(esc(tip)).append("</title></rect>\n");
  }

  /** A section a template contributed: title, paragraphs, tables (numbers right-aligned), findings. */
  private void contribution(MonitoringContribution c) {
    section("contribution-" + c.id(), l.text(c.title()));
    for (LocalizedText p : c.paragraphs()) {
      out.append("<p>").append(esc(l.text(p))).append("</p>\n");
    }
    for (MonitoringContribution.Table t : c.tables()) {
      out.append("<table>");
      if (!t.caption().isBlank()) {
        out.append("<caption>").append(esc(l.text(t.caption()))).append("</caption>");
      }
      out.append("<thead><tr>");
      for (LocalizedText column : t.columns()) {
        out.append("<th>").append(esc(l.text(column))).append("</th>");
      }
      out.append("</tr></thead><tbody>\n");
      for (List<MonitoringContribution.Cell> row : t.rows()) {
        out.append("<tr>");
        for (MonitoringContribution.Cell cell : row) {
          out.append(cell instanceof MonitoringContribution.Cell.Number ? "<td class=\"num\">" : "<td>")
              .append(esc(l.cell(cell))).append("</td>");
        }
        out.append("</tr>\n");
      }
      out.append("</tbody></table>\n");
    }
    for (int k = 0; k < c.charts().size(); k++) {
      lineChart(c.id() + "-" + k, c.charts().get(k));
    }
    if (!c.findings().isEmpty()) {
      out.append("<ul class=\"findings\">\n");
      for (Finding f : c.findings()) {
        out.append("<li class=\"s-").append(f.severity() == Severity.INFO ? "on-track" : f.isError() ? "late" : "at-risk")
            .append("\"><strong>").append(esc(l.severity(f.severity()))).append("</strong> ").append(esc(f.code()))
            .append(": ").append(esc(l.text(f.message()))).append("</li>\n");
      }
      out.append("</ul>\n");
    }
    out.append("</section>\n");
  }

  private static final String[] LINE_COLOURS = {"#1f2328", "#0969da", "#1a7f37", "#cf222e", "#8250df", "#9a6700"};

  /** A contribution's line chart: one polyline per line, the categories along the axis, a legend. */
  private void lineChart(String id, MonitoringContribution.Chart c) {
    int w = Math.max(360, 60 + 40 * c.categories().size());
    int h = 220 + 14 * c.lines().size();
    double left = 64;
    double right = w - 12;
    double top = 12;
    double bottom = 172;
    double y0 = Double.POSITIVE_INFINITY;
    double y1 = Double.NEGATIVE_INFINITY;
    for (MonitoringContribution.Line line : c.lines()) {
      for (BigDecimal v : line.values()) {
        y0 = Math.min(y0, v.doubleValue());
        y1 = Math.max(y1, v.doubleValue());
      }
    }
    double pad = (y1 - y0) < 1e-9 ? Math.max(1, Math.abs(y0) * 0.1) : (y1 - y0) * 0.08;
    int count = c.categories().size();
    Scale sx = new Scale(0, Math.max(1, count - 1), count == 1 ? (left + right) / 2 : left, count == 1 ? (left + right) / 2 + 1 : right);
    Scale sy = new Scale(y0 - pad, y1 + pad, bottom, top);
    String caption = l.text(c.caption()) + (c.unit().isEmpty() ? "" : " (" + c.unit() + ")");
    out.append("<figure class=\"contribution-chart\" id=\"chart-").append(esc(id)).append("\">\n");
    svgOpen(w, h, caption);
    out.append("<line x1=\"").append(n(left)).append("\" y1=\"").append(n(bottom)).append("\" x2=\"").append(n(right))
        .append("\" y2=\"").append(n(bottom)).append("\" stroke=\"#57606a\"/>\n");
    out.append("<line x1=\"").append(n(left)).append("\" y1=\"").append(n(top)).append("\" x2=\"").append(n(left))
        .append("\" y2=\"").append(n(bottom)).append("\" stroke=\"#57606a\"/>\n");
    for (double v : new double[] {y0, y1}) {
      out.append("<text x=\"").append(n(left - 4)).append("\" y=\"").append(n(sy.at(v) + 4))
          .append("\" font-size=\"10\" text-anchor=\"end\">").append(esc(l.number(v))).append("</text>\n");
    }
    for (int k = 0; k < count; k++) {
      out.append("<text x=\"").append(n(sx.at(k))).append("\" y=\"").append(n(bottom + 14))
          .append("\" font-size=\"10\" text-anchor=\"middle\">").append(esc(c.categories().get(k))).append("</text>\n");
    }
    for (int j = 0; j < c.lines().size(); j++) {
      MonitoringContribution.Line line = c.lines().get(j);
      String colour = LINE_COLOURS[j % LINE_COLOURS.length];
      String dash = line.dashed() ? "\" stroke-dasharray=\"5 4" : "";
      StringBuilder pts = new StringBuilder();
      for (int k = 0; k < count; k++) {
        pts.append(k == 0 ? "" : " ").append(n(sx.at(k))).append(',').append(n(sy.at(line.values().get(k).doubleValue())));
      }
      out.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2").append(dash)
          .append("\" points=\"").append(pts).append("\"><title>").append(esc(l.text(line.label()))).append("</title></polyline>\n");
      double ly = bottom + 32 + 14 * j;
      out.append("<line x1=\"").append(n(left)).append("\" y1=\"").append(n(ly)).append("\" x2=\"").append(n(left + 16))
          .append("\" y2=\"").append(n(ly)).append("\" stroke=\"").append(colour).append("\" stroke-width=\"2").append(dash)
          .append("\"/><text x=\"").append(n(left + 20)).append("\" y=\"").append(n(ly + 4)).append("\" font-size=\"10\">")
          .append(esc(l.text(line.label()))).append("</text>\n");
    }
    out.append("</svg>\n<figcaption>").append(esc(caption)).append("</figcaption>\n</figure>\n");
  }

  private void changes() {
    if (r.previousAsOf().isEmpty()) {
      return;
    }
    section("changes", l.get("section.changes", l.date(r.previousAsOf().get())));
    if (r.changes().isEmpty()) {
      out.append("<p>").append(esc(l.get("none.changes"))).append("</p>\n");
    } else {
      head(l.get("col.subject"), l.get("col.aspect"), l.get("col.before"), l.get("col.after"));
      for (Change c : r.changes()) {
        out.append("<tr><td>").append(esc(l.subject(r, c.subject()))).append("</td><td>").append(esc(l.aspect(c.aspect())))
            .append("</td><td>").append(esc(l.changeValue(r, c, c.before(), false))).append("</td><td>")
            .append(esc(l.changeValue(r, c, c.after(), true))).append("</td></tr>\n");
      }
      out.append("</tbody></table>\n");
    }
    out.append("</section>\n");
  }

  private void section(String id, String title) {
    out.append("<section id=\"").append(id).append("\">\n<h2>").append(esc(title)).append("</h2>\n");
  }

  private void head(String... columns) {
    out.append("<table><thead><tr>");
    for (String c : columns) {
      out.append("<th>").append(esc(c)).append("</th>");
    }
    out.append("</tr></thead><tbody>\n");
  }

  private void svgOpen(int w, int h, String title) {
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(w).append("\" height=\"").append(h)
        .append("\" viewBox=\"0 0 ").append(w).append(' ').append(h).append("\" role=\"img\">\n<title>")
        .append(esc(title)).append("</title>\n");
  }

  /** A coordinate with at most one decimal, locale-independent. */
  static String n(double v) {
    long tenths = Math.round(v * 10);
    return tenths % 10 == 0 ? Long.toString(tenths / 10) : String.format(Locale.ROOT, "%.1f", tenths / 10.0);
  }

  /** {@return {@code s} escaped for HTML ({@link Html#escape})} */
  static String esc(String s) {
    return Html.escape(s);
  }

  /** A linear map from a data interval to a pixel interval. */
  private record Scale(double d0, double d1, double p0, double p1) {
    double at(double v) {
      return p0 + (v - d0) * (p1 - p0) / (d1 - d0);
    }
  }
}
