// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code civicplan export --what strategy} in its three formats. */
class ExportStrategyCommandTest {

  private static final Path SAMPLE = Path.of("../data/climate-strategy.json");

  @TempDir Path dir;

  @Test
  void html_isThePublicationInTheLanguageAsked() throws IOException {
    Path out = dir.resolve("strategie.html");
    CliRun r = CliRun.of("export", SAMPLE.toString(), "--to", "html", "--what", "strategy", "--locale", "ro",
        "--out", out.toString());
    assertEquals(0, r.exitCode(), r.toString());
    assertEquals("wrote " + out + ": documentul strategiei în română, 9 secțiuni\n", r.out());
    String html = Files.readString(out, StandardCharsets.UTF_8);
    assertTrue(html.startsWith("<!DOCTYPE html>"), html);
    assertTrue(html.contains("<h2>9. Inventarul emisiilor</h2>"), html);
    assertTrue(html.contains("Aprobată prin Hotărârea Consiliului Local nr. 187 din 28 iulie 2022"), html);
  }

  @Test
  void pdfAndDocx_areWrittenWithTheirSignatures() throws IOException {
    Path pdf = dir.resolve("strategy.pdf");
    Path docx = dir.resolve("strategy.docx");
    CliRun p = CliRun.of("export", SAMPLE.toString(), "--to", "pdf", "--what", "strategy", "--out", pdf.toString());
    CliRun d = CliRun.of("export", SAMPLE.toString(), "--to", "docx", "--what", "strategy", "--out", docx.toString());
    assertEquals(0, p.exitCode(), p.toString());
    assertEquals(0, d.exitCode(), d.toString());
    assertEquals("", p.err() + d.err());
    assertEquals("%PDF-", new String(Arrays.copyOf(Files.readAllBytes(pdf), 5), StandardCharsets.US_ASCII));
    byte[] zip = Files.readAllBytes(docx);
    assertEquals("PK", new String(Arrays.copyOf(zip, 2), StandardCharsets.US_ASCII));
    assertEquals("wrote " + docx + ": the strategy document in English, 9 sections\n", d.out());
  }

  @Test
  void existingOutput_isRefusedWithoutForce() throws IOException {
    Path out = Files.writeString(dir.resolve("taken.html"), "keep");
    CliRun r = CliRun.of("export", SAMPLE.toString(), "--to", "html", "--what", "strategy", "--out", out.toString());
    assertEquals(2, r.exitCode(), r.toString());
    assertEquals("keep", Files.readString(out));
    assertTrue(r.err().contains("already exists; add --force"), r.err());
  }

  @Test
  void strategyToXlsx_andATableToPdf_areRefused() {
    CliRun r = CliRun.of("export", SAMPLE.toString(), "--to", "pdf", "--what", "action-plan", "--out",
        dir.resolve("plan.pdf").toString());
    assertEquals(2, r.exitCode(), r.toString());
    assertEquals("civicplan: --what action-plan is written --to xlsx; --to pdf was given\n", r.err());
    assertTrue(!Files.exists(dir.resolve("plan.pdf")));
  }
}
