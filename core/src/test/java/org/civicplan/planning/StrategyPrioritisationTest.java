// SPDX-License-Identifier: Apache-2.0
package org.civicplan.planning;

import org.civicplan.prioritisation.CriteriaSetId;
import org.civicplan.prioritisation.ActionScores;
import org.civicplan.prioritisation.CriteriaSet;
import org.civicplan.prioritisation.Criterion;
import org.civicplan.prioritisation.CriterionDirection;
import org.civicplan.prioritisation.DecisionMatrix;
import org.civicplan.prioritisation.Mcda;
import org.civicplan.prioritisation.Normalization;
import org.civicplan.prioritisation.PortfolioDecision;
import org.civicplan.prioritisation.PrioritisationCodes;
import org.civicplan.prioritisation.PrioritisationRecord;
import org.civicplan.prioritisation.Ranking;
import org.civicplan.prioritisation.RankingMethod;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.civicplan.document.DocumentFormat;
import org.civicplan.document.StrategyDocuments;
import org.civicplan.fixture.StrategyFixture;
import org.civicplan.base.ActionId;
import org.civicplan.strategy.FundingKind;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.Money;
import org.civicplan.strategy.Strategy;
import org.civicplan.base.Finding;
import org.junit.jupiter.api.Test;

class StrategyPrioritisationTest {

  private static final LocalDate ON = LocalDate.of(2026, 3, 10);
  private static final CriteriaSet CRITERIA = new CriteriaSet(CriteriaSetId.of("test-default"), LocalizedText.of("Test", "Test"), List.of(
      new Criterion("impact", LocalizedText.of("Impact", "Impact"), CriterionDirection.BENEFIT, 3),
      new Criterion("cost", LocalizedText.of("Cost", "Cost"), CriterionDirection.COST, 1)));
  private static final ActionScores SCORES = ActionScores.of(Map.of(
      "A-1", Map.of("impact", 9.0, "cost", 1500.0),
      "A-2", Map.of("impact", 4.0, "cost", 200.0),
      "A-3", Map.of("impact", 2.0, "cost", 50.0)));

  private static StrategyRanking ranked(RankingMethod method) {
    return StrategyPrioritisation.rank(StrategyFixture.valid(), CRITERIA, SCORES, method, ON);
  }

  @Test
  void rank_recordsMethodWeightsValuesAndTheMethodsOwnRanking() {
    StrategyRanking r = ranked(RankingMethod.topsis());
    assertFalse(r.hasErrors(), r.findings().toString());
    PrioritisationRecord record = r.record().orElseThrow();
    assertEquals(List.of(record), r.strategy().prioritisations());
    assertEquals("topsis", record.method());
    assertEquals(Map.of("normalization", "vector"), record.options());
    assertEquals("test-default", record.criteriaSet().value());
    assertEquals(0.75, record.weights().get("impact"), 1e-12);
    assertEquals(0.25, record.weights().get("cost"), 1e-12);
    assertEquals(ON, record.decidedOn());
    // cross-check against the method applied to the same matrix directly
    DecisionMatrix m = new DecisionMatrix(CRITERIA.criteria(), List.of("A-1", "A-2", "A-3"),
        new double[][] {{9, 1500}, {4, 200}, {2, 50}});
    Ranking direct = Mcda.topsis(m, Normalization.VECTOR);
    assertEquals(direct.order(), record.actions().stream().map(a -> a.action().value()).toList());
    for (int i = 0; i < 3; i++) {
      assertEquals(direct.ranking().get(i).score(), record.actions().get(i).score());
      assertEquals(direct.ranking().get(i).details(), record.actions().get(i).details());
      assertEquals(i + 1, record.actions().get(i).rank());
    }
    assertEquals(Map.of("impact", 9.0, "cost", 1500.0), record.action(ActionId.of("A-1")).orElseThrow().values());
    assertEquals(Map.of("impact", 2.0, "cost", 50.0), record.action(ActionId.of("A-3")).orElseThrow().values());
    assertTrue(record.action(ActionId.of("A-9")).isEmpty());
    assertTrue(record.selection().isEmpty());
  }

  @Test
  void rank_missingScoreIsAnErrorAtTheActionAndNothingIsRanked() {
    ActionScores partial = ActionScores.of(Map.of(
        "A-1", Map.of("impact", 9.0, "cost", 1500.0), "A-2", Map.of("impact", 4.0, "cost", 200.0),
        "A-3", Map.of("impact", 2.0)));
    Strategy s = StrategyFixture.valid();
    StrategyRanking r = StrategyPrioritisation.rank(s, CRITERIA, partial, RankingMethod.vikor(0.5), ON);
    assertTrue(r.hasErrors());
    Finding f = r.findings().stream().filter(Finding::isError).findFirst().orElseThrow();
    assertEquals(PrioritisationCodes.SCORE_MISSING, f.code());
    assertEquals("/actions/2", f.path());
    assertTrue(f.message(Locale.ENGLISH).contains("\"A-3\"") && f.message(Locale.ENGLISH).contains("\"cost\""));
    assertTrue(f.message(Locale.forLanguageTag("ro")).contains("„A-3”"));
    assertEquals(s, r.strategy());
    assertTrue(r.record().isEmpty());
  }

  @Test
  void rank_ignoresUnknownActionsAndCriteriaWithWarnings() {
    Map<String, Map<String, Double>> m = new TreeMap<>();
    m.put("A-1", Map.of("impact", 9.0, "cost", 1500.0, "beauty", 3.0));
    m.put("A-2", Map.of("impact", 4.0, "cost", 200.0));
    m.put("A-3", Map.of("impact", 2.0, "cost", 50.0));
    m.put("A-99", Map.of("impact", 1.0, "cost", 1.0));
    StrategyRanking r = StrategyPrioritisation.rank(StrategyFixture.valid(), CRITERIA, ActionScores.of(m),
        RankingMethod.weightedSum(Normalization.MIN_MAX), ON);
    assertFalse(r.hasErrors());
    assertTrue(r.findings().stream().anyMatch(f -> f.code().equals(PrioritisationCodes.SCORES_UNKNOWN_ACTION) && f.path().equals("/scores/A-99")));
    assertTrue(r.findings().stream().anyMatch(f -> f.code().equals(PrioritisationCodes.SCORES_UNKNOWN_CRITERION) && f.path().equals("/criteria/beauty")));
    assertEquals(3, r.record().orElseThrow().actions().size());
    assertFalse(r.record().orElseThrow().actions().get(0).values().containsKey("beauty"));
  }

  @Test
  void select_refusesABudgetLineInAnotherCurrencyWithoutARate() {
    StrategyRanking r = ranked(RankingMethod.topsis());
    StrategySelection s = StrategyPrioritisation.select(r.strategy(), r.record().orElseThrow(),
        Map.of(2026, Money.ron("2000000"), 2027, Money.ron("5000000")), SelectionOptions.defaults());
    assertTrue(s.hasErrors());
    Finding f = s.findings().get(0);
    assertEquals(PrioritisationCodes.CURRENCY_MIXED, f.code());
    assertEquals("/actions/0/budget/1", f.path());
    assertTrue(f.message(Locale.ENGLISH).contains("EUR") && f.message(Locale.ENGLISH).contains("RON"));
    assertTrue(s.selection().isEmpty());
    assertEquals(r.strategy(), s.strategy());
  }

  @Test
  void select_convertsWithTheGivenRateExactlyAndRecordsIt() {
    StrategyRanking r = ranked(RankingMethod.topsis());
    SelectionOptions options = SelectionOptions.defaults().withRates(Map.of(Money.EUR, new BigDecimal("4.9771")));
    StrategySelection s = StrategyPrioritisation.select(r.strategy(), r.record().orElseThrow(),
        Map.of(2026, Money.ron("2000000"), 2027, Money.ron("5000000")), options);
    assertFalse(s.hasErrors(), s.findings().toString());
    PortfolioDecision d = s.record().orElseThrow().selection().orElseThrow();
    assertEquals(Map.of("EUR", new BigDecimal("4.9771")), d.rates());
    assertEquals(List.of(ActionId.of("A-1"), ActionId.of("A-2"), ActionId.of("A-3")), d.selected());
    // 800 000 EUR × 4.9771 = 3 981 680 RON, exactly
    assertEquals(Money.ron("3981680"), d.cost().get(2027));
    assertEquals(Money.ron("1700000"), d.cost().get(2026));
    assertTrue(d.optimal());
    assertEquals(d.value(), d.bound(), 1e-9);
  }

  @Test
  void select_choosesTheBestFeasibleSetUnderTheBudget_crossCheckedByBruteForce() {
    StrategyRanking r = ranked(RankingMethod.promethee());
    PrioritisationRecord record = r.record().orElseThrow();
    // 2026 only: A-1 costs 1.5M, A-2 0.2M, A-3 nothing but requires A-2; both do not fit 1.6M
    StrategySelection s = StrategyPrioritisation.select(r.strategy(), record, Map.of(2026, Money.ron("1600000")),
        SelectionOptions.defaults());
    assertFalse(s.hasErrors(), s.findings().toString());
    assertTrue(s.findings().stream().anyMatch(f -> f.code().equals(PrioritisationCodes.COST_OUTSIDE) && f.path().equals("/actions/0/budget")));
    Map<String, Double> value = new TreeMap<>();
    record.actions().forEach(a -> value.put(a.action().value(), StrategyPrioritisation.valueOf("promethee-ii", a.score())));
    Map<String, Long> cost = Map.of("A-1", 1_500_000L, "A-2", 200_000L, "A-3", 0L);
    List<String> ids = List.of("A-1", "A-2", "A-3");
    double best = -1;
    for (int mask = 0; mask < 8; mask++) {
      List<String> set = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        if ((mask & (1 << i)) != 0) {
          set.add(ids.get(i));
        }
      }
      long c = set.stream().mapToLong(cost::get).sum();
      if (c <= 1_600_000L && (!set.contains("A-3") || set.contains("A-2"))) {
        best = Math.max(best, set.stream().mapToDouble(value::get).sum());
      }
    }
    PortfolioDecision d = s.record().orElseThrow().selection().orElseThrow();
    assertEquals(best, d.value(), 1e-9);
    assertTrue(d.cost().getOrDefault(2026, Money.ron("0")).amount().compareTo(new BigDecimal("1600000")) <= 0);
    if (d.selected().contains(ActionId.of("A-3"))) {
      assertTrue(d.selected().contains(ActionId.of("A-2")));
    }
    assertEquals(d.selected().size(), d.schedule().size() + d.unscheduled().size());
  }

  @Test
  void select_completesTheLastRecordOrAppendsOne() {
    StrategyRanking r = ranked(RankingMethod.vikor(0.5));
    PrioritisationRecord record = r.record().orElseThrow();
    SelectionOptions local = SelectionOptions.defaults().withFunding(Set.of(FundingKind.LOCAL_BUDGET));
    StrategySelection s = StrategyPrioritisation.select(r.strategy(), record, Map.of(2026, Money.ron("5000000")), local);
    assertFalse(s.hasErrors(), s.findings().toString());
    assertEquals(1, s.strategy().prioritisations().size());
    assertEquals(s.record().orElseThrow(), s.strategy().prioritisations().get(0));
    assertEquals(record.actions(), s.record().orElseThrow().actions());
    StrategySelection again = StrategyPrioritisation.select(StrategyFixture.valid(), record, Map.of(2026, Money.ron("5000000")), local);
    assertEquals(1, again.strategy().prioritisations().size());
    StrategySelection appended = StrategyPrioritisation.select(s.strategy(), record, Map.of(2026, Money.ron("100")), local);
    assertEquals(2, appended.strategy().prioritisations().size());
  }

  @Test
  void select_mandatoryActionIsSelectedEvenWhenItsValueIsLowest() {
    StrategyRanking r = ranked(RankingMethod.topsis());
    PrioritisationRecord record = r.record().orElseThrow();
    String last = record.actions().get(record.actions().size() - 1).action().value();
    SelectionOptions opts = SelectionOptions.defaults().withFunding(Set.of(FundingKind.LOCAL_BUDGET))
        .withMandatory(Set.of(ActionId.of(last)));
    StrategySelection s = StrategyPrioritisation.select(r.strategy(), record, Map.of(2026, Money.ron("1500000")), opts);
    assertTrue(s.record().orElseThrow().selection().orElseThrow().selected().contains(ActionId.of(last)));
  }

  @Test
  void select_minimumShareOfEveryYearPicksTheListedActions() {
    StrategyRanking r = ranked(RankingMethod.promethee());
    PrioritisationRecord record = r.record().orElseThrow();
    // 2026, 1.6M: A-1 (1.5M) and A-2 (0.2M) do not both fit; half the budget (0.8M) must go to A-1
    SelectionOptions half = SelectionOptions.defaults().withMinimumShare(Set.of(ActionId.of("A-1")), new BigDecimal("0.5"));
    StrategySelection s = StrategyPrioritisation.select(r.strategy(), record, Map.of(2026, Money.ron("1600000")), half);
    assertFalse(s.hasErrors(), s.findings().toString());
    List<ActionId> selected = s.record().orElseThrow().selection().orElseThrow().selected();
    assertTrue(selected.contains(ActionId.of("A-1")), selected::toString);
    assertFalse(selected.contains(ActionId.of("A-2")), selected::toString);
    assertEquals(List.of(new SelectionOptions.ActionShare(Set.of(ActionId.of("A-1")), new BigDecimal("0.5"))), half.minimumShares());
  }

  @Test
  void select_minimumShareThatNoSelectionMeetsIsInfeasible() {
    StrategyRanking r = ranked(RankingMethod.promethee());
    // A-2 costs 0.2M, less than half of 1.6M: no selection keeps the share
    SelectionOptions half = SelectionOptions.defaults().withMinimumShare(Set.of(ActionId.of("A-2")), new BigDecimal("0.5"));
    StrategySelection s = StrategyPrioritisation.select(r.strategy(), r.record().orElseThrow(), Map.of(2026, Money.ron("1600000")), half);
    assertTrue(s.record().isEmpty());
    assertFalse(s.selection().orElseThrow().feasible());
  }

  @Test
  void minimumShareOutsideZeroToOneIsRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> SelectionOptions.defaults().withMinimumShare(Set.of(ActionId.of("A-1")), new BigDecimal("1.5")));
  }

  @Test
  void select_refusesAnEmptyOrMixedCurrencyBudget() {
    StrategyRanking r = ranked(RankingMethod.topsis());
    for (Map<Integer, Money> budget : List.of(Map.<Integer, Money>of(), Map.of(2026, Money.ron("1"), 2027, Money.eur("1")))) {
      StrategySelection s = StrategyPrioritisation.select(r.strategy(), r.record().orElseThrow(), budget, SelectionOptions.defaults());
      assertEquals(PrioritisationCodes.BUDGET_INVALID, s.findings().get(0).code(), budget.toString());
      assertTrue(s.record().isEmpty());
    }
  }

  @Test
  void valueOf_turnsEveryMethodsScoreIntoLargerIsBetter() {
    assertEquals(0.0, StrategyPrioritisation.valueOf("promethee-ii", -1), 0);
    assertEquals(1.0, StrategyPrioritisation.valueOf("promethee-ii", 1), 0);
    assertEquals(0.75, StrategyPrioritisation.valueOf("vikor", 0.25), 0);
    assertEquals(0.4, StrategyPrioritisation.valueOf("topsis", 0.4), 0);
  }

  @Test
  void withWeights_replacesEveryWeightAndRefusesAMissingOne() {
    CriteriaSet w = StrategyPrioritisation.withWeights(CRITERIA, Map.of("impact", 0.2, "cost", 0.8));
    assertEquals(0.8, w.criteria().get(1).weight(), 0);
    assertThrows(IllegalArgumentException.class, () -> StrategyPrioritisation.withWeights(CRITERIA, Map.of("impact", 1.0)));
  }

  @Test
  void record_roundTripsThroughJsonAndYaml() {
    StrategyRanking r = ranked(RankingMethod.promethee());
    StrategySelection s = StrategyPrioritisation.select(r.strategy(), r.record().orElseThrow().decidedBy("Local Council",
            LocalizedText.of("Budget 2026", "Bugetul 2026")),
        Map.of(2026, Money.ron("1600000"), 2027, Money.ron("4000000.5")),
        SelectionOptions.defaults().withRates(Map.of(Money.EUR, new BigDecimal("4.9771"))));
    Strategy decided = s.strategy();
    assertTrue(decided.prioritisations().get(decided.prioritisations().size() - 1).selection().isPresent());
    StrategyDocuments docs = StrategyDocuments.standard();
    for (DocumentFormat format : DocumentFormat.values()) {
      String text = docs.write(decided, format);
      assertTrue(text.contains("prioritisations"), format.toString());
      assertEquals(Optional.of(decided), docs.read(text, format).strategy(), () -> format + "\n" + docs.read(text, format).problems());
    }
  }

  @Test
  void record_refusesNonFiniteNumbersAndBadRanks() {
    assertThrows(IllegalArgumentException.class,
        () -> new PrioritisationRecord.RankedAction(ActionId.of("A-1"), 1, Double.NaN, Map.of(), Map.of(), Map.of()));
    assertThrows(IllegalArgumentException.class,
        () -> new PrioritisationRecord.RankedAction(ActionId.of("A-1"), 0, 1, Map.of(), Map.of(), Map.of()));
    assertThrows(IllegalArgumentException.class,
        () -> new PrioritisationRecord.RankedAction(ActionId.of("A-1"), 1, 1, Map.of("c", Double.POSITIVE_INFINITY), Map.of(), Map.of()));
    assertThrows(IllegalArgumentException.class, () -> new PortfolioDecision.PlannedRun(ActionId.of("A-1"), 2027, 2026, 0));
  }

  @Test
  void parseCsv_readsRowsSkipsCommentsAndKeepsEmptyCellsMissing() {
    ActionScores.Parsed p = ActionScores.parseCsv("""
        # illustrative
        action,impact,cost

        A-1,9,1500.5
        # a comment in the middle
        A-2,,200
        """);
    assertEquals(List.of(), p.findings());
    assertEquals(Optional.of(1500.5), p.scores().value(ActionId.of("A-1"), "cost"));
    assertEquals(Optional.empty(), p.scores().value(ActionId.of("A-2"), "impact"));
    StrategyRanking r = StrategyPrioritisation.rank(StrategyFixture.valid(), CRITERIA, p.scores(), RankingMethod.topsis(), ON);
    assertTrue(r.findings().stream().anyMatch(f -> f.code().equals(PrioritisationCodes.SCORE_MISSING) && f.path().equals("/actions/1")));
  }

  @Test
  void parseCsv_reportsBadNumbersWidthsAndHeadersWithTheirLine() {
    ActionScores.Parsed p = ActionScores.parseCsv("# c\naction,impact\nA-1,12\nA-2,abc\nA-1,1\nA 3,2\nA-4,1,2\n");
    assertTrue(p.hasErrors());
    List<String> paths = p.findings().stream().map(Finding::path).toList();
    assertEquals(List.of("/4/impact", "/5/action", "/6/action", "/7"), paths);
    assertTrue(p.findings().stream().allMatch(f -> f.code().equals(PrioritisationCodes.SCORES_CSV)));
    assertEquals(Set.of(ActionId.of("A-1")), p.scores().values().keySet());
    assertEquals(PrioritisationCodes.SCORES_CSV, ActionScores.parseCsv("impact,action\n").findings().get(0).code());
    assertEquals(PrioritisationCodes.SCORES_CSV, ActionScores.parseCsv("").findings().get(0).code());
    assertThrows(IllegalArgumentException.class, () -> ActionScores.of(Map.of("A-1", Map.of("c", Double.NaN))));
  }
}
