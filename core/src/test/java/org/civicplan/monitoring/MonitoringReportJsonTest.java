// SPDX-License-Identifier: Apache-2.0
package org.civicplan.monitoring;

import static org.civicplan.fixture.JsonMembers.assertText;
import static org.civicplan.fixture.JsonMembers.kebab;
import static org.civicplan.fixture.JsonMembers.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.BiConsumer;
import org.civicplan.base.Finding;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.Money;
import org.civicplan.base.Severity;
import org.civicplan.base.StrategyPeriod;
import org.civicplan.document.MonitoringReportJson;
import org.civicplan.fixture.JsonMembers;
import org.civicplan.indicator.Target;
import org.civicplan.monitoring.MonitoringReport.ActionEntry;
import org.civicplan.monitoring.MonitoringReport.Alert;
import org.civicplan.monitoring.MonitoringReport.Change;
import org.civicplan.monitoring.MonitoringReport.IndicatorEntry;
import org.civicplan.monitoring.MonitoringReport.ObjectiveEntry;
import org.civicplan.template.MonitoringContribution;
import org.civicplan.template.MonitoringContribution.Cell;
import org.civicplan.template.MonitoringContribution.Chart;
import org.civicplan.template.MonitoringContribution.Line;
import org.civicplan.template.MonitoringContribution.Table;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link MonitoringReportJson} member by member: every component of every entry of a report is
 * found under its name, in component order, with its exact value, and every empty optional or
 * list is left out. The reports are the demo fixture's, one compared with an earlier report (so it
 * has changes), and one given a template contribution with every kind of table cell and a chart.
 */
class MonitoringReportJsonTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final MonitoringReporter REPORTER = MonitoringReporter.standard();
  private static final LocalDate AS_OF = LocalDate.of(2028, 3, 31);

  /** The member names of an object, in order. */

  private static void assertNumber(OptionalDouble expected, JsonNode parent, String name, List<String> members) {
    if (expected.isPresent()) {
      members.add(name);
      assertEquals(expected.getAsDouble(), parent.get(name).asDouble(), name);
    } else {
      assertFalse(parent.has(name), name);
    }
  }

  private static <T> void assertList(List<T> expected, JsonNode parent, String name, List<String> members,
      BiConsumer<T, JsonNode> each) {
    if (expected.isEmpty()) {
      assertFalse(parent.has(name), name + " is left out when empty");
      return;
    }
    members.add(name);
    JsonNode array = parent.get(name);
    assertEquals(expected.size(), array.size(), name);
    for (int k = 0; k < expected.size(); k++) {
      each.accept(expected.get(k), array.get(k));
    }
  }

  private static void assertStrings(List<String> expected, JsonNode parent, String name, List<String> members) {
    assertList(expected, parent, name, members, (s, n) -> assertEquals(s, n.asString()));
  }

  private static void assertObservation(Observation o, JsonNode n) {
    assertEquals(List.of("date", "value"), names(n));
    assertEquals(o.date().toString(), n.get("date").asString());
    assertEquals(o.value(), n.get("value").asDouble());
  }

  private static void assertMoney(Money m, JsonNode n) {
    assertEquals(List.of("amount", "currency"), names(n));
    assertEquals(0, m.amount().compareTo(n.get("amount").decimalValue()), m + " vs " + n);
    assertEquals(m.currency().getCurrencyCode(), n.get("currency").asString());
  }

  private static <E extends Enum<E>> void assertCounts(Map<E, Integer> counts, JsonNode n) {
    assertEquals(counts.keySet().stream().map(JsonMembers::kebab).toList(), names(n));
    counts.forEach((k, v) -> assertEquals(v.intValue(), n.get(kebab(k)).asInt(), k.name()));
  }

  // ---- the whole report ------------------------------------------------------------------

  static void assertMirrors(MonitoringReport r) {
    String text = MonitoringReportJson.write(r);
    assertTrue(text.endsWith("}\n"), "ends with a newline");
    JsonNode j = MAPPER.readTree(text);
    List<String> members = new ArrayList<>(List.of("strategyId", "title", "municipality", "asOf", "period", "method"));
    assertEquals(r.strategyId(), j.get("strategyId").asString());
    assertText(r.title(), j.get("title"));
    assertEquals(r.municipality(), j.get("municipality").asString());
    assertEquals(r.asOf().toString(), j.get("asOf").asString());
    assertEquals(r.period().toString(), j.get("period").asString());
    assertEquals(r.method().label(), j.get("method").asString());
    assertNumber(r.strategyProgress(), j, "strategyProgress", members);
    members.add("coverage");
    assertCoverage(r.coverage(), j.get("coverage"));
    assertList(r.objectives(), j, "objectives", members, (o, n) -> assertObjective(r, o, n));
    assertList(r.indicators(), j, "indicators", members, MonitoringReportJsonTest::assertIndicator);
    assertList(r.actions(), j, "actions", members, MonitoringReportJsonTest::assertAction);
    assertList(r.budget(), j, "budget", members, MonitoringReportJsonTest::assertFigure);
    assertList(r.alerts(), j, "alerts", members, MonitoringReportJsonTest::assertAlert);
    if (r.previousAsOf().isPresent()) {
      members.add("previousAsOf");
      assertEquals(r.previousAsOf().get().toString(), j.get("previousAsOf").asString());
    }
    assertList(r.changes(), j, "changes", members, MonitoringReportJsonTest::assertChange);
    assertList(r.contributions(), j, "contributions", members, MonitoringReportJsonTest::assertContribution);
    assertEquals(members, names(j));
  }

  private static void assertCoverage(MonitoringReport.Coverage c, JsonNode n) {
    assertEquals(List.of("withProgress", "indicators"), names(n));
    assertEquals(c.withProgress(), n.get("withProgress").asInt());
    assertEquals(c.indicators(), n.get("indicators").asInt());
  }

  private static void assertObjective(MonitoringReport r, ObjectiveEntry o, JsonNode n) {
    List<String> members = new ArrayList<>(List.of("id", "title", "depth"));
    assertEquals(o.id(), n.get("id").asString());
    assertText(o.title(), n.get("title"));
    assertEquals(o.depth(), n.get("depth").asInt());
    assertNumber(o.progress(), n, "progress", members);
    members.addAll(List.of("coverage", "indicatorStatuses", "actionStatuses"));
    assertCoverage(r.coverage(o), n.get("coverage"));
    assertCounts(o.indicatorStatuses(), n.get("indicatorStatuses"));
    assertCounts(o.actionStatuses(), n.get("actionStatuses"));
    assertEquals(members, names(n));
  }

  private static void assertIndicator(IndicatorEntry i, JsonNode n) {
    List<String> members = new ArrayList<>(List.of("id", "name", "unit", "direction"));
    assertEquals(i.id(), n.get("id").asString());
    assertText(i.name(), n.get("name"));
    assertEquals(i.unit(), n.get("unit").asString());
    assertEquals(kebab(i.direction()), n.get("direction").asString());
    assertStrings(i.objectiveIds(), n, "objectiveIds", members);
    if (i.baseline().isPresent()) {
      members.add("baseline");
      assertObservation(i.baseline().get(), n.get("baseline"));
    } else {
      assertFalse(n.has("baseline"));
    }
    if (i.target().isPresent()) {
      members.add("target");
      Target t = i.target().get();
      JsonNode x = n.get("target");
      List<String> targetMembers = new ArrayList<>(List.of("date", "value"));
      assertEquals(t.date().toString(), x.get("date").asString());
      assertEquals(t.value(), x.get("value").asDouble());
      assertNumber(t.upper(), x, "upper", targetMembers);
      targetMembers.add("milestone");
      assertEquals(t.milestone(), x.get("milestone").asBoolean());
      assertEquals(targetMembers, names(x));
    } else {
      assertFalse(n.has("target"));
    }
    assertList(i.milestones(), n, "milestones", members, MonitoringReportJsonTest::assertObservation);
    assertList(i.observations(), n, "observations", members, MonitoringReportJsonTest::assertObservation);
    members.add("status");
    assertEquals(i.status().label(), n.get("status").asString());
    if (i.category().isPresent()) {
      members.add("category");
      assertEquals(i.category().get(), n.get("category").asString());
    } else {
      assertFalse(n.has("category"));
    }
    assertNumber(i.progress(), n, "progress", members);
    assertNumber(i.expectedProgress(), n, "expectedProgress", members);
    members.addAll(List.of("freshness", "explanation"));
    assertEquals(kebab(i.freshness()), n.get("freshness").asString());
    assertText(i.explanation(), n.get("explanation"));
    assertEquals(members, names(n), i.id());
  }

  private static void assertAction(ActionEntry a, JsonNode n) {
    List<String> members = new ArrayList<>(List.of("id", "title"));
    assertEquals(a.id(), n.get("id").asString());
    assertText(a.title(), n.get("title"));
    assertStrings(a.objectiveIds(), n, "objectiveIds", members);
    if (a.responsible().isPresent()) {
      members.add("responsible");
      assertEquals(a.responsible().get(), n.get("responsible").asString());
    } else {
      assertFalse(n.has("responsible"));
    }
    members.add("status");
    assertEquals(kebab(a.status()), n.get("status").asString());
    assertNumber(a.progress(), n, "progress", members);
    members.add("source");
    assertEquals(kebab(a.source()), n.get("source").asString());
    assertList(a.reasons(), n, "reasons", members, (r, x) -> {
      assertEquals(List.of("kind", "subject", "date"), names(x));
      assertEquals(kebab(r.kind()), x.get("kind").asString());
      assertEquals(r.subject(), x.get("subject").asString());
      assertEquals(r.date().toString(), x.get("date").asString());
    });
    members.add("freshness");
    assertEquals(kebab(a.freshness()), n.get("freshness").asString());
    assertEquals(members, names(n), a.id());
  }

  private static void assertFigure(BudgetFigure f, JsonNode n) {
    List<String> members = new ArrayList<>(List.of("dimension", "key", "planned", "actual"));
    assertEquals(f.dimension(), n.get("dimension").asString());
    assertEquals(f.key(), n.get("key").asString());
    assertMoney(f.planned(), n.get("planned"));
    assertMoney(f.actual(), n.get("actual"));
    if (f.absorptionRate().isPresent()) {
      members.add("absorptionRate");
      assertEquals(0, f.absorptionRate().get().compareTo(n.get("absorptionRate").decimalValue()));
    } else {
      assertFalse(n.has("absorptionRate"));
    }
    members.add("overspend");
    assertMoney(f.overspend(), n.get("overspend"));
    assertEquals(members, names(n));
  }

  private static void assertAlert(Alert a, JsonNode n) {
    assertEquals(List.of("kind", "subject", "detail", "text"), names(n));
    assertEquals(a.kind().label(), n.get("kind").asString());
    assertEquals(a.subject(), n.get("subject").asString());
    assertEquals(a.detail(), n.get("detail").asString());
    assertText(a.text(), n.get("text"));
  }

  private static void assertChange(Change c, JsonNode n) {
    List<String> members = new ArrayList<>(List.of("subject", "aspect"));
    assertEquals(c.subject(), n.get("subject").asString());
    assertEquals(c.aspect(), n.get("aspect").asString());
    c.before().ifPresent(b -> {
      members.add("before");
      assertEquals(b, n.get("before").asString());
    });
    c.after().ifPresent(b -> {
      members.add("after");
      assertEquals(b, n.get("after").asString());
    });
    assertEquals(members, names(n));
  }

  private static void assertContribution(MonitoringContribution c, JsonNode n) {
    List<String> members = new ArrayList<>(List.of("id", "title"));
    assertEquals(c.id(), n.get("id").asString());
    assertText(c.title(), n.get("title"));
    assertList(c.paragraphs(), n, "paragraphs", members, JsonMembers::assertText);
    assertList(c.tables(), n, "tables", members, MonitoringReportJsonTest::assertTable);
    assertList(c.findings(), n, "findings", members, (f, x) -> {
      assertEquals(List.of("severity", "code", "path", "message"), names(x));
      assertEquals(kebab(f.severity()), x.get("severity").asString());
      assertEquals(f.code(), x.get("code").asString());
      assertEquals(f.path(), x.get("path").asString());
      assertText(f.message(), x.get("message"));
    });
    assertList(c.charts(), n, "charts", members, MonitoringReportJsonTest::assertChart);
    assertEquals(members, names(n));
  }

  private static void assertTable(Table t, JsonNode n) {
    List<String> members = new ArrayList<>();
    if (!t.caption().isBlank()) {
      members.add("caption");
      assertText(t.caption(), n.get("caption"));
    }
    members.addAll(List.of("columns", "rows"));
    assertEquals(members, names(n));
    assertEquals(t.columns().size(), n.get("columns").size());
    for (int k = 0; k < t.columns().size(); k++) {
      assertText(t.columns().get(k), n.get("columns").get(k));
    }
    assertEquals(t.rows().size(), n.get("rows").size());
    for (int r = 0; r < t.rows().size(); r++) {
      List<Cell> row = t.rows().get(r);
      JsonNode x = n.get("rows").get(r);
      assertEquals(row.size(), x.size());
      for (int k = 0; k < row.size(); k++) {
        Cell cell = row.get(k);
        JsonNode y = x.get(k);
        if (cell instanceof Cell.Text text) {
          assertText(text.text(), y);
        } else if (cell instanceof Cell.Plain plain) {
          assertTrue(y.isString(), y.toString());
          assertEquals(plain.text(), y.asString());
        } else {
          assertTrue(y.isNumber(), y.toString());
          assertEquals(0, ((Cell.Number) cell).value().compareTo(y.decimalValue()));
        }
      }
    }
  }

  private static void assertChart(Chart c, JsonNode n) {
    assertEquals(List.of("caption", "unit", "categories", "lines"), names(n));
    assertText(c.caption(), n.get("caption"));
    assertEquals(c.unit(), n.get("unit").asString());
    assertEquals(c.categories(), n.get("categories").valueStream().map(JsonNode::asString).toList());
    assertEquals(c.lines().size(), n.get("lines").size());
    for (int k = 0; k < c.lines().size(); k++) {
      Line line = c.lines().get(k);
      JsonNode x = n.get("lines").get(k);
      assertEquals(List.of("label", "values", "dashed"), names(x));
      assertText(line.label(), x.get("label"));
      assertEquals(line.values().size(), x.get("values").size());
      for (int v = 0; v < line.values().size(); v++) {
        assertEquals(0, line.values().get(v).compareTo(x.get("values").get(v).decimalValue()));
      }
      assertEquals(line.dashed(), x.get("dashed").asBoolean());
    }
  }

  // ---- the reports -----------------------------------------------------------------------

  @Test
  void theDemoReportIsWrittenMemberByMember() {
    MonitoringReport r = REPORTER.report(ReportFixture.demo(), AS_OF);
    // what the demo holds, so that the members above are really exercised
    assertFalse(r.objectives().isEmpty());
    assertTrue(r.indicators().stream().anyMatch(i -> i.target().isPresent() && i.baseline().isPresent()));
    assertTrue(r.actions().stream().anyMatch(a -> !a.reasons().isEmpty()));
    assertTrue(r.budget().stream().anyMatch(f -> f.absorptionRate().isPresent()));
    assertFalse(r.alerts().isEmpty());
    assertMirrors(r);
  }

  @Test
  void aReportComparedWithAnEarlierOneWritesItsChanges() {
    MonitoringReport earlier = REPORTER.report(ReportFixture.demo(), LocalDate.of(2026, 6, 30));
    MonitoringReport r = REPORTER.report(ReportFixture.demo(), AS_OF, ReportFixture.demo().period(), earlier);
    assertEquals(Optional.of(LocalDate.of(2026, 6, 30)), r.previousAsOf());
    assertFalse(r.changes().isEmpty());
    assertMirrors(r);
  }

  @Test
  void aTemplateContributionIsWrittenWithItsTablesFindingsAndCharts() {
    MonitoringReport base = REPORTER.report(ReportFixture.demo(), AS_OF);
    Table captioned = new Table(LocalizedText.of("Survey", "Inventar"),
        List.of(LocalizedText.of("Street", "Stradă"), LocalizedText.of("Trees", "Arbori"), LocalizedText.of("Note", "Notă")),
        List.of(List.of(Cell.plain("Bd. Revoluției"), Cell.number(new BigDecimal("12.50")),
            Cell.text(LocalizedText.of("checked", "verificat")))));
    Table bare = new Table(LocalizedText.of("", ""), List.of(LocalizedText.of("Year", "An")),
        List.of(List.of(Cell.number(new BigDecimal("2027")))));
    Chart chart = new Chart(LocalizedText.of("Emissions", "Emisii"), "t CO2e", List.of("2026", "2027"),
        List.of(new Line(LocalizedText.of("Measured", "Măsurat"), List.of(new BigDecimal("1080000"), new BigDecimal("1150000.25")), false),
            new Line(LocalizedText.of("Path", "Traiectorie"), List.of(new BigDecimal("1000000"), new BigDecimal("900000")), true)));
    MonitoringContribution full = new MonitoringContribution("test.survey", LocalizedText.of("Street survey", "Inventarul străzilor"),
        List.of(LocalizedText.of("First.", "Primul."), LocalizedText.of("Second.", "Al doilea.")), List.of(captioned, bare),
        List.of(new Finding(Severity.WARNING, "test.survey.old", "/annexes/0", LocalizedText.of("Old survey", "Inventar vechi"))),
        List.of(chart));
    MonitoringContribution empty = new MonitoringContribution("test.empty", LocalizedText.of("Nothing", "Nimic"),
        List.of(), List.of(), List.of(), List.of());
    MonitoringReport r = new MonitoringReport(base.strategyId(), base.title(), base.municipality(), base.asOf(),
        base.period(), base.method(), base.strategyProgress(), base.objectives(), base.indicators(), base.actions(),
        base.budget(), base.alerts(), base.previousAsOf(), base.changes(), List.of(full, empty));
    assertMirrors(r);
    String json = MonitoringReportJson.write(r);
    // exact decimals, as given
    assertTrue(json.contains("1150000.25"), json);
    assertTrue(json.contains("12.50") || json.contains("12.5"), json);
  }

  @Test
  void aReportWithNothingOptionalLeavesTheMembersOut() {
    MonitoringReport base = REPORTER.report(ReportFixture.demo(), AS_OF);
    MonitoringReport r = new MonitoringReport(base.strategyId(), base.title(), base.municipality(), base.asOf(),
        StrategyPeriod.of(2026, 2030), base.method(), OptionalDouble.empty(), List.of(), List.of(), List.of(), List.of(),
        List.of(), Optional.empty(), List.of(), List.of());
    assertMirrors(r);
    assertEquals(List.of("strategyId", "title", "municipality", "asOf", "period", "method", "coverage"),
        names(MAPPER.readTree(MonitoringReportJson.write(r))));
  }
}
