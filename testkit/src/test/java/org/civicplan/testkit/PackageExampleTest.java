// SPDX-License-Identifier: Apache-2.0
package org.civicplan.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.civicplan.strategy.Strategy;
import org.civicplan.validation.StrategyValidator;
import org.junit.jupiter.api.Test;

/** The example of the package documentation ({@code package-info.java}) runs as written. */
class PackageExampleTest {

  @Test
  void generatedStrategiesAndMutantsAsInThePackageDocumentation() {
    AtomicInteger generated = new AtomicInteger();
    int mutants = 0;

    // -- as in package-info.java --
    StrategyValidator validator = StrategyValidator.coreOnly();
    long runSeed = 20261205L;

    StrategyGenerator.cases(runSeed, 200).forEach(c -> {
      assertEquals(List.of(), validator.validate(c.strategy()).findings(), c.replay());
      generated.incrementAndGet();
    });

    Strategy valid = Fixtures.greenStreets();
    for (Mutant m : Mutants.all(valid, StrategyGenerator.random(runSeed))) {
      assertTrue(m.isReportedBy(validator.validate(m.strategy())), m::toString);
      mutants++;
    }
    // -- end --

    assertEquals(200, generated.get());
    long applicable = java.util.Arrays.stream(MutationKind.values())
        .filter(k -> Mutants.of(k, valid, StrategyGenerator.random(runSeed)).isPresent())
        .count();
    assertTrue(applicable > 0);
    assertEquals(applicable, mutants, "one mutant of each kind that applies to the fixture");
  }
}
