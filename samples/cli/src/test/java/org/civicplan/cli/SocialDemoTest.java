// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The social stage of {@code civicplan demo}: gaps, the monitoring summary and the area coverage of the social sample. */
class SocialDemoTest {

  @TempDir Path dir;

  @Test
  void demoPrintsTheGapsTheMonitoringSummaryAndTheCoverage_andWritesWhatTheCommandsWrite() throws IOException {
    Path demo = dir.resolve("demo");
    CliRun run = CliRun.of("demo", "--out", demo.toString());
    assertEquals(0, run.exitCode(), run.toString());
    String out = run.out();
    assertTrue(out.contains(". Social services: the illustrative sample \"Social services development strategy of Municipiul Exemplu"), out);
    assertTrue(out.contains("     Children: 160 / 94 / 66 (41.3 %)\n"), out);
    assertTrue(out.contains("     Victims of domestic violence: 86 / 80 / 6 (7.0 %)\n"), out);
    assertTrue(out.contains("   monitoring 2026: 4 of 7 visits done, 3 standards met, 2 partly met, 1 not met; 2 recommendations open\n"), out);
    assertTrue(out.contains("   areas: 8 ranked, 3 marginalised; without a project: Dealul Viilor; projects outside any disadvantaged area: 0\n"), out);
    CliRun report = CliRun.of("services-report", "../data/social-strategy.json", "--year", "2026");
    assertEquals(report.out(), Files.readString(demo.resolve("services-report.md")));
    CliRun areas = CliRun.of("areas", "../data/social-strategy.json");
    assertEquals(areas.out(), Files.readString(demo.resolve("areas.md")));
  }
}
