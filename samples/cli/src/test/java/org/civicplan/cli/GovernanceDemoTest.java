// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.civicplan.alignment.AlignmentLink;
import org.civicplan.governance.Consultation;
import org.civicplan.governance.Proposal;
import org.civicplan.strategy.Strategy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The governance stages of {@code civicplan demo} on the bundled sample (in implementation). */
class GovernanceDemoTest {

  @TempDir Path dir;

  private static final Strategy SAMPLE = GovernanceSample.bundled();

  private CliRun demo(Path out, String... more) {
    List<String> args = new ArrayList<>(List.of("demo", "--out", out.toString()));
    args.addAll(List.of(more));
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertEquals(0, run.exitCode(), run.toString());
    return run;
  }

  @Test
  void demo_consultationReport_listsEveryProposalOfTheSampleWithItsAnswer() throws IOException {
    Path out = dir.resolve("demo");
    CliRun run = demo(out);
    Consultation k = SAMPLE.governance().lastConsultation().orElseThrow();
    assertEquals(5, k.proposals().size(), "the sample's consultation has five proposals");

    JsonNode json = Cli.JSON.readTree(Files.readString(out.resolve("consultation-report.json")));
    assertEquals(SAMPLE.id().value(), json.get("strategy").asString());
    assertEquals("2022-06-01", json.get("announcedOn").asString());
    assertTrue(json.get("debateRequired").asBoolean());
    assertEquals(5, json.get("proposals").size());
    assertEquals(5, json.get("summary").get("received").asInt());
    String md = Files.readString(out.resolve("consultation-report.md"));
    assertTrue(md.contains("5 received: 2 accepted, 1 partly accepted, 2 rejected, 0 unanswered."), md);
    assertTrue(md.contains("held on 2022-06-22"), md);

    assertTrue(run.out().contains(". Consultation report: wrote " + out.resolve("consultation-report.md") + " and "
        + out.resolve("consultation-report.json") + " — consultation announced 2022-06-01, proposals until 2022-06-15, "
        + "closed 2022-07-15; 5 proposals: 2 accepted, 1 partly accepted, 2 rejected, 0 unanswered"), run.out());
    for (Proposal p : k.proposals()) {
      String line = "   " + p.id() + " from " + p.author() + " (" + p.receivedOn() + "): "
          + p.answer().orElseThrow().decision().kebab() + " — " + p.answer().orElseThrow().justification();
      assertTrue(run.out().lines().anyMatch(line::equals), line + "\n" + run.out());
      assertTrue(md.contains("| " + p.id() + " |"), p.id() + " in\n" + md);
    }
  }

  @Test
  void demo_alignmentReport_showsServedObjectivesAndGaps() throws IOException {
    Path out = dir.resolve("demo");
    CliRun run = demo(out);
    JsonNode json = Cli.JSON.readTree(Files.readString(out.resolve("alignment.json")));
    assertEquals(SAMPLE.id().value(), json.get("strategy").asString());
    List<String> served = new ArrayList<>();
    for (JsonNode row : json.get("rows")) {
      if (!row.get("gap").asBoolean()) {
        served.add(row.get("framework").asString() + " " + row.get("reference").asString());
      }
    }
    // every link of the sample serves its reference objective; two links share EUAS-3b
    List<String> linked = SAMPLE.alignments().stream().map(l -> l.framework() + " " + l.reference()).distinct().toList();
    assertEquals(15, linked.size(), linked::toString);
    assertEquals(linked.stream().sorted().toList(), served.stream().sorted().toList());
    assertEquals(json.get("rows").size() - served.size(), json.get("gaps").size());
    assertFalse(json.get("gaps").isEmpty(), "some reference objectives are not served");

    // the frameworks are those the links name: the template's and core's UN CRPD
    List<String> frameworks = new ArrayList<>();
    json.get("frameworks").forEach(f -> frameworks.add(f.asString()));
    assertEquals(List.of("eu-adaptation-strategy", "european-climate-law", "covenant-of-mayors", "sdg",
        "who-urban-green-space", "ro-cresc", "un-crpd"), frameworks);

    assertTrue(run.out().contains(" — 29 reference objectives in 7 frameworks ("), run.out());
    assertTrue(run.out().contains("15 served by 16 links, 14 gaps; 10 local objectives aligned to nothing"), run.out());
    assertTrue(run.out().contains("\n   eu-adaptation-strategy EUAS-3b <- A-2.2 (partial), A-5.2 (direct)\n"), run.out());
    assertTrue(run.out().contains("\n   covenant-of-mayors COM-2030 <- OG-1 (direct)\n"), run.out());
    assertTrue(run.out().contains("\n   gaps: eu-adaptation-strategy EUAS-1, "), run.out());
    for (AlignmentLink l : SAMPLE.alignments()) {
      assertTrue(run.out().contains(l.localId() + " (" + l.strength().kebab() + ")"), l + "\n" + run.out());
    }
  }

  @Test
  void demo_lifecycle_showsHowTheSampleWasApprovedAndWhatARevisionNeeds() {
    CliRun run = demo(dir.resolve("demo"));
    assertTrue(run.out().contains(". Lifecycle check on 2026-06-30: the sample is in-implementation (consulted from "
        + "2022-06-01 to 2022-07-15; approved by council decision 187 of 2022-07-28, version 1) and may move to "
        + "under-revision or closed:"), run.out());
    assertTrue(run.out().contains("   in-implementation -> under-revision: allowed; then public-consultation or "
        + "in-implementation or closed"), run.out());
    // a revision opens a second consultation, which cannot close on the day it opens
    assertTrue(run.out().contains("   under-revision -> public-consultation: allowed (opens a consultation announced "
        + "2026-06-30, proposals until 2026-07-10)"), run.out());
    assertTrue(run.out().contains("   public-consultation -> submitted: refused; it would need:"), run.out());
    assertTrue(run.out().contains("governance.lifecycle.too-early at /governance/consultations/1/announcedOn"), run.out());
    assertTrue(run.out().contains("governance.lifecycle.proposals-period-open at /governance/consultations/1/proposalsUntil"),
        run.out());
    assertTrue(run.out().contains("   in-implementation -> closed: allowed; then no other state (final)"), run.out());
  }

  @Test
  void demo_isDeterministic() throws IOException {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    CliRun first = demo(a);
    CliRun second = demo(b);
    assertEquals(first.out().replace(a.toString(), "OUT"), second.out().replace(b.toString(), "OUT"));
    try (var files = Files.list(a)) {
      for (Path f : files.sorted().toList()) {
        assertEquals(Files.readString(f), Files.readString(b.resolve(f.getFileName())), f.getFileName().toString());
      }
    }
  }

  @Test
  void demo_inRomanian_writesRomanianReports() throws IOException {
    Path out = dir.resolve("demo-ro");
    demo(out, "--locale", "ro");
    String consultation = Files.readString(out.resolve("consultation-report.md"));
    assertTrue(consultation.startsWith("# Raportul consultării publice: "), consultation);
    assertTrue(consultation.contains("5 primite: 2 acceptate, 1 acceptate parțial, 2 respinse, 0 fără răspuns."), consultation);
    assertTrue(consultation.contains("acceptată parțial"), consultation);
    assertTrue(Files.readString(out.resolve("alignment.md")).startsWith("# Alinierea la strategii de referință"));
    assertTrue(Files.readString(out.resolve("report.html")).contains("Raport de monitorizare"));
  }
}
