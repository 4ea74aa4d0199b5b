// SPDX-License-Identifier: Apache-2.0
package org.civicplan.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.Stream;
import org.civicplan.document.MonitoringReportJson;
import org.civicplan.fixture.StrategyFixture;
import org.civicplan.indicator.Indicator;
import org.civicplan.indicator.Measurement;
import org.civicplan.monitoring.MonitoringReport.AlertKind;
import org.civicplan.strategy.Action;
import org.civicplan.strategy.ActionStatus;
import org.civicplan.base.PlanDate;
import org.civicplan.strategy.Strategy;
import org.civicplan.base.StrategyPeriod;
import org.civicplan.strategy.Task;
import org.civicplan.strategy.BudgetLine;
import org.civicplan.base.Money;
import org.civicplan.strategy.FundingSource;
import org.civicplan.strategy.FundingKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MonitoringReportTest {

  private static final LocalDate AS_OF = LocalDate.of(2028, 3, 31);
  private final MonitoringReporter reporter = MonitoringReporter.standard();

  private static List<String> renderings(MonitoringReport r) {
    List<String> out = new ArrayList<>();
    out.add(MonitoringReportJson.write(r));
    for (Locale l : List.of(Locale.ENGLISH, Locale.forLanguageTag("ro"))) {
      out.add(ReportRendering.csv(r, l));
      out.add(ReportRendering.markdown(r, l));
      out.add(ReportRendering.html(r, l));
    }
    return out;
  }

  @Test
  void report_computedTwice_isIdentical_byteForByte() {
    MonitoringReport a = reporter.report(ReportFixture.demo(), AS_OF);
    MonitoringReport b = reporter.report(ReportFixture.demo(), AS_OF);
    assertEquals(a, b);
    assertEquals(renderings(a), renderings(b));
  }

  @Test
  void report_containsAssessmentsStatusesBudgetAndAlerts() {
    MonitoringReport r = reporter.report(ReportFixture.demo(), AS_OF);
    assertEquals("tm-green-2026", r.strategyId());
    assertEquals(List.of("co2-total", "street-trees"), r.indicators().stream().map(i -> i.id()).toList());
    // CO2 rose from 1,080,000 (2026) to 1,150,000 (2027): progress 50,000 / 480,000 of the way
    MonitoringReport.IndicatorEntry co2 = r.indicator("co2-total").orElseThrow();
    assertEquals(50_000 / 480_000.0, co2.progress().getAsDouble(), 1e-12);
    assertEquals(PlanDate.ofYear(2027), co2.latest().orElseThrow().date());
    assertEquals(List.of("OS-1", "OS-1.1"), co2.objectiveIds());
    // retrofit: T-2 past due and end 2028-06 not passed yet
    MonitoringReport.ActionEntry retrofit = r.action("A-1").orElseThrow();
    assertEquals(ActionStatus.LATE, retrofit.status());
    assertTrue(r.alerts().stream().anyMatch(x -> x.kind() == AlertKind.LATE && x.subject().equals("action:A-1")
        && x.detail().contains("task T-2 due 2026-12")), r.alerts().toString());
    assertTrue(r.alerts().stream().anyMatch(x -> x.kind() == AlertKind.OVER_BUDGET && x.subject().equals("action:A-2")
        && x.detail().contains("60000 RON")), r.alerts().toString());
    MonitoringReport.Alert late = r.alerts().stream()
        .filter(x -> x.kind() == AlertKind.LATE && x.subject().equals("action:A-1")).findFirst().orElseThrow();
    assertTrue(late.text().get(java.util.Locale.ENGLISH).contains("task T-2 was due December 2026"), late.toString());
    assertTrue(late.text().get(java.util.Locale.forLanguageTag("ro")).contains("sarcina T-2 avea termen decembrie 2026"),
        late.toString());
    List<AlertKind> kinds = r.alerts().stream().map(MonitoringReport.Alert::kind).toList();
    assertEquals(kinds.stream().sorted().toList(), kinds, "alerts sorted by kind");
    assertEquals(List.of("OS-1", "OS-1.1", "OS-2", "OS-2.1"), r.objectives().stream().map(o -> o.id()).toList());
    assertEquals(List.of(0, 1, 0, 1), r.objectives().stream().map(o -> o.depth()).toList());
  }

  @Test
  void overspendAlert_quotesTheOverspentYearsFiguresNotLifetimeTotals() {
    // A-2 overspends 2027 (250,000 planned, 310,000 spent) and underspends 2026 (500,000 / 100,000):
    // the alert says 60,000 over in 2027 with 2027's figures, never next to the 750,000 / 410,000 totals
    Strategy s = ReportFixture.demo();
    Strategy twoYears = s.toBuilder().actions(s.actions().stream().map(a -> !a.id().equals(StrategyFixture.PLANT) ? a
        : a.toBuilder().budgetLine(BudgetLine.planned(2026, Money.ron("500000"), FundingSource.of(FundingKind.LOCAL_BUDGET))
            .withActual(Money.ron("100000"))).build()).toList()).build();
    MonitoringReport r = reporter.report(twoYears, AS_OF);
    MonitoringReport.Alert over = r.alerts().stream()
        .filter(x -> x.kind() == AlertKind.OVER_BUDGET && x.subject().equals("action:A-2")).findFirst().orElseThrow();
    assertEquals("overspent by 60,000 RON in 2027 (planned 250,000 RON, spent 310,000 RON in 2027)",
        over.text().get(Locale.ENGLISH));
    assertEquals("depășire de 60.000 RON în 2027 (planificat 250.000 RON, cheltuit 310.000 RON în 2027)",
        over.text().get(Locale.forLanguageTag("ro")));
    assertFalse(over.detail().contains("750000"), over.detail());
  }

  @Test
  void progressRestingOnPartOfTheIndicators_saysSo() {
    // street trees without measurements: the strategy's progress rests on 1 of its 2 indicators,
    // objective OS-2 (and OS-2.1 below it) on none of its one
    Strategy s = ReportFixture.demo();
    Strategy partial = s.toBuilder().indicators(s.indicators().stream()
        .map(i -> i.id().equals(StrategyFixture.TREES) ? i.withMeasurements(List.of()) : i).toList()).build();
    MonitoringReport r = reporter.report(partial, AS_OF);
    assertEquals(new MonitoringReport.Coverage(1, 2), r.coverage());
    MonitoringReport.ObjectiveEntry greening = r.objectives().stream().filter(o -> o.id().equals("OS-2")).findFirst().orElseThrow();
    assertEquals(new MonitoringReport.Coverage(0, 1), r.coverage(greening));
    MonitoringReport.ObjectiveEntry mitigation = r.objectives().get(0);
    assertEquals(new MonitoringReport.Coverage(1, 1), r.coverage(mitigation));
    String md = ReportRendering.markdown(r, Locale.ENGLISH);
    assertTrue(md.contains(" (1 of 2 indicators assessed)"), md);
    assertTrue(md.contains("| OS-2 | " ), md);
    assertTrue(md.contains("| OS-2 | Green the streets | – \\(0 of 1 indicators assessed\\) |"), md);
    String ro = ReportRendering.html(r, Locale.forLanguageTag("ro"));
    assertTrue(ro.contains("(1 din 2 indicatori evaluați)"), ro);
    String json = org.civicplan.document.MonitoringReportJson.write(r);
    assertTrue(json.contains("\"coverage\" : {\n    \"withProgress\" : 1,\n    \"indicators\" : 2\n  }"), json);
    // a complete figure is shown bare
    MonitoringReport full = reporter.report(s, AS_OF);
    assertEquals(new MonitoringReport.Coverage(2, 2), full.coverage());
    assertFalse(ReportRendering.markdown(full, Locale.ENGLISH).contains("indicators assessed"));
  }

  @Test
  void period_selectsBudgetYears() {
    Strategy s = ReportFixture.demo();
    MonitoringReport year2027 = reporter.report(s, AS_OF, StrategyPeriod.of(2027, 2027));
    assertEquals(List.of("2027"), year2027.budget("year").stream().map(BudgetFigure::key).distinct().toList());
    MonitoringReport whole = reporter.report(s, AS_OF);
    assertEquals(List.of("2026", "2027"), whole.budget("year").stream().map(BudgetFigure::key).distinct().toList());
    MonitoringReport year2026 = reporter.report(s, AS_OF, StrategyPeriod.of(2026, 2026));
    assertFalse(year2026.alerts().stream().anyMatch(a -> a.kind() == AlertKind.OVER_BUDGET), year2026.alerts().toString());
  }

  static Stream<Long> seeds() {
    return Stream.of(1L, 7L, 42L, 2026L, 99_991L);
  }

  /** Later data (measurements, task completions) must not change a report at an earlier date. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void report_unchangedByDataDatedAfterAsOf(long seed) {
    RandomGenerator rnd = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
    Strategy base = ReportFixture.demo();
    LocalDate asOf = LocalDate.of(2026 + rnd.nextInt(3), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
    List<Indicator> later = new ArrayList<>();
    for (Indicator i : base.indicators()) {
      List<Measurement> ms = new ArrayList<>(i.measurements());
      int n = 1 + rnd.nextInt(4);
      for (int k = 0; k < n; k++) {
        LocalDate d = asOf.plusDays(1 + rnd.nextInt(900));
        ms.add(k % 2 == 0 ? Measurement.of(PlanDate.of(d), rnd.nextDouble(0, 2_000_000))
            : Measurement.of(PlanDate.ofYear(d.getYear() + 1), rnd.nextDouble(0, 2_000_000)));
      }
      later.add(i.withMeasurements(ms));
    }
    List<Action> actions = new ArrayList<>();
    for (Action a : base.actions()) {
      List<Task> tasks = a.tasks().stream().map(t -> t.done() ? t
          : new Task(t.id(), t.title(), t.due(), true, Optional.of(PlanDate.of(asOf.plusDays(1 + rnd.nextInt(60))))))
          .toList();
      actions.add(a.toBuilder().tasks(tasks).build());
    }
    Strategy withLater = base.toBuilder().indicators(later).actions(actions).build();
    MonitoringReport expected = reporter.report(base, asOf);
    MonitoringReport actual = reporter.report(withLater, asOf);
    assertEquals(expected, actual, "seed " + seed + ", as of " + asOf);
    assertEquals(renderings(expected), renderings(actual), "seed " + seed + ", as of " + asOf);
  }

  @Test
  void laterData_doesChangeALaterReport() {
    // guards the property above against a report that ignores measurements altogether
    Strategy base = ReportFixture.demo();
    Strategy more = base.toBuilder().indicators(base.indicators().stream()
        .map(i -> i.toBuilder().measurement(Measurement.of(PlanDate.of(2028, 1, 15), 800_000)).build()).toList())
        .build();
    assertNotEquals(reporter.report(base, AS_OF), reporter.report(more, AS_OF));
  }

  @Test
  void changesSincePrevious_listStatusProgressAndAlerts() {
    Strategy s = ReportFixture.demo();
    MonitoringReport before = reporter.report(s, LocalDate.of(2026, 6, 20));
    MonitoringReport now = reporter.report(s, AS_OF, s.period(), before);
    assertEquals(Optional.of(LocalDate.of(2026, 6, 20)), now.previousAsOf());
    assertTrue(now.changes().contains(new MonitoringReport.Change("action:A-1", "status", Optional.of("on-time"),
        Optional.of("late"))), now.changes().toString());
    assertTrue(now.changes().stream().anyMatch(c -> c.subject().equals("action:A-1") && c.aspect().equals("alert:late")
        && c.before().isEmpty() && c.after().isPresent()), now.changes().toString());
    assertTrue(now.changes().stream().anyMatch(c -> c.subject().equals("indicator:street-trees")
        && c.aspect().equals("status")), now.changes().toString());
    MonitoringReport same = reporter.report(s, AS_OF, s.period(), reporter.report(s, AS_OF));
    assertEquals(List.of(), same.changes());
    assertEquals(reporter.report(s, AS_OF).indicators(), now.indicators(), "the previous report only adds changes");
  }

  @Test
  void json_followsDocumentConventions() {
    String json = MonitoringReportJson.write(reporter.report(ReportFixture.demo(), AS_OF));
    assertTrue(json.contains("\"asOf\" : \"2028-03-31\""), json);
    assertTrue(json.contains("\"status\" : \"late\""), json);
    assertTrue(json.contains("\"amount\" : 1250000.50") || json.contains("\"amount\" : 1250000.5"), json);
    assertTrue(json.indexOf("\"strategyId\"") < json.indexOf("\"title\""), "component order");
    assertFalse(json.contains("\"changes\""), "empty lists omitted");
    assertFalse(json.contains("null"), json);
  }

  @Test
  void markdown_escapesDocumentText() {
    MonitoringReport r = reporter.report(ReportFixture.hostile(), AS_OF);
    String md = ReportRendering.markdown(r, Locale.ENGLISH);
    assertFalse(md.contains("<script>"), md);
    assertTrue(md.contains("&lt;script&gt;"), md);
    assertTrue(md.contains("\\| \\*x\\*"), md);
    String ro = ReportRendering.markdown(reporter.report(ReportFixture.demo(), AS_OF), Locale.forLanguageTag("ro"));
    assertTrue(ro.contains("# Raport de monitorizare: Strategia străzilor verzi"), ro);
    assertTrue(ro.contains("## Acțiuni") && ro.contains("Execuția bugetară") && ro.contains("întârziată"), ro);
  }
}
