// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.civicplan.document.StrategyDocuments;
import org.civicplan.spreadsheets.SpreadsheetExport;
import org.civicplan.spreadsheets.SpreadsheetImport;
import org.civicplan.strategy.Strategy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code civicplan export} and {@code civicplan import}: files written, exit codes, problems. */
class SpreadsheetCommandsTest {

  @TempDir Path dir;

  static final String SAMPLE = "../data/climate-strategy.json";

  @Test
  void exportThenImport_givesBackTheSameStrategy() throws IOException {
    Path plan = dir.resolve("plan.xlsx");
    CliRun export = CliRun.of("export", SAMPLE, "--to", "xlsx", "--what", "action-plan", "--locale", "ro", "--out", plan.toString());
    assertEquals(0, export.exitCode(), export.toString());
    assertEquals("wrote " + plan + ": Obiective (17 rânduri), Acțiuni (8 rânduri), Buget (15 rânduri), Organizații (8 rânduri)\n",
        export.out());
    Path out = dir.resolve("again.json");
    CliRun run = CliRun.of("import", plan.toString(), "--into", SAMPLE, "--what", "actions", "--out", out.toString());
    assertEquals(0, run.exitCode(), run.toString());
    assertEquals("imported 23 rows of " + plan + "; wrote " + out + "\n", run.out());
    StrategyDocuments docs = Cli.documents(Cli.templates());
    Strategy before = docs.read(Path.of(SAMPLE)).orElseThrow();
    assertEquals(before, docs.read(out).orElseThrow());
  }

  @Test
  void export_writesTheSameBytesAsTheLibrary_andTheSameEachTime() throws IOException {
    Path a = dir.resolve("a.xlsx");
    Path b = dir.resolve("b.xlsx");
    assertEquals(0, CliRun.of("export", SAMPLE, "--to", "xlsx", "--what", "indicators", "--out", a.toString()).exitCode());
    assertEquals(0, CliRun.of("export", SAMPLE, "--to", "xlsx", "--what", "indicators", "--out", b.toString()).exitCode());
    assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    Strategy s = Cli.documents(Cli.templates()).read(Path.of(SAMPLE)).orElseThrow();
    assertEquals(SpreadsheetExport.indicators(s, java.util.Optional.empty(), Locale.ENGLISH).sheets(),
        SpreadsheetImport.read(Files.readAllBytes(a), "a.xlsx").sheets());
  }

  @Test
  void export_refusesToOverwrite_andReportNeedsADate() throws IOException {
    Path out = Files.writeString(dir.resolve("x.xlsx"), "keep");
    CliRun run = CliRun.of("export", SAMPLE, "--to", "xlsx", "--what", "action-plan", "--out", out.toString());
    assertEquals(2, run.exitCode(), run.toString());
    assertEquals("civicplan: " + out + " already exists; add --force to overwrite it; nothing written\n", run.err());
    assertEquals("keep", Files.readString(out));
    CliRun report = CliRun.of("export", SAMPLE, "--to", "xlsx", "--what", "report", "--out", dir.resolve("r.xlsx").toString());
    assertEquals(2, report.exitCode(), report.toString());
    assertEquals("civicplan: --what report needs --as-of DATE, the date the report is made at\n", report.err());
    CliRun what = CliRun.of("export", SAMPLE, "--to", "xlsx", "--what", "strategy", "--out", dir.resolve("s.xlsx").toString());
    assertEquals(2, what.exitCode(), what.toString());
    assertEquals("civicplan: --what strategy is written --to html, pdf or docx; --to xlsx was given\n", what.err());
    CliRun unknown = CliRun.of("export", SAMPLE, "--to", "xlsx", "--what", "budget", "--out", dir.resolve("b.xlsx").toString());
    assertEquals(2, unknown.exitCode(), unknown.toString());
    assertTrue(unknown.err().contains("expected one of action-plan, indicators, report, priorities, strategy but was 'budget'"),
        unknown.toString());
  }

  @Test
  void export_priorities_withoutARecord_exits1() {
    CliRun run = CliRun.of("export", SAMPLE, "--to", "xlsx", "--what", "priorities", "--out", dir.resolve("p.xlsx").toString());
    assertEquals(1, run.exitCode(), run.toString());
    assertEquals("civicplan: " + Path.of(SAMPLE) + ": the strategy has no prioritisation record and no remediation"
        + " programme; rank its actions first\n", run.err());
    assertFalse(Files.exists(dir.resolve("p.xlsx")));
  }

  @Test
  void export_priorities_ofAnAccessibilityStrategy_isItsRemediationProgramme() throws IOException {
    String accessibility = "../data/accessibility-strategy.json";
    Path out = dir.resolve("remediere.xlsx");
    CliRun run = CliRun.of("export", accessibility, "--to", "xlsx", "--what", "priorities", "--locale", "ro",
        "--out", out.toString());
    assertEquals(0, run.exitCode(), run.toString());
    // the sample's programme ranks 5 candidates on 5 criteria
    assertEquals("wrote " + out + ": Lista de priorități (5 rânduri), Criterii (5 rânduri)\n", run.out());
    var sheets = SpreadsheetImport.read(Files.readAllBytes(out), "remediere.xlsx").sheets();
    var first = sheets.get(0).rows().get(1);
    assertEquals("1", first.cell(0).display());
    assertEquals("AUD-2026-01:C-1", first.cell(1).display());
    assertEquals("Signalised crossing Bd. Exemplu / Str. Școlii", first.cell(2).display());
    org.civicplan.accessibility.AccessibilityTemplate t = new org.civicplan.accessibility.AccessibilityTemplate();
    Strategy s = Cli.documents(Cli.templates()).read(Path.of(accessibility)).orElseThrow();
    var report = new org.civicplan.accessibility.RemediationReport(s,
        org.civicplan.accessibility.Compliance.of(t.criteria(), t.parameters()), t.remediationCriteria());
    assertEquals(SpreadsheetExport.priorities(report.priorityList(report.programmes().get(0)),
        Locale.forLanguageTag("ro")).sheets(), sheets);
  }

  @Test
  void export_priorities_recordOutOfRange_exits2() {
    CliRun run = CliRun.of("export", "../data/accessibility-strategy.json", "--to", "xlsx", "--what", "priorities",
        "--record", "2", "--out", dir.resolve("r.xlsx").toString());
    assertEquals(2, run.exitCode(), run.toString());
    assertEquals("civicplan: --record must be between 1 and 1 but was 2\n", run.err());
  }

  @Test
  void import_withProblems_printsEachInTheLocale_exits1_andWritesNothing() throws IOException {
    Path csv = Files.write(dir.resolve("m.csv"),
        "Indicator;Data;Valoare\nCLI-99;2026;4\nCLI-01;2026-13;1,5\n".getBytes(StandardCharsets.UTF_8));
    Path out = dir.resolve("out.json");
    CliRun run = CliRun.of("import", csv.toString(), "--into", SAMPLE, "--what", "measurements", "--out", out.toString(), "--locale", "ro");
    assertEquals(1, run.exitCode(), run.toString());
    assertEquals("", run.out());
    assertEquals("""
        civicplan: m.csv, rândul 2, coloana Indicator, valoarea „CLI-99”: Niciun indicator al strategiei nu are acest cod.
        civicplan: m.csv, rândul 3, coloana Data, valoarea „2026-13”: Nu este o dată; scrieți un an, AAAA-LL, AAAA-LL-ZZ sau ZZ.LL.AAAA.
        civicplan: 2 probleme; nu s-a importat nimic
        """, run.err());
    assertFalse(Files.exists(out));
    CliRun json = CliRun.of("import", csv.toString(), "--into", SAMPLE, "--what", "measurements", "--format", "json");
    assertEquals(1, json.exitCode(), json.toString());
    assertTrue(json.out().contains("\"code\" : \"import.indicator-unknown\""), json.toString());
    assertTrue(json.out().contains("\"imported\" : false"), json.toString());
  }

  @Test
  void import_ofAWorkbookSheetNamesTheFile() throws IOException {
    Path plan = dir.resolve("plan.xlsx");
    assertEquals(0, CliRun.of("export", SAMPLE, "--to", "xlsx", "--what", "indicators", "--out", plan.toString()).exitCode());
    CliRun run = CliRun.of("import", plan.toString(), "--into", SAMPLE, "--what", "actions");
    assertEquals(1, run.exitCode(), run.toString());
    assertEquals("civicplan: plan.xlsx: The workbook has no sheet Actions; its sheets are: Indicators, Targets,"
        + " Measurements.\ncivicplan: 1 problem; nothing imported\n", run.err());
  }

  @Test
  void import_withoutOut_onlyChecks() {
    CliRun run = CliRun.of("import", "../data/measurements-2026.csv", "--into", SAMPLE, "--what", "measurements");
    assertEquals(0, run.exitCode(), run.toString());
    assertEquals("8 rows of ../data/measurements-2026.csv can be imported; nothing written (no --out)\n", run.out());
  }

  static final String ACCESSIBILITY = "../data/accessibility-strategy.json";

  @Test
  void auditMeasurements_fromASemicolonCsvWithDecimalCommas_replaceTheSurveyedCriterion() throws IOException {
    // Audit AUD-2026-01 of the accessibility sample measured ACC-30 (clear width) of S-1 as 1.8 m.
    Path csv = Files.write(dir.resolve("survey.csv"),
        "audit;element;criterion;value;note\nAUD-2026-01;S-1;ACC-30;1,45;re-measured at no. 17\n".getBytes(StandardCharsets.UTF_8));
    Path out = dir.resolve("surveyed.json");
    CliRun run = CliRun.of("import", csv.toString(), "--into", ACCESSIBILITY, "--what", "audit-measurements", "--out", out.toString());
    assertEquals(0, run.exitCode(), run.toString());
    assertEquals("imported 1 row of " + csv + "; wrote " + out + "\n", run.out());
    String json = Files.readString(out);
    assertTrue(json.replaceAll("\\s", "").contains("\"criterion\":\"ACC-30\",\"measured\":1.45"), json.substring(0, 200));
    assertFalse(Files.readString(Path.of(ACCESSIBILITY)).contains("1.45"), "the sample had no 1.45");
  }

  @Test
  void auditMeasurements_fromAWorkbook_reportTheRowOfTheSheet() throws IOException {
    java.util.List<org.civicplan.spreadsheets.Column> columns = java.util.stream.Stream.of("audit", "element", "criterion", "value")
        .map(h -> new org.civicplan.spreadsheets.Column(org.civicplan.base.LocalizedText.of(h, h),
            org.civicplan.spreadsheets.Column.Format.TEXT, 12))
        .toList();
    org.civicplan.spreadsheets.Table table = new org.civicplan.spreadsheets.Table(
        org.civicplan.base.LocalizedText.of("Survey", "Sondaj"), columns,
        java.util.List.of(
            java.util.List.of(org.civicplan.spreadsheets.Cell.text("AUD-2026-01"), org.civicplan.spreadsheets.Cell.text("S-1"),
                org.civicplan.spreadsheets.Cell.text("ACC-30"), org.civicplan.spreadsheets.Cell.number(1.2)),
            java.util.stream.Stream.of("AUD-2026-01", "S-1", "ACC-28-S", "maybe").map(org.civicplan.spreadsheets.Cell::text).toList()));
    Path xlsx = dir.resolve("survey.xlsx");
    try (java.io.OutputStream o = Files.newOutputStream(xlsx)) {
      org.civicplan.spreadsheets.Xlsx.write(new org.civicplan.spreadsheets.Spreadsheet(Locale.ENGLISH, java.util.List.of(table)), o);
    }
    CliRun run = CliRun.of("import", xlsx.toString(), "--into", ACCESSIBILITY, "--what", "audit-measurements");
    assertEquals(1, run.exitCode(), run.toString());
    // Header in row 1, the measured width (a number cell) in row 2, the rejected value in row 3.
    assertTrue(run.err().startsWith("civicplan: " + xlsx + ": Survey, row 3, column value: The value maybe is not an"
        + " observation of criterion ACC-28-S"), run.toString());
    assertTrue(run.err().endsWith("civicplan: 1 problem; nothing imported\n"), run.toString());
  }
}
