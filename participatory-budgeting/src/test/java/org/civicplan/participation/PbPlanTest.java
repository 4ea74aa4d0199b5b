// SPDX-License-Identifier: Apache-2.0
package org.civicplan.participation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.civicplan.base.ActionId;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.Money;
import org.civicplan.base.ObjectiveId;
import org.civicplan.base.StrategyId;
import org.civicplan.base.StrategyPeriod;
import org.civicplan.base.TemplateId;
import org.civicplan.document.DocumentFormat;
import org.civicplan.document.StrategyDocuments;
import org.civicplan.strategy.Action;
import org.civicplan.strategy.FundingKind;
import org.civicplan.strategy.Municipality;
import org.civicplan.strategy.Objective;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.TemplateRegistry;
import org.junit.jupiter.api.Test;

/** From vote to plan, on the bundled illustrative edition of Municipiul Exemplu. */
class PbPlanTest {

  static final Path SAMPLE = Path.of("../samples/data/pb-exemplu-2026.pb");

  static final PbEdition EDITION = new PbEdition(
      "pb-2026", LocalizedText.of("Participatory budget 2026", "Bugetare participativă 2026"), 2027, Money.RON, LocalDate.of(2026, 3, 31));

  private final PbInstance instance = Pabulib.read(SAMPLE).instance().orElseThrow();
  private final PbOutcome outcome = PbRules.run(
      instance, new PbRule.EqualShares(PbRule.Utility.COST, new PbRule.Completion.Add1(Rational.ONE), PbRule.Fill.GREEDY));

  private static Strategy strategy() {
    return Strategy.builder(
            StrategyId.of("exemplu-climate"), TemplateId.of("climate"), Municipality.of("Municipiul Exemplu", "RO"),
            LocalizedText.of("Climate strategy", "Strategia climatică"), StrategyPeriod.of(2026, 2030))
        .objective(Objective.of("O1", LocalizedText.of("Green city", "Oraș verde")))
        .build();
  }

  @Test
  void theSampleIsIllustrativeAndClean() {
    assertTrue(instance.meta().get("description").startsWith("Illustrative"));
    assertEquals(List.of(), instance.findings());
  }

  @Test
  void fundedProjectsBecomeActionsWithBudgetLocationAndFundingSource() {
    List<Action> actions = PbPlan.actions(instance, outcome, EDITION, ObjectiveId.of("O1"));
    assertEquals(outcome.selected().size(), actions.size());
    Action first = actions.get(0);
    ProjectId id = outcome.selected().get(0);
    PbProject p = instance.project(id).orElseThrow();
    assertEquals(ActionId.of("pb-2026-" + id.value()), first.id());
    assertEquals(p.name(), first.title().get(java.util.Locale.ENGLISH));
    assertEquals(2027, first.budget().get(0).year());
    assertEquals(0, p.cost().compareTo(first.budget().get(0).planned().amount()));
    assertEquals(FundingKind.LOCAL_BUDGET, first.budget().get(0).source().kind());
    assertEquals(Optional.of("Bugetare participativă 2026"), first.budget().get(0).source().programme());
    assertEquals(Optional.of(p.targets().get(0)), first.location().orElseThrow().district());
    assertTrue(first.tags().contains(PbPlan.TAG));
    assertEquals(List.of(ObjectiveId.of("O1")), first.objectiveIds());
  }

  @Test
  void theRecordIsStoredWithTheStrategyAndSurvivesItsDocument() {
    Strategy funded = PbPlan.fund(strategy(), instance, outcome, EDITION, ObjectiveId.of("O1"));
    StrategyDocuments documents = StrategyDocuments.of(TemplateRegistry.empty());
    Strategy back = documents.read(documents.write(funded, DocumentFormat.JSON), DocumentFormat.JSON).strategy().orElseThrow();
    List<PbRecord> records = PbRecord.of(back);
    assertEquals(1, records.size());
    PbRecord r = records.get(0);
    assertEquals(PbPlan.record(instance, outcome, EDITION), r);
    assertEquals("mes", r.rule());
    assertEquals("add1", r.options().get("completion"));
    assertEquals(outcome.selected(), r.selected());
    assertEquals(outcome.selected().size(), back.actions().size());
    assertEquals(new BigDecimal("1000000"), new BigDecimal(r.budget()));
  }

  @Test
  void recordJsonRoundTrip() {
    PbRecord r = PbPlan.record(instance, outcome, EDITION);
    assertEquals(r, PbRecord.fromJson(r.toJson()));
    assertEquals(r.toJson(), PbRecord.fromJson(r.toJson()).toJson());
    assertThrows(IllegalArgumentException.class, () -> PbRecord.fromJson("{\"edition\": 1}"));
  }

  @Test
  void fundingTwiceIsRefused() {
    Strategy once = PbPlan.fund(strategy(), instance, outcome, EDITION, ObjectiveId.of("O1"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PbPlan.fund(once, instance, outcome, EDITION, ObjectiveId.of("O1")));
    assertTrue(e.getMessage().contains("applied before"), e::getMessage);
  }

  @Test
  void anUnknownObjectiveIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> PbPlan.fund(strategy(), instance, outcome, EDITION, ObjectiveId.of("O9")));
  }

  @Test
  void mesIsFairerToTheSmallDistrictsThanGreedy() {
    PbOutcome greedy = PbRules.run(instance, new PbRule.Greedy(PbRule.GreedyOrder.APPROVALS));
    GroupShare greedyD3 = group(greedy, "district-3");
    GroupShare mesD3 = group(outcome, "district-3");
    assertTrue(mesD3.satisfiedShare().compareTo(greedyD3.satisfiedShare()) > 0,
        () -> "MES " + mesD3 + " vs greedy " + greedyD3);
  }

  private static GroupShare group(PbOutcome o, String g) {
    return o.proportionality().groups().stream().filter(x -> x.group().equals(g)).findFirst().orElseThrow();
  }
}
