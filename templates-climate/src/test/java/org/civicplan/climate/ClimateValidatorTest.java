package org.civicplan.climate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.civicplan.base.LocalizedText;
import org.civicplan.strategy.Municipality;
import org.civicplan.strategy.Population;
import org.civicplan.strategy.Strategy;
import org.civicplan.base.StrategyId;
import org.civicplan.base.StrategyPeriod;
import org.civicplan.template.NewStrategyRequest;
import org.civicplan.template.Parameters;
import org.civicplan.template.TemplateRegistry;
import org.civicplan.base.Finding;
import org.civicplan.base.Severity;
import org.civicplan.validation.StrategyValidator;
import org.civicplan.validation.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The climate template through the validator façade: the installed template is found by the
 * registry, its rules run after core's, and the mutants of {@link ClimateRulesTest} fire through
 * {@link StrategyValidator} exactly as they do when the rules are run directly.
 */
class ClimateValidatorTest {

  private static final TemplateRegistry REGISTRY = TemplateRegistry.load();
  private static final StrategyValidator VALIDATOR = StrategyValidator.of(REGISTRY);

  @Test
  void registryFindsTheClimateTemplate() {
    assertTrue(REGISTRY.find(ClimateTemplate.ID).isPresent(), REGISTRY::toString);
  }

  @Test
  void sampleHasNoErrorFindings() {
    ValidationReport report = VALIDATOR.validate(ClimateSample.valid());
    assertEquals(List.of(), report.bySeverity(Severity.ERROR), report::toString);
    assertTrue(report.isValid(), report::toString);
  }

  static Stream<Arguments> requests() {
    Municipality lugoj = Municipality.of("Municipiul Lugoj", "RO").withPopulation(Population.of(37_000, 2021));
    Municipality cluj = Municipality.of("Cluj-Napoca", "RO");
    return Stream.of(
        Arguments.of(NewStrategyRequest.of(StrategyId.of("lugoj-climate"), lugoj, StrategyPeriod.of(2026, 2030))),
        Arguments.of(NewStrategyRequest.of(StrategyId.of("cluj-climate"), cluj, StrategyPeriod.of(2021, 2050))),
        Arguments.of(new NewStrategyRequest(StrategyId.of("cluj-short"), cluj, StrategyPeriod.of(2025, 2025),
            Optional.of(LocalizedText.of("Climate plan", "Plan climatic")))));
  }

  @ParameterizedTest
  @MethodSource("requests")
  void newDraftValidatesWithoutErrors(NewStrategyRequest request) {
    Strategy draft = REGISTRY.get(ClimateTemplate.ID).newStrategy(request);
    assertEquals(ClimateTemplate.ID, draft.templateId());
    assertFalse(draft.objectives().isEmpty());
    ValidationReport report = VALIDATOR.validate(draft);
    assertEquals(List.of(), report.bySeverity(Severity.ERROR), report::toString);
  }

  @Test
  void validatorRunsTheClimateRules() {
    // the validator without templates does not see the climate defects, the one with them does
    ClimateRulesTest.Mutant mutant =
        ClimateRulesTest.mutants().map(a -> (ClimateRulesTest.Mutant) a.get()[0])
            .filter(m -> m.code().equals(ClimateCodes.COM_RISK_ASSESSMENT_MISSING)).findFirst().orElseThrow();
    Strategy s = mutant.strategy().get();
    assertFalse(StrategyValidator.coreOnly().validate(s).has(mutant.code()));
    assertTrue(VALIDATOR.validate(s).has(mutant.code()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.civicplan.climate.ClimateRulesTest#mutants")
  void ruleFiresThroughTheValidator(ClimateRulesTest.Mutant mutant) {
    StrategyValidator validator =
        StrategyValidator.builder().templates(REGISTRY).parameters(Parameters.of(mutant.parameters())).build();
    ValidationReport report = validator.validate(mutant.strategy().get());
    List<Finding> found = report.byCode(mutant.code());
    assertEquals(1, found.size(), () -> "expected one " + mutant.code() + " but got " + report.findings());
    assertEquals(mutant.severity(), found.get(0).severity());
    assertEquals(mutant.path(), found.get(0).path());
    // the defect is the only climate finding of its kind: no rule failed while checking it
    assertFalse(report.has(org.civicplan.validation.FindingCodes.RULE_FAILED), report::toString);
  }
}
