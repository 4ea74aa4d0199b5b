package org.civicplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class GovernanceDemoTest {

  @TempDir Path dir;

  @Test
  void demo_writesTheConsultationAndAlignmentReports_andChecksTheLifecycle() throws IOException {
    Path out = dir.resolve("demo");
    CliRun run = CliRun.of("demo", "--out", out.toString());
    assertEquals(0, run.exitCode(), run.toString());
    for (String name : new String[] {"consultation-report.md", "consultation-report.json", "alignment.md", "alignment.json"}) {
      assertTrue(Files.isRegularFile(out.resolve(name)), name + "\n" + run);
    }
    String id = GovernanceSample.plain().id().value();
    JsonNode consultation = Cli.JSON.readTree(Files.readString(out.resolve("consultation-report.json")));
    assertEquals(id, consultation.get("strategy").asString());
    assertTrue(Files.readString(out.resolve("consultation-report.md")).contains("No public consultation is recorded."));
    JsonNode alignment = Cli.JSON.readTree(Files.readString(out.resolve("alignment.json")));
    assertEquals(id, alignment.get("strategy").asString());
    assertEquals(alignment.get("rows").size(), alignment.get("gaps").size(), "the sample has no links yet");

    assertTrue(run.out().contains(". Consultation report: wrote " + out.resolve("consultation-report.md")
        + " and " + out.resolve("consultation-report.json") + " — no public consultation recorded yet"), run.out());
    assertTrue(run.out().contains(". Alignment report: wrote " + out.resolve("alignment.md") + " and "
        + out.resolve("alignment.json") + " — " + alignment.get("rows").size() + " reference objectives in "), run.out());
    assertTrue(run.out().contains(". Lifecycle check on 2022-01-01: the sample is draft and may move to internal-review or withdrawn"),
        run.out());
    // The way to approval stops at leaving consultation on the same day: what the sample still needs.
    assertTrue(run.out().contains("   internal-review -> public-consultation: allowed"), run.out());
    assertTrue(run.out().contains("   public-consultation -> submitted: refused; it would need:"), run.out());
    assertTrue(run.out().contains("governance.lifecycle.too-early at /governance/consultations/0/announcedOn"), run.out());
  }

  @Test
  void demo_inRomanian_writesRomanianReports() throws IOException {
    Path out = dir.resolve("demo-ro");
    CliRun run = CliRun.of("demo", "--out", out.toString(), "--locale", "ro");
    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(Files.readString(out.resolve("consultation-report.md")).contains("Nu este înregistrată nicio consultare publică."));
    assertTrue(Files.readString(out.resolve("alignment.md")).startsWith("# Alinierea la strategii de referință"));
  }
}
