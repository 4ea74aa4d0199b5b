package org.civicplan.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.civicplan.validation.AlignmentRules;
import org.civicplan.validation.GovernanceCodes;
import org.civicplan.strategy.Strategy;
import org.civicplan.base.Finding;
import org.civicplan.validation.FindingCodes;
import org.civicplan.base.Severity;
import org.civicplan.validation.ValidationReport;
import org.civicplan.base.LocalizedText;
import org.junit.jupiter.api.Test;

class MutantsTest {

  @Test
  void everyMutantBreaksExactlyTheRuleItNames() {
    Set<MutationKind> seen = EnumSet.noneOf(MutationKind.class);
    int[] mutants = {0};
    PropertyRunner.forAll(
        "each mutant has exactly its defect",
        c -> {
          for (Mutant m : Mutants.all(c.strategy(), StrategyGenerator.random(c.seed()))) {
            ValidationReport report = CoreRulesOracle.check(m.strategy());
            if (isCore(m.kind())) {
              assertEquals(Set.of(m.expectedCode()), report.codes(), m::toString);
              assertTrue(m.isReportedBy(report), () -> m + " not matched by " + report.findings());
            } else {
              // Governance and alignment defects leave the core rules intact; ValidatorPropertiesTest checks the rest.
              assertEquals(List.of(), report.findings(), m::toString);
            }
            assertNotEquals(c.strategy(), m.strategy(), m::toString);
            seen.add(m.kind());
            mutants[0]++;
          }
        });
    assertEquals(EnumSet.allOf(MutationKind.class), seen);
    assertTrue(mutants[0] > 10 * PropertyRunner.cases(), "mutants: " + mutants[0]);
  }

  @Test
  void mediumStrategiesOfferEveryKind() {
    for (long seed = 0; seed < 50; seed++) {
      Strategy valid = StrategyGenerator.seeded(seed).strategy(GenerationSize.medium());
      Set<MutationKind> kinds = EnumSet.noneOf(MutationKind.class);
      Mutants.all(valid, StrategyGenerator.random(seed)).forEach(m -> kinds.add(m.kind()));
      // Budget and task kinds need an action with a budget line or task; medium strategies nearly always have them.
      assertTrue(kinds.containsAll(EnumSet.complementOf(EnumSet.of(
          MutationKind.NEGATIVE_BUDGET, MutationKind.CURRENCY_MISMATCH, MutationKind.BUDGET_YEAR_OUTSIDE_PERIOD,
          MutationKind.TASK_DONE_WITHOUT_DATE, MutationKind.BASELINE_AFTER_TARGET, MutationKind.TARGET_AGAINST_DIRECTION,
          // Governance kinds depend on the lifecycle state and on which bodies were drawn.
          MutationKind.BODY_COORDINATOR_COUNT, MutationKind.CONSULTATIVE_WITHOUT_CIVIL_SOCIETY,
          MutationKind.WORKING_GROUP_WITHOUT_OBJECTIVE, MutationKind.OBJECTIVE_WITHOUT_WORKING_GROUP,
          MutationKind.MONITOR_NOT_INDEPENDENT, MutationKind.CHAIRS_NOT_SEPARATE, MutationKind.PROPOSAL_PERIOD_SHORT,
          MutationKind.DEBATE_MISSING, MutationKind.PROPOSAL_UNANSWERED, MutationKind.ANSWER_UNJUSTIFIED,
          MutationKind.SUBMITTED_TOO_EARLY, MutationKind.COUNCIL_TOO_EARLY, MutationKind.CONSULTATION_MISSING,
          MutationKind.DECISION_MISSING, MutationKind.PAYMENT_CURRENCY_MISMATCH))),
          "seed " + seed + ": " + kinds);
    }
  }

  @Test
  void kindsWithoutAPlaceGiveNoMutant() {
    Strategy tiny = Fixtures.minimal();
    assertEquals(Optional.empty(), Mutants.of(MutationKind.DEPENDENCY_CYCLE, tiny, StrategyGenerator.random(1)));
    assertEquals(Optional.empty(), Mutants.of(MutationKind.NEGATIVE_BUDGET, tiny, StrategyGenerator.random(1)));
    assertEquals(Optional.empty(), Mutants.of(MutationKind.UNKNOWN_ACTION, tiny, StrategyGenerator.random(1)));
    assertTrue(Mutants.of(MutationKind.TEXT_LANGUAGE_MISSING, tiny, StrategyGenerator.random(1)).isPresent());
  }

  @Test
  void mutantsAreDeterministic() {
    Strategy valid = Fixtures.greenStreets();
    assertEquals(Mutants.all(valid, StrategyGenerator.random(9)), Mutants.all(valid, StrategyGenerator.random(9)));
  }

  @Test
  void mutantsOfFixturesBreakExactlyTheirRule() {
    for (var fixture : Fixtures.all().entrySet()) {
      for (long seed = 0; seed < 30; seed++) {
        for (Mutant m : Mutants.all(fixture.getValue(), StrategyGenerator.random(seed))) {
          ValidationReport report = CoreRulesOracle.check(m.strategy());
          Set<String> expected = isCore(m.kind()) ? Set.of(m.expectedCode()) : Set.of();
          assertEquals(expected, report.codes(), () -> fixture.getKey() + ": " + m);
          assertTrue(!isCore(m.kind()) || m.isReportedBy(report), () -> fixture.getKey() + ": " + m + " vs " + report.findings());
        }
      }
    }
  }

  @Test
  void matchesComparesCodeSeverityAndRelatedPath() {
    Mutant m = new Mutant(MutationKind.NEGATIVE_BUDGET, "d", Fixtures.minimal(), FindingCodes.BUDGET_NEGATIVE,
        Severity.ERROR, "/actions/1/budget/0/planned");
    assertTrue(m.matches(finding(Severity.ERROR, FindingCodes.BUDGET_NEGATIVE, "/actions/1/budget/0/planned")));
    assertTrue(m.matches(finding(Severity.ERROR, FindingCodes.BUDGET_NEGATIVE, "/actions/1/budget/0")));
    assertTrue(m.matches(finding(Severity.ERROR, FindingCodes.BUDGET_NEGATIVE, "/actions/1/budget/0/planned/amount")));
    assertFalse(m.matches(finding(Severity.ERROR, FindingCodes.BUDGET_NEGATIVE, "")));
    assertFalse(m.matches(finding(Severity.ERROR, FindingCodes.BUDGET_NEGATIVE, "/actions/10/budget/0/planned")));
    assertFalse(m.matches(finding(Severity.ERROR, FindingCodes.BUDGET_NEGATIVE, "/actions/1/budget/1")));
    assertFalse(m.matches(finding(Severity.WARNING, FindingCodes.BUDGET_NEGATIVE, "/actions/1/budget/0/planned")));
    assertFalse(m.matches(finding(Severity.ERROR, FindingCodes.BUDGET_CURRENCY_MISMATCH, "/actions/1/budget/0/planned")));
    assertFalse(m.isReportedBy(ValidationReport.empty()));
  }

  @Test
  void kindsCarryTheirFindingCodes() {
    assertEquals(FindingCodes.ACTION_DEPENDENCY_CYCLE, MutationKind.DEPENDENCY_CYCLE.code());
    assertEquals(Severity.WARNING, MutationKind.OBJECTIVE_UNMEASURED.severity());
    assertEquals(Severity.WARNING, MutationKind.TEXT_LANGUAGE_MISSING.severity());
    assertEquals(GovernanceCodes.BODY_INDEPENDENCE, MutationKind.MONITOR_NOT_INDEPENDENT.code());
    assertEquals(AlignmentRules.LINK_LOCAL_UNKNOWN, MutationKind.ALIGNMENT_UNKNOWN_LOCAL.code());
    assertEquals(
        EnumSet.of(MutationKind.OBJECTIVE_UNMEASURED, MutationKind.TEXT_LANGUAGE_MISSING,
            MutationKind.WORKING_GROUP_WITHOUT_OBJECTIVE, MutationKind.OBJECTIVE_WITHOUT_WORKING_GROUP,
            MutationKind.CHAIRS_NOT_SEPARATE, MutationKind.PROPOSAL_PERIOD_SHORT, MutationKind.ANSWER_UNJUSTIFIED,
            MutationKind.CONSULTATION_MISSING),
        EnumSet.copyOf(List.of(MutationKind.values()).stream().filter(k -> k.severity() == Severity.WARNING).toList()));
  }

  /** Whether the kind's code belongs to the core rules, which {@link CoreRulesOracle} reads independently. */
  static boolean isCore(MutationKind kind) {
    return !kind.code().startsWith("governance.") && !kind.code().startsWith("alignment.");
  }

  private static Finding finding(Severity severity, String code, String path) {
    return new Finding(severity, code, path, LocalizedText.of("m", "m"));
  }
}
