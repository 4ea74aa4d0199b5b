// SPDX-License-Identifier: Apache-2.0
package org.civicplan.portfolio;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.Money;
import org.civicplan.base.StrategyId;
import org.civicplan.document.MonitoringReportJson;
import org.civicplan.monitoring.MonitoringReport;
import org.civicplan.monitoring.ProgressStatus;
import org.civicplan.strategy.FundingSource;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Renders a {@link CombinedReport}: JSON with exact values for machines; Markdown and a
 * self-contained HTML page for readers, in English or Romanian, with names rather than ids,
 * amounts and shares formatted for the reader's locale (Romanian: comma decimals, dot grouping).
 * The same report gives the same text, byte for byte.
 */
public final class CombinedRendering {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private CombinedRendering() {}

  /**
   * {@return the report as JSON: every figure exact, each strategy's full monitoring report
   * (without the shared indicators it does not own) under {@code strategies[].report}}
   *
   * @param report the report
   * @throws NullPointerException if {@code report} is null
   */
  public static String json(CombinedReport report) {
    Objects.requireNonNull(report, "report");
    StringWriter out = new StringWriter();
    try (JsonGenerator g = MAPPER.writer().withDefaultPrettyPrinter().createGenerator(out)) {
      g.writeStartObject();
      g.writeStringProperty("municipality", report.municipality());
      g.writeStringProperty("asOf", report.asOf().toString());
      g.writeArrayPropertyStart("strategies");
      for (CombinedReport.Section s : report.sections()) {
        g.writeStartObject();
        g.writeStringProperty("source", s.source());
        g.writeStringProperty("strategyId", s.report().strategyId());
        g.writeArrayPropertyStart("sharedIndicators");
        for (SharedIndicator i : s.sharedIndicators()) {
          g.writeStartObject();
          g.writeStringProperty("indicator", i.indicator().value());
          g.writeStringProperty("with", i.with().toString());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeName("report");
        // Embedded as written by core's report JSON, not parsed and written again: the same exact
        // values at a fraction of the cost for reports of thousands of observations.
        g.writeRawValue(MonitoringReportJson.write(s.report()).strip());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayPropertyStart("delegated");
      for (CombinedReport.DelegatedObjective d : report.delegated()) {
        g.writeStartObject();
        g.writeStringProperty("strategy", d.strategy().value());
        g.writeStringProperty("objective", d.objective());
        g.writeStringProperty("to", d.to().toString());
        if (d.progress().isPresent()) {
          g.writeNumberProperty("progress", d.progress().getAsDouble());
        } else {
          g.writeNullProperty("progress");
        }
        g.writeObjectPropertyStart("indicatorStatuses");
        for (Map.Entry<ProgressStatus, Integer> e : d.indicatorStatuses().entrySet()) {
          g.writeNumberProperty(e.getKey().label(), e.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeObjectPropertyStart("budget");
      g.writeArrayPropertyStart("lines");
      for (CombinedBudget.Line l : report.budget().lines()) {
        g.writeStartObject();
        g.writeNumberProperty("year", l.year());
        source(g, l.source());
        money(g, "planned", l.planned());
        money(g, "actual", l.actual());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayPropertyStart("countedOnce");
      for (CombinedBudget.CountedOnce o : report.budget().countedOnce()) {
        g.writeStartObject();
        g.writeStringProperty("action", o.action().toString());
        g.writeStringProperty("owner", o.owner().toString());
        g.writeNumberProperty("year", o.line().year());
        source(g, o.line().source());
        money(g, "planned", o.line().planned());
        g.writeBooleanProperty("declared", o.declared());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeArrayPropertyStart("coverage");
      for (CombinedReport.Coverage c : report.coverage()) {
        g.writeStartObject();
        g.writeStringProperty("framework", c.framework());
        g.writeStringProperty("objective", c.objective());
        g.writeArrayPropertyStart("servedBy");
        for (StrategyId id : c.servedBy()) {
          g.writeString(id.value());
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayPropertyStart("calendar");
      for (CombinedReport.Due d : report.calendar()) {
        g.writeStartObject();
        g.writeStringProperty("date", d.date().toString());
        g.writeStringProperty("strategy", d.strategy().value());
        g.writeStringProperty("kind", d.kind().label());
        g.writeStringProperty("subject", d.subject());
        g.writeBooleanProperty("overdue", d.overdue());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    return out.toString() + "\n";
  }

  private static void source(JsonGenerator g, FundingSource s) {
    g.writeStringProperty("source", kebab(s));
    if (s.programme().isPresent()) {
      g.writeStringProperty("programme", s.programme().get());
    }
  }

  private static String kebab(FundingSource s) {
    return s.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static void money(JsonGenerator g, String name, Money m) {
    g.writeObjectPropertyStart(name);
    g.writeNumberProperty("amount", m.amount());
    g.writeStringProperty("currency", m.currency().getCurrencyCode());
    g.writeEndObject();
  }

  /**
   * {@return the report as Markdown for readers in {@code locale}}
   *
   * @param report the report
   * @param locale the reader's language: Romanian for {@code ro}, English otherwise
   * @throws NullPointerException if an argument is null
   */
  public static String markdown(CombinedReport report, Locale locale) {
    return render(report, locale, new Markdown());
  }

  /**
   * {@return the report as a self-contained HTML page (no scripts, no external resources) for
   * readers in {@code locale}}
   *
   * @param report the report
   * @param locale the reader's language: Romanian for {@code ro}, English otherwise
   * @throws NullPointerException if an argument is null
   */
  public static String html(CombinedReport report, Locale locale) {
    return render(report, locale, new Html(Labels.of(locale).romanian ? "ro" : "en"));
  }

  /**
   * {@return what is due as plain text for readers in {@code locale}: a heading line, then one line
   * per item, {@code DATE  STRATEGY  WHAT}, with the strategy's title and "(overdue)" after a date
   * before the as-of date; each line ends with a line feed}
   *
   * @param report the report
   * @param locale the reader's language: Romanian for {@code ro}, English otherwise
   * @throws NullPointerException if an argument is null
   */
  public static String calendarText(CombinedReport report, Locale locale) {
    Objects.requireNonNull(report, "report");
    Labels l = Labels.of(Objects.requireNonNull(locale, "locale"));
    StringBuilder b = new StringBuilder();
    b.append(l.get("render.calendar", report.asOf().plusMonths(CombinedReport.HORIZON_MONTHS).toString())).append('\n');
    if (report.calendar().isEmpty()) {
      b.append(l.get("render.calendar.none")).append('\n');
    }
    for (List<String> row : calendarRows(report, l)) {
      b.append(String.join("  ", row)).append('\n');
    }
    return b.toString();
  }

  private static List<List<String>> calendarRows(CombinedReport r, Labels l) {
    Map<String, LocalizedText> titles = r.sections().stream()
        .collect(Collectors.toMap(s -> s.report().strategyId(), s -> s.report().title(), (a, c) -> a));
    List<List<String>> rows = new ArrayList<>();
    for (CombinedReport.Due d : r.calendar()) {
      String what = switch (d.kind()) {
        case CONSULTATION_PROPOSALS, EARLIEST_SUBMISSION -> l.get("due." + d.kind().label(), d.subject());
        case MEASUREMENT, TASK -> l.get("due." + d.kind().label(), l.text(d.name()));
        case DECISION_PREFECT, DECISION_PUBLICATION -> l.get("due." + d.kind().label(), d.subject());
        case OBLIGATION -> l.get("due.obligation", l.text(d.name()), d.subject().substring(d.subject().indexOf('/') + 1));
      };
      String strategy = titles.containsKey(d.strategy().value()) ? l.text(titles.get(d.strategy().value())) : d.strategy().value();
      rows.add(List.of(d.date() + (d.overdue() ? " (" + l.get("render.overdue") + ")" : ""), strategy, what));
    }
    return rows;
  }

  /** What differs between Markdown and HTML. */
  private interface Out {
    void title(StringBuilder b, String text);

    void heading(StringBuilder b, String text);

    void paragraph(StringBuilder b, String text);

    void table(StringBuilder b, List<String> header, List<List<String>> rows);

    void list(StringBuilder b, List<String> items);

    String finish(StringBuilder b, String title);
  }

  private static String render(CombinedReport r, Locale locale, Out out) {
    Objects.requireNonNull(r, "report");
    Objects.requireNonNull(locale, "locale");
    Labels l = Labels.of(locale);
    StringBuilder b = new StringBuilder();
    String title = l.get("render.title", r.municipality());
    out.title(b, title);
    out.paragraph(b, l.get("render.as-of", r.asOf().toString(), r.sections().size()));

    out.heading(b, l.get("render.strategies"));
    List<List<String>> rows = new ArrayList<>();
    for (CombinedReport.Section s : r.sections()) {
      MonitoringReport m = s.report();
      rows.add(List.of(l.text(m.title()), m.period().toString(), l.percent(m.strategyProgress()),
          Integer.toString(m.indicators().size()), Integer.toString(s.sharedIndicators().size()),
          Integer.toString(m.actions().size())));
    }
    out.table(b, List.of(l.get("render.col.strategy"), l.get("render.col.period"), l.get("render.col.progress"),
        l.get("render.col.indicators"), l.get("render.col.shared"), l.get("render.col.actions")), rows);

    Map<String, LocalizedText> titles = r.sections().stream()
        .collect(Collectors.toMap(s -> s.report().strategyId(), s -> s.report().title(), (a, c) -> a));
    Function<StrategyId, String> name = id -> titles.containsKey(id.value()) ? l.text(titles.get(id.value())) : id.value();
    if (!r.delegated().isEmpty()) {
      out.heading(b, l.get("render.delegated"));
      rows = new ArrayList<>();
      for (CombinedReport.DelegatedObjective d : r.delegated()) {
        rows.add(List.of(l.text(d.title()), l.text(d.targetTitle()) + " (" + name.apply(d.to().strategy()) + ")",
            l.percent(d.progress()), l.statuses(d.indicatorStatuses())));
      }
      out.table(b, List.of(l.get("render.col.objective"), l.get("render.col.delegated-to"), l.get("render.col.progress"),
          l.get("render.col.statuses")), rows);
    }

    for (CombinedReport.Section s : r.sections()) {
      section(b, s, l, name, out);
    }

    out.heading(b, l.get("render.budget"));
    rows = new ArrayList<>();
    for (CombinedBudget.Line line : r.budget().lines()) {
      rows.add(List.of(Integer.toString(line.year()), l.source(line.source()), l.money(line.planned()), l.money(line.actual())));
    }
    out.table(b, List.of(l.get("render.col.year"), l.get("render.col.source"), l.get("render.col.planned"),
        l.get("render.col.actual")), rows);
    if (!r.budget().countedOnce().isEmpty()) {
      List<String> totals = new ArrayList<>();
      for (Currency c : r.budget().countedOnce().stream().map(o -> o.line().planned().currency()).distinct().toList()) {
        totals.add(l.money(r.budget().countedOnce().stream().map(o -> o.line().planned())
            .filter(m -> m.currency().equals(c)).reduce(Money.zero(c), Money::plus)));
      }
      out.paragraph(b, l.get("render.counted-once", r.budget().countedOnce().size(), String.join(", ", totals)));
    }

    out.heading(b, l.get("render.coverage"));
    long served = r.coverage().stream().filter(c -> !c.servedBy().isEmpty()).count();
    out.paragraph(b, l.get("render.coverage.summary", served, r.coverage().size()));
    if (r.uncovered().isEmpty()) {
      out.paragraph(b, l.get("render.coverage.all"));
    } else {
      out.list(b, r.uncovered().stream()
          .map(c -> l.text(c.frameworkName()) + ": " + c.objective() + " " + l.text(c.title())).toList());
    }

    out.heading(b, l.get("render.calendar", r.asOf().plusMonths(CombinedReport.HORIZON_MONTHS).toString()));
    if (r.calendar().isEmpty()) {
      out.paragraph(b, l.get("render.calendar.none"));
    } else {
      out.table(b, List.of(l.get("render.col.date"), l.get("render.col.strategy"), l.get("render.col.what")), calendarRows(r, l));
    }
    return out.finish(b, title);
  }

  /**
   * A strategy's own section: its objectives with their progress and indicator statuses, then its
   * indicators (those it shares are reported once, in the strategy that records their series).
   */
  private static void section(StringBuilder b, CombinedReport.Section s, Labels l, Function<StrategyId, String> name,
      Out out) {
    MonitoringReport m = s.report();
    out.heading(b, l.text(m.title()));
    out.paragraph(b, l.get("render.section.summary", m.period().toString(), l.percent(m.strategyProgress()),
        m.actions().size(), m.alerts().size()));
    List<List<String>> rows = new ArrayList<>();
    for (MonitoringReport.ObjectiveEntry o : m.objectives()) {
      rows.add(List.of("\u2003".repeat(o.depth()) + l.text(o.title()), l.percent(o.progress()),
          l.statuses(o.indicatorStatuses())));
    }
    if (!rows.isEmpty()) {
      out.table(b, List.of(l.get("render.col.objective"), l.get("render.col.progress"), l.get("render.col.statuses")),
          rows);
    }
    rows = new ArrayList<>();
    for (MonitoringReport.IndicatorEntry i : m.indicators()) {
      String latest = i.observations().isEmpty() ? "–"
          : l.number(i.observations().get(i.observations().size() - 1).value()) + " " + i.unit() + " ("
              + i.observations().get(i.observations().size() - 1).date() + ")";
      String target = i.target().map(t -> l.number(t.value()) + " " + i.unit() + " (" + t.date() + ")").orElse("–");
      rows.add(List.of(l.text(i.name()), latest, target, l.get("status." + i.status().label())));
    }
    if (!rows.isEmpty()) {
      out.table(b, List.of(l.get("render.col.indicator"), l.get("render.col.latest"), l.get("render.col.target"),
          l.get("render.col.status")), rows);
    }
    if (!s.sharedIndicators().isEmpty()) {
      out.paragraph(b, l.get("render.section.shared", s.sharedIndicators().size(),
          String.join(", ", s.sharedIndicators().stream().map(x -> name.apply(x.with().strategy())).distinct().toList())));
    }
  }

  /** Texts and number formats of one locale. */
  private record Labels(Locale locale, boolean romanian, DecimalFormat amounts) {

    static Labels of(Locale locale) {
      boolean ro = locale.getLanguage().equals("ro");
      DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(ro ? Locale.forLanguageTag("ro") : Locale.ENGLISH));
      f.setRoundingMode(RoundingMode.HALF_UP);
      return new Labels(ro ? Locale.forLanguageTag("ro") : Locale.ENGLISH, ro, f);
    }

    String get(String key, Object... args) {
      return PortfolioMessages.CATALOG.text(key, args).get(locale);
    }

    String text(LocalizedText t) {
      return t.get(locale);
    }

    String percent(OptionalDouble share) {
      if (share.isEmpty()) {
        return "–";
      }
      String s = BigDecimal.valueOf(share.getAsDouble() * 100).setScale(1, RoundingMode.HALF_UP).toPlainString();
      if (s.equals("-0.0")) {
        s = "0.0";
      }
      return (romanian ? s.replace('.', ',') : s) + " %";
    }

    String number(double value) {
      return amounts.format(value);
    }

    String money(Money m) {
      return amounts.format(m.amount()) + " " + m.currency().getCurrencyCode();
    }

    String source(FundingSource s) {
      return get("funding." + kebab(s)) + s.programme().map(p -> " (" + p + ")").orElse("");
    }

    String statuses(Map<ProgressStatus, Integer> counts) {
      if (counts.isEmpty()) {
        return "–";
      }
      List<String> parts = new ArrayList<>();
      counts.forEach((k, v) -> parts.add(get("status." + k.label()) + ": " + v));
      return String.join(", ", parts);
    }
  }

  private static final class Markdown implements Out {
    @Override
    public void title(StringBuilder b, String text) {
      b.append("# ").append(esc(text)).append("\n\n");
    }

    @Override
    public void heading(StringBuilder b, String text) {
      b.append("## ").append(esc(text)).append("\n\n");
    }

    @Override
    public void paragraph(StringBuilder b, String text) {
      b.append(esc(text)).append("\n\n");
    }

    @Override
    public void table(StringBuilder b, List<String> header, List<List<String>> rows) {
      row(b, header);
      b.append('|');
      header.forEach(h -> b.append(" --- |"));
      b.append('\n');
      rows.forEach(r -> row(b, r));
      b.append('\n');
    }

    private static void row(StringBuilder b, List<String> cells) {
      b.append('|');
      cells.forEach(c -> b.append(' ').append(esc(c).replace("|", "\\|")).append(" |"));
      b.append('\n');
    }

    @Override
    public void list(StringBuilder b, List<String> items) {
      items.forEach(i -> b.append("- ").append(esc(i)).append('\n'));
      b.append('\n');
    }

    @Override
    public String finish(StringBuilder b, String title) {
      return b.toString().stripTrailing() + "\n";
    }

    private static String esc(String s) {
      return s.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("<", "&lt;");
    }
  }

  private static final class Html implements Out {
    private final String lang;

    Html(String lang) {
      this.lang = lang;
    }

    @Override
    public void title(StringBuilder b, String text) {
      b.append("<h1>").append(esc(text)).append("</h1>\n");
    }

    @Override
    public void heading(StringBuilder b, String text) {
      b.append("<h2>").append(esc(text)).append("</h2>\n");
    }

    @Override
    public void paragraph(StringBuilder b, String text) {
      b.append("<p>").append(esc(text)).append("</p>\n");
    }

    @Override
    public void table(StringBuilder b, List<String> header, List<List<String>> rows) {
      b.append("<table>\n<thead><tr>");
      header.forEach(h -> b.append("<th>").append(esc(h)).append("</th>"));
      b.append("</tr></thead>\n<tbody>\n");
      for (List<String> r : rows) {
        b.append("<tr>");
        r.forEach(c -> b.append("<td>").append(esc(c)).append("</td>"));
        b.append("</tr>\n");
      }
      b.append("</tbody>\n</table>\n");
    }

    @Override
    public void list(StringBuilder b, List<String> items) {
      b.append("<ul>\n");
      items.forEach(i -> b.append("<li>").append(esc(i)).append("</li>\n"));
      b.append("</ul>\n");
    }

    @Override
    public String finish(StringBuilder body, String title) {
      return "<!DOCTYPE html>\n<html lang=\"" + lang + "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + esc(title)
          + "</title>\n<style>\nbody{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#222}\n"
          + "table{border-collapse:collapse;margin:1em 0}\nth,td{border:1px solid #bbb;padding:.3em .6em;text-align:left;"
          + "vertical-align:top}\nth{background:#eee}\n</style>\n</head>\n<body>\n" + body + "</body>\n</html>\n";
    }

    private static String esc(String s) {
      return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
  }
}
