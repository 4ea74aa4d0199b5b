// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code civicplan portfolio validate|report|calendar} on the sample portfolio and on a pair with a broken link. */
class PortfolioCommandTest {

  static final List<String> SAMPLES = List.of("../data/integrated-strategy.json", "../data/climate-strategy.json",
      "../data/accessibility-strategy.json", "../data/sport-strategy.json", "../data/social-strategy.json");

  @TempDir Path dir;

  private static String[] args(String... head) {
    List<String> a = new ArrayList<>(List.of(head));
    a.addAll(SAMPLES);
    return a.toArray(String[]::new);
  }

  @Test
  void samplePortfolioValidatesWithoutCrossDocumentFindings() {
    CliRun run = CliRun.of(args("portfolio", "validate"));
    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(run.out().startsWith(
        "../data/integrated-strategy.json: exemplu-integrated-2022, valid (0 errors, 0 warnings, 0 infos)\n"), run.out());
    assertTrue(run.out().endsWith("portfolio: 5 strategies read, 0 files unreadable, 0 cross-document findings\n"), run.out());
  }

  @Test
  void integratedStrategyWithoutItsSectoralStrategiesHasUnresolvedReferences() {
    CliRun run = CliRun.of("portfolio", "validate", "../data/integrated-strategy.json", "../data/climate-strategy.json",
        "--locale", "ro");
    assertEquals(1, run.exitCode(), run.toString());
    // OS-4.1 is delegated to the sport strategy, which is not in this portfolio
    assertTrue(run.out().contains("  eroare portfolio.reference-unresolved la /annexes/0/data/delegations/2/to ("), run.out());
    assertTrue(run.out().contains("„exemplu-sport-2026/objective/OG-2” trimite la strategia „exemplu-sport-2026”, care nu"
        + " este în portofoliu. Strategiile din portofoliu: exemplu-integrated-2022, exemplu-climate-2022."), run.out());
  }

  @Test
  void aMissingFileIsAReadProblem() {
    CliRun run = CliRun.of("portfolio", "validate", "../data/integrated-strategy.json", "no-such.json");
    assertEquals(2, run.exitCode(), run.toString());
    assertTrue(run.err().contains("no-such.json"), run.err());
  }

  @Test
  void reportWritesThreeFilesAndRefusesToOverwriteThemWithoutForce() throws IOException {
    Path out = dir.resolve("report");
    CliRun run = CliRun.of(args("portfolio", "report", "--as-of", "2026-06-30", "--out", out.toString()));
    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(run.out().startsWith("portfolio of 5 strategies as of 2026-06-30: 7 delegated objectives,"
        + " 8 budget lines counted once, "), run.out());
    for (String f : List.of("portfolio-report.json", "portfolio-report.md", "portfolio-report.html")) {
      assertTrue(Files.isRegularFile(out.resolve(f)), f);
    }
    String json = Files.readString(out.resolve("portfolio-report.json"));
    CliRun again = CliRun.of(args("portfolio", "report", "--as-of", "2026-06-30", "--out", out.toString()));
    assertEquals(2, again.exitCode(), again.toString());
    assertTrue(again.err().contains("already exists; add --force to overwrite it"), again.err());
    CliRun forced = CliRun.of(args("portfolio", "report", "--as-of", "2026-06-30", "--out", out.toString(), "--force"));
    assertEquals(0, forced.exitCode(), forced.toString());
    assertEquals(json, Files.readString(out.resolve("portfolio-report.json")), "same input, same output");
  }

  @Test
  void calendarJsonListsWhatIsDue() {
    CliRun run = CliRun.of(args("portfolio", "calendar", "--as-of", "2026-06-30", "--format", "json"));
    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(run.out().contains("\"kind\" : \"earliest-submission\""), run.out());
    assertTrue(run.out().startsWith("{\n  \"asOf\" : \"2026-06-30\",\n  \"due\" : [ {\n"), run.out());
  }

  @Test
  void demoEndsWithThePortfolioAndWritesWhatTheReportCommandWrites() throws IOException {
    Path demo = dir.resolve("demo");
    CliRun run = CliRun.of("demo", "--out", demo.toString());
    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(run.out().contains(". City portfolio: the integrated strategy and four sectoral strategies, 0 cross-document finding(s)\n"),
        run.out());
    assertTrue(run.out().contains("     Cleaner air <- exemplu-climate-2022/objective/OG-1\n"), run.out());
    Path out = dir.resolve("report");
    assertEquals(0, CliRun.of(args("portfolio", "report", "--as-of", "2026-06-30", "--out", out.toString())).exitCode());
    assertEquals(Files.readString(out.resolve("portfolio-report.md")), Files.readString(demo.resolve("portfolio-report.md")));
  }
}
