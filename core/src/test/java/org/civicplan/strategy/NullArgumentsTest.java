// SPDX-License-Identifier: Apache-2.0
package org.civicplan.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.stream.Stream;
import org.civicplan.base.ActionId;
import org.civicplan.base.Finding;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.Money;
import org.civicplan.base.ObjectiveId;
import org.civicplan.base.PlanDate;
import org.civicplan.base.Severity;
import org.civicplan.base.StrategyId;
import org.civicplan.base.StrategyPeriod;
import org.civicplan.base.TaskId;
import org.civicplan.alignment.ReferenceObjective;
import org.civicplan.base.TemplateId;
import org.civicplan.fixture.PublicApi;
import org.civicplan.fixture.StrategyFixture;
import org.civicplan.governance.BodyId;
import org.civicplan.governance.Governance;
import org.civicplan.governance.OrganisationId;
import org.civicplan.indicator.IndicatorId;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * No null crosses the API: every public constructor and static factory of the value and model
 * packages rejects a null argument with a {@link NullPointerException}, and the builders name the
 * argument they refuse.
 */
class NullArgumentsTest {

  /** Every package core exports, read from its module descriptor: a new package is covered at once. */
  private static final List<String> PACKAGES = PublicApi.exportedPackages();

  /** Valid values for the parameters, so that a null is the only thing wrong with a call. */
  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(String.class, "A-1")
        .setDefault(ActionId.class, ActionId.of("A-1"))
        .setDefault(org.civicplan.alignment.FrameworkId.class, org.civicplan.alignment.FrameworkId.of("sdg"))
        .setDefault(org.civicplan.prioritisation.CriteriaSetId.class, org.civicplan.prioritisation.CriteriaSetId.of("set-1"))
        .setDefault(ObjectiveId.class, ObjectiveId.of("O-1"))
        .setDefault(StrategyId.class, StrategyId.of("S-1"))
        .setDefault(TaskId.class, TaskId.of("T-1"))
        .setDefault(TemplateId.class, TemplateId.of("climate"))
        .setDefault(IndicatorId.class, IndicatorId.of("co2-total"))
        .setDefault(BodyId.class, BodyId.of("B-1"))
        .setDefault(OrganisationId.class, OrganisationId.of("ORG-1"))
        .setDefault(LocalizedText.class, LocalizedText.of("text", "text"))
        .setDefault(Money.class, Money.ron("1"))
        .setDefault(BigDecimal.class, BigDecimal.ONE)
        .setDefault(Currency.class, Money.RON)
        .setDefault(LocalDate.class, LocalDate.of(2026, 1, 1))
        .setDefault(PlanDate.class, PlanDate.ofYear(2026))
        .setDefault(StrategyPeriod.class, StrategyPeriod.of(2025, 2030))
        .setDefault(Governance.class, Governance.empty())
        .setDefault(MonthDay.class, MonthDay.of(3, 31))
        .setDefault(Municipality.class, Municipality.of("Timisoara", "RO"))
        .setDefault(FundingSource.class, FundingSource.of(FundingKind.LOCAL_BUDGET))
        .setDefault(ReferenceObjective.class,
            new ReferenceObjective("13.2", LocalizedText.of("Climate", "Clima"), "UN 2015", true))
        .setDefault(Finding.class, new Finding(Severity.ERROR, "code", "/", LocalizedText.of("m", "m")))
        .setDefault(org.civicplan.governance.Vote.class, new org.civicplan.governance.Vote(25, 20, 2, 3, 27))
        // counts, lines, priorities and years are at least 1 wherever they are checked
        .setDefault(int.class, 1)
        .setDefault(long.class, 1L)
        .setDefault(java.time.Year.class, java.time.Year.of(2026))
        .setDefault(Strategy.class, StrategyFixture.valid())
        .setDefault(Objective.class, Objective.of("O-1", LocalizedText.of("text", "text")))
        .setDefault(BudgetLine.class, BudgetLine.planned(2026, Money.ron("1"), FundingSource.of(FundingKind.LOCAL_BUDGET)))
        .setDefault(org.civicplan.calendar.WorkingDays.class, org.civicplan.calendar.WorkingDays.romania())
        .setDefault(org.civicplan.document.StrategyDocuments.class, org.civicplan.document.StrategyDocuments.standard())
        .setDefault(org.civicplan.governance.Consultation.class,
            org.civicplan.governance.Consultation.announced(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 5)))
        .setDefault(org.civicplan.indicator.Measurement.class, org.civicplan.indicator.Measurement.of(PlanDate.ofYear(2026), 1))
        .setDefault(org.civicplan.monitoring.Observation.class, org.civicplan.monitoring.Observation.of(PlanDate.ofYear(2026), 1))
        .setDefault(org.civicplan.monitoring.Explanation.class,
            org.civicplan.monitoring.Explanation.withoutResult(List.of(), "f", "rule", LocalizedText.of("text", "text")))
        .setDefault(org.civicplan.monitoring.IndicatorAssessor.class, org.civicplan.monitoring.IndicatorAssessor.linear())
        .setDefault(org.civicplan.monitoring.MonitoringReport.class,
            org.civicplan.monitoring.MonitoringReporter.standard().report(StrategyFixture.valid(), LocalDate.of(2026, 6, 30)))
        .setDefault(org.civicplan.monitoring.RollUp.ProgressNode.class,
            new org.civicplan.monitoring.RollUp.ProgressNode("k", java.util.OptionalDouble.empty(), List.of()))
        .setDefault(org.civicplan.portfolio.CrossReference.class, org.civicplan.portfolio.CrossReference.action("S-1", "A-1"))
        .setDefault(org.civicplan.portfolio.CombinedBudget.class,
            org.civicplan.portfolio.CombinedBudget.of(org.civicplan.portfolio.Portfolio.of(List.of(StrategyFixture.valid()))))
        .setDefault(org.civicplan.portfolio.CombinedReport.class,
            org.civicplan.portfolio.CombinedReport.of(org.civicplan.portfolio.Portfolio.of(List.of(StrategyFixture.valid())),
                org.civicplan.monitoring.MonitoringReporter.standard(), LocalDate.of(2026, 6, 30)))
        .setDefault(org.civicplan.prioritisation.ActionScores.class, org.civicplan.prioritisation.ActionScores.empty())
        .setDefault(org.civicplan.prioritisation.AhpOptions.class, org.civicplan.prioritisation.AhpOptions.defaults())
        .setDefault(org.civicplan.prioritisation.CriteriaSet.class, new org.civicplan.prioritisation.CriteriaSet(
            org.civicplan.prioritisation.CriteriaSetId.of("set-1"), LocalizedText.of("text", "text"),
            List.of(org.civicplan.prioritisation.Criterion.of("c-1", org.civicplan.prioritisation.CriterionDirection.BENEFIT, 1))))
        .setDefault(org.civicplan.prioritisation.DecisionMatrix.class, new org.civicplan.prioritisation.DecisionMatrix(
            List.of(org.civicplan.prioritisation.Criterion.of("c-1", org.civicplan.prioritisation.CriterionDirection.BENEFIT, 1)),
            List.of("a"), new double[][] {{1}}))
        .setDefault(org.civicplan.report.PriorityList.Stability.class, new org.civicplan.report.PriorityList.Stability(
            org.civicplan.report.PriorityList.StabilityStatus.values()[0], List.of(), List.of()))
        .setDefault(org.civicplan.report.PriorityList.Decision.class, new org.civicplan.report.PriorityList.NotDecided())
        .setDefault(org.civicplan.report.StrategyPublication.TitlePage.class,
            new org.civicplan.report.StrategyPublication.TitlePage("Timisoara", "title", List.of()))
        .setDefault(org.civicplan.template.ObjectiveEdits.class, org.civicplan.template.ObjectiveEdits.none())
        .setDefault(org.civicplan.template.TemplateOverlay.class, org.civicplan.template.TemplateOverlay.empty(TemplateId.of("climate")))
        .setDefault(org.civicplan.template.TemplateSkeleton.class, org.civicplan.template.TemplateSkeleton.of(List.of()))
        .setDefault(org.civicplan.validation.ConsultationTerms.class, org.civicplan.validation.ConsultationTerms.standard())
        .setDefault(org.civicplan.validation.DecisionRules.class, org.civicplan.validation.DecisionRules.standard())
        .setDefault(tools.jackson.databind.JsonNode.class, tools.jackson.databind.node.JsonNodeFactory.instance.objectNode())
        .setDefault(char.class, ',')
        .setDefault(java.time.Duration.class, java.time.Duration.ofSeconds(1))
        .setDefault(org.civicplan.base.MessageCatalog.class,
            org.civicplan.base.MessageCatalog.empty())
        .setDefault(org.civicplan.governance.CouncilDecision.class, new org.civicplan.governance.CouncilDecision(
            "245", LocalDate.of(2026, 4, 16), java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty()))
        .setDefault(org.civicplan.indicator.Target.class, org.civicplan.indicator.Target.of(PlanDate.ofYear(2030), 1))
        .setDefault(org.civicplan.monitoring.MonitoringReporter.class, org.civicplan.monitoring.MonitoringReporter.standard())
        .setDefault(org.civicplan.prioritisation.PrioritisationRecord.class, new org.civicplan.prioritisation.PrioritisationRecord(
            LocalDate.of(2026, 3, 1), java.util.Optional.empty(), LocalizedText.of("text", "text"), "weighted-sum",
            java.util.Map.of(), org.civicplan.prioritisation.CriteriaSetId.of("set-1"), java.util.Map.of(), List.of(), List.of(),
            java.util.Optional.empty()))
        .setDefault(org.civicplan.template.IndicatorEdits.class, org.civicplan.template.IndicatorEdits.none())
        .setDefault(org.civicplan.template.Parameters.class, org.civicplan.template.Parameters.empty())
        .setDefault(org.civicplan.indicator.Indicator.class, StrategyFixture.co2())
        .setDefault(org.civicplan.planning.SelectionOptions.class, org.civicplan.planning.SelectionOptions.defaults())
        .setDefault(org.civicplan.portfolio.Portfolio.class, org.civicplan.portfolio.Portfolio.of(List.of(StrategyFixture.valid())))
        .setDefault(org.civicplan.prioritisation.RankingMethod.class, org.civicplan.prioritisation.RankingMethod.topsis())
        .setDefault(org.civicplan.validation.StrategyValidator.class, org.civicplan.validation.StrategyValidator.coreOnly());
  }

  private static Stream<Class<?>> publicClasses() {
    return PublicApi.publicTypes().stream();
  }

  @Test
  void theClassesAreFound() {
    assertEquals(16, PACKAGES.size(), PACKAGES.toString());
    assertTrue(publicClasses().count() > 50);
    assertTrue(publicClasses().anyMatch(c -> c == Strategy.Builder.class));
  }

  @TestFactory
  Stream<DynamicTest> publicConstructorsAndStaticFactoriesRejectNull() {
    return publicClasses().map(c -> DynamicTest.dynamicTest(c.getName(), () -> {
      NullPointerTester tester = tester();
      tester.testAllPublicConstructors(c);
      tester.testAllPublicStaticMethods(c);
    }));
  }

  @TestFactory
  Stream<DynamicTest> builderSettersRejectNull_namingTheArgument() {
    Strategy strategy = StrategyFixture.valid();
    return Stream.<Object>of(strategy.toBuilder(), strategy.actions().get(0).toBuilder(),
            strategy.indicators().get(0).toBuilder())
        .flatMap(builder -> Stream.of(builder.getClass().getMethods())
            .filter(m -> m.getDeclaringClass() == builder.getClass() && !Modifier.isStatic(m.getModifiers()))
            .filter(m -> m.getParameterCount() == 1 && !m.getParameterTypes()[0].isPrimitive())
            .sorted(Comparator.comparing(Method::toString))
            .map(m -> DynamicTest.dynamicTest(m.toString(), () -> {
              InvocationTargetException e =
                  assertThrows(InvocationTargetException.class, () -> m.invoke(builder, (Object) null));
              NullPointerException npe = assertInstanceOf(e.getCause());
              assertNotNull(npe.getMessage(), m + " throws an NPE that names no argument");
              assertFalse(npe.getMessage().startsWith("Cannot "), m + ": " + npe.getMessage());
            })));
  }

  private static NullPointerException assertInstanceOf(Throwable t) {
    assertTrue(t instanceof NullPointerException, () -> "expected an NPE but got " + t);
    return (NullPointerException) t;
  }
}
