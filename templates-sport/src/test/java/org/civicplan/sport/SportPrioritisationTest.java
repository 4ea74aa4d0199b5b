// SPDX-License-Identifier: Apache-2.0
package org.civicplan.sport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.civicplan.base.ActionId;
import org.civicplan.base.Money;
import org.civicplan.planning.SelectionOptions;
import org.civicplan.planning.StrategyRanking;
import org.civicplan.planning.StrategySelection;
import org.civicplan.prioritisation.ActionScores;
import org.civicplan.prioritisation.CriteriaSet;
import org.civicplan.prioritisation.PortfolioDecision;
import org.civicplan.prioritisation.PrioritisationRecord;
import org.civicplan.prioritisation.RankingMethod;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.Parameters;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The criterion values of the sample's investments, and their ranking and selection through core. */
class SportPrioritisationTest {

  private final SportTemplate template = new SportTemplate();
  private final Parameters defaults = template.parameters();
  private final CriteriaSet criteria = template.criteriaSets().get(0);

  private double value(String action, String criterion) {
    return SportPrioritisation.scores(SportSample.draft(), defaults).value(ActionId.of(action), criterion).orElseThrow();
  }

  @Nested
  class CriterionValues {

    @Test
    void everyInvestmentHasAValueForEveryCriterionAndProgrammesHaveNone() {
      ActionScores scores = SportPrioritisation.scores(SportSample.draft(), defaults);
      assertEquals(15, scores.values().size());
      scores.values().values().forEach(row -> assertEquals(8, row.size(), row::toString));
      assertTrue(scores.value(ActionId.of("P-1"), "need").isEmpty());
    }

    @Test
    void needIsTheDeficitRatioOfTheFacilitysTypeInItsDistrict() {
      // I-09 renovates F-17, a school gym in Nord (60,000): 1 × 6 = 6 needed, 1 counted → 5 / 6 = 0.833333
      assertEquals(0.833333, value("I-09", "need"), 0);
      // I-07 builds a sports hall in Sud (55,000): 0.5 × 5.5 = 2.75 needed, none → 1
      assertEquals(1.0, value("I-07", "need"), 0);
    }

    @Test
    void conditionIsFiveMinusTheFacilitysGradeAndZeroForANewBuild() {
      assertEquals(3.0, value("I-01", "condition"));     // F-03, condition 2
      assertEquals(4.0, value("I-12", "condition"));     // F-10, condition 1
      assertEquals(0.0, value("I-08", "condition"));     // new build
    }

    @Test
    void costPerUserHourIsTheBudgetOverAYearOfExpectedUse() {
      // I-03: 1,500,000 + 1,000,000 = 2,500,000 RON / (5,280 × 52 = 274,560) = 9.105478…
      assertEquals(9.105478, value("I-03", "cost-per-user-hour"), 0);
      // I-05: 20,000,000 / (1,680 × 52 = 87,360) = 228.937729…
      assertEquals(228.937729, value("I-05", "cost-per-user-hour"), 0);
    }

    @Test
    void fewerWeeksMakeEachUserHourDearer() {
      // I-03 at 48 weeks: 2,500,000 / (5,280 × 48 = 253,440) = 9.864267…
      double v = SportPrioritisation.scores(SportSample.draft(), defaults.with(Map.of(SportPrioritisation.WEEKS_PER_YEAR, "48")))
          .value(ActionId.of("I-03"), "cost-per-user-hour").orElseThrow();
      assertEquals(9.864268, v, 0);
    }

    @Test
    void readinessCountsLandPermitsAndDesign() {
      assertEquals(3.0, value("I-03", "readiness"));
      assertEquals(2.0, value("I-02", "readiness"));
      assertEquals(0.0, value("I-07", "readiness"));
    }

    @Test
    void enteredValuesAreTakenAsEntered() {
      assertEquals(5280.0, value("I-04", "expected-users"));
      assertEquals(55.0, value("I-04", "mass-sport"));
      assertEquals(3.0, value("I-04", "accessibility"));
      assertEquals(900.0, value("I-02", "energy-climate"));
    }

    @Test
    void aFacilityNotInTheInventoryLeavesNeedAndConditionUnset_andTheRankingSaysSo() {
      InvestmentProgramme.Investment i = SportSample.programme().investments().get(0);
      Strategy s = SportSample.withInvestment(0, new InvestmentProgramme.Investment(i.action(), i.kind(),
          java.util.Optional.of("F-99"), i.district(), i.facilityType(), i.readiness(), i.expectedUserHours(),
          i.massSportPercent(), i.accessibilityGain(), i.energySavedMwh()));
      ActionScores scores = SportPrioritisation.scores(s, defaults);
      assertTrue(scores.value(ActionId.of("I-01"), "need").isEmpty());
      assertTrue(scores.value(ActionId.of("I-01"), "condition").isEmpty());
      StrategyRanking r = SportPrioritisation.rank(s, criteria, defaults, RankingMethod.topsis(), SportSample.DECIDED_ON);
      assertTrue(r.hasErrors());
      // the missing score points at I-01, the third action of the strategy (after P-1 and P-2)
      assertTrue(r.findings().stream().anyMatch(f -> f.code().equals("prioritisation.score.missing")
          && f.path().equals("/actions/2")), r.findings()::toString);
    }
  }

  @Nested
  class RankingAndSelection {

    private final Strategy decided = SportSample.valid();
    private final PrioritisationRecord record = decided.prioritisations().get(0);

    @Test
    void ranksTheFifteenInvestmentsAndKeepsTheProgrammes() {
      assertEquals(15, record.actions().size());
      assertEquals(List.of("P-1", "P-2"), decided.actions().subList(0, 2).stream().map(a -> a.id().value()).toList());
      assertEquals("sport-default", record.criteriaSet().value());
      assertEquals("topsis", record.method());
      assertEquals(ActionId.of("I-03"), record.actions().get(0).action());
      assertEquals(ActionId.of("I-02"), record.actions().get(1).action());
    }

    @Test
    void theSelectionFitsEveryYearOfTheProgrammeBudget() {
      PortfolioDecision d = record.selection().orElseThrow();
      assertTrue(d.optimal());
      Map<Integer, Money> budget = SportPrioritisation.budget(decided);
      d.cost().forEach((year, cost) -> assertTrue(cost.compareTo(budget.get(year)) <= 0, year + ": " + cost));
      // hand-summed from the budget lines of the selected investments
      assertEquals(Money.ron("5600000"), d.cost().get(2026));
      assertEquals(Money.ron("12000000"), d.cost().get(2028));
    }

    @Test
    void everySelectedDependencyIsSelectedToo() {
      List<ActionId> selected = record.selection().orElseThrow().selected();
      // I-02 (heat pumps) depends on I-01 (renovation of the pool); I-06 on I-05
      assertTrue(!selected.contains(ActionId.of("I-02")) || selected.contains(ActionId.of("I-01")));
      assertTrue(!selected.contains(ActionId.of("I-06")) || selected.contains(ActionId.of("I-05")));
    }

    @Test
    void aHigherMassSportShareHoldsEveryYear() {
      // without the minimum, then with 75 % of every year for mass sport
      Strategy draft = SportSample.draft();
      StrategyRanking r = SportPrioritisation.rank(draft, criteria, defaults, RankingMethod.topsis(), SportSample.DECIDED_ON);
      Parameters none = defaults.with(Map.of(SportPrioritisation.MASS_MIN_SHARE, "0"));
      Parameters high = defaults.with(Map.of(SportPrioritisation.MASS_MIN_SHARE, "75"));
      StrategySelection free = SportPrioritisation.select(r.strategy(), r.record().orElseThrow(), none, SelectionOptions.defaults());
      StrategySelection strict = SportPrioritisation.select(r.strategy(), r.record().orElseThrow(), high, SelectionOptions.defaults());
      assertFalse(strict.hasErrors(), strict.findings()::toString);
      Set<ActionId> mass = SportPrioritisation.massSport(draft, defaults);
      PortfolioDecision d = strict.record().orElseThrow().selection().orElseThrow();
      for (Map.Entry<Integer, Money> year : SportPrioritisation.budget(draft).entrySet()) {
        BigDecimal spent = BigDecimal.ZERO;
        for (ActionId a : d.selected()) {
          if (mass.contains(a)) {
            for (var line : draft.action(a).orElseThrow().budget()) {
              if (line.year() == year.getKey()) {
                spent = spent.add(line.planned().amount());
              }
            }
          }
        }
        assertTrue(spent.compareTo(year.getValue().amount().multiply(new BigDecimal("0.75"))) >= 0, year.getKey() + ": " + spent);
      }
      assertTrue(free.record().orElseThrow().selection().orElseThrow().value()
          >= d.value() - 1e-9, "a constraint never raises the value");
    }

    @Test
    void anUnreachableShareIsReportedAndNothingIsSelected() {
      // 90 % of 2026 is 6,300,000 RON; all mass-sport candidates of 2026 cost 5,600,000
      StrategyRanking r = SportPrioritisation.rank(SportSample.draft(), criteria, defaults, RankingMethod.topsis(), SportSample.DECIDED_ON);
      StrategySelection s = SportPrioritisation.select(r.strategy(), r.record().orElseThrow(),
          defaults.with(Map.of(SportPrioritisation.MASS_MIN_SHARE, "90")), SelectionOptions.defaults());
      assertTrue(s.record().isEmpty());
      assertEquals(r.strategy(), s.strategy());
      assertTrue(s.findings().stream().anyMatch(f -> f.code().equals("portfolio.infeasible.share") && f.message(java.util.Locale.ENGLISH)
          .contains("2026")), s.findings()::toString);
    }

    @Test
    void massSportInvestmentsAreThoseFromHalfTheirUse() {
      Set<String> mass = new TreeSet<>();
      SportPrioritisation.massSport(decided, defaults).forEach(a -> mass.add(a.value()));
      assertEquals(Set.of("I-01", "I-02", "I-03", "I-04", "I-07", "I-08", "I-09", "I-11", "I-12", "I-13", "I-14", "I-15"), mass);
    }

    @Test
    void theSampleIsReproducible() {
      assertEquals(SportSample.valid(), SportSample.valid());
    }
  }
}
