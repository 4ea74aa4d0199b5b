// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The annual transparency report over the bundled samples. In 2022 only the climate sample was
 * consulted: announced 1 June, five proposals (2 accepted, 1 partly, 2 rejected), one debate
 * requested and held with 32 participants (its minutes), decision 187 of 28 July.
 */
class TransparencyReportCommandTest {

  private static final String[] SAMPLES = {"../data/accessibility-strategy.json", "../data/climate-strategy.json",
      "../data/social-strategy.json", "../data/sport-strategy.json"};

  private static String[] args(String... more) {
    String[] all = new String[1 + SAMPLES.length + more.length];
    all[0] = "transparency-report";
    System.arraycopy(SAMPLES, 0, all, 1, SAMPLES.length);
    System.arraycopy(more, 0, all, 1 + SAMPLES.length, more.length);
    return all;
  }

  @Test
  void json2022CountsTheClimateConsultation() {
    CliRun run = CliRun.of(args("--year", "2022", "--format", "json"));
    assertEquals(0, run.exitCode(), run.toString());
    JsonNode totals = Cli.JSON.readTree(run.out()).get("totals");
    assertEquals(1, totals.get("draftsAnnounced").asInt());
    assertEquals(5, totals.get("proposalsReceived").asInt());
    assertEquals(2, totals.get("accepted").asInt());
    assertEquals(1, totals.get("partlyAccepted").asInt());
    assertEquals(2, totals.get("rejected").asInt());
    assertEquals(1, totals.get("debatesRequested").asInt());
    assertEquals(1, totals.get("debatesHeld").asInt());
    assertEquals(32, totals.get("participants").asInt());
    assertEquals(1, totals.get("decisionsAdopted").asInt());
    assertEquals(0, totals.get("deadlinesMissed").asInt());
    assertEquals(4, Cli.JSON.readTree(run.out()).get("strategies").size());
  }

  @Test
  void markdown2026CountsTheSocialConsultation() {
    // The social sample: announced 2 March 2026, two proposals, one accepted and one partly accepted.
    CliRun run = CliRun.of(args("--year", "2026"));
    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(run.out().contains("| Draft acts announced for consultation | 1 |\n| Written proposals received | 2 |\n"),
        run.out());
  }

  @Test
  void htmlIsOnePage() {
    CliRun run = CliRun.of(args("--year", "2022", "--format", "html", "--locale", "ro"));
    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(run.out().startsWith("<!DOCTYPE html>"), run.out());
    assertTrue(run.out().contains("<td>Participanți la dezbaterile publice</td><td class=\"num\">32</td>"), run.out());
  }

  @Test
  void aFolderSkipsWhatIsNotAStrategyAndRepeatedStrategies() {
    CliRun run = CliRun.of("transparency-report", "../data", "--year", "2022", "--format", "json");
    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(run.err().contains("rank-topsis.json: skipped, not a strategy document"), run.err());
    assertTrue(run.err().contains("climate-strategy.json: skipped, the same strategy as "), run.err());
    assertEquals(32, Cli.JSON.readTree(run.out()).get("totals").get("participants").asInt());
  }

  @Test
  void theSameFileTwiceIsAUsageError() {
    CliRun run = CliRun.of("transparency-report", "../data/climate-strategy.json", "../data/climate-strategy.json",
        "--year", "2022");
    assertEquals(2, run.exitCode(), run.toString());
    assertTrue(run.err().contains("is also in"), run.err());
  }

  @Test
  void aBadFormatIsAUsageError() {
    CliRun run = CliRun.of(args("--year", "2022", "--format", "pdf"));
    assertEquals(2, run.exitCode(), run.toString());
    assertTrue(run.err().contains("--format must be markdown, json or html but was \"pdf\""), run.err());
  }
}
