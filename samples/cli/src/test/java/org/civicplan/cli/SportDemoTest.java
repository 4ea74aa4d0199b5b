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

/** The sport stage of {@code civicplan demo}: the illustrative sport investments in order of priority. */
class SportDemoTest {

  @TempDir Path dir;

  @Test
  void demo_printsTheSportInvestmentsInOrderOfPriorityAndReproducesTheRecord() throws IOException {
    CliRun run = CliRun.of("demo", "--out", dir.resolve("a").toString());
    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(run.out().contains(". Sport investments in order of priority (illustrative city, topsis on sport-default): wrote "),
        run.out());
    assertTrue(run.out().contains("   0 validation errors; the stored record is reproduced by ranking and selecting again"), run.out());
    assertTrue(run.out().contains("    1. Energy retrofit of the multi-purpose hall — 0.612 — selected"), run.out());
    assertTrue(run.out().contains("   15. Renovate the stands and pitch of the Municipal Stadium — 0.223 — not selected"), run.out());
    assertTrue(Files.readString(dir.resolve("a/sport-priorities.md")).contains("Energy retrofit of the multi-purpose hall"));
    JsonNode root = Cli.JSON.readTree(Files.readString(dir.resolve("a/sport-priorities.json")));
    assertTrue(root.get("illustrative").asBoolean());
    assertEquals("sport-default", root.get("record").get("criteriaSet").asString());
    assertEquals(15, root.get("record").get("actions").size());

    CliRun ro = CliRun.of("demo", "--out", dir.resolve("b").toString(), "--locale", "ro");
    assertEquals(0, ro.exitCode(), ro.toString());
    assertTrue(ro.out().contains("    1. Reabilitarea energetică a Sălii Polivalente — 0,612 — selectată"), ro.out());
    assertTrue(Files.readString(dir.resolve("b/sport-priorities.md")).contains("Reabilitarea energetică a Sălii Polivalente"));
    assertEquals(Files.readString(dir.resolve("a/sport-priorities.json")), Files.readString(dir.resolve("b/sport-priorities.json")),
        "same input, same bytes");
  }

  @Test
  void sportSampleValidatesWithNoFindingUnderEveryInstalledTemplate() {
    CliRun run = CliRun.of("validate", "../data/sport-strategy.json");
    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(run.out().contains("0 errors, 0 warnings, 0 infos"), run.out());
  }
}
