// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.civicplan.document.DocumentFormat;
import org.civicplan.document.StrategyDocuments;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.TemplateRegistry;
import org.junit.jupiter.api.Test;

/**
 * {@code samples/data/climate-priorities.json}, the example of {@code civicplan priorities}, is the
 * bundled sample strategy with the prioritisation the demo records (TOPSIS on the illustrative
 * scores, selected under the 75 % budget scenario), written by {@link StrategyDocuments}. When the
 * sample or the demo changes, this test writes the new file to {@code
 * target/climate-priorities.json}: copy it over the sample.
 */
class PrioritiesSampleTest {

  @Test
  void theSampleWithPrioritiesIsTheDemosDecisionOnTheSample() throws IOException {
    TemplateRegistry templates = Cli.templates();
    StrategyDocuments docs = StrategyDocuments.of(templates);
    Strategy sample = docs.read(Path.of("../data/climate-strategy.json")).strategy().orElseThrow();
    List<String> why = new ArrayList<>();
    Strategy decided = PrioritisationStage.decide(sample, templates, Locale.ENGLISH, why::add).orElseThrow(
        () -> new AssertionError(why.toString())).strategy();
    assertEquals(1, decided.prioritisations().size());
    assertTrue(decided.prioritisations().get(0).selection().isPresent());
    String expected = docs.write(decided, DocumentFormat.JSON);
    Path regenerated = Path.of("target/climate-priorities.json");
    Files.createDirectories(regenerated.getParent());
    Files.writeString(regenerated, expected, StandardCharsets.UTF_8);
    assertEquals(expected, Files.readString(Path.of("../data/climate-priorities.json"), StandardCharsets.UTF_8),
        "samples/data/climate-priorities.json is out of date: copy samples/cli/" + regenerated + " over it");
  }
}
