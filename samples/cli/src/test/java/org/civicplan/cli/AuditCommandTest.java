// SPDX-License-Identifier: Apache-2.0
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
  void programmeAsMarkdown() {
    CliRun run = CliRun.of("audit", SAMPLE, "--programme");

    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(run.out().startsWith("# Remediation programme — Accessibility strategy of Municipiul Exemplu"), run.out());
    assertTrue(run.out().contains("| 2 | Tram stop Piața Exemplu (towards Gară) | Tactile indicators at the boarding point "
        + "(blocks access) | 2027: 150,000 RON | not selected: the portfolio of greatest value within the yearly budget leaves it out; "
        + "planned as action A-2.2 |"), run.out());
  }

  @Test
  void programmeAsJsonHasExactValues() {
    CliRun run = CliRun.of("audit", SAMPLE, "--programme", "--format", "json", "--locale", "ro");

    assertEquals(0, run.exitCode(), run.toString());
    JsonNode p = Cli.JSON.readTree(run.out()).get("programmes").get(0);
    assertEquals("REM-2026", p.get("id").asString());
    assertEquals("weighted-sum", p.get("method").asString());
    assertTrue(p.get("optimal").asBoolean());
    JsonNode first = p.get("candidates").get(0);
    assertEquals("AUD-2026-01:C-1", first.get("id").asString());
    assertEquals(0.8125, first.get("score").asDouble(), 1e-12);
    assertEquals(0.0625, first.get("contributions").get("proximity").asDouble(), 1e-12);
    assertEquals(0, new java.math.BigDecimal("180000").compareTo(first.get("cost").get("2027").get("amount").decimalValue()));
    assertEquals(2027, first.get("start").asInt());
    assertEquals("selectat, lucrări 2027", first.get("decision").asString());
    assertTrue(!p.get("candidates").get(1).get("selected").asBoolean());
  }

  @Test
  void programmeAsHtml() {
    CliRun run = CliRun.of("audit", SAMPLE, "--programme", "--format", "html");

    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(run.out().contains("<th>selected or why not</th>"), run.out());
  }

  @Test
  void unknownFormatIsAUsageError() {
    CliRun run = CliRun.of("audit", SAMPLE, "--format", "xml");

    assertEquals(2, run.exitCode(), run.toString());
    assertTrue(run.err().startsWith("civicplan: --format must be markdown, json or html"), run.err());
  }
}
