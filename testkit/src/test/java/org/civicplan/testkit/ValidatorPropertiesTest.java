// SPDX-License-Identifier: Apache-2.0
package org.civicplan.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.civicplan.validation.StrategyValidator;
import org.civicplan.validation.ValidationReport;
import org.junit.jupiter.api.Test;

/**
 * Properties of the core validator over generated strategies and their single-defect mutants
 * (issue 2, section 6): it never throws, it reports nothing on a valid strategy, and it catches
 * every mutant with the mutant's code, severity and path, and with nothing else.
 */
class ValidatorPropertiesTest {

  private final StrategyValidator validator = StrategyValidator.coreOnly();

  @Test
  void generatedStrategiesHaveNoFinding() {
    int checked =
        PropertyRunner.forAll(
            "validator reports nothing on generated strategies",
            c -> assertEquals(List.of(), validator.validate(c.strategy()).findings()));
    assertEquals(PropertyRunner.cases(), checked);
  }

  @Test
  void fixturesHaveNoFinding() {
    Fixtures.all().forEach((name, s) -> assertEquals(List.of(), validator.validate(s).findings(), name));
  }

  @Test
  void everyMutantIsCaughtWithItsCodeAndNothingElse() {
    Set<MutationKind> caught = EnumSet.noneOf(MutationKind.class);
    PropertyRunner.forAll(
        "validator catches every mutant",
        c -> {
          for (Mutant m : Mutants.all(c.strategy(), StrategyGenerator.random(c.seed()))) {
            ValidationReport report = validator.validate(m.strategy());
            assertTrue(m.isReportedBy(report), () -> m + "\nfindings: " + report.findings());
            assertEquals(Set.of(m.expectedCode()), report.codes(), () -> m + "\nfindings: " + report.findings());
            caught.add(m.kind());
          }
        });
    assertEquals(EnumSet.allOf(MutationKind.class), caught);
  }
}
