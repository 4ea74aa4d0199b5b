// SPDX-License-Identifier: Apache-2.0
package org.civicplan.report;

import org.civicplan.prioritisation.CriteriaSetId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.civicplan.base.ActionId;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.Money;
import org.civicplan.fixture.StrategyFixture;
import org.civicplan.planning.SelectionOptions;
import org.civicplan.planning.StrategyPrioritisation;
import org.civicplan.planning.StrategyRanking;
import org.civicplan.planning.StrategySelection;
import org.civicplan.prioritisation.ActionScores;
import org.civicplan.prioritisation.CriteriaSet;
import org.civicplan.prioritisation.Criterion;
import org.civicplan.prioritisation.CriterionDirection;
import org.civicplan.prioritisation.Normalization;
import org.civicplan.prioritisation.PrioritisationRecord;
import org.civicplan.prioritisation.RankingMethod;
import org.civicplan.strategy.Action;
import org.civicplan.strategy.BudgetLine;
import org.civicplan.strategy.FundingKind;
import org.civicplan.strategy.FundingSource;
import org.civicplan.strategy.Strategy;

/**
 * A small sport-investment prioritisation whose numbers can be checked by hand: a weighted sum
 * without normalisation (score = Σ weight × value) of four investments on three benefit criteria
 * scored 0–10, selected under budgets of 1,200,000 lei (2026) and 600,000 lei (2027).
 *
 * <pre>
 *   weights: need 0.5, condition 0.3, users 0.2
 *   hall  (B): 0.5·6 + 0.3·8 + 0.2·8  = 3 + 2.4 + 1.6 = 7.0   rank 1
 *   pool  (A): 0.5·8 + 0.3·6 + 0.2·4  = 4 + 1.8 + 0.8 = 6.6   rank 2
 *   court (C): 0.5·4 + 0.3·4 + 0.2·10 = 2 + 1.2 + 2   = 5.2   rank 3
 *   rooms (D): 0.5·2 + 0.3·2 + 0.2·2  = 1 + 0.6 + 0.4 = 2.0   rank 4 (requires the pool)
 *   costs: pool 1,000,000 (2026, local) + 500,000 (2027, EU); hall 800,000 (2026);
 *          court 300,000 (2026) + 300,000 (2027); rooms 100,000 (2027)
 *   best selection: hall + court (value 12.2; 2026: 1,100,000; 2027: 300,000). Hall + pool would
 *   cost 1,800,000 in 2026; pool + court 1,300,000. The pool needs 1,000,000 in 2026 with 100,000
 *   left and 500,000 in 2027 with 300,000 left; the rooms fit but require the pool.
 * </pre>
 */
final class PriorityListFixture {

  static final LocalDate ON = LocalDate.of(2026, 2, 20);
  static final ActionId POOL = ActionId.of("INV-A");
  static final ActionId HALL = ActionId.of("INV-B");
  static final ActionId COURT = ActionId.of("INV-C");
  static final ActionId ROOMS = ActionId.of("INV-D");

  static final CriteriaSet CRITERIA = new CriteriaSet(CriteriaSetId.of("sport-test"), LocalizedText.of("Sport investments", "Investiții în sport"),
      List.of(
          new Criterion("need", LocalizedText.of("Need in the district", "Nevoia în cartier"), CriterionDirection.BENEFIT, 0.5),
          new Criterion("condition", LocalizedText.of("Condition of the facility", "Starea bazei sportive"), CriterionDirection.BENEFIT, 0.3),
          new Criterion("users", LocalizedText.of("Expected users", "Utilizatori așteptați"), CriterionDirection.BENEFIT, 0.2)));

  static final ActionScores SCORES = ActionScores.of(Map.of(
      POOL.value(), Map.of("need", 8.0, "condition", 6.0, "users", 4.0),
      HALL.value(), Map.of("need", 6.0, "condition", 8.0, "users", 8.0),
      COURT.value(), Map.of("need", 4.0, "condition", 4.0, "users", 10.0),
      ROOMS.value(), Map.of("need", 2.0, "condition", 2.0, "users", 2.0)));

  static final Map<Integer, Money> BUDGET = Map.of(2026, Money.ron("1200000"), 2027, Money.ron("600000"));

  private PriorityListFixture() {}

  static Action action(ActionId id, String en, String ro, List<BudgetLine> lines, ActionId... dependsOn) {
    return Action.builder(id, LocalizedText.of(en, ro)).serves(StrategyFixture.MITIGATION).budget(lines).dependsOn(dependsOn).build();
  }

  static BudgetLine local(int year, String amount) {
    return BudgetLine.planned(year, Money.ron(amount), FundingSource.of(FundingKind.LOCAL_BUDGET));
  }

  static Strategy strategy(String poolName) {
    return StrategyFixture.builder().actions(List.of(
        action(POOL, poolName, poolName, List.of(local(2026, "1000000"),
            BudgetLine.planned(2027, Money.ron("500000"), FundingSource.of(FundingKind.EU_FUNDS, "PR Vest 2021-2027")))),
        action(HALL, "Renovate the sports hall", "Renovarea sălii de sport", List.of(local(2026, "800000"))),
        action(COURT, "Outdoor court in Fabric", "Teren în aer liber în Fabric", List.of(local(2026, "300000"), local(2027, "300000"))),
        action(ROOMS, "Changing rooms at the pool", "Vestiare la bazin", List.of(local(2027, "100000")), POOL)))
        .build();
  }

  static Strategy strategy() {
    return strategy("Indoor swimming pool");
  }

  static Strategy decided(Strategy s, CriteriaSet criteria, RankingMethod method) {
    return decided(s, criteria, SCORES, method);
  }

  /** The strategy ranked by {@code method} on {@code criteria} with {@code scores}, then selected. */
  static Strategy decided(Strategy s, CriteriaSet criteria, ActionScores scores, RankingMethod method) {
    StrategyRanking ranked = StrategyPrioritisation.rank(s, criteria, scores, method, ON);
    if (ranked.hasErrors()) {
      throw new AssertionError(ranked.findings().toString());
    }
    StrategySelection chosen = StrategyPrioritisation.select(ranked.strategy(), ranked.record().orElseThrow(), BUDGET,
        SelectionOptions.defaults());
    if (chosen.hasErrors()) {
      throw new AssertionError(chosen.findings().toString());
    }
    return chosen.strategy();
  }

  static Strategy decided() {
    return decided(strategy(), CRITERIA, RankingMethod.weightedSum(Normalization.NONE));
  }

  static PrioritisationRecord last(Strategy s) {
    return s.prioritisations().get(s.prioritisations().size() - 1);
  }

  static PriorityList list() {
    Strategy s = decided();
    return PriorityList.of(s, last(s), CRITERIA);
  }
}
