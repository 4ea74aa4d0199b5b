// SPDX-License-Identifier: Apache-2.0
package org.civicplan.validation;

import org.civicplan.base.Finding;
import org.civicplan.base.Pointer;
import org.civicplan.base.Severity;
import static org.civicplan.fixture.StrategyFixture.text;
import static org.civicplan.validation.Findings.RO;
import static org.civicplan.validation.Findings.assertNone;
import static org.civicplan.validation.Findings.single;
import static org.civicplan.validation.Findings.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.civicplan.fixture.StrategyFixture;
import org.civicplan.governance.BodyId;
import org.civicplan.governance.BodyKind;
import org.civicplan.governance.Governance;
import org.civicplan.governance.GovernanceBody;
import org.civicplan.governance.Member;
import org.civicplan.governance.MemberRole;
import org.civicplan.strategy.Action;
import org.civicplan.strategy.BudgetLine;
import org.civicplan.strategy.FundingKind;
import org.civicplan.strategy.FundingSource;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.Money;
import org.civicplan.strategy.Municipality;
import org.civicplan.strategy.Objective;
import org.civicplan.strategy.Population;
import org.civicplan.strategy.Strategy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Bean Validation constraints on the domain records and their mapping to findings. */
class BeanValidationTest {

  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void factory() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void close() {
    factory.close();
  }

  private static Strategy withBudget(BudgetLine line) {
    Strategy s = StrategyFixture.valid();
    List<Action> actions = new ArrayList<>(s.actions());
    actions.set(2, actions.get(2).toBuilder().budgetLine(line).build());
    return s.toBuilder().actions(actions).build();
  }

  private static BudgetLine line(String planned) {
    return BudgetLine.planned(2027, Money.ron(planned), FundingSource.of(FundingKind.LOCAL_BUDGET));
  }

  @Test
  void negativePlannedAmountPointsAtTheAmount() {
    Finding f = single(validate(withBudget(line("-10.50"))), FindingCodes.BUDGET_NEGATIVE, Severity.ERROR,
        "/actions/2/budget/0/planned/amount", "A-3");
    assertTrue(f.message(Locale.ENGLISH).contains("-10.5 RON"), f::toString);
    assertTrue(f.message(RO).contains("să fie zero"), () -> "Romanian with diacritics: " + f.message(RO));
  }

  @Test
  void negativeActualAmountInsideOptionalIsUnwrapped() {
    single(validate(withBudget(line("10").withActual(Money.ron("-1")))), FindingCodes.BUDGET_NEGATIVE, Severity.ERROR,
        "/actions/2/budget/0/actual/amount", "A-3");
  }

  @Test
  void zeroAmountsPass() {
    assertNone(validate(withBudget(line("0").withActual(Money.ron("0")))), FindingCodes.BUDGET_NEGATIVE);
  }

  @Test
  void actualInAnotherCurrencyIsReportedAtItsCurrency() {
    single(validate(withBudget(line("10").withActual(Money.eur("2")))), FindingCodes.BUDGET_CURRENCY_MISMATCH,
        Severity.ERROR, "/actions/2/budget/0/actual/currency", "A-3");
  }

  @Test
  void sameCurrencyPasses() {
    assertNone(validate(withBudget(line("10").withActual(Money.ron("12")))), FindingCodes.BUDGET_CURRENCY_MISMATCH);
  }

  @Test
  void tooLongTextIsReportedPerLanguageInsideTheObjectiveTree() {
    Strategy s = StrategyFixture.valid();
    Objective greening = s.objectives().get(1);
    Objective longChild = greening.children().get(0).withTitle(LocalizedText.of("ok", "ă".repeat(501)));
    Strategy bad = s.toBuilder().objectives(List.of(s.objectives().get(0), greening.withChildren(List.of(longChild)))).build();
    Finding f = single(validate(bad), FindingCodes.TEXT_TOO_LONG, Severity.ERROR, "/objectives/1/children/0/title/ro", "OS-2.1");
    assertTrue(f.message(Locale.ENGLISH).contains("500"), f::toString);
  }

  @Test
  void textsAtTheLimitPass() {
    Strategy ok = StrategyFixture.builder().title(LocalizedText.of("e".repeat(500), "r".repeat(500))).build();
    assertNone(validate(ok), FindingCodes.TEXT_TOO_LONG);
  }

  @Test
  void stringConstraintsMapListIndexesAndOptionals() {
    Strategy s = StrategyFixture.valid();
    Municipality city = s.municipality().withOfficialCode("1".repeat(33));
    GovernanceBody body =
        new GovernanceBody(BodyId.of("mc"), BodyKind.MONITORING_COMMITTEE, text("Committee", "Comitet"),
            List.of(Member.of("Ana", MemberRole.MEMBER, StrategyFixture.ENVIRONMENT),
                Member.of("n".repeat(201), MemberRole.MEMBER, StrategyFixture.ENVIRONMENT)));
    Strategy bad = s.toBuilder().municipality(city).governance(new Governance(List.of(body), List.of())).build();
    List<Finding> found = validate(bad).byCode(FindingCodes.TEXT_TOO_LONG);
    assertEquals(List.of("/municipality/officialCode", "/governance/bodies/0/members/1/name"),
        found.stream().map(Finding::path).sorted(Pointer.ORDER.reversed()).toList());
    found.forEach(f -> Findings.assertBilingual(f.message()));
    assertTrue(found.stream().anyMatch(f -> f.message(RO).contains("Structura de guvernanță „mc”")), found::toString);
  }

  @Test
  void implausiblePopulationIsAnError() {
    Strategy bad = StrategyFixture.builder()
        .municipality(StrategyFixture.valid().municipality().withPopulation(Population.of(60_000_000, 2021))).build();
    Finding f = single(validate(bad), FindingCodes.POPULATION_IMPLAUSIBLE, Severity.ERROR,
        "/municipality/population/inhabitants", "tm-green-2026");
    assertTrue(f.message(Locale.ENGLISH).contains("60000000"), f::toString);
  }

  @Test
  void populationCountedAfterThePeriodIsAWarning() {
    Strategy bad = StrategyFixture.builder()
        .municipality(StrategyFixture.valid().municipality().withPopulation(Population.of(250_000, 2031))).build();
    single(validate(bad), FindingCodes.POPULATION_YEAR_AFTER_PERIOD, Severity.WARNING,
        "/municipality/population/year", "tm-green-2026");
  }

  private static Strategy withNormalised(org.civicplan.indicator.Denominator d, Municipality m) {
    Strategy s = StrategyFixture.valid();
    List<org.civicplan.indicator.Indicator> indicators = new ArrayList<>(s.indicators());
    indicators.set(0, indicators.get(0).toBuilder().normalisation(d).build());
    return s.toBuilder().indicators(indicators).municipality(m).build();
  }

  @Test
  void perCapitaIndicatorWithoutAPopulationIsAWarning() {
    Strategy bad = withNormalised(org.civicplan.indicator.Denominator.PER_CAPITA, Municipality.of("Timișoara", "RO"));
    single(validate(bad), FindingCodes.INDICATOR_NORMALISATION_DENOMINATOR_MISSING, Severity.WARNING,
        "/indicators/0/normalisation", "co2-total");
  }

  @Test
  void perKm2IndicatorNeedsTheAreaAndPerCapitaOnePassesWithAPopulation() {
    Municipality counted = Municipality.of("Timișoara", "RO").withPopulation(Population.of(250_000, 2021));
    single(validate(withNormalised(org.civicplan.indicator.Denominator.PER_KM2, counted)),
        FindingCodes.INDICATOR_NORMALISATION_DENOMINATOR_MISSING, Severity.WARNING, "/indicators/0/normalisation",
        "co2-total");
    assertNone(validate(withNormalised(org.civicplan.indicator.Denominator.PER_1000_INHABITANTS, counted)),
        FindingCodes.INDICATOR_NORMALISATION_DENOMINATOR_MISSING);
    assertNone(validate(withNormalised(org.civicplan.indicator.Denominator.PER_KM2, counted.withAreaKm2("130"))),
        FindingCodes.INDICATOR_NORMALISATION_DENOMINATOR_MISSING);
  }

  @Test
  void populationCountedInTheLastYearPasses() {
    Strategy ok = StrategyFixture.builder()
        .municipality(StrategyFixture.valid().municipality().withPopulation(Population.of(50_000_000, 2030))).build();
    ValidationReport r = validate(ok);
    assertNone(r, FindingCodes.POPULATION_YEAR_AFTER_PERIOD);
    assertNone(r, FindingCodes.POPULATION_IMPLAUSIBLE);
  }

  @Test
  void aConstraintOnARecordComponentIsReportedOnce() {
    // a record component's annotation lands on the field, the accessor and the constructor
    // parameter; Bean Validation must see it once
    Set<ConstraintViolation<Population>> population = validator.validate(Population.of(60_000_000, 2020));
    assertEquals(1, population.size(), population::toString);
    Set<ConstraintViolation<Municipality>> optional =
        validator.validate(Municipality.of("x".repeat(201), "RO").withOfficialCode("9".repeat(40)));
    assertEquals(2, optional.size(), optional::toString);
    Set<ConstraintViolation<BudgetLine>> money = validator.validate(line("-1").withActual(Money.eur("-1")));
    assertEquals(3, money.size(), money::toString);
  }

  @Test
  void codeIsTheMessageKeyWithoutBraces() {
    assertEquals("budget.amount.negative", BeanValidation.code("{budget.amount.negative}"));
    assertEquals("constraint.violated", BeanValidation.code("must not be {max}"));
  }

  @Test
  void romanianPropertiesKeepDiacritics() {
    Strategy bad = withBudget(line("10").withActual(Money.eur("2")));
    String ro = validate(bad).byCode(FindingCodes.BUDGET_CURRENCY_MISMATCH).get(0).message(RO);
    assertTrue(ro.contains("realizată") && ro.contains("monedă") && ro.contains("aceeași"), ro);
  }

  @Test
  void englishDoesNotFollowTheJvmDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(RO);
      Finding f = validate(withBudget(line("-1"))).byCode(FindingCodes.BUDGET_NEGATIVE).get(0);
      assertTrue(f.message(Locale.ENGLISH).contains("must be zero or more"), f::toString);
    } finally {
      Locale.setDefault(saved);
    }
  }
}
