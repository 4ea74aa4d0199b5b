// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The prioritisation stage of {@code civicplan demo} on the bundled sample and illustrative scores. */
class PrioritisationDemoTest {

  @TempDir Path dir;

  @Test
  void demo_ranksSelectsWithinTheScenarioBudgetAndIsDeterministic() throws IOException {
    CliRun first = CliRun.of("demo", "--out", dir.resolve("a").toString());
    CliRun second = CliRun.of("demo", "--out", dir.resolve("b").toString(), "--locale", "ro");
    assertEquals(0, first.exitCode(), first.toString());
    assertEquals(0, second.exitCode(), second.toString());
    CliRun third = CliRun.of("demo", "--out", dir.resolve("c").toString());
    assertEquals(0, third.exitCode(), third.toString());
    String json = Files.readString(dir.resolve("a/prioritisation.json"));
    assertEquals(json, Files.readString(dir.resolve("c/prioritisation.json")), "same input, same bytes");
    JsonNode record = Cli.JSON.readTree(json).get("record");
    assertEquals("topsis", record.get("method").asString());
    assertEquals("climate-default", record.get("criteriaSet").asString());
    assertEquals(8, record.get("actions").size());
    Set<Integer> ranks = new HashSet<>();
    record.get("actions").forEach(a -> ranks.add(a.get("rank").asInt()));
    assertEquals(Set.of(1, 2, 3, 4, 5, 6, 7, 8), ranks);
    JsonNode selection = record.get("selection");
    assertTrue(selection.get("optimal").asBoolean());
    for (String year : new String[] {"2024", "2025", "2026"}) {
      double budget = selection.get("budget").get(year).get("amount").asDouble();
      double cost = selection.get("cost").has(year) ? selection.get("cost").get(year).get("amount").asDouble() : 0;
      assertTrue(cost <= budget, year + ": " + cost + " > " + budget);
    }
    assertTrue(first.out().contains(". Prioritisation (illustrative scores, TOPSIS on climate-default)"), first.out());
    assertTrue(first.out().contains("   top 3: 1. "), first.out());
    String ro = Files.readString(dir.resolve("b/prioritisation.md"));
    assertTrue(ro.startsWith("> Date ilustrative: punctajele sunt inventate pentru demonstrație"), ro);
    assertTrue(ro.contains("# Acțiunile în ordinea priorității: "), ro);
    assertTrue(ro.contains("## Stabilitatea primelor locuri"), ro);
    String en = Files.readString(dir.resolve("a/prioritisation.md"));
    assertTrue(en.contains("| Rank | Action | Score |"), en);
    assertTrue(en.contains("Method: TOPSIS (closeness to the ideal solution); normalisation: vector."), en);
    // the council's list of the demo is the one `civicplan priorities` prints from the stored record
    assertEquals(CliRun.of("priorities", "../data/climate-priorities.json").out(), en.substring(en.indexOf("# ")));
  }
}
