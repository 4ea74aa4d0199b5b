// SPDX-License-Identifier: Apache-2.0
package org.civicplan.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.civicplan.alignment.FrameworkId;
import org.civicplan.fixture.PublicApi;
import org.civicplan.fixture.SampleValues;
import org.civicplan.fixture.StrategyFixture;
import org.civicplan.governance.BodyId;
import org.civicplan.governance.OrganisationId;
import org.civicplan.indicator.IndicatorId;
import org.civicplan.prioritisation.CriteriaSetId;
import org.civicplan.strategy.Strategy;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Value equality of every public record of core, generated: for each record in an exported
 * package, two instances built from equal component values are equal with equal hash codes, and
 * changing any one component gives an unequal instance. A new record is covered without editing
 * this test; one whose components cannot be generated fails {@code
 * everyRecord_isGenerated_butTheKnownFew} until it gets sample values here or a hand-written test
 * (several have one in {@code ValueEqualityTest}).
 */
class GeneratedEqualityTest {

  /** Two different valid values of the types the generator cannot guess (ids check their syntax). */
  static final SampleValues SAMPLES = SampleValues.empty()
      .with(ActionId.class, ActionId.of("A-1"), ActionId.of("A-2"))
      .with(ObjectiveId.class, ObjectiveId.of("O-1"), ObjectiveId.of("O-2"))
      .with(StrategyId.class, StrategyId.of("S-1"), StrategyId.of("S-2"))
      .with(TaskId.class, TaskId.of("T-1"), TaskId.of("T-2"))
      .with(TemplateId.class, TemplateId.of("climate"), TemplateId.of("sport"))
      .with(IndicatorId.class, IndicatorId.of("co2-total"), IndicatorId.of("street-trees"))
      .with(BodyId.class, BodyId.of("B-1"), BodyId.of("B-2"))
      .with(OrganisationId.class, OrganisationId.of("ORG-1"), OrganisationId.of("ORG-2"))
      .with(FrameworkId.class, FrameworkId.of("sdg"), FrameworkId.of("eu-green-deal"))
      .with(CriteriaSetId.class, CriteriaSetId.of("set-1"), CriteriaSetId.of("set-2"))
      .with(LocalizedText.class, LocalizedText.of("one", "unu"), LocalizedText.of("two", "doi"))
      .with(Money.class, Money.ron("1"), Money.ron("2"))
      .with(Currency.class, Money.RON, Currency.getInstance("EUR"))
      .with(PlanDate.class, PlanDate.ofYear(2026), PlanDate.ofMonth(2027, 3))
      .with(StrategyPeriod.class, StrategyPeriod.of(2025, 2030), StrategyPeriod.of(2026, 2032))
      .with(LocalDate.class, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 6, 30))
      .with(java.time.Year.class, java.time.Year.of(2026), java.time.Year.of(2027))
      .with(java.util.Locale.class, java.util.Locale.ENGLISH, java.util.Locale.forLanguageTag("ro"))
      .with(Strategy.class, StrategyFixture.valid(), StrategyFixture.builder().id(StrategyId.of("S-2")).build())
      .with(java.time.MonthDay.class, java.time.MonthDay.of(3, 31), java.time.MonthDay.of(6, 30))
      .with(Finding.class, new Finding(Severity.ERROR, "core.a", "/actions/0", LocalizedText.of("one", "unu")),
          new Finding(Severity.WARNING, "core.b", "/actions/1", LocalizedText.of("two", "doi")))
      .with(org.civicplan.portfolio.CrossReference.class, org.civicplan.portfolio.CrossReference.action("S-1", "A-1"),
          org.civicplan.portfolio.CrossReference.indicator("S-2", "co2-total"))
      .with(org.civicplan.strategy.Municipality.class, org.civicplan.strategy.Municipality.of("Timișoara", "RO"),
          org.civicplan.strategy.Municipality.of("Lugoj", "RO"))
      .with(tools.jackson.databind.JsonNode.class, tools.jackson.databind.node.JsonNodeFactory.instance.numberNode(1),
          tools.jackson.databind.node.JsonNodeFactory.instance.textNode("two"))
      .with(org.civicplan.indicator.Measurement.class,
          org.civicplan.indicator.Measurement.of(PlanDate.ofYear(2026), 1, "MEI"),
          org.civicplan.indicator.Measurement.of(PlanDate.ofYear(2027), 2, "INS"))
      .with(org.civicplan.prioritisation.Criterion.class,
          org.civicplan.prioritisation.Criterion.of("cost", org.civicplan.prioritisation.CriterionDirection.COST, 1),
          org.civicplan.prioritisation.Criterion.of("impact", org.civicplan.prioritisation.CriterionDirection.BENEFIT, 2))
      .with(org.civicplan.indicator.Indicator.class, StrategyFixture.co2(), StrategyFixture.trees())
      .with(org.civicplan.monitoring.EurostatThresholds.class, org.civicplan.monitoring.EurostatThresholds.DEFAULTS,
          new org.civicplan.monitoring.EurostatThresholds(0.9, 0.5, 0, 0.01, -0.01))
      .with(org.civicplan.validation.ConsultationTerms.class, org.civicplan.validation.ConsultationTerms.standard(),
          new org.civicplan.validation.ConsultationTerms(20, 15))
      .with(org.civicplan.validation.DecisionRules.class, org.civicplan.validation.DecisionRules.standard(),
          org.civicplan.validation.DecisionRules.from(org.civicplan.template.Parameters.of(
              java.util.Map.of(org.civicplan.validation.DecisionRules.MAJORITY_PREFIX + "strategy", "two-thirds"))));

  /**
   * Records the generator cannot yet build from sample values (their components are tied together
   * by invariants, or a component is a type it cannot make): each needs a registered pair of values
   * above or a hand-written equality test. The list may only shrink: a new record must be covered.
   */
  static final List<String> NOT_GENERATED = List.of(
      "org.civicplan.alignment.AlignmentLink",
      "org.civicplan.document.JsonPatchOperation",
      "org.civicplan.document.OverlayDocuments$Result",
      "org.civicplan.document.ReadProblem",
      "org.civicplan.document.ReadResult",
      "org.civicplan.governance.DocumentChange",
      "org.civicplan.io.YamlTree$Parsed",
      "org.civicplan.lifecycle.TransitionResult",
      "org.civicplan.monitoring.Assessment",
      "org.civicplan.portfolio.Delegation",
      "org.civicplan.portfolio.SharedIndicator",
      "org.civicplan.prioritisation.DecisionMatrix",
      "org.civicplan.prioritisation.PlannedAction",
      "org.civicplan.template.AnnexType",
      "org.civicplan.template.MonitoringContribution$Chart",
      "org.civicplan.template.MonitoringContribution$Table",
      "org.civicplan.template.OverlayResult",
      "org.civicplan.template.RuleKit$Located",
      "org.civicplan.template.TemplateDefinition");

  private static Stream<Class<?>> records() {
    return PublicApi.publicTypes().stream().filter(Class::isRecord);
  }

  private static Optional<EqualsTester> groups(Class<?> type) {
    return SAMPLES.equalityGroups(type).map(groups -> {
      EqualsTester tester = new EqualsTester();
      groups.forEach(g -> tester.addEqualityGroup(g.toArray()));
      return tester;
    });
  }

  @TestFactory
  Stream<DynamicTest> everyRecord_isEqualByItsComponents() {
    return records().flatMap(type -> groups(type).stream()
        .map(tester -> DynamicTest.dynamicTest(type.getName(), tester::testEquals)));
  }

  @Test
  void everyRecord_isGenerated_butTheKnownFew() {
    List<String> notGenerated = new ArrayList<>();
    records().filter(type -> groups(type).isEmpty()).forEach(type -> notGenerated.add(type.getName()));
    assertEquals(new TreeSet<>(NOT_GENERATED), new TreeSet<>(notGenerated));
  }

  @Test
  void theRecordsAreFound() {
    assertTrue(records().count() > 100, () -> "records: " + records().count());
  }
}
