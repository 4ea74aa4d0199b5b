// SPDX-License-Identifier: Apache-2.0
package org.civicplan.participation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.Money;
import org.civicplan.base.ObjectiveId;
import org.civicplan.base.StrategyId;
import org.civicplan.base.StrategyPeriod;
import org.civicplan.base.TemplateId;
import org.civicplan.strategy.Municipality;
import org.civicplan.strategy.Objective;
import org.civicplan.strategy.Strategy;
import org.junit.jupiter.api.Test;

/** The Java example of docs/participatory-budgeting.md, compiled and run; the guide must show it verbatim. */
class DocExampleTest {

  private static final Path GUIDE = Path.of("../docs/participatory-budgeting.md");

  @Test
  void theGuidesExampleRunsAndIsShownVerbatim() throws IOException {
    Strategy strategy = Strategy.builder(
            StrategyId.of("exemplu-climate"), TemplateId.of("climate"), Municipality.of("Municipiul Exemplu", "RO"),
            LocalizedText.of("Climate strategy", "Strategia climatică"), StrategyPeriod.of(2022, 2030))
        .objective(Objective.of("OS-5.1", LocalizedText.of("Green space", "Spații verzi")))
        .build();
    Path dir = Path.of("../samples/data");
    // doc:begin
    PbInstance vote = Pabulib.read(dir.resolve("pb-exemplu-2026.pb")).instance().orElseThrow();
    PbOutcome outcome = PbRules.run(vote, new PbRule.EqualShares(
        PbRule.Utility.COST, new PbRule.Completion.Add1(Rational.ONE), PbRule.Fill.GREEDY));
    PbEdition edition = new PbEdition("pb-2026",
        LocalizedText.of("Participatory budget 2026", "Bugetare participativă 2026"),
        2027, Money.RON, LocalDate.of(2026, 3, 31));
    Strategy planned = PbPlan.fund(strategy, vote, outcome, edition, ObjectiveId.of("OS-5.1"));
    // doc:end
    assertEquals(outcome.selected().size(), planned.actions().size());
    assertEquals(1, PbRecord.of(planned).size());

    List<String> source = Files.readAllLines(Path.of("src/test/java/org/civicplan/participation/DocExampleTest.java"));
    List<String> snippet = source.subList(source.indexOf("    // doc:begin") + 1, source.indexOf("    // doc:end")).stream()
        .map(l -> l.substring(4).replace("dir.resolve(\"pb-exemplu-2026.pb\")", "Path.of(\"pb-exemplu-2026.pb\")")).toList();
    String guide = Files.readString(GUIDE);
    assertTrue(guide.contains(String.join("\n", snippet)), () -> "the guide does not show:\n" + String.join("\n", snippet));
  }
}
