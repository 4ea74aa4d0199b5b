// SPDX-License-Identifier: Apache-2.0
package org.civicplan.monitoring;

import org.civicplan.governance.BodyId;
import org.civicplan.governance.BodyKind;
import org.civicplan.governance.GovernanceBody;
import org.civicplan.strategy.ActionStatus;
import org.civicplan.strategy.Strategy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.civicplan.fixture.StrategyFixture;
import org.civicplan.indicator.IndicatorId;
import org.civicplan.strategy.Action;
import org.civicplan.base.ActionId;
import org.civicplan.strategy.ActionStatus;
import org.civicplan.strategy.BudgetLine;
import org.civicplan.strategy.FundingKind;
import org.civicplan.strategy.FundingSource;
import org.civicplan.base.Money;
import org.civicplan.base.PlanDate;
import org.civicplan.strategy.Strategy;
import org.civicplan.strategy.Task;
import org.junit.jupiter.api.Test;

class ActionsAndMoneyTest {

  private final Strategy strategy = StrategyFixture.valid();
  private final ActionTracker tracker = ActionTracker.standard();

  @Test
  void lateness_listsEveryReason() {
    Action retrofit = StrategyFixture.retrofit();
    ActionAssessment a = tracker.assess(strategy, retrofit, LocalDate.of(2028, 9, 1));
    List<LatenessReason.Kind> kinds = a.reasons().stream().map(LatenessReason::kind).toList();
    // T-1 is done in the fixture; the open T-2 is past due, and the end (June 2028) passed
    assertEquals(List.of("T-2"), a.reasons().stream()
        .filter(r -> r.kind() == LatenessReason.Kind.TASK_PAST_DUE).map(LatenessReason::subject).toList(), a.toString());
    assertTrue(kinds.contains(LatenessReason.Kind.END_PASSED), a.toString());
    assertEquals(ActionStatus.LATE, a.status());
    assertEquals(ProgressSource.TASKS, a.source());
    assertEquals(0.5, a.progress().getAsDouble());
  }

  @Test
  void notLate_beforeAnyDueDate_andDoneTasksCount() {
    Action retrofit = StrategyFixture.retrofit();
    Action oneDone = retrofit.toBuilder()
        .tasks(List.of(Task.open("T-1", StrategyFixture.text("a", "a"), PlanDate.of(2026, 6, 30))
            .completedOn(PlanDate.of(2026, 5, 1)), retrofit.tasks().get(1)))
        .build();
    ActionAssessment a = tracker.assess(strategy, oneDone, LocalDate.of(2026, 5, 20));
    assertTrue(a.reasons().isEmpty(), a.toString());
    assertEquals(0.5, a.progress().getAsDouble());
    assertEquals(Freshness.FRESH, a.freshness());
    assertEquals(Freshness.STALE, tracker.assess(strategy, oneDone, LocalDate.of(2026, 7, 1)).freshness());
  }

  @Test
  void manualProgress_winsAndIsChecked() {
    Action plant = StrategyFixture.plant();
    ActionAssessment a = tracker.assess(strategy, plant, LocalDate.of(2027, 1, 1), ManualUpdate.progress(0.4));
    assertEquals(ProgressSource.MANUAL, a.source());
    assertEquals(0.4, a.progress().getAsDouble());
    assertEquals(Freshness.UNKNOWN, a.freshness());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ManualUpdate.progress(1.4));
    assertTrue(e.getMessage().contains("1.4"), e.getMessage());
    ActionAssessment updated =
        tracker.assess(strategy, plant, LocalDate.of(2027, 1, 1), ManualUpdate.progress(0.4).on(LocalDate.of(2026, 12, 20)));
    assertEquals(Freshness.FRESH, updated.freshness());
    assertEquals(Freshness.STALE,
        tracker.assess(strategy, plant, LocalDate.of(2028, 1, 1), ManualUpdate.updatedOn(LocalDate.of(2026, 12, 20))).freshness());
  }

  @Test
  void indicatorFreshness_followsFrequencyPlusGrace() {
    var co2 = strategy.indicator(StrategyFixture.CO2).orElseThrow();
    // annual, last measured for 2024 (ends 2024-12-31): due 2025-12-31 + 60 days
    assertEquals(Freshness.FRESH, FreshnessPolicy.DEFAULTS.indicator(co2, LocalDate.of(2026, 2, 28)));
    assertEquals(Freshness.STALE, FreshnessPolicy.DEFAULTS.indicator(co2, LocalDate.of(2026, 3, 2)));
  }

  @Test
  void budget_perDimensionAndCurrency_exact() {
    FundingSource local = FundingSource.of(FundingKind.LOCAL_BUDGET);
    Action a = Action.builder("A-9", StrategyFixture.text("x", "x"))
        .serves(StrategyFixture.BUILDINGS)
        .budgetLine(BudgetLine.planned(2026, Money.ron("100.10"), local).withActual(Money.ron("120.20")))
        .budgetLine(BudgetLine.planned(2027, Money.ron("300"), local).withActual(Money.ron("150")))
        .budgetLine(BudgetLine.planned(2027, Money.eur("50"), FundingSource.of(FundingKind.EU_FUNDS, "PR Vest")))
        .budgetLine(BudgetLine.planned(2027, Money.ron("10"), local).withActual(Money.eur("10")))
        .build();
    BudgetExecution e = BudgetExecution.of(List.of(a));
    List<BudgetFigure> byAction = e.figures("action");
    assertEquals(2, byAction.size(), "one figure per currency");
    BudgetFigure ron = byAction.stream().filter(f -> f.planned().currency().getCurrencyCode().equals("RON")).findFirst().orElseThrow();
    assertEquals(Money.ron("400.1"), ron.planned());
    assertEquals(Money.ron("270.2"), ron.actual());
    assertEquals(new BigDecimal("0.6753"), ron.absorptionRate().orElseThrow());
    assertEquals(Money.ron("20.1"), ron.overspend(), "overspend of 2026 is not offset by 2027");
    assertTrue(ron.isOverspent());
    assertEquals(List.of("2026", "2027"), e.figures("year").stream().map(BudgetFigure::key).distinct().toList());
    assertTrue(e.figures("source").stream().anyMatch(f -> f.key().equals("eu-funds:PR Vest")));
    assertEquals(1, e.findings().size());
    assertEquals(MonitoringCodes.BUDGET_CURRENCY_MISMATCH, e.findings().get(0).code());
    assertEquals("/actions/0/budget/3/actual", e.findings().get(0).path());
  }

  @Test
  void budget_ofAnActionServingThreeObjectives_isSplitNotCountedThrice() {
    // 100.10 RON among three objectives: 33.36 each is 100.08; the two cents left go to the first two
    FundingSource local = FundingSource.of(FundingKind.LOCAL_BUDGET);
    Action a = Action.builder("A-9", StrategyFixture.text("x", "x"))
        .serves(StrategyFixture.BUILDINGS).serves(StrategyFixture.MITIGATION).serves(StrategyFixture.GREENING)
        .budgetLine(BudgetLine.planned(2026, Money.ron("100.10"), local).withActual(Money.ron("90")))
        .build();
    List<BudgetFigure> byObjective = BudgetExecution.of(List.of(a)).figures("objective");
    java.util.Map<String, BudgetFigure> by = new java.util.TreeMap<>();
    byObjective.forEach(f -> by.put(f.key(), f));
    assertEquals(Money.ron("33.37"), by.get(StrategyFixture.BUILDINGS.value()).planned());
    assertEquals(Money.ron("33.37"), by.get(StrategyFixture.MITIGATION.value()).planned());
    assertEquals(Money.ron("33.36"), by.get(StrategyFixture.GREENING.value()).planned());
    assertEquals(Money.ron("30"), by.get(StrategyFixture.GREENING.value()).actual());
    assertEquals(List.of(new BigDecimal("33.34"), new BigDecimal("33.33"), new BigDecimal("33.33")),
        List.of(BudgetExecution.split(new BigDecimal("100.00"), 3, 2)));
    // 300 lei among seven at the currency's two decimals: 42.85 each is 299.95, five cents left
    assertEquals(new BigDecimal("300.00"),
        java.util.Arrays.stream(BudgetExecution.split(new BigDecimal("300"), 7, 2)).reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  @Test
  void rollUp_traceableWithEqualAndCustomWeights() {
    LocalDate asOf = LocalDate.of(2026, 5, 20);
    Map<IndicatorId, Assessment> ind = Map.of(
        StrategyFixture.CO2, IndicatorAssessor.linear().assess(strategy.indicator(StrategyFixture.CO2).orElseThrow(), PlanDate.of(asOf)));
    Action retrofit = StrategyFixture.retrofit();
    Map<ActionId, ActionAssessment> act = Map.of(
        retrofit.id(), tracker.assess(strategy, retrofit, asOf, ManualUpdate.progress(0.5)));
    RollUp r = RollUp.of(strategy, ind, act, Map.of());
    RollUp.ProgressNode buildings = r.objectives().get(StrategyFixture.BUILDINGS.value());
    double co2 = Math.max(0, Math.min(1, ind.get(StrategyFixture.CO2).progress().getAsDouble()));
    assertEquals((co2 + 0.5) / 2, buildings.progress().getAsDouble(), 1e-12);
    double sumShares = buildings.contributions().stream().mapToDouble(RollUp.Contribution::share).sum();
    assertEquals(1.0, sumShares, 1e-12);
    RollUp weighted = RollUp.of(strategy, ind, act, Map.of("action:" + retrofit.id(), 3.0));
    assertEquals((co2 + 3 * 0.5) / 4, weighted.objectives().get(StrategyFixture.BUILDINGS.value()).progress().getAsDouble(), 1e-12);
    assertEquals(1, r.indicatorStatusesByObjective().get(StrategyFixture.MITIGATION.value()).values().stream().mapToInt(Integer::intValue).sum());
    assertEquals(3, r.actionStatusesByBody().get(StrategyFixture.ENVIRONMENT.value()).values().stream().mapToInt(Integer::intValue).sum());
    assertThrows(IllegalArgumentException.class, () -> RollUp.of(strategy, ind, act, Map.of("x", -1.0)));
    assertEquals(r, RollUp.of(strategy, ind, act, Map.of()));
  }

  @Test
  void rollUp_countsActionStatusesPerWorkingGroup_throughOwnedObjectivesAndActions() {
    GovernanceBody greening = new GovernanceBody(BodyId.of("wg-green"), BodyKind.SECTORAL_WORKING_GROUP,
        StrategyFixture.text("Greening group", "Grupul pentru spații verzi"), List.of())
        .withObjectives(List.of(StrategyFixture.GREENING));
    GovernanceBody buildings = new GovernanceBody(BodyId.of("wg-buildings"), BodyKind.SECTORAL_WORKING_GROUP,
        StrategyFixture.text("Buildings group", "Grupul pentru clădiri"), List.of())
        .withActions(List.of(StrategyFixture.RETROFIT));
    GovernanceBody team = new GovernanceBody(BodyId.of("team"), BodyKind.MANAGEMENT_TEAM,
        StrategyFixture.text("Team", "Echipa"), List.of())
        .withActions(List.of(StrategyFixture.RETROFIT));
    Strategy s = strategy.toBuilder()
        .governance(new org.civicplan.governance.Governance(List.of(greening, buildings, team), List.of()))
        .build();
    RollUp r = RollUp.of(s, Map.of(), Map.of(), Map.of());
    // serve OS-2.1, a sub-objective of the group's OS-2; A-1 is owned by name.
    assertEquals(Map.of(ActionStatus.NOT_STARTED, 2), r.actionStatusesByWorkingGroup().get("wg-green"));
    assertEquals(Map.of(ActionStatus.ON_TIME, 1), r.actionStatusesByWorkingGroup().get("wg-buildings"));
    assertEquals(List.of("wg-buildings", "wg-green"), List.copyOf(r.actionStatusesByWorkingGroup().keySet()),
        "only sectoral working groups, sorted by id");
  }
}
