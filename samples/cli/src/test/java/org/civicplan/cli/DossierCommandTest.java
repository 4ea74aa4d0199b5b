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

class DossierCommandTest {

  static final String SAMPLE = "../data/climate-strategy.json";

  @TempDir Path dir;

  @Test
  void theSampleDossierIsComplete() {
    CliRun run = CliRun.of("dossier", SAMPLE, "--as-of", "2026-06-30");
    assertEquals(0, run.exitCode(), run.toString());
    assertEquals("", run.err());
    assertTrue(run.out().contains("- **Vote:** 21 for, 1 against, 3 abstentions; 25 present of 27 councillors in office\n"),
        run.out());
    // 27 in office: 27 / 2 + 1 = 14 needed.
    assertTrue(run.out().contains("14 votes for needed, 21 cast: met"), run.out());
    assertTrue(run.out().endsWith("## Missing for approval\n\nNothing is missing.\n"), run.out());
  }

  @Test
  void jsonCarriesExactValues() {
    CliRun run = CliRun.of("dossier", SAMPLE, "--as-of", "2026-06-30", "--format", "json");
    assertEquals(0, run.exitCode(), run.toString());
    JsonNode root = Cli.JSON.readTree(run.out());
    assertEquals("187", root.get("decision").get("number").asString());
    assertEquals(3, root.get("documents").size());
    assertEquals("favourable", root.get("documents").get(2).get("result").asString());
    assertEquals(27, root.get("vote").get("inOffice").asInt());
    assertEquals("absolute", root.get("majority").get("rule").asString());
    assertEquals(14, root.get("majority").get("required").asInt());
    assertTrue(root.get("majority").get("met").asBoolean());
    assertEquals(false, root.get("majority").get("set").asBoolean());
    assertEquals("2022-08-03", root.get("prefect").get("on").asString());
    assertEquals(0, root.get("missing").size());
    assertEquals(0, root.get("findings").size());
  }

  @Test
  void aStrategyWithoutDecisionLacksEverything_inRomanian() {
    CliRun run = CliRun.of("dossier", "../data/social-strategy.json", "--as-of", "2026-06-30", "--locale", "ro");
    assertEquals(1, run.exitCode(), run.toString());
    assertTrue(run.out().contains("Nu este înregistrată nicio hotărâre a consiliului."), run.out());
    assertTrue(run.out().endsWith("- referatul de aprobare\n- raportul de specialitate\n- avizul comisiei de specialitate\n"
        + "- votul\n"), run.out());
  }

  @Test
  void aMissingSpecialistReportIsNamed_andTheRuleFindingGoesToStandardError() throws IOException {
    String sample = Files.readString(Path.of(SAMPLE));
    String without = sample.replaceFirst(
        "\\{\\s*\"kind\"\\s*:\\s*\"specialist-report\"[^}]*\\},\\s*", "");
    Path file = Files.writeString(dir.resolve("without.json"), without);
    CliRun run = CliRun.of("dossier", file.toString(), "--as-of", "2026-06-30");
    assertEquals(1, run.exitCode(), run.toString());
    assertTrue(run.out().endsWith("## Missing for approval\n\n- specialist report\n\n## Findings\n\n"
        + "- governance.dossier.document-missing: Council decision 187: the dossier has no specialist report; a dossier"
        + " holds approval report, specialist report, committee opinion.\n"), run.out());
    assertEquals("civicplan: " + file + ": the dossier of council decision 187 lacks: specialist report\n"
        + "civicplan: " + file + ": governance.dossier.document-missing at /governance/decisions/0/dossier/documents:"
        + " Council decision 187: the dossier has no specialist report; a dossier holds approval report, specialist"
        + " report, committee opinion.\n", run.err().replace("\r\n", "\n"));
  }
}
