// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The participatory-budget stage of {@code civicplan demo} on the bundled illustrative edition. */
class ParticipatoryBudgetDemoTest {

  @TempDir Path dir;

  @Test
  void demo_runsTheIllustrativeEditionAndTurnsTheOutcomeIntoActions() throws IOException {
    CliRun run = CliRun.of("demo", "--out", dir.resolve("a").toString());
    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(run.out().contains(". Participatory budget (illustrative votes, 60 voters, budget 1000000 RON)"), run.out());
    assertTrue(run.out().contains("   MES (cost, add1, greedy fill): "), run.out());
    assertTrue(run.out().contains("the strategy then has 0 validation errors"), run.out());
    JsonNode root = Cli.JSON.readTree(Files.readString(dir.resolve("a/participatory-budget.json")));
    assertTrue(root.get("illustrative").asBoolean());
    JsonNode record = root.get("record");
    assertEquals("mes", record.get("rule").asString());
    assertEquals("add1", record.get("options").get("completion").asString());
    assertEquals(record.get("selected").size(), root.get("actions").size());
    assertTrue(root.get("actions").get(0).asString().startsWith("pb-2026-"));
    CliRun ro = CliRun.of("demo", "--out", dir.resolve("b").toString(), "--locale", "ro");
    assertEquals(0, ro.exitCode(), ro.toString());
    assertTrue(ro.out().contains("Buget participativ (voturi ilustrative, 60 votanți"), ro.out());
    assertEquals(Files.readString(dir.resolve("a/participatory-budget.json")), Files.readString(dir.resolve("b/participatory-budget.json")),
        "same input, same bytes");
  }
}
