// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.civicplan.base.TemplateId;
import org.civicplan.document.StrategyDocuments;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.DerivedMeasurement;
import org.civicplan.template.TemplateRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code civicplan report} of the bundled sample shows what the climate template contributes
 * through the SPI: the emission trajectory, the Covenant reporting cadence, and the indicator
 * values its annexes hold.
 */
class ReportContributionsTest {

  private static final Path SAMPLE = Path.of("../data/climate-strategy.json");
  private static final Path MEASUREMENTS = Path.of("../data/measurements-2026.csv");

  @TempDir Path dir;

  private Path report(String locale) {
    Path out = dir.resolve(locale);
    CliRun r = CliRun.of("report", SAMPLE.toString(), "--measurements", MEASUREMENTS.toString(), "--as-of",
        "2026-06-30", "--locale", locale, "--out", out.toString());
    assertEquals(0, r.exitCode(), r.toString());
    return out;
  }

  /** The sample's indicators for which the climate template derives a value from the annexes. */
  private static Set<String> annexIndicators() {
    TemplateRegistry registry = TemplateRegistry.load();
    Strategy sample = StrategyDocuments.of(registry).read(SAMPLE).orElseThrow();
    Set<String> ids = new TreeSet<>();
    for (DerivedMeasurement d : registry.get(TemplateId.of("climate")).derivedMeasurements(sample)) {
      if (sample.indicators().stream().anyMatch(i -> i.id().equals(d.indicator()))) {
        ids.add(d.indicator().value());
      }
    }
    return ids;
  }

  /** The Markdown table row of an indicator. */
  private static String row(String markdown, String id) {
    return markdown.lines().filter(l -> l.startsWith("| " + id + " | ") && l.split("\\|").length > 9).findFirst()
        .orElseThrow(() -> new AssertionError("no row for " + id));
  }

  @Test
  void markdownHasTheTrajectoryAndTheCadenceSections() throws Exception {
    String md = Files.readString(report("en").resolve("report.md"));

    assertTrue(md.contains("## Emission trajectory to the 2030 target\n"), md);
    assertTrue(md.contains("| MEI-2022 | 2022 | 877,170 | 794,134.5455 | 83,035.4545 | 21.17 | 28.64 |\n"), md);
    assertTrue(md.contains("## Covenant of Mayors reporting cadence\n"), md);
    assertTrue(md.contains("| Next monitoring report | 2026 | due this year |\n"), md);
    assertTrue(md.contains("climate.com.monitoring-inventory.due: A monitoring emission inventory is due in 2026"), md);
  }

  @Test
  void noIndicatorWhoseValueTheAnnexesHoldSaysNoData() throws Exception {
    Set<String> derived = annexIndicators();
    assertEquals(Set.of("CLI-01", "CLI-02", "CLI-03", "CLI-10", "CLI-12", "CLI-X2", "CLI-X3"), derived);

    for (String locale : List.of("en", "ro")) {
      String md = Files.readString(report(locale).resolve("report.md"));
      List<String> wrong = new ArrayList<>();
      for (String id : derived) {
        String row = row(md, id);
        String[] cells = row.split("\\|");
        String latest = cells[8].strip();
        if (row.contains("| no data |") || row.contains("| fără date |") || latest.equals("–")) {
          wrong.add(row);
        }
      }
      assertEquals(List.of(), wrong, locale);
    }
  }

  @Test
  void jsonAndHtmlCarryTheSectionsToo() throws Exception {
    Path out = report("ro");
    JsonNode json = JsonMapper.builder().build().readTree(Files.readString(out.resolve("report.json")));
    List<String> ids = new ArrayList<>();
    json.get("contributions").forEach(c -> ids.add(c.get("id").asString()));
    assertEquals(List.of("core.derived-measurements", "climate.emission-trajectory", "climate.target-gap", "climate.covenant-cadence"), ids);
    String html = Files.readString(out.resolve("report.html"));
    assertTrue(html.contains("<h2>Traiectoria emisiilor către ținta din 2030</h2>"), html);
    assertTrue(html.contains("<h2>Calendarul de raportare al Convenției primarilor</h2>"), html);
    assertFalse(html.contains("climate.failed"), html);
  }
}
