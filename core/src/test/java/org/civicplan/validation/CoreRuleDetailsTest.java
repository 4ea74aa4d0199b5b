// SPDX-License-Identifier: Apache-2.0
package org.civicplan.validation;

import static org.civicplan.fixture.StrategyFixture.text;
import static org.civicplan.validation.Findings.RO;
import static org.civicplan.validation.Findings.assertNone;
import static org.civicplan.validation.Findings.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.civicplan.base.Finding;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.PlanDate;
import org.civicplan.base.Severity;
import org.civicplan.fixture.StrategyFixture;
import org.civicplan.governance.BodyId;
import org.civicplan.governance.BodyKind;
import org.civicplan.governance.Governance;
import org.civicplan.governance.GovernanceBody;
import org.civicplan.governance.Member;
import org.civicplan.governance.MemberRole;
import org.civicplan.governance.Organisation;
import org.civicplan.governance.OrganisationCategory;
import org.civicplan.indicator.Baseline;
import org.civicplan.indicator.Indicator;
import org.civicplan.indicator.Target;
import org.civicplan.strategy.Action;
import org.civicplan.strategy.Objective;
import org.civicplan.strategy.Strategy;
import org.civicplan.strategy.Task;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Pins what the core rules report beyond "a finding exists": every site a rule checks, the order
 * of the findings, their exact paths and messages, and the boundaries where a rule starts or stops
 * reporting.
 */
class CoreRuleDetailsTest {

  private static final LocalizedText ENGLISH_ONLY = new LocalizedText(Map.of("en", "Only English"));

  private static List<String> paths(ValidationReport report, String code) {
    return report.byCode(code).stream().map(Finding::path).toList();
  }

  private static Strategy withIndicator(int index, UnaryOperator<Indicator.Builder> change) {
    Strategy s = StrategyFixture.valid();
    List<Indicator> indicators = new ArrayList<>(s.indicators());
    indicators.set(index, change.apply(indicators.get(index).toBuilder()).build());
    return s.toBuilder().indicators(indicators).build();
  }

  @Nested
  class UniqueIds {
    @Test
    void theSameIdMayNameOneObjectiveOneActionOneIndicatorOneOrganisationAndOneBody() {
      // Kinds are checked one after another; each kind starts from an empty set of seen ids, so
      // "shared" in consecutive kinds is no repeat.
      Strategy s = StrategyFixture.valid();
      Strategy shared =
          s.toBuilder()
              .objective(Objective.of("shared", text("Shared", "Comun")))
              .actions(List.of(s.actions().get(0), s.actions().get(1), s.actions().get(2),
                  Action.builder("shared", text("Shared", "Comun")).serves(StrategyFixture.TREE_COVER).build()))
              .indicator(StrategyFixture.trees().toBuilder().id(org.civicplan.indicator.IndicatorId.of("shared")).build())
              .organisation(Organisation.of("shared", text("Shared", "Comun"), OrganisationCategory.OTHER))
              .governance(new Governance(
                  List.of(s.governance().bodies().get(0),
                      new GovernanceBody(BodyId.of("shared"), BodyKind.MANAGEMENT_TEAM, text("Shared", "Comun"),
                          List.of(Member.of("Dana Radu", MemberRole.COORDINATOR, StrategyFixture.ENVIRONMENT)))),
                  List.of()))
              .build();
      assertNone(validate(shared), FindingCodes.ID_DUPLICATE);
    }

    @Test
    void aRepeatedActionIdIsReportedAtTheRepeatWithTheFirstPathInBothLanguages() {
      Strategy s = StrategyFixture.valid();
      Strategy bad = s.toBuilder().actions(List.of(s.actions().get(0), s.actions().get(1), s.actions().get(0))).build();
      List<Finding> found = validate(bad).byCode(FindingCodes.ID_DUPLICATE);
      assertEquals(1, found.size(), found::toString);
      Finding f = found.get(0);
      assertEquals(Severity.ERROR, f.severity());
      assertEquals("/actions/2/id", f.path());
      assertEquals("Action id \"A-1\" is used more than once: first at /actions/0, again here. Action ids must be unique.",
          f.message(Locale.ENGLISH));
    }

    @Test
    void aRepeatedTaskIdNamesTheActionTheTaskAndTheFirstTask() {
      Strategy s = StrategyFixture.valid();
      Task first = s.actions().get(0).tasks().get(0);
      Action repeated = s.actions().get(0).toBuilder()
          .task(new Task(first.id(), text("Again", "Din nou"), Optional.empty(), false, Optional.empty())).build();
      Strategy bad = s.toBuilder().actions(List.of(repeated, s.actions().get(1), s.actions().get(2))).build();
      Finding f = validate(bad).byCode(FindingCodes.ID_DUPLICATE).get(0);
      assertEquals("/actions/0/tasks/2/id", f.path());
      assertEquals("Task id \"T-1\" is used more than once in action \"A-1\": first at /actions/0/tasks/0, again here."
          + " Task ids must be unique within their action.", f.message(Locale.ENGLISH));
    }
  }

  @Nested
  class Languages {
    @Test
    void checksEveryTextSiteInDocumentOrder() {
      Strategy s = StrategyFixture.valid();
      Objective mitigation = s.objectives().get(0).withTitle(ENGLISH_ONLY).withDescription(ENGLISH_ONLY);
      Action retrofit = s.actions().get(0).toBuilder().title(ENGLISH_ONLY).description(ENGLISH_ONLY).build();
      Task audit = retrofit.tasks().get(0);
      retrofit = retrofit.toBuilder()
          .tasks(List.of(new Task(audit.id(), ENGLISH_ONLY, audit.due(), audit.done(), audit.completedOn()),
              retrofit.tasks().get(1)))
          .build();
      Indicator co2 = StrategyFixture.co2().toBuilder().name(ENGLISH_ONLY).definition(ENGLISH_ONLY).build();
      GovernanceBody team = s.governance().bodies().get(0);
      Strategy bad =
          s.toBuilder()
              .title(ENGLISH_ONLY)
              .vision(ENGLISH_ONLY)
              .objectives(List.of(mitigation, s.objectives().get(1)))
              .actions(List.of(retrofit, s.actions().get(1), s.actions().get(2)))
              .indicators(List.of(co2, s.indicators().get(1)))
              .organisations(List.of(
                  Organisation.of(StrategyFixture.ENVIRONMENT.value(), ENGLISH_ONLY, OrganisationCategory.CITY_DIRECTORATE),
                  s.organisations().get(1)))
              .governance(new Governance(
                  List.of(new GovernanceBody(team.id(), team.kind(), ENGLISH_ONLY, team.members())), List.of()))
              .build();
      ValidationReport report = validate(bad);
      assertEquals(
          List.of("/title", "/vision", "/objectives/0/title", "/objectives/0/description", "/actions/0/title",
              "/actions/0/description", "/actions/0/tasks/0/title", "/indicators/0/name", "/indicators/0/definition",
              "/organisations/0/name", "/governance/bodies/0/name"),
          paths(report, FindingCodes.TEXT_LANGUAGE_MISSING));
      List<Finding> found = report.byCode(FindingCodes.TEXT_LANGUAGE_MISSING);
      found.forEach(f -> assertEquals(Severity.WARNING, f.severity(), f::toString));
      String rule = " Every text should be given in Romanian (ro) and English (en).";
      assertEquals(
          List.of(
              "Strategy \"tm-green-2026\": the title has no ro text." + rule,
              "Strategy \"tm-green-2026\": the vision has no ro text." + rule,
              "Objective \"OS-1\": the title has no ro text." + rule,
              "Objective \"OS-1\": the description has no ro text." + rule,
              "Action \"A-1\": the title has no ro text." + rule,
              "Action \"A-1\": the description has no ro text." + rule,
              "Task \"T-1\" of action \"A-1\": the title has no ro text." + rule,
              "Indicator \"co2-total\": the name has no ro text." + rule,
              "Indicator \"co2-total\": the definition has no ro text." + rule,
              "Organisation \"dir-environment\": the name has no ro text." + rule,
              "Governance body \"management-team\": the name has no ro text." + rule),
          found.stream().map(f -> f.message(Locale.ENGLISH)).toList());
    }

    @Test
    void aTextWithNeitherLanguageListsRomanianThenEnglish() {
      Strategy bad = StrategyFixture.builder().vision(new LocalizedText(Map.of("fr", "Une ville verte"))).build();
      Finding f = validate(bad).byCode(FindingCodes.TEXT_LANGUAGE_MISSING).get(0);
      assertEquals("/vision", f.path());
      assertEquals("Strategia „tm-green-2026”: câmpul vision nu are text în ro, en. Fiecare text trebuie dat în"
          + " română (ro) și engleză (en).", f.message(RO));
    }

    @Test
    void aTextWithoutEnglishNamesOnlyEnglish() {
      Strategy bad = StrategyFixture.builder().vision(new LocalizedText(Map.of("ro", "Un oraș verde"))).build();
      Finding f = validate(bad).byCode(FindingCodes.TEXT_LANGUAGE_MISSING).get(0);
      assertEquals("Strategy \"tm-green-2026\": the vision has no en text. Every text should be given in Romanian (ro)"
          + " and English (en).", f.message(Locale.ENGLISH));
    }

    @Test
    void blankDescriptionsAndDefinitionsAreNotReportedButBlankTitlesAre() {
      Strategy s = StrategyFixture.valid();
      Strategy blank = withIndicator(0, b -> b.definition(LocalizedText.of(" ", " "))).toBuilder()
          .objectives(List.of(s.objectives().get(0).withDescription(LocalizedText.of(" ", "")), s.objectives().get(1)))
          .build();
      assertNone(validate(blank), FindingCodes.TEXT_LANGUAGE_MISSING);
      Strategy blankTitle =
          s.toBuilder().objectives(List.of(s.objectives().get(0), s.objectives().get(1).withTitle(LocalizedText.of("Green", " "))))
              .build();
      assertEquals(List.of("/objectives/1/title"), paths(validate(blankTitle), FindingCodes.TEXT_LANGUAGE_MISSING));
    }
  }

  @Nested
  class TargetDirection {
    @Test
    void increaseTargetEqualToTheBaselinePasses() {
      // street-trees: baseline 0 (2025-12-31); a target of 0 holds the level.
      Strategy equal = withIndicator(1, b -> b.targets(List.of(Target.of(PlanDate.ofYear(2030), 0))));
      assertNone(validate(equal), FindingCodes.INDICATOR_TARGET_DIRECTION);
    }

    @Test
    void increaseTargetJustBelowTheBaselineIsAnErrorWithBothNumbersInPlainDecimals() {
      Strategy bad = withIndicator(1, b -> b.baseline(Baseline.of(PlanDate.ofYear(2025), 12.5))
          .targets(List.of(Target.of(PlanDate.ofYear(2030), 12.25))));
      List<Finding> found = validate(bad).byCode(FindingCodes.INDICATOR_TARGET_DIRECTION);
      assertEquals(1, found.size(), found::toString);
      assertEquals("/indicators/1/targets/0/value", found.get(0).path());
      assertEquals("Indicator \"street-trees\" should increase, but its target for 2030 (12.25) is below the baseline"
          + " (12.5). An increasing indicator needs a target at or above its baseline.", found.get(0).message(Locale.ENGLISH));
    }

    @Test
    void decreaseTargetJustAboveTheBaselineIsAnErrorAndJustBelowPasses() {
      Strategy above = withIndicator(0, b -> b.targets(List.of(Target.of(PlanDate.ofYear(2030), 1_200_000.5))));
      Finding f = validate(above).byCode(FindingCodes.INDICATOR_TARGET_DIRECTION).get(0);
      assertEquals("Indicator \"co2-total\" should decrease, but its target for 2030 (1200000.5) is above the baseline"
          + " (1200000). A decreasing indicator needs a target at or below its baseline.", f.message(Locale.ENGLISH));
      Strategy below = withIndicator(0, b -> b.targets(List.of(Target.of(PlanDate.ofYear(2030), 1_199_999.5))));
      assertNone(validate(below), FindingCodes.INDICATOR_TARGET_DIRECTION);
    }

    @Test
    void aRangeOnADecreasingIndicatorIsReportedAtItsUpperBoundAndStillCheckedAgainstTheBaseline() {
      Strategy bad = withIndicator(0, b -> b.targets(List.of(Target.ofRange(PlanDate.ofYear(2030), 1_300_000, 1_400_000))));
      ValidationReport r = validate(bad);
      Finding shape = r.byCode(FindingCodes.INDICATOR_TARGET_RANGE_MISMATCH).get(0);
      assertEquals("/indicators/0/targets/0/upper", shape.path());
      assertEquals("Indicator \"co2-total\" should decrease, but its target for 2030 is a range. Give a single target"
          + " value, or make the indicator a target-range indicator.", shape.message(Locale.ENGLISH));
      assertEquals(List.of("/indicators/0/targets/0/value"), paths(r, FindingCodes.INDICATOR_TARGET_DIRECTION));
    }

    @Test
    void everyTargetIsCheckedAndReportedInOrder() {
      Strategy bad = withIndicator(0, b -> b.targets(List.of(
          Target.milestone(PlanDate.ofYear(2027), 1_250_000), Target.milestone(PlanDate.ofYear(2028), 1_000_000),
          Target.of(PlanDate.ofYear(2030), 1_300_000))));
      assertEquals(List.of("/indicators/0/targets/0/value", "/indicators/0/targets/2/value"),
          paths(validate(bad), FindingCodes.INDICATOR_TARGET_DIRECTION));
    }

    @Test
    void plainNumbersHaveNoExponentNorTrailingZeros() {
      assertEquals("720000", TargetDirectionRule.number(720_000));
      assertEquals("12.5", TargetDirectionRule.number(12.50));
      assertEquals("0.001", TargetDirectionRule.number(1e-3));
    }
  }
}
