// SPDX-License-Identifier: Apache-2.0
package org.civicplan.base;

import com.google.common.testing.EqualsTester;
import java.util.Optional;
import java.util.OptionalDouble;
import org.civicplan.alignment.FrameworkId;
import org.civicplan.governance.BodyId;
import org.civicplan.governance.OrganisationId;
import org.civicplan.indicator.Baseline;
import org.civicplan.indicator.IndicatorId;
import org.civicplan.indicator.Measurement;
import org.civicplan.indicator.Target;
import org.civicplan.prioritisation.CriteriaSetId;
import org.civicplan.strategy.Coordinates;
import org.junit.jupiter.api.Test;

/**
 * Value equality of the value types: equal parts give equal values and hash codes, whichever
 * factory built them, and ids of different kinds are never equal even with the same text.
 */
class ValueEqualityTest {

  @Test
  void ids_areEqualByKindAndText() {
    new EqualsTester()
        .addEqualityGroup(ActionId.of("X-1"), new ActionId("X-1"))
        .addEqualityGroup(ActionId.of("X-2"))
        .addEqualityGroup(ObjectiveId.of("X-1"), new ObjectiveId("X-1"))
        .addEqualityGroup(StrategyId.of("X-1"), new StrategyId("X-1"))
        .addEqualityGroup(TaskId.of("X-1"), new TaskId("X-1"))
        .addEqualityGroup(TemplateId.of("X-1"), new TemplateId("X-1"))
        .addEqualityGroup(IndicatorId.of("X-1"), new IndicatorId("X-1"))
        .addEqualityGroup(BodyId.of("X-1"), new BodyId("X-1"))
        .addEqualityGroup(OrganisationId.of("X-1"), new OrganisationId("X-1"))
        .addEqualityGroup(FrameworkId.of("X-1"), new FrameworkId("X-1"))
        .addEqualityGroup(CriteriaSetId.of("X-1"), new CriteriaSetId("X-1"))
        .addEqualityGroup("X-1")
        .testEquals();
  }

  @Test
  void frameworkAndCriteriaSetIds_followTheIdSyntaxAndNameTheirKind() {
    IllegalArgumentException framework =
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> FrameworkId.of("EU Green Deal"));
    org.junit.jupiter.api.Assertions.assertTrue(framework.getMessage().contains("reference framework"), framework::getMessage);
    IllegalArgumentException set =
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> CriteriaSetId.of(""));
    org.junit.jupiter.api.Assertions.assertTrue(set.getMessage().contains("criteria set"), set::getMessage);
    org.junit.jupiter.api.Assertions.assertEquals("sdg", FrameworkId.of("sdg").toString());
  }

  @Test
  void strategyPeriod_isEqualByItsYears_andReadsWhatItWrites() {
    new EqualsTester()
        .addEqualityGroup(StrategyPeriod.of(2026, 2030), new StrategyPeriod(2026, 2030),
            StrategyPeriod.parse(StrategyPeriod.of(2026, 2030).toString()))
        .addEqualityGroup(StrategyPeriod.of(2026, 2031))
        .addEqualityGroup(StrategyPeriod.of(2025, 2030))
        .testEquals();
  }

  @Test
  void money_isEqualByAmountValueAndCurrency() {
    new EqualsTester()
        .addEqualityGroup(Money.of("12.50", "EUR"), Money.eur("12.5"), Money.parse("12.5 EUR"))
        .addEqualityGroup(Money.ron("12.5"))
        .addEqualityGroup(Money.eur("-12.5"))
        .testEquals();
  }

  @Test
  void planDate_isEqualByPrecisionAndDay() {
    new EqualsTester()
        .addEqualityGroup(PlanDate.ofMonth(2027, 3), PlanDate.parse("2027-03"))
        .addEqualityGroup(PlanDate.of(2027, 3, 1), PlanDate.parse("2027-03-01"))
        .addEqualityGroup(PlanDate.ofYear(2027))
        .testEquals();
  }

  @Test
  void localizedText_isEqualByItsLanguagesAndTexts() {
    new EqualsTester()
        .addEqualityGroup(LocalizedText.of("Green city", "Oraș verde"),
            LocalizedText.of("ro", "Oraș verde", "en", "Green city"))
        .addEqualityGroup(LocalizedText.in("en", "Green city"))
        .addEqualityGroup(LocalizedText.in("hu", "Zöld város"))
        .testEquals();
  }

  @Test
  void finding_isEqualByAllItsParts() {
    LocalizedText message = LocalizedText.of("m", "m");
    new EqualsTester()
        .addEqualityGroup(new Finding(Severity.ERROR, "a.b", "/actions/0", message),
            new Finding(Severity.ERROR, "a.b", "/actions/0", LocalizedText.of("m", "m")))
        .addEqualityGroup(new Finding(Severity.WARNING, "a.b", "/actions/0", message))
        .addEqualityGroup(new Finding(Severity.ERROR, "a.c", "/actions/0", message))
        .addEqualityGroup(new Finding(Severity.ERROR, "a.b", "/actions/1", message))
        .testEquals();
  }

  @Test
  void indicatorValues_areEqualByTheirParts() {
    PlanDate y2030 = PlanDate.ofYear(2030);
    new EqualsTester()
        .addEqualityGroup(Target.of(y2030, 40), new Target(y2030, 40, OptionalDouble.empty(), false))
        .addEqualityGroup(Target.milestone(y2030, 40))
        .addEqualityGroup(Target.ofRange(y2030, 40, 50))
        .addEqualityGroup(Baseline.of(y2030, 40), new Baseline(y2030, 40))
        .addEqualityGroup(Measurement.of(y2030, 40), new Measurement(y2030, 40, Optional.empty(), Optional.empty()))
        .addEqualityGroup(Measurement.of(y2030, 40, "MEI"))
        .addEqualityGroup(Coordinates.of(45.75, 21.23), new Coordinates(45.75, 21.23))
        .testEquals();
  }

  /** The value classes that are not records; the records are covered by GeneratedEqualityTest. */
  @Test
  void valueClasses_areEqualByTheirParts() {
    LocalizedText text = LocalizedText.of("progress 50 %", "progres 50 %");
    org.civicplan.calendar.Holiday bridge = new org.civicplan.calendar.Holiday(
        java.time.LocalDate.of(2026, 1, 5), LocalizedText.of("Bridge day", "Zi liberă punte"), "HG");
    org.civicplan.template.ParameterDefinition share = org.civicplan.template.ParameterDefinition.of(
        "share", org.civicplan.template.ParameterKind.DECIMAL, LocalizedText.of("Share", "Cotă"));
    new EqualsTester()
        .addEqualityGroup(org.civicplan.calendar.WorkingDays.romania(), org.civicplan.calendar.WorkingDays.romania(),
            org.civicplan.calendar.WorkingDays.romania().withDaysOff(java.util.List.of()))
        .addEqualityGroup(org.civicplan.calendar.WorkingDays.romania().withDaysOff(java.util.List.of(bridge)))
        .addEqualityGroup(org.civicplan.calendar.WorkingDays.of(org.civicplan.calendar.PublicHolidays.none()))
        .addEqualityGroup(org.civicplan.monitoring.Explanation.of(java.util.List.of(), "a / b", 0.5, "linear", text),
            org.civicplan.monitoring.Explanation.of(java.util.List.of(), "a / b", 0.5, "linear", text))
        .addEqualityGroup(org.civicplan.monitoring.Explanation.of(java.util.List.of(), "a - b", 0.5, "linear", text))
        .addEqualityGroup(org.civicplan.monitoring.Explanation.of(java.util.List.of(), "a / b", 0.25, "linear", text))
        .addEqualityGroup(org.civicplan.monitoring.Explanation.withoutResult(java.util.List.of(), "a / b", "linear", text))
        .addEqualityGroup(org.civicplan.monitoring.Explanation.of(java.util.List.of(), "a / b", 0.5, "linear",
            LocalizedText.of("progress half", "progres jumătate")))
        .addEqualityGroup(share, org.civicplan.template.ParameterDefinition.of(
            "share", org.civicplan.template.ParameterKind.DECIMAL, LocalizedText.of("Share", "Cotă")))
        .addEqualityGroup(org.civicplan.template.ParameterDefinition.of(
            "rate", org.civicplan.template.ParameterKind.DECIMAL, LocalizedText.of("Share", "Cotă")))
        .addEqualityGroup(org.civicplan.template.ParameterDefinition.of(
            "share", org.civicplan.template.ParameterKind.INTEGER, LocalizedText.of("Share", "Cotă")))
        .addEqualityGroup(share.withDefault("0.5"))
        .addEqualityGroup(share.withRange(java.math.BigDecimal.ZERO, java.math.BigDecimal.ONE))
        .addEqualityGroup(org.civicplan.template.ParameterDefinition.of(
                "share", org.civicplan.template.ParameterKind.CHOICE, LocalizedText.of("Share", "Cotă"))
            .withChoices(java.util.List.of("half", "all")))
        .addEqualityGroup(share.withUnit("%"))
        .testEquals();
  }
}
