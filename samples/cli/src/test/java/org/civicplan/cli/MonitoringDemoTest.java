// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;

/** The monitoring stage of {@code civicplan demo}: the report of the bundled sample with the bundled measurements. */
class MonitoringDemoTest {

  private static final List<String> FILES = List.of("report.json", "report.csv", "report.md", "report.html");

  @TempDir Path dir;

  @Test
  void demoReport_isWhatTheReportCommandWritesForTheSampleAndTheMeasurements() throws IOException {
    Path demo = dir.resolve("demo");
    CliRun run = CliRun.of("demo", "--out", demo.toString());
    assertEquals(0, run.exitCode(), run.toString());
    Path report = dir.resolve("report");
    CliRun direct = CliRun.of("report", "../data/climate-strategy.json", "--measurements", "../data/measurements-2026.csv",
        "--as-of", DemoStage.AS_OF.toString(), "--out", report.toString());
    assertEquals(0, direct.exitCode(), direct.toString());
    for (String f : FILES) {
      assertEquals(Files.readString(report.resolve(f)), Files.readString(demo.resolve(f)), f);
    }
    assertTrue(run.out().contains(". Monitoring report as of 2026-06-30 with 8 measurements from measurements-2026.csv: wrote "
        + demo.resolve("report.json")), run.out());
  }

  @Test
  void demoReport_givesAMixOfStatuses_andPrintsOneLinePerStatusAndTheAlerts() throws IOException {
    Path demo = dir.resolve("demo");
    CliRun run = CliRun.of("demo", "--out", demo.toString());
    assertEquals(0, run.exitCode(), run.toString());
    JsonNode json = Cli.JSON.readTree(Files.readString(demo.resolve("report.json")));
    assertEquals("2026-06-30", json.get("asOf").asString());
    Map<String, List<String>> byStatus = new TreeMap<>();
    for (JsonNode i : json.get("indicators")) {
      byStatus.computeIfAbsent(i.get("status").asString(), k -> new java.util.ArrayList<>()).add(i.get("id").asString());
    }
    Map<String, List<String>> expected = new LinkedHashMap<>();
    expected.put("achieved", List.of("CLI-14"));
    expected.put("at-risk", List.of("CLI-06", "CLI-11"));
    expected.put("moving-away", List.of("CLI-08"));
    expected.put("no-data", List.of("CLI-02", "CLI-03", "CLI-10", "CLI-13", "CLI-15", "CLI-16", "CLI-18", "CLI-22", "CLI-X3"));
    expected.put("off-track", List.of("CLI-01"));
    expected.put("on-track", List.of("CLI-05", "CLI-12", "CLI-X1", "CLI-X2"));
    assertEquals(new TreeMap<>(expected), byStatus);
    for (Map.Entry<String, List<String>> e : byStatus.entrySet()) {
      String line = "   " + e.getKey() + ": " + e.getValue().size() + (e.getValue().size() == 1 ? " indicator (" : " indicators (")
          + String.join(", ", e.getValue()) + ")";
      assertTrue(run.out().lines().anyMatch(line::equals), line + "\n" + run.out());
    }
    // best first: achieved before on-track before ... before no-data
    String out = run.out();
    assertTrue(out.indexOf("   achieved:") < out.indexOf("   on-track:") && out.indexOf("   on-track:") < out.indexOf("   at-risk:")
        && out.indexOf("   at-risk:") < out.indexOf("   off-track:") && out.indexOf("   off-track:") < out.indexOf("   moving-away:")
        && out.indexOf("   moving-away:") < out.indexOf("   no-data:"), out);

    Map<String, Integer> alerts = new TreeMap<>();
    json.get("alerts").forEach(a -> alerts.merge(a.get("kind").asString(), 1, Integer::sum));
    for (String kind : List.of("late", "off-track", "over-budget", "stale")) {
      assertTrue(alerts.getOrDefault(kind, 0) > 0, kind + " in " + alerts);
    }
    StringBuilder line = new StringBuilder("   alerts: " + json.get("alerts").size() + " (");
    alerts.forEach((k, v) -> line.append(k).append(' ').append(v).append(", "));
    assertTrue(out.contains(line.substring(0, line.length() - 2) + ")\n"), line + "\n" + out);
  }

  @Test
  void demoReport_htmlIsWellFormed_withSvgCharts() throws Exception {
    Path demo = dir.resolve("demo");
    assertEquals(0, CliRun.of("demo", "--out", demo.toString()).exitCode());
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document d = f.newDocumentBuilder().parse(demo.resolve("report.html").toFile());
    // trajectories of the measured indicators, status bars per objective, budget planned vs actual
    assertTrue(d.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength() >= 9,
        () -> "svg charts: " + d.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength());
    String csv = Files.readString(demo.resolve("report.csv"));
    assertTrue(csv.lines().anyMatch(l -> l.contains("A-1.2")), csv);
  }
}
