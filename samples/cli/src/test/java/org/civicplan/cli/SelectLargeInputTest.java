// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code select} of a large generated problem (issue 19): the time limit counts from the command's
 * start and covers reading the file, which is read as a stream, one project at a time.
 */
class SelectLargeInputTest {

  @TempDir Path dir;

  /**
   * Writes a multi-period problem of {@code n} projects over five years, the hard kind of {@code
   * benchmarks}' {@code SideBySide.multiPeriod} (values tracking cost): each project costs U(10, 99)
   * in one to three consecutive years from 2026, every fifth requires an earlier one, an exclusive
   * pair per ten projects, budgets a third of each year's demand. The {@code limits} member comes
   * last, after the projects, so that the limit is known only once they are all read.
   */
  static void writeMultiPeriod(Path file, int n, long seed, double seconds) throws IOException {
    int years = 5;
    SplittableRandom r = new SplittableRandom(seed);
    long[] totals = new long[years];
    try (Writer w = Files.newBufferedWriter(file)) {
      w.write("{\"projects\": [\n");
      for (int i = 0; i < n; i++) {
        int start = r.nextInt(years);
        int len = 1 + r.nextInt(3);
        StringBuilder cost = new StringBuilder();
        long sum = 0;
        for (int y = start; y < Math.min(years, start + len); y++) {
          int c = 10 + r.nextInt(90);
          cost.append(cost.isEmpty() ? "" : ", ").append('"').append(2026 + y).append("\": ").append(c);
          totals[y] += c;
          sum += c;
        }
        String requires = i > 0 && r.nextInt(5) == 0 ? ", \"requires\": [\"p" + r.nextInt(i) + "\"]" : "";
        w.write(String.format(Locale.ROOT, "%s{\"id\": \"p%d\", \"value\": %.3f, \"cost\": {%s}%s}",
            i == 0 ? "" : ",\n", i, sum * (0.8 + 0.4 * r.nextDouble()), cost, requires));
      }
      w.write("],\n \"budget\": {");
      for (int y = 0; y < years; y++) {
        w.write((y == 0 ? "" : ", ") + "\"" + (2026 + y) + "\": " + totals[y] / 3);
      }
      w.write("},\n \"exclusive\": [");
      for (int g = 0; 10 * g + 5 < n; g++) {
        w.write((g == 0 ? "" : ", ") + "[\"p" + 10 * g + "\", \"p" + (10 * g + 5) + "\"]");
      }
      w.write(String.format(Locale.ROOT, "],\n \"limits\": {\"seconds\": %s}}\n", seconds));
    }
  }

  @Test
  void theTimeLimitCoversReadingAndSolving_onAHundredThousandProjects() throws IOException {
    Path f = dir.resolve("large.json");
    double seconds = 3;
    writeMultiPeriod(f, 100_000, 19, seconds);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu = threads.getCurrentThreadCpuTime();
    long wall = System.nanoTime();
    CliRun r = CliRun.of("select", f.toString());
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
    double wallSeconds = (System.nanoTime() - wall) / 1e9;
    String measured = String.format(Locale.ROOT, "%.2f s of CPU, %.2f s wall, load average %.2f",
        cpuSeconds, wallSeconds, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    JsonNode out = Cli.JSON.readTree(r.out());
    // The clock is wall time; the thread's CPU time is at most that, and does not grow with the
    // load of a shared machine, where the wall time would. Past the limit come only writing the
    // answer and bounding the open nodes (a hundredth of the limit).
    assertTrue(cpuSeconds <= seconds * 1.1 + 0.5, measured);
    if (r.exitCode() == 1) {
      // on a machine so loaded that reading and compiling took the whole limit (about a third of
      // it on a quiet one), no selection, and the warning that says why
      assertEquals("portfolio.limit.before-search", out.get("findings").get(0).get("code").asString(), measured);
      assertEquals(0, out.get("selected").size(), measured);
      return;
    }
    assertEquals(0, r.exitCode(), r::toString);
    // no exact search proves a problem of this kind and size in 3 s (200 such projects take 30 s)
    assertFalse(out.get("optimal").asBoolean(), measured);
    assertEquals("portfolio.limit.reached", out.get("findings").get(0).get("code").asString(), measured);
    assertTrue(out.get("gap").asDouble() >= 0 && out.get("selected").size() > 0, measured);
  }

  /**
   * A limit that runs out before a large problem is compiled for the search (a nanosecond for
   * 20,000 projects): exit 1, no selection and no bound, the warning {@code
   * portfolio.limit.before-search} at {@code /limits}; the text says that the limit, not the
   * problem, left it without a selection.
   */
  @Test
  void aLimitThatRunsOutBeforeTheSearchGivesNoSelectionAndSaysWhy() throws IOException {
    Path f = dir.resolve("short.json");
    writeMultiPeriod(f, 20_000, 5, 1e-9);

    CliRun json = CliRun.of("select", f.toString());
    assertEquals(1, json.exitCode(), json::toString);
    JsonNode out = Cli.JSON.readTree(json.out());
    assertEquals(0, out.get("selected").size());
    assertFalse(out.get("optimal").asBoolean());
    assertFalse(out.has("bound"), json.out());
    assertEquals(1, out.get("findings").size(), json.out());
    JsonNode finding = out.get("findings").get(0);
    assertEquals("portfolio.limit.before-search", finding.get("code").asString());
    assertEquals("warning", finding.get("severity").asString());
    assertEquals("/limits", finding.get("path").asString());

    CliRun text = CliRun.of("select", f.toString(), "--format", "text", "--locale", "ro");
    assertEquals(1, text.exitCode(), text::toString);
    assertTrue(text.out().startsWith("nicio selecție în limitele date\n"), text.out());
    assertTrue(text.out().contains("portfolio.limit.before-search la /limits: Limita de timp s-a epuizat"), text.out());
  }
}
