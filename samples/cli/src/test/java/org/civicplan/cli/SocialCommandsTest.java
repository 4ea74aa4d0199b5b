// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code civicplan services-report} and {@code civicplan areas} on the social sample. */
class SocialCommandsTest {

  static final String SAMPLE = Path.of("../data/social-strategy.json").toString();

  @Nested
  class ServicesReport {

    @Test
    void markdownByDefault() {
      CliRun run = CliRun.of("services-report", SAMPLE, "--year", "2026");

      assertEquals(0, run.exitCode(), run.toString());
      assertTrue(run.out().startsWith("# Social services monitoring report 2026\n"), run.out());
      assertTrue(run.out().contains("| Total | 7 | 7 | 4 | 3 | 2 | 1 | 50.0 | 2 |"), run.out());
    }

    @Test
    void jsonHasExactValues() {
      CliRun run = CliRun.of("services-report", SAMPLE, "--year", "2026", "--format", "json");

      assertEquals(0, run.exitCode(), run.toString());
      JsonNode root = Cli.JSON.readTree(run.out());
      assertEquals("services-monitoring", root.get("body").asString());
      assertEquals(7, root.get("services").size());
      assertEquals(50.0, root.get("total").get("metPercent").asDouble(), 1e-9);
      // written exactly, with the scale of the computation
      assertTrue(run.out().contains("\"recommendationsDone\": 1}\n}\n") && run.out().contains("\"metPercent\": 50.0000,"), run.out());
    }

    @Test
    void htmlInRomanian() {
      CliRun run = CliRun.of("services-report", SAMPLE, "--year", "2026", "--format", "html", "--locale", "ro");

      assertEquals(0, run.exitCode(), run.toString());
      assertTrue(run.out().contains("<html lang=\"ro\">"), run.out());
      assertTrue(run.out().contains("<td>Copii</td>"), run.out());
    }

    @Test
    void yearIsRequired() {
      CliRun run = CliRun.of("services-report", SAMPLE);

      assertEquals(2, run.exitCode(), run.toString());
      assertTrue(run.err().startsWith("civicplan: "), run.err());
    }

    @Test
    void unknownFormatIsAUsageError() {
      CliRun run = CliRun.of("services-report", SAMPLE, "--year", "2026", "--format", "xml");

      assertEquals(2, run.exitCode(), run.toString());
      assertTrue(run.err().startsWith("civicplan: --format must be markdown, json or html"), run.err());
    }
  }

  @Nested
  class Areas {

    @Test
    void markdownRanksAndShowsTheCoverage() {
      CliRun run = CliRun.of("areas", SAMPLE);

      assertEquals(0, run.exitCode(), run.toString());
      assertTrue(run.out().startsWith("# Marginalised areas and their coverage by projects\n"), run.out());
      assertTrue(run.out().contains("Marginalised areas that no project targets: Dealul Viilor."), run.out());
    }

    @Test
    void jsonListsTheUncoveredAreas() {
      CliRun run = CliRun.of("areas", SAMPLE, "--format", "json");

      assertEquals(0, run.exitCode(), run.toString());
      JsonNode root = Cli.JSON.readTree(run.out());
      assertEquals("A-2", root.get("areas").get(0).get("id").asString());
      assertEquals("A-6", root.get("uncovered").get(0).asString());
    }

    @Test
    void romanianHtml() {
      CliRun run = CliRun.of("areas", SAMPLE, "--format", "html", "--locale", "ro");

      assertEquals(0, run.exitCode(), run.toString());
      assertTrue(run.out().contains("<td>0,933</td>"), run.out());
    }
  }
}
