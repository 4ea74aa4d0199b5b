// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import org.civicplan.alignment.FrameworkId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.civicplan.alignment.AlignmentLink;
import org.civicplan.alignment.AlignmentStrength;
import org.civicplan.alignment.ReferenceFramework;
import org.civicplan.alignment.ReferenceObjective;
import org.civicplan.base.ObjectiveId;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.StrategyTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class ConsultationAndAlignmentCommandsTest {

  @TempDir Path dir;

  private Path sample() throws IOException {
    return GovernanceSample.write(GovernanceSample.plain(), dir.resolve("sample.json"));
  }

  private Path enriched() throws IOException {
    return GovernanceSample.write(GovernanceSample.enriched(), dir.resolve("enriched.json"));
  }

  /** The climate template's reference frameworks: what the sample is reported against. */
  private static List<ReferenceFramework> climateFrameworks() {
    StrategyTemplate climate = Cli.templates().find(GovernanceSample.plain().templateId()).orElseThrow();
    assertFalse(climate.referenceFrameworks().isEmpty(), "the climate template ships frameworks");
    return climate.referenceFrameworks();
  }

  @Test
  void helpOfEachCommand_exits0() {
    for (String command : new String[] {"consultation-report", "alignment", "history", "transition"}) {
      CliRun run = CliRun.of(command, "--help");
      assertEquals(0, run.exitCode(), run.toString());
      assertTrue(run.out().contains("Usage: civicplan " + command), run.toString());
    }
  }

  @Test
  void consultationReport_sampleWithoutConsultation_saysSo() throws IOException {
    CliRun md = CliRun.of("consultation-report", sample().toString());
    assertEquals(0, md.exitCode(), md.toString());
    assertTrue(md.out().startsWith("# Consultation report: "), md.toString());
    assertTrue(md.out().contains("No public consultation is recorded."), md.toString());

    CliRun json = CliRun.of("consultation-report", sample().toString(), "--format", "json");
    assertEquals(0, json.exitCode(), json.toString());
    JsonNode root = Cli.JSON.readTree(json.out());
    assertEquals(GovernanceSample.plain().id().value(), root.get("strategy").asString());
    assertFalse(root.has("announcedOn"), json.out());
    assertFalse(root.has("proposals"), json.out());
  }

  @Test
  void consultationReport_enriched_listsEveryProposalWithItsAnswer() throws IOException {
    CliRun md = CliRun.of("consultation-report", enriched().toString());
    assertEquals(0, md.exitCode(), md.toString());
    assertTrue(md.out().contains("- **Announced on:** 2021-09-01"), md.out());
    assertTrue(md.out().contains("- **Earliest submission to the council:** 2021-10-13"), md.out());
    assertTrue(md.out().contains("held on 2021-09-20 (Sala de consiliu)"), md.out());
    assertTrue(md.out().contains("3 received: 1 accepted, 1 partly accepted, 1 rejected, 0 unanswered."), md.out());
    for (String id : new String[] {"| P-1 |", "| P-2 |", "| P-3 |"}) {
      assertTrue(md.out().contains(id), id + " in\n" + md.out());
    }
    // A '|' in a proposal text is escaped so the table keeps its columns.
    assertTrue(md.out().contains("Drop the cycling lanes \\| they slow traffic."), md.out());

    CliRun ro = CliRun.of("consultation-report", enriched().toString(), "--locale", "ro");
    assertEquals(0, ro.exitCode(), ro.toString());
    assertTrue(ro.out().contains("# Raportul consultării publice: "), ro.out());
    assertTrue(ro.out().contains("acceptată parțial"), ro.out());

    CliRun json = CliRun.of("consultation-report", enriched().toString(), "--format", "json");
    assertEquals(0, json.exitCode(), json.toString());
    JsonNode root = Cli.JSON.readTree(json.out());
    assertEquals("2021-09-01", root.get("announcedOn").asString());
    assertTrue(root.get("debateRequired").asBoolean());
    assertEquals(3, root.get("summary").get("received").asInt());
    assertEquals(1, root.get("summary").get("partly-accepted").asInt());
    assertEquals(3, root.get("proposals").size());
    assertEquals("rejected", root.get("proposals").get(2).get("answer").get("decision").asString());
  }

  @Test
  void consultationReport_closedWithUnansweredProposal_exits1_withReasonsButStillPrintsTheReport() throws IOException {
    Strategy s = GovernanceSample.closedWithUnanswered(GovernanceSample.enriched(), LocalDate.of(2021, 10, 14));
    Path file = GovernanceSample.write(s, dir.resolve("unanswered.json"));
    CliRun run = CliRun.of("consultation-report", file.toString());
    assertEquals(1, run.exitCode(), run.toString());
    assertTrue(run.out().contains("| P-4 |"), run.toString());
    assertTrue(run.out().contains("1 unanswered."), run.toString());
    assertTrue(run.err().startsWith("civicplan: " + file + ": governance.consultation.proposal-unanswered at "
        + "/governance/consultations/0/proposals/3"), run.toString());
  }

  @Test
  void consultationReport_badInput_exits2() throws IOException {
    CliRun missing = CliRun.of("consultation-report", dir.resolve("absent.json").toString());
    assertEquals(2, missing.exitCode(), missing.toString());
    assertTrue(missing.err().startsWith("civicplan: "), missing.toString());
    assertEquals("", missing.out());

    CliRun format = CliRun.of("consultation-report", sample().toString(), "--format", "html");
    assertEquals(2, format.exitCode(), format.toString());
    assertTrue(format.err().startsWith("civicplan: ") && format.err().contains("--format must be markdown or json but was \"html\""),
        format.toString());

    Path broken = dir.resolve("broken.yaml");
    Files.writeString(broken, "id: [unclosed\n");
    CliRun unparsable = CliRun.of("consultation-report", broken.toString());
    assertEquals(2, unparsable.exitCode(), unparsable.toString());
  }

  @Test
  void alignment_sampleWithoutLinks_listsEveryReferenceObjectiveOfItsTemplateAsAGap() throws IOException {
    List<String> expected = new ArrayList<>();
    for (ReferenceFramework f : climateFrameworks()) {
      for (ReferenceObjective o : f.objectives()) {
        expected.add(f.id() + "/" + o.id());
      }
    }
    CliRun json = CliRun.of("alignment", sample().toString(), "--format", "json");
    assertEquals(0, json.exitCode(), json.toString());
    JsonNode root = Cli.JSON.readTree(json.out());
    List<String> gaps = new ArrayList<>();
    root.get("gaps").forEach(g -> gaps.add(g.get("framework").asString() + "/" + g.get("reference").asString()));
    assertEquals(expected, gaps);
    assertEquals(GovernanceSample.plain().allObjectives().count(), root.get("unalignedObjectives").size());

    CliRun md = CliRun.of("alignment", sample().toString());
    assertEquals(0, md.exitCode(), md.toString());
    String gapSection = md.out().substring(md.out().indexOf("## Reference objectives with no local counterpart"));
    for (ReferenceFramework f : climateFrameworks()) {
      for (ReferenceObjective o : f.objectives()) {
        assertTrue(gapSection.contains("- " + f.id() + " " + o.id() + ": "), f.id() + " " + o.id() + " in\n" + md.out());
      }
    }
  }

  @Test
  void alignment_enriched_showsTheMatrixAndTheGapsBothWays() throws IOException {
    CliRun json = CliRun.of("alignment", enriched().toString(), "--format", "json");
    assertEquals(0, json.exitCode(), json.toString());
    JsonNode root = Cli.JSON.readTree(json.out());
    // Only the frameworks the links name are reported, in the template's order.
    List<String> frameworks = new ArrayList<>();
    root.get("frameworks").forEach(f -> frameworks.add(f.asString()));
    assertEquals(List.of("eu-adaptation-strategy", "covenant-of-mayors", "sdg"), frameworks);
    JsonNode served = null;
    for (JsonNode row : root.get("rows")) {
      if (row.get("reference").asString().equals("COM-2030")) {
        served = row;
      }
    }
    assertTrue(served != null && !served.get("gap").asBoolean(), json.out());
    assertEquals("OS-1.1", served.get("objectiveLinks").get(0).get("objective").asString());
    assertEquals(root.get("rows").size() - 3, root.get("gaps").size());
    List<String> unaligned = new ArrayList<>();
    root.get("unalignedObjectives").forEach(o -> unaligned.add(o.asString()));
    assertFalse(unaligned.contains("OS-1.1") || unaligned.contains("OS-2.1"), unaligned.toString());
    assertTrue(unaligned.contains("OG-1"), unaligned.toString());

    CliRun md = CliRun.of("alignment", enriched().toString(), "--locale", "ro", "--framework", "sdg");
    assertEquals(0, md.exitCode(), md.toString());
    assertTrue(md.out().startsWith("# Alinierea la strategii de referință"), md.out());
    assertTrue(md.out().contains("| sdg | 11.7 "), md.out());
    assertTrue(md.out().contains("A-5.1 (directă)"), md.out());
    assertFalse(md.out().contains("COM-2030 "), "only the framework asked for:\n" + md.out());
  }

  @Test
  void alignment_badLinks_exit1_withReasons() throws IOException {
    Strategy s = GovernanceSample.enriched();
    List<AlignmentLink> links = new ArrayList<>(s.alignments());
    links.add(AlignmentLink.ofObjective(ObjectiveId.of("OS-1.2"), FrameworkId.of("sdg"), "99.9", AlignmentStrength.INDIRECT));
    links.add(AlignmentLink.ofObjective(ObjectiveId.of("OS-404"), FrameworkId.of("sdg"), "13.1", AlignmentStrength.DIRECT));
    Path file = GovernanceSample.write(s.toBuilder().alignments(links).build(), dir.resolve("bad-links.json"));
    CliRun run = CliRun.of("alignment", file.toString());
    assertEquals(1, run.exitCode(), run.toString());
    assertTrue(run.out().startsWith("# Alignment with reference frameworks"), run.toString());
    assertTrue(run.err().contains("civicplan: " + file + ": alignment.link.local-unknown at /alignments/4/objective: "),
        run.toString());
    assertTrue(run.err().contains("civicplan: " + file + ": alignment.link.reference-unknown at /alignments/3: "
        + "framework \"sdg\" has no objective \"99.9\""), run.toString());
    CliRun ro = CliRun.of("alignment", file.toString(), "--locale", "ro");
    assertEquals(1, ro.exitCode(), ro.toString());
    assertTrue(ro.err().contains("alignment.link.reference-unknown at /alignments/3: cadrul „sdg” nu are obiectivul „99.9”"),
        ro.toString());
  }

  @Test
  void alignment_badInput_exits2() throws IOException {
    CliRun unknown = CliRun.of("alignment", sample().toString(), "--framework", "no-such-framework");
    assertEquals(2, unknown.exitCode(), unknown.toString());
    assertTrue(unknown.err().startsWith("civicplan: no framework is called \"no-such-framework\"; available: "), unknown.toString());
    assertTrue(unknown.err().contains("covenant-of-mayors"), unknown.toString());
    assertEquals("", unknown.out());

    CliRun missing = CliRun.of("alignment", dir.resolve("absent.yaml").toString());
    assertEquals(2, missing.exitCode(), missing.toString());
    assertTrue(missing.err().startsWith("civicplan: "), missing.toString());

    CliRun locale = CliRun.of("alignment", sample().toString(), "--locale", "fr_FR!");
    assertEquals(2, locale.exitCode(), locale.toString());
    assertTrue(locale.err().startsWith("civicplan: --locale must be a BCP 47 language tag"), locale.toString());
    // any well-formed tag is accepted: texts fall back to English
    CliRun french = CliRun.of("alignment", sample().toString(), "--locale", "fr");
    assertEquals(CliRun.of("alignment", sample().toString()).out(), french.out());
  }
}
