package org.civicplan.validation;

import org.civicplan.base.Finding;
import org.civicplan.base.Severity;
import static org.civicplan.fixture.StrategyFixture.text;
import static org.civicplan.validation.Findings.RO;
import static org.civicplan.validation.Findings.assertNone;
import static org.civicplan.validation.Findings.single;
import static org.civicplan.validation.Findings.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.civicplan.fixture.StrategyFixture;
import org.civicplan.governance.BodyId;
import org.civicplan.governance.BodyKind;
import org.civicplan.governance.Governance;
import org.civicplan.governance.GovernanceBody;
import org.civicplan.governance.Member;
import org.civicplan.governance.MemberRole;
import org.civicplan.governance.Organisation;
import org.civicplan.governance.OrganisationCategory;
import org.civicplan.governance.OrganisationId;
import org.civicplan.indicator.Baseline;
import org.civicplan.indicator.Direction;
import org.civicplan.indicator.Indicator;
import org.civicplan.indicator.IndicatorId;
import org.civicplan.indicator.Target;
import org.civicplan.strategy.Action;
import org.civicplan.base.ActionId;
import org.civicplan.strategy.BudgetLine;
import org.civicplan.strategy.FundingKind;
import org.civicplan.strategy.FundingSource;
import org.civicplan.strategy.IndicatorEffect;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.Money;
import org.civicplan.strategy.Objective;
import org.civicplan.base.ObjectiveId;
import org.civicplan.strategy.Partner;
import org.civicplan.strategy.PartnerRole;
import org.civicplan.base.PlanDate;
import org.civicplan.strategy.Strategy;
import org.civicplan.strategy.Task;
import org.civicplan.base.TaskId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** One test that triggers each core rule and one that does not. */
class CoreRulesTest {

  private static Strategy withAction(int index, UnaryOperator<Action.Builder> change) {
    Strategy s = StrategyFixture.valid();
    List<Action> actions = new ArrayList<>(s.actions());
    actions.set(index, change.apply(actions.get(index).toBuilder()).build());
    return s.toBuilder().actions(actions).build();
  }

  private static Strategy withIndicator(int index, UnaryOperator<Indicator.Builder> change) {
    Strategy s = StrategyFixture.valid();
    List<Indicator> indicators = new ArrayList<>(s.indicators());
    indicators.set(index, change.apply(indicators.get(index).toBuilder()).build());
    return s.toBuilder().indicators(indicators).build();
  }

  /** A text in one language (LocalizedText.of(tag, text) would read as English and Romanian). */
  static LocalizedText only(String tag, String text) {
    return new LocalizedText(java.util.Map.of(tag, text));
  }

  private static Strategy withActions(Action... actions) {
    return StrategyFixture.builder().actions(List.of(actions)).build();
  }

  private static Action action(String id, String... dependsOn) {
    return Action.builder(id, text("Action " + id, "Acțiunea " + id))
        .serves(StrategyFixture.TREE_COVER)
        .dependsOn(java.util.Arrays.stream(dependsOn).map(ActionId::of).toArray(ActionId[]::new))
        .build();
  }

  @Test
  void validFixtureHasNoFindings() {
    assertEquals(List.of(), validate(StrategyFixture.valid()).findings());
  }

  @Nested
  class UniqueIds {
    @Test
    void reportsObjectiveIdRepeatedDeeperInTheTree() {
      Strategy s = StrategyFixture.valid();
      Objective greening = s.objectives().get(1);
      Objective repeated = greening.withChildren(List.of(Objective.of("OS-1", text("Again", "Din nou"))));
      Strategy bad = s.toBuilder().objectives(List.of(s.objectives().get(0), repeated)).build();
      Finding f = single(validate(bad), FindingCodes.ID_DUPLICATE, Severity.ERROR, "/objectives/1/children/0/id", "OS-1");
      assertTrue(f.message(Locale.ENGLISH).contains("/objectives/0"), f::toString);
    }

    @Test
    void reportsRepeatedActionIndicatorOrganisationBodyAndTaskIds() {
      Strategy s = StrategyFixture.valid();
      Action again = s.actions().get(0).toBuilder().title(text("Again", "Din nou")).build();
      Task t1 = s.actions().get(0).tasks().get(0);
      Action tasks =
          s.actions().get(1).toBuilder().task(t1).task(new Task(t1.id(), text("x", "y"), Optional.empty(), false, Optional.empty())).build();
      GovernanceBody body = s.governance().bodies().get(0);
      Strategy bad =
          s.toBuilder()
              .actions(List.of(s.actions().get(0), tasks, s.actions().get(2), again))
              .indicator(StrategyFixture.trees())
              .organisation(s.organisations().get(1))
              .governance(new Governance(List.of(body, body), List.of()))
              .build();
      List<Finding> dup = validate(bad).byCode(FindingCodes.ID_DUPLICATE);
      assertEquals(
          List.of("/actions/3/id", "/indicators/2/id", "/organisations/2/id", "/governance/bodies/1/id",
              "/actions/1/tasks/1/id"),
          dup.stream().map(Finding::path).toList());
      assertTrue(dup.get(4).message(RO).contains("T-1") && dup.get(4).message(RO).contains("A-2"), dup.get(4)::toString);
    }

    @Test
    void sameIdInDifferentKindsOrDifferentActionsIsAllowed() {
      Strategy s = StrategyFixture.valid();
      Task t1 = s.actions().get(0).tasks().get(0);
      Strategy ok =
          withAction(1, b -> b.task(t1)).toBuilder()
              .organisation(Organisation.of("A-1", text("Org", "Org"), OrganisationCategory.OTHER))
              .build();
      assertNone(validate(ok), FindingCodes.ID_DUPLICATE);
    }
  }

  @Nested
  class References {
    @Test
    void reportsUnknownIndicatorOfAnObjective() {
      Strategy s = StrategyFixture.valid();
      Objective o = s.objectives().get(0).withIndicators(List.of(StrategyFixture.CO2, IndicatorId.of("noise")));
      Strategy bad = s.toBuilder().objectives(List.of(o, s.objectives().get(1))).build();
      single(validate(bad), FindingCodes.REFERENCE_INDICATOR, Severity.ERROR, "/objectives/0/indicatorIds/1", "noise");
    }

    @Test
    void reportsUnknownIndicatorOfAnEffect() {
      Strategy bad = withAction(1, b -> b.effect(IndicatorEffect.of("pm10", Direction.DECREASE)));
      single(validate(bad), FindingCodes.REFERENCE_INDICATOR, Severity.ERROR, "/actions/1/effects/1/indicator", "pm10");
    }

    @Test
    void reportsUnknownObjective() {
      Strategy bad = withAction(2, b -> b.serves(ObjectiveId.of("OS-9")));
      Finding f = single(validate(bad), FindingCodes.REFERENCE_OBJECTIVE, Severity.ERROR, "/actions/2/objectiveIds/1", "OS-9");
      assertTrue(f.message(Locale.ENGLISH).contains("A-3"), f::toString);
    }

    @Test
    void reportsUnknownAction() {
      Strategy bad = withAction(0, b -> b.dependsOn(ActionId.of("A-99")));
      single(validate(bad), FindingCodes.REFERENCE_ACTION, Severity.ERROR, "/actions/0/dependsOn/0", "A-99");
    }

    @Test
    void reportsUnknownResponsiblePartnerAndMember() {
      Strategy s =
          withAction(1, b -> b.responsible(OrganisationId.of("dir-x")).partner(Partner.of("ngo-y", PartnerRole.FUNDER)));
      GovernanceBody body =
          new GovernanceBody(BodyId.of("mc"), BodyKind.MONITORING_COMMITTEE, text("Committee", "Comitet"),
              List.of(Member.of("Ana", MemberRole.MEMBER, OrganisationId.of("org-z"))));
      Strategy bad = s.toBuilder().governance(new Governance(List.of(body), List.of())).build();
      List<Finding> found = validate(bad).byCode(FindingCodes.REFERENCE_ORGANISATION);
      assertEquals(
          List.of("/actions/1/responsible", "/actions/1/partners/1/organisation",
              "/governance/bodies/0/members/0/organisation"),
          found.stream().map(Finding::path).toList());
      assertTrue(found.get(0).message(Locale.ENGLISH).contains("dir-x"));
      assertTrue(found.get(1).message(RO).contains("ngo-y"));
      assertTrue(found.get(2).message(RO).contains("org-z") && found.get(2).message(RO).contains("mc"));
    }

    @Test
    void resolvedReferencesAtAnyDepthPass() {
      Strategy ok = withAction(0, b -> b.serves(StrategyFixture.TREE_COVER).dependsOn(StrategyFixture.WATERING));
      ValidationReport r = validate(ok);
      assertNone(r, FindingCodes.REFERENCE_OBJECTIVE);
      assertNone(r, FindingCodes.REFERENCE_ACTION);
      assertNone(r, FindingCodes.REFERENCE_INDICATOR);
      assertNone(r, FindingCodes.REFERENCE_ORGANISATION);
    }
  }

  @Nested
  class ActionDates {
    @Test
    void reportsEndBeforeStart() {
      Strategy bad = withAction(0, b -> b.start(PlanDate.ofYear(2028)).end(PlanDate.ofMonth(2027, 12)));
      Finding f = single(validate(bad), FindingCodes.ACTION_DATES_REVERSED, Severity.ERROR, "/actions/0/end", "A-1");
      assertTrue(f.message(Locale.ENGLISH).contains("2027-12"), f::toString);
    }

    @Test
    void endWithinTheStartYearIsNotReversed() {
      Strategy ok = withAction(0, b -> b.start(PlanDate.ofMonth(2027, 6)).end(PlanDate.ofYear(2027)));
      assertNone(validate(ok), FindingCodes.ACTION_DATES_REVERSED);
    }

    @Test
    void reportsStartAndEndOutsideThePeriod() {
      Strategy bad = withAction(1, b -> b.start(PlanDate.ofMonth(2025, 11)).end(PlanDate.of(2031, 1, 1)));
      List<Finding> found = validate(bad).byCode(FindingCodes.ACTION_DATES_OUTSIDE_PERIOD);
      assertEquals(List.of("/actions/1/start", "/actions/1/end"), found.stream().map(Finding::path).toList());
      found.forEach(f -> assertTrue(f.message(RO).contains("A-2") && f.message(RO).contains("2026/2030"), f::toString));
    }

    @Test
    void datesOnThePeriodBoundsAreInside() {
      Strategy ok = withAction(1, b -> b.start(PlanDate.of(2026, 1, 1)).end(PlanDate.of(2030, 12, 31)));
      assertNone(validate(ok), FindingCodes.ACTION_DATES_OUTSIDE_PERIOD);
    }
  }

  @Nested
  class IndicatorDates {
    @Test
    void reportsTargetNotAfterBaseline() {
      Strategy bad = withIndicator(0, b -> b.target(Target.of(PlanDate.ofMonth(2020, 12), 1_100_000)));
      single(validate(bad), FindingCodes.INDICATOR_BASELINE_AFTER_TARGET, Severity.ERROR,
          "/indicators/0/targets/2/date", "co2-total");
    }

    @Test
    void targetTheDayAfterTheBaselinePasses() {
      Strategy ok = withIndicator(1, b -> b.target(Target.milestone(PlanDate.of(2026, 1, 1), 1)));
      assertNone(validate(ok), FindingCodes.INDICATOR_BASELINE_AFTER_TARGET);
    }
  }

  @Nested
  class TargetDirection {
    @Test
    void reportsDecreaseTargetAboveBaseline() {
      Strategy bad = withIndicator(0, b -> b.targets(List.of(Target.of(PlanDate.ofYear(2030), 1_300_000))));
      Finding f = single(validate(bad), FindingCodes.INDICATOR_TARGET_DIRECTION, Severity.ERROR,
          "/indicators/0/targets/0/value", "co2-total");
      assertTrue(f.message(Locale.ENGLISH).contains("1300000") && f.message(Locale.ENGLISH).contains("1200000"), f::toString);
    }

    @Test
    void reportsIncreaseMilestoneBelowBaseline() {
      Strategy bad = withIndicator(1, b -> b.baseline(Baseline.of(PlanDate.ofYear(2025), 100)).target(Target.milestone(PlanDate.ofYear(2027), 50)));
      single(validate(bad), FindingCodes.INDICATOR_TARGET_DIRECTION, Severity.ERROR, "/indicators/1/targets/1/value", "street-trees");
    }

    @Test
    void targetEqualToBaselineOrWithoutBaselinePasses() {
      Strategy equal = withIndicator(0, b -> b.targets(List.of(Target.of(PlanDate.ofYear(2030), 1_200_000))));
      assertNone(validate(equal), FindingCodes.INDICATOR_TARGET_DIRECTION);
      Strategy noBaseline = withIndicator(0, b -> b.noBaseline().targets(List.of(Target.of(PlanDate.ofYear(2030), 9e9))));
      assertNone(validate(noBaseline), FindingCodes.INDICATOR_TARGET_DIRECTION);
    }

    @Test
    void rangeIndicatorAcceptsABaselineOutsideItsRange() {
      Strategy ok = withIndicator(1, b -> b.direction(Direction.TARGET_RANGE).targets(List.of(Target.ofRange(PlanDate.ofYear(2030), 18, 24))));
      ValidationReport r = validate(ok);
      assertNone(r, FindingCodes.INDICATOR_TARGET_DIRECTION);
      assertNone(r, FindingCodes.INDICATOR_TARGET_RANGE_MISMATCH);
    }

    @Test
    void warnsAboutARangeTargetWithoutUpperBound() {
      Strategy bad = withIndicator(1, b -> b.direction(Direction.TARGET_RANGE));
      single(validate(bad), FindingCodes.INDICATOR_TARGET_RANGE_MISMATCH, Severity.WARNING, "/indicators/1/targets/0", "street-trees");
    }

    @Test
    void warnsAboutARangeOnAnIncreasingIndicator() {
      Strategy bad = withIndicator(1, b -> b.targets(List.of(Target.ofRange(PlanDate.ofYear(2030), 10, 20))));
      single(validate(bad), FindingCodes.INDICATOR_TARGET_RANGE_MISMATCH, Severity.WARNING, "/indicators/1/targets/0/upper", "street-trees");
    }
  }

  @Nested
  class DependencyCycles {
    @Test
    void listsTheCycleFromItsSmallestId() {
      Strategy bad = withActions(action("A-3", "A-1"), action("A-2", "A-3"), action("A-1", "A-2"), action("A-4", "A-1"));
      Finding f = single(validate(bad), FindingCodes.ACTION_DEPENDENCY_CYCLE, Severity.ERROR, "/actions/2/dependsOn/0", "A-1");
      assertTrue(f.message(Locale.ENGLISH).contains("A-1 → A-2 → A-3 → A-1"), f::toString);
      assertTrue(f.message(RO).contains("A-1 → A-2 → A-3 → A-1"), f::toString);
    }

    @Test
    void reportsSelfDependency() {
      Strategy bad = withActions(action("A-1"), action("A-2", "A-1", "A-2"));
      single(validate(bad), FindingCodes.ACTION_DEPENDENCY_CYCLE, Severity.ERROR, "/actions/1/dependsOn/1", "A-2");
    }

    @Test
    void reportsEachComponentOnceInIdOrder() {
      Strategy bad =
          withActions(
              action("B-2", "B-1"), action("B-1", "B-2"),
              // one component, two cycles: A-1 → A-2 → → A-3 → A-2 → A-1
              action("A-1", "A-3", "A-2"), action("A-2", "A-1"), action("A-3", "A-2"));
      List<Finding> found = validate(bad).byCode(FindingCodes.ACTION_DEPENDENCY_CYCLE);
      assertEquals(2, found.size(), found::toString);
      assertTrue(found.get(0).message(Locale.ENGLISH).contains("A-1 → A-2 → A-1"), found.get(0)::toString);
      assertEquals("/actions/2/dependsOn/1", found.get(0).path());
      assertTrue(found.get(1).message(Locale.ENGLISH).contains("B-1 → B-2 → B-1"), found.get(1)::toString);
    }

    @Test
    void chainsAndDiamondsAreNotCycles() {
      Strategy ok = withActions(action("A-1"), action("A-2", "A-1"), action("A-3", "A-1"), action("A-4", "A-2", "A-3"));
      assertNone(validate(ok), FindingCodes.ACTION_DEPENDENCY_CYCLE);
    }
  }

  @Nested
  class Budget {
    @Test
    void reportsBudgetYearOutsidePeriod() {
      Strategy bad = withAction(1, b -> b.budgetLine(BudgetLine.planned(2031, Money.ron("10"), FundingSource.of(FundingKind.COUNTY))));
      Finding f = single(validate(bad), FindingCodes.BUDGET_YEAR_OUTSIDE_PERIOD, Severity.ERROR, "/actions/1/budget/1/year", "A-2");
      assertTrue(f.message(Locale.ENGLISH).contains("2031"), f::toString);
    }

    @Test
    void budgetYearsOnThePeriodBoundsPass() {
      Strategy ok = withAction(1, b -> b.budgetLine(BudgetLine.planned(2030, Money.ron("10"), FundingSource.of(FundingKind.COUNTY))));
      assertNone(validate(ok), FindingCodes.BUDGET_YEAR_OUTSIDE_PERIOD);
    }
  }

  @Nested
  class Tasks {
    @Test
    void reportsDoneTaskWithoutDate() {
      Strategy bad = withAction(1, b -> b.task(new Task(TaskId.of("T-9"), text("Survey", "Inventar"), Optional.empty(), true, Optional.empty())));
      Finding f = single(validate(bad), FindingCodes.TASK_COMPLETED_WITHOUT_DATE, Severity.ERROR, "/actions/1/tasks/0", "T-9");
      assertTrue(f.message(Locale.ENGLISH).contains("A-2"), f::toString);
    }

    @Test
    void doneTaskWithDateAndOpenTaskPass() {
      assertNone(validate(StrategyFixture.valid()), FindingCodes.TASK_COMPLETED_WITHOUT_DATE);
      assertTrue(StrategyFixture.valid().actions().get(0).tasks().get(0).done());
    }
  }

  @Nested
  class ObjectiveCoverage {
    @Test
    void warnsAboutAnObjectiveWithNoIndicatorAndNoAction() {
      Strategy s = StrategyFixture.valid();
      Objective greening = s.objectives().get(1);
      Objective extended =
          greening.withChildren(List.of(greening.children().get(0), Objective.of("OS-2.2", text("Shade", "Umbră"))));
      Strategy bad = s.toBuilder().objectives(List.of(s.objectives().get(0), extended)).build();
      single(validate(bad), FindingCodes.OBJECTIVE_UNMEASURED, Severity.WARNING, "/objectives/1/children/1", "OS-2.2");
    }

    @Test
    void objectiveServedByAnActionOrCoveredThroughAChildPasses() {
      Strategy s = StrategyFixture.valid();
      Objective served = Objective.of("OS-3", text("Served", "Servit"));
      Objective parent = Objective.of("OS-4", text("Parent", "Părinte")).withChildren(List.of(served));
      Strategy ok = withAction(0, b -> b.serves(ObjectiveId.of("OS-3"))).toBuilder().objective(parent).build();
      assertNone(validate(ok), FindingCodes.OBJECTIVE_UNMEASURED);
    }
  }

  @Nested
  class Languages {
    @Test
    void warnsAboutATitleWithoutRomanian() {
      Strategy bad = withAction(2, b -> b.title(only("en", "Water young trees")));
      Finding f = single(validate(bad), FindingCodes.TEXT_LANGUAGE_MISSING, Severity.WARNING, "/actions/2/title", "A-3");
      assertTrue(f.message(Locale.ENGLISH).contains("ro"), f::toString);
    }

    @Test
    void warnsAboutAVisionWithoutEnglishAndAnOrganisationNameWithBlankRomanian() {
      Strategy bad =
          StrategyFixture.builder()
              .vision(only("ro", "Un oraș verde"))
              .organisation(Organisation.of("org-3", LocalizedText.of("Third", " "), OrganisationCategory.OTHER))
              .build();
      List<Finding> found = validate(bad).byCode(FindingCodes.TEXT_LANGUAGE_MISSING);
      assertEquals(List.of("/vision", "/organisations/2/name"), found.stream().map(Finding::path).toList());
      assertTrue(found.get(0).message(Locale.ENGLISH).contains("tm-green-2026"));
      assertTrue(found.get(1).message(RO).contains("org-3"));
    }

    @Test
    void emptyDescriptionsAreNotReported() {
      Strategy ok = withAction(2, b -> b.description(LocalizedText.empty()));
      assertNone(validate(ok), FindingCodes.TEXT_LANGUAGE_MISSING);
      Strategy bad = withAction(2, b -> b.description(only("ro", "Udare")));
      single(validate(bad), FindingCodes.TEXT_LANGUAGE_MISSING, Severity.WARNING, "/actions/2/description", "A-3");
    }
  }
}
