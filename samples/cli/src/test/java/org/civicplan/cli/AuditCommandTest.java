package org.civicplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code civicplan audit} on the accessibility sample. */
class AuditCommandTest {

  static final String SAMPLE = Path.of("../data/accessibility-strategy.json").toString();

  @Test
  void markdownByDefault() {
    CliRun run = CliRun.of("audit", SAMPLE);

    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(run.out().startsWith("# Accessibility audits — Accessibility strategy of Municipiul Exemplu"), run.out());
    assertTrue(run.out().contains("| A-1.1 | 60.00 % |"), run.out());
  }

  @Test
  void jsonHasTheScores() {
    CliRun run = CliRun.of("audit", SAMPLE, "--format", "json");

    assertEquals(0, run.exitCode(), run.toString());
    JsonNode root = Cli.JSON.readTree(run.out());
    assertEquals(55.56, root.get("audits").get(0).get("elements").get(1).get("score").asDouble(), 1e-9);
    assertEquals("non-compliant", root.get("audits").get(1).get("elements").get(0).get("criteria").get(1).get("outcome").asString());
    assertEquals(50.0, root.get("byDistrict").get("Nord").get("score").asDouble(), 1e-9);
  }

  @Test
  void htmlInRomanian() {
    CliRun run = CliRun.of("audit", SAMPLE, "--format", "html", "--locale", "ro");

    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(run.out().contains("<html lang=\"ro\">"), run.out());
    assertTrue(run.out().contains("Scoruri pe străzi"), run.out());
  }

  @Test
  void unknownFormatIsAUsageError() {
    CliRun run = CliRun.of("audit", SAMPLE, "--format", "xml");

    assertEquals(2, run.exitCode(), run.toString());
    assertTrue(run.err().startsWith("civicplan: --format must be markdown, json or html"), run.err());
  }
}
