// SPDX-License-Identifier: Apache-2.0
package org.civicplan.document;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.civicplan.indicator.Target;
import org.civicplan.monitoring.BudgetFigure;
import org.civicplan.monitoring.LatenessReason;
import org.civicplan.monitoring.MonitoringReport;
import org.civicplan.monitoring.MonitoringReport.ActionEntry;
import org.civicplan.monitoring.MonitoringReport.Alert;
import org.civicplan.monitoring.MonitoringReport.Change;
import org.civicplan.monitoring.MonitoringReport.IndicatorEntry;
import org.civicplan.monitoring.MonitoringReport.ObjectiveEntry;
import org.civicplan.monitoring.Observation;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.Money;
import org.civicplan.base.Finding;
import org.civicplan.template.MonitoringContribution;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON form of a frozen {@link MonitoringReport}, following the document conventions: member
 * names are the record component names in component order; enums are lower-case kebab strings;
 * dates, ids and periods are strings; {@link LocalizedText} is an object by language tag; {@link
 * Money} is {@code {"amount": 1250.5, "currency": "RON"}} with the exact amount; empty optionals
 * and empty lists are omitted. Status counts are objects keyed by status label in scale order.
 * Sections contributed by templates ({@code contributions}) are {@code {"id", "title",
 * "paragraphs", "tables": [{"caption", "columns", "rows"}], "findings"}}: a table cell is a
 * localized text object, a plain string or an exact number; a finding is {@code {"severity",
 * "code", "path", "message"}}; a chart is {@code {"caption", "unit", "categories", "lines":
 * [{"label", "values", "dashed"}]}} with exact values.
 * Pretty-printed with two-space indentation and a final line break; equal reports give equal
 * bytes.
 */
public final class MonitoringReportJson {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private MonitoringReportJson() {}

  /**
   * Writes a report as JSON.
   *
   * @param report the report
   * @return the JSON text
   * @throws NullPointerException if {@code report} is null
   */
  public static String write(MonitoringReport report) {
    Objects.requireNonNull(report, "report");
    StringWriter out = new StringWriter();
    try (JsonGenerator g = MAPPER.writer().withDefaultPrettyPrinter().createGenerator(out)) {
      g.writeStartObject();
      g.writeStringProperty("strategyId", report.strategyId());
      text(g, "title", report.title());
      g.writeStringProperty("municipality", report.municipality());
      g.writeStringProperty("asOf", report.asOf().toString());
      g.writeStringProperty("period", report.period().toString());
      g.writeStringProperty("method", report.method().label());
      number(g, "strategyProgress", report.strategyProgress());
      coverage(g, report.coverage());
      list(g, "objectives", report.objectives(), o -> objective(g, report, o));
      list(g, "indicators", report.indicators(), i -> indicator(g, i));
      list(g, "actions", report.actions(), a -> action(g, a));
      list(g, "budget", report.budget(), f -> figure(g, f));
      list(g, "alerts", report.alerts(), a -> alert(g, a));
      if (report.previousAsOf().isPresent()) {
        g.writeStringProperty("previousAsOf", report.previousAsOf().get().toString());
      }
      list(g, "changes", report.changes(), c -> change(g, c));
      list(g, "contributions", report.contributions(), c -> contribution(g, c));
      g.writeEndObject();
    }
    return out.toString() + "\n";
  }

  private static void objective(JsonGenerator g, MonitoringReport report, ObjectiveEntry o) {
    g.writeStartObject();
    g.writeStringProperty("id", o.id());
    text(g, "title", o.title());
    g.writeNumberProperty("depth", o.depth());
    number(g, "progress", o.progress());
    coverage(g, report.coverage(o));
    counts(g, "indicatorStatuses", o.indicatorStatuses());
    counts(g, "actionStatuses", o.actionStatuses());
    g.writeEndObject();
  }

  /** {@code "coverage": {"withProgress": n, "indicators": m}}: what a progress figure rests on. */
  private static void coverage(JsonGenerator g, MonitoringReport.Coverage c) {
    g.writeObjectPropertyStart("coverage");
    g.writeNumberProperty("withProgress", c.withProgress());
    g.writeNumberProperty("indicators", c.indicators());
    g.writeEndObject();
  }

  private static void indicator(JsonGenerator g, IndicatorEntry i) {
    g.writeStartObject();
    g.writeStringProperty("id", i.id());
    text(g, "name", i.name());
    g.writeStringProperty("unit", i.unit());
    g.writeStringProperty("direction", kebab(i.direction()));
    strings(g, "objectiveIds", i.objectiveIds());
    if (i.baseline().isPresent()) {
      g.writeName("baseline");
      observation(g, i.baseline().get());
    }
    if (i.target().isPresent()) {
      Target t = i.target().get();
      g.writeName("target");
      g.writeStartObject();
      g.writeStringProperty("date", t.date().toString());
      g.writeNumberProperty("value", t.value());
      number(g, "upper", t.upper());
      g.writeBooleanProperty("milestone", t.milestone());
      g.writeEndObject();
    }
    list(g, "milestones", i.milestones(), o -> observation(g, o));
    list(g, "observations", i.observations(), o -> observation(g, o));
    g.writeStringProperty("status", i.status().label());
    if (i.category().isPresent()) {
      g.writeStringProperty("category", i.category().get());
    }
    number(g, "progress", i.progress());
    number(g, "expectedProgress", i.expectedProgress());
    g.writeStringProperty("freshness", kebab(i.freshness()));
    text(g, "explanation", i.explanation());
    g.writeEndObject();
  }

  private static void action(JsonGenerator g, ActionEntry a) {
    g.writeStartObject();
    g.writeStringProperty("id", a.id());
    text(g, "title", a.title());
    strings(g, "objectiveIds", a.objectiveIds());
    if (a.responsible().isPresent()) {
      g.writeStringProperty("responsible", a.responsible().get());
    }
    g.writeStringProperty("status", kebab(a.status()));
    number(g, "progress", a.progress());
    g.writeStringProperty("source", kebab(a.source()));
    list(g, "reasons", a.reasons(), r -> reason(g, r));
    g.writeStringProperty("freshness", kebab(a.freshness()));
    g.writeEndObject();
  }

  private static void reason(JsonGenerator g, LatenessReason r) {
    g.writeStartObject();
    g.writeStringProperty("kind", kebab(r.kind()));
    g.writeStringProperty("subject", r.subject());
    g.writeStringProperty("date", r.date().toString());
    g.writeEndObject();
  }

  private static void figure(JsonGenerator g, BudgetFigure f) {
    g.writeStartObject();
    g.writeStringProperty("dimension", f.dimension());
    g.writeStringProperty("key", f.key());
    money(g, "planned", f.planned());
    money(g, "actual", f.actual());
    if (f.absorptionRate().isPresent()) {
      g.writeNumberProperty("absorptionRate", f.absorptionRate().get());
    }
    money(g, "overspend", f.overspend());
    g.writeEndObject();
  }

  private static void alert(JsonGenerator g, Alert a) {
    g.writeStartObject();
    g.writeStringProperty("kind", a.kind().label());
    g.writeStringProperty("subject", a.subject());
    g.writeStringProperty("detail", a.detail());
    text(g, "text", a.text());
    g.writeEndObject();
  }

  private static void change(JsonGenerator g, Change c) {
    g.writeStartObject();
    g.writeStringProperty("subject", c.subject());
    g.writeStringProperty("aspect", c.aspect());
    optional(g, "before", c.before());
    optional(g, "after", c.after());
    g.writeEndObject();
  }

  private static void contribution(JsonGenerator g, MonitoringContribution c) {
    g.writeStartObject();
    g.writeStringProperty("id", c.id());
    text(g, "title", c.title());
    if (!c.paragraphs().isEmpty()) {
      g.writeName("paragraphs");
      g.writeStartArray();
      c.paragraphs().forEach(p -> text(g, p));
      g.writeEndArray();
    }
    list(g, "tables", c.tables(), t -> table(g, t));
    list(g, "findings", c.findings(), f -> finding(g, f));
    list(g, "charts", c.charts(), ch -> chart(g, ch));
    g.writeEndObject();
  }

  private static void chart(JsonGenerator g, MonitoringContribution.Chart c) {
    g.writeStartObject();
    text(g, "caption", c.caption());
    g.writeStringProperty("unit", c.unit());
    g.writeName("categories");
    g.writeStartArray();
    c.categories().forEach(g::writeString);
    g.writeEndArray();
    g.writeName("lines");
    g.writeStartArray();
    for (MonitoringContribution.Line line : c.lines()) {
      g.writeStartObject();
      text(g, "label", line.label());
      g.writeName("values");
      g.writeStartArray();
      line.values().forEach(g::writeNumber);
      g.writeEndArray();
      g.writeBooleanProperty("dashed", line.dashed());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void table(JsonGenerator g, MonitoringContribution.Table t) {
    g.writeStartObject();
    if (!t.caption().isBlank()) {
      text(g, "caption", t.caption());
    }
    g.writeName("columns");
    g.writeStartArray();
    t.columns().forEach(c -> text(g, c));
    g.writeEndArray();
    g.writeName("rows");
    g.writeStartArray();
    for (List<MonitoringContribution.Cell> row : t.rows()) {
      g.writeStartArray();
      for (MonitoringContribution.Cell cell : row) {
        if (cell instanceof MonitoringContribution.Cell.Text x) {
          text(g, x.text());
        } else if (cell instanceof MonitoringContribution.Cell.Plain x) {
          g.writeString(x.text());
        } else {
          g.writeNumber(((MonitoringContribution.Cell.Number) cell).value());
        }
      }
      g.writeEndArray();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void finding(JsonGenerator g, Finding f) {
    g.writeStartObject();
    g.writeStringProperty("severity", kebab(f.severity()));
    g.writeStringProperty("code", f.code());
    g.writeStringProperty("path", f.path());
    text(g, "message", f.message());
    g.writeEndObject();
  }

  private static void text(JsonGenerator g, LocalizedText t) {
    g.writeStartObject();
    for (Map.Entry<String, String> e : t.values().entrySet()) {
      g.writeStringProperty(e.getKey(), e.getValue());
    }
    g.writeEndObject();
  }

  private static void observation(JsonGenerator g, Observation o) {
    g.writeStartObject();
    g.writeStringProperty("date", o.date().toString());
    g.writeNumberProperty("value", o.value());
    g.writeEndObject();
  }

  private static void money(JsonGenerator g, String name, Money m) {
    g.writeName(name);
    g.writeStartObject();
    g.writeNumberProperty("amount", new BigDecimal(m.amount().toPlainString()));
    g.writeStringProperty("currency", m.currency().getCurrencyCode());
    g.writeEndObject();
  }

  private static void text(JsonGenerator g, String name, LocalizedText t) {
    g.writeName(name);
    g.writeStartObject();
    for (Map.Entry<String, String> e : t.values().entrySet()) {
      g.writeStringProperty(e.getKey(), e.getValue());
    }
    g.writeEndObject();
  }

  private static <E extends Enum<E>> void counts(JsonGenerator g, String name, Map<E, Integer> counts) {
    g.writeName(name);
    g.writeStartObject();
    for (Map.Entry<E, Integer> e : counts.entrySet()) {
      g.writeNumberProperty(kebab(e.getKey()), e.getValue());
    }
    g.writeEndObject();
  }

  private static void strings(JsonGenerator g, String name, List<String> values) {
    list(g, name, values, g::writeString);
  }

  private static <T> void list(JsonGenerator g, String name, List<T> values, java.util.function.Consumer<T> each) {
    if (values.isEmpty()) {
      return;
    }
    g.writeName(name);
    g.writeStartArray();
    values.forEach(each);
    g.writeEndArray();
  }

  private static void number(JsonGenerator g, String name, OptionalDouble value) {
    if (value.isPresent()) {
      g.writeNumberProperty(name, value.getAsDouble());
    }
  }

  private static void optional(JsonGenerator g, String name, Optional<String> value) {
    if (value.isPresent()) {
      g.writeStringProperty(name, value.get());
    }
  }

  private static String kebab(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
