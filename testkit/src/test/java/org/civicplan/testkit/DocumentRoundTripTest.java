// SPDX-License-Identifier: Apache-2.0
package org.civicplan.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.civicplan.document.DocumentFormat;
import org.civicplan.document.ReadResult;
import org.civicplan.document.StrategyDocuments;
import org.civicplan.strategy.Strategy;
import org.junit.jupiter.api.Test;

/**
 * The lossless round trip of issue 2, section 4, over generated strategies (including raw annexes
 * of unknown kinds with nested Unicode JSON): {@code read(write(s)).equals(s)} in JSON and YAML,
 * and writing is deterministic.
 */
class DocumentRoundTripTest {

  private final StrategyDocuments docs = StrategyDocuments.standard();

  @Test
  void jsonRoundTripIsLossless() {
    int checked = PropertyRunner.forAll("JSON round trip", c -> roundTrip(c.strategy(), DocumentFormat.JSON));
    assertEquals(PropertyRunner.cases(), checked);
  }

  @Test
  void yamlRoundTripIsLossless() {
    int checked = PropertyRunner.forAll("YAML round trip", c -> roundTrip(c.strategy(), DocumentFormat.YAML));
    assertEquals(PropertyRunner.cases(), checked);
  }

  @Test
  void fixturesRoundTrip() {
    for (Strategy s : Fixtures.all().values()) {
      roundTrip(s, DocumentFormat.JSON);
      roundTrip(s, DocumentFormat.YAML);
    }
  }

  @Test
  void mutantsRoundTripToo() {
    // Defective documents must survive a round trip as well, so that a tool can show their findings.
    PropertyRunner.forAll(
        "mutant round trip",
        StrategyGenerator.cases(PropertyRunner.seed(), 50),
        c -> Mutants.all(c.strategy(), StrategyGenerator.random(c.seed()))
            .forEach(m -> roundTrip(m.strategy(), DocumentFormat.JSON)));
  }

  private void roundTrip(Strategy s, DocumentFormat format) {
    String text = docs.write(s, format);
    ReadResult read = docs.read(text, format);
    assertEquals(List.of(), read.problems(), () -> format + " problems reading:\n" + text);
    assertEquals(s, read.strategy().orElseThrow(), () -> format + " differs after reading:\n" + text);
    assertEquals(text, docs.write(read.strategy().orElseThrow(), format), () -> format + " written twice differs");
  }
}
