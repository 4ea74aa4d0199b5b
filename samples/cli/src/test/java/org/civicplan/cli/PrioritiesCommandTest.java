// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code civicplan priorities}: the council's priority list from a strategy's stored record. */
class PrioritiesCommandTest {

  static final String SAMPLE = "../data/climate-priorities.json";

  @TempDir Path dir;

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static JsonNode json(CliRun run) {
    return Cli.JSON.readTree(run.out());
  }

  @Nested
  class Renders {

    @Test
    void markdownInRomanian_withMethodWeightsListAndStability() {
      CliRun run = CliRun.of("priorities", SAMPLE, "--locale", "ro");
      assertEquals(0, run.exitCode(), run.toString());
      assertTrue(run.out().startsWith("# Acțiunile în ordinea priorității: "), run.out());
      for (String section : new String[] {"## Metoda și ponderile", "## Lista priorităților", "## Scorul pe criterii",
          "## Bugetul și selecția", "## Stabilitatea primelor locuri"}) {
        assertTrue(run.out().contains(section), section + "\n" + run.out());
      }
      assertTrue(run.out().contains(" lei |"), run.out());
      assertTrue(run.out().contains("Metoda: TOPSIS (apropierea de soluția ideală); normalizare: vectorială."), run.out());
      assertEquals("", run.err());
    }

    @Test
    void htmlIsASelfContainedPageInTheLocalesLanguage() {
      CliRun run = CliRun.of("priorities", SAMPLE, "--format", "html");
      assertEquals(0, run.exitCode(), run.toString());
      assertTrue(run.out().startsWith("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\""), run.out());
      assertTrue(run.out().contains("<h2>Stability of the first places</h2>"), run.out());
      assertTrue(run.out().endsWith("</html>\n"));
    }

    @Test
    void jsonCarriesTheListWithExactValuesAndAnEmptyFindingsArray() {
      CliRun run = CliRun.of("priorities", SAMPLE, "--format", "json");
      assertEquals(0, run.exitCode(), run.toString());
      JsonNode root = json(run);
      assertEquals("topsis", root.get("method").asString());
      assertEquals("climate-default", root.get("criteriaSet").get("id").asString());
      assertEquals(8, root.get("entries").size());
      assertEquals(1, root.get("entries").get(0).get("rank").asInt());
      assertEquals("available", root.get("stability").get("status").asString());
      assertTrue(root.get("budget").get("optimal").asBoolean());
      assertEquals(0, root.get("findings").size());
    }

    @Test
    void isDeterministic() {
      CliRun first = CliRun.of("priorities", SAMPLE, "--format", "html", "--locale", "ro");
      CliRun second = CliRun.of("priorities", SAMPLE, "--format", "html", "--locale", "ro");
      assertEquals(first.out(), second.out());
    }

    @Test
    void withoutTheCriteriaSetWarnsAndLeavesStabilityOut() throws IOException {
      Path changed = file("changed.json", Files.readString(Path.of(SAMPLE)).replace("\"climate-default\"", "\"retired-set\""));
      CliRun md = CliRun.of("priorities", changed.toString());
      assertEquals(0, md.exitCode(), md.toString());
      assertTrue(md.err().contains("warning priorities.criteria-set.unknown at /prioritisations/0/criteriaSet: The criteria set"
          + " \"retired-set\" is not among those of the installed template \"climate\""), md.err());
      assertTrue(md.out().contains("Not computed: the criteria set “retired-set” is not available"), md.out());
      CliRun js = CliRun.of("priorities", changed.toString(), "--format", "json", "--locale", "ro");
      assertEquals(0, js.exitCode(), js.toString());
      assertEquals("", js.err());
      JsonNode finding = json(js).get("findings").get(0);
      assertEquals("warning", finding.get("severity").asString());
      assertEquals("priorities.criteria-set.unknown", finding.get("code").asString());
      assertTrue(finding.get("message").asString().startsWith("Setul de criterii „retired-set”"), finding.toString());
      assertEquals("no-criteria-set", json(js).get("stability").get("status").asString());
    }
  }

  @Nested
  class BudgetScenario {

    @Test
    void selectsAgainUnderTheScenarioWithoutChangingTheFile() throws IOException {
      String before = Files.readString(Path.of(SAMPLE));
      // more than the sample plans in every year: every ranked action is selected
      Path ample = file("ample.json", "{\"budget\": {\"2024\": 1000000000, \"2025\": 1000000000, \"2026\": 1000000000}}");
      CliRun run = CliRun.of("priorities", SAMPLE, "--format", "json", "--budget-scenario", ample.toString());
      assertEquals(0, run.exitCode(), run.toString());
      JsonNode root = json(run);
      root.get("entries").forEach(e -> assertTrue(e.get("selected").asBoolean(), e.toString()));
      assertEquals("1000000000", root.get("budget").get("years").get(0).get("available").get("amount").asString());
      assertEquals(before, Files.readString(Path.of(SAMPLE)));
    }

    @Test
    void aZeroBudgetLeavesOutEveryActionThatCostsSomethingAndSaysWhere() throws IOException {
      Path none = file("none.json", "{\"budget\": {\"2024\": 0, \"2025\": 0, \"2026\": 0}, \"currency\": \"RON\"}");
      CliRun run = CliRun.of("priorities", SAMPLE, "--budget-scenario", none.toString());
      assertEquals(0, run.exitCode(), run.toString());
      assertTrue(run.out().contains("| 2024 | RON 0.00 | RON 0.00 | RON 0.00 |"), run.out());
      assertTrue(run.out().contains("budget: needs RON "), run.out());
    }

    @Test
    void aRefusedBudgetExits1WithTheFinding() throws IOException {
      Path negative = file("negative.json", "{\"budget\": {\"2026\": -5}}");
      CliRun run = CliRun.of("priorities", SAMPLE, "--budget-scenario", negative.toString());
      assertEquals(1, run.exitCode(), run.toString());
      assertEquals("", run.out());
      assertTrue(run.err().contains("error prioritisation.budget.invalid"), run.err());
      assertTrue(run.err().contains("no selection under this budget scenario; nothing printed"), run.err());
    }

    @Test
    void anUnreadableScenarioExits2NamingTheProblem() throws IOException {
      CliRun notJson = CliRun.of("priorities", SAMPLE, "--budget-scenario", file("a.json", "{budget").toString());
      assertEquals(2, notJson.exitCode(), notJson.toString());
      assertTrue(notJson.err().startsWith("civicplan: "), notJson.err());
      CliRun plain = CliRun.of("priorities", SAMPLE, "--budget-scenario", file("b.json", "{\"budget\": 1000}").toString());
      assertEquals(2, plain.exitCode(), plain.toString());
      assertTrue(plain.err().contains("\"budget\" must be an object of yearly amounts"), plain.err());
      CliRun currency = CliRun.of("priorities", SAMPLE, "--budget-scenario",
          file("c.json", "{\"budget\": {\"2026\": 1}, \"currency\": \"LEI\"}").toString());
      assertEquals(2, currency.exitCode(), currency.toString());
      assertTrue(currency.err().contains("currency must be an ISO 4217 code such as RON or EUR but was \"LEI\""), currency.err());
      CliRun year = CliRun.of("priorities", SAMPLE, "--budget-scenario", file("d.json", "{\"budget\": {\"next\": 1}}").toString());
      assertEquals(2, year.exitCode(), year.toString());
      assertTrue(year.err().contains("budget years must be years such as \"2026\" but one was \"next\""), year.err());
      CliRun missing = CliRun.of("priorities", SAMPLE, "--budget-scenario", dir.resolve("missing.json").toString());
      assertEquals(2, missing.exitCode(), missing.toString());
      assertEquals("civicplan: no such file: " + dir.resolve("missing.json") + "\n", missing.err());
    }
  }

  @Nested
  class Refuses {

    @Test
    void aStrategyWithoutRecordExits1() {
      CliRun run = CliRun.of("priorities", "../data/climate-strategy.json", "--locale", "ro");
      assertEquals(1, run.exitCode(), run.toString());
      assertEquals("", run.out());
      assertTrue(run.err().contains("strategia nu are nicio înregistrare a prioritizării"), run.err());
    }

    @Test
    void aRecordNumberOutOfRangeExits2() {
      CliRun run = CliRun.of("priorities", SAMPLE, "--record", "2");
      assertEquals(2, run.exitCode(), run.toString());
      assertTrue(run.err().contains("civicplan: --record must be between 1 and 1"), run.err());
      assertEquals(0, CliRun.of("priorities", SAMPLE, "--record", "1").exitCode());
    }

    @Test
    void anUnknownFormatExits2() {
      CliRun run = CliRun.of("priorities", SAMPLE, "--format", "pdf");
      assertEquals(2, run.exitCode(), run.toString());
      assertTrue(run.err().contains("--format must be markdown, json or html but was \"pdf\""), run.err());
    }

    @Test
    void writesOutOnlyWhenAllowed() throws IOException {
      Path out = dir.resolve("priorities.md");
      CliRun first = CliRun.of("priorities", SAMPLE, "--out", out.toString());
      assertEquals(0, first.exitCode(), first.toString());
      assertEquals("", first.out());
      assertEquals(CliRun.of("priorities", SAMPLE).out(), Files.readString(out));
      CliRun again = CliRun.of("priorities", SAMPLE, "--out", out.toString());
      assertEquals(2, again.exitCode(), again.toString());
      assertTrue(again.err().contains("already exists; add --force to overwrite it"), again.err());
      assertEquals(0, CliRun.of("priorities", SAMPLE, "--out", out.toString(), "--force").exitCode());
      Path input = Files.copy(Path.of(SAMPLE), dir.resolve("input.json"));
      CliRun over = CliRun.of("priorities", input.toString(), "--out", input.toString(), "--force");
      assertEquals(2, over.exitCode(), over.toString());
      assertTrue(over.err().contains("is an input of this command"), over.err());
    }
  }
}
