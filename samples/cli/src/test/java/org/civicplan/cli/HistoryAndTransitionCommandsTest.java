// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.civicplan.document.DocumentFormat;
import org.civicplan.document.JsonPatch;
import org.civicplan.document.JsonPatchOperation;
import org.civicplan.governance.Consultation;
import org.civicplan.governance.ChangeRecord;
import org.civicplan.governance.CouncilDecision;
import org.civicplan.governance.DecisionDossier;
import org.civicplan.governance.Vote;
import org.civicplan.governance.LifecycleState;
import org.civicplan.base.LocalizedText;
import org.civicplan.strategy.Strategy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class HistoryAndTransitionCommandsTest {

  @TempDir Path dir;

  private Path write(Strategy s, String name) throws IOException {
    return GovernanceSample.write(s, dir.resolve(name));
  }

  private static JsonNode tree(Strategy s) {
    return HistoryCommand.tree(GovernanceSample.DOCS, s);
  }

  private static Strategy readBack(String text, DocumentFormat format) {
    return GovernanceSample.DOCS.read(text, format).strategy()
        .orElseThrow(() -> new AssertionError("not a strategy document:\n" + text));
  }

  // ---- history

  @Test
  void history_json_appliedToOld_givesNew() throws IOException {
    Strategy older = GovernanceSample.plain();
    Strategy newer = GovernanceSample.enriched().toBuilder()
        .title(LocalizedText.of("Climate strategy, revised", "Strategia climatică, revizuită"))
        .actions(GovernanceSample.enriched().actions().subList(1, GovernanceSample.enriched().actions().size()))
        .build();
    CliRun run = CliRun.of("history", write(older, "v1.json").toString(), write(newer, "v2.yaml").toString());
    assertEquals(0, run.exitCode(), run.toString());
    JsonNode patch = Cli.JSON.readTree(run.out());
    assertEquals(List.of("changes"), List.copyOf(patch.propertyNames()), run.out());
    for (JsonNode op : patch.get("changes")) {
      assertTrue(List.of("add", "remove", "replace").contains(op.get("op").asString()), op.toString());
      assertTrue(op.get("path").asString().startsWith("/"), op.toString());
      assertEquals(!op.get("op").asString().equals("remove"), op.has("value"), op.toString());
    }
    List<JsonPatchOperation> ops = JsonPatch.fromJson(patch);
    JsonNode applied = JsonPatch.apply(tree(older), ops);
    assertEquals(tree(newer), applied);
    assertEquals(newer, readBack(applied.toString(), DocumentFormat.JSON));
  }

  @Test
  void history_identicalDocuments_giveAnEmptyList_evenAcrossFormats() throws IOException {
    Strategy s = GovernanceSample.enriched();
    CliRun run = CliRun.of("history", write(s, "a.json").toString(), write(s, "b.yaml").toString());
    assertEquals(0, run.exitCode(), run.toString());
    JsonNode patch = Cli.JSON.readTree(run.out());
    assertEquals(Cli.JSON.readTree("{\"changes\": []}"), patch);

    CliRun text = CliRun.of("history", dir.resolve("a.json").toString(), dir.resolve("b.yaml").toString(), "--format", "text");
    assertEquals(0, text.exitCode(), text.toString());
    assertEquals("", text.out());
  }

  @Test
  void history_text_printsOneLinePerChange() throws IOException {
    Strategy older = GovernanceSample.plain();
    Strategy newer = older.toBuilder().state(LifecycleState.INTERNAL_REVIEW)
        .governance(older.governance().withDecisions(List.of(
            new CouncilDecision("245", LocalDate.of(2021, 10, 28), Optional.empty(), Optional.empty(), Optional.empty()))))
        .build();
    CliRun run = CliRun.of("history", write(older, "v1.json").toString(), write(newer, "v2.json").toString(),
        "--format", "text");
    assertEquals(0, run.exitCode(), run.toString());
    List<String> lines = run.out().lines().toList();
    assertEquals(JsonPatch.diff(tree(older), tree(newer)).size(), lines.size(), run.out());
    assertTrue(lines.contains("replace /state: \"draft\" -> \"internal-review\""), run.out());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("add /governance") && l.contains("\"245\"")), run.out());
  }

  @Test
  void history_badInput_exits2() throws IOException {
    Path good = write(GovernanceSample.plain(), "v1.json");
    CliRun missing = CliRun.of("history", good.toString(), dir.resolve("absent.json").toString());
    assertEquals(2, missing.exitCode(), missing.toString());
    assertTrue(missing.err().startsWith("civicplan: " + dir.resolve("absent.json")), missing.toString());
    assertEquals("", missing.out());

    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"schemaVersion\": 1, \"id\": }");
    CliRun unparsable = CliRun.of("history", bad.toString(), good.toString());
    assertEquals(2, unparsable.exitCode(), unparsable.toString());

    CliRun oneFile = CliRun.of("history", good.toString());
    assertEquals(2, oneFile.exitCode(), oneFile.toString());
    assertTrue(oneFile.err().startsWith("civicplan: Missing required parameter"), oneFile.toString());
  }

  // ---- transition

  @Test
  void transition_allowed_writesTheNewDocumentInTheInputFormat() throws IOException {
    Path in = write(GovernanceSample.plain(), "sample.yaml");
    CliRun run = CliRun.of("transition", in.toString(), "--to", "internal-review", "--on", "2021-06-01");
    assertEquals(0, run.exitCode(), run.toString());
    assertEquals("", run.err());
    Strategy moved = readBack(run.out(), DocumentFormat.YAML);
    assertEquals(LifecycleState.INTERNAL_REVIEW, moved.state());
    Strategy plain = GovernanceSample.plain();
    assertEquals(plain.toBuilder().state(LifecycleState.INTERNAL_REVIEW).build(), moved.toBuilder().history(plain.history()).build());
    ChangeRecord recorded = moved.history().get(moved.history().size() - 1);
    assertEquals(ChangeRecord.currentVersion(plain.history()) + 1, recorded.version());
    assertEquals(LocalDate.of(2021, 6, 1), recorded.on());
    assertEquals(Optional.empty(), recorded.author());
    assertEquals("draft → internal-review", recorded.reason());
  }

  @Test
  void transition_recordsItsAuthorInTheHistory() throws IOException {
    Path in = write(GovernanceSample.plain(), "sample.yaml");
    CliRun run = CliRun.of("transition", in.toString(), "--to", "internal-review", "--on", "2021-06-01", "--author", "Ana Popescu");
    assertEquals(0, run.exitCode(), run.toString());
    Strategy moved = readBack(run.out(), DocumentFormat.YAML);
    assertEquals(Optional.of("Ana Popescu"), moved.history().get(moved.history().size() - 1).author());
    CliRun blank = CliRun.of("transition", in.toString(), "--to", "internal-review", "--on", "2021-06-01", "--author", " ");
    assertEquals(2, blank.exitCode(), blank.toString());
    assertTrue(blank.err().contains("--author must not be blank"), blank.toString());
  }

  @Test
  void transition_intoConsultation_recordsTheAnnouncementFromTheOptions() throws IOException {
    Strategy review = GovernanceSample.plain().toBuilder().state(LifecycleState.INTERNAL_REVIEW).build();
    Path out = dir.resolve("consulted.json");
    CliRun run = CliRun.of("transition", write(review, "review.json").toString(), "--to", "public-consultation",
        "--on", "2021-09-02", "--announced-on", "2021-09-01", "--proposals-until", "2021-09-20", "--out", out.toString());
    assertEquals(0, run.exitCode(), run.toString());
    assertEquals("internal-review -> public-consultation on 2021-09-02: wrote " + out + "\n", run.out());
    Strategy moved = GovernanceSample.DOCS.read(out).strategy().orElseThrow();
    assertEquals(LifecycleState.PUBLIC_CONSULTATION, moved.state());
    assertEquals(List.of(Consultation.announced(LocalDate.of(2021, 9, 1), LocalDate.of(2021, 9, 20))),
        moved.governance().consultations());

    // Without the options: announced on --on, proposals for the standard 10 days.
    CliRun defaults = CliRun.of("transition", dir.resolve("review.json").toString(), "--to", "public-consultation",
        "--on", "2021-09-02");
    assertEquals(0, defaults.exitCode(), defaults.toString());
    assertEquals(List.of(Consultation.announced(LocalDate.of(2021, 9, 2), LocalDate.of(2021, 9, 12))),
        readBack(defaults.out(), DocumentFormat.JSON).governance().consultations());
  }

  @Test
  void transition_refused_exits1_withEveryReasonAndItsCode() throws IOException {
    Path in = write(GovernanceSample.plain(), "sample.json");
    CliRun run = CliRun.of("transition", in.toString(), "--to", "approved", "--on", "2021-06-01");
    assertEquals(1, run.exitCode(), run.toString());
    assertEquals("", run.out());
    List<String> lines = run.err().lines().toList();
    assertEquals("civicplan: " + in + ": cannot move from draft to approved on 2021-06-01 (1 reason)", lines.get(0));
    assertEquals("civicplan: " + in + ": governance.lifecycle.not-allowed at /state: A strategy cannot go from draft to "
        + "approved; from draft it can go to: internal-review, withdrawn.", lines.get(1));

    // Leaving consultation too early: the 30 days after the announcement have not passed.
    Path consulted = write(GovernanceSample.enriched(), "enriched.json");
    CliRun early = CliRun.of("transition", consulted.toString(), "--to", "submitted", "--on", "2021-09-25", "--locale", "ro");
    assertEquals(1, early.exitCode(), early.toString());
    assertTrue(early.err().contains(": governance.lifecycle.too-early at /governance/consultations/0/announcedOn: "
        + "Proiectul a fost anunțat la 2021-09-01"), early.toString());

    // Two reasons at once: an unanswered proposal and the proposals period still open.
    Strategy unanswered = GovernanceSample.enriched();
    Consultation c = unanswered.governance().lastConsultation().orElseThrow();
    unanswered = unanswered.toBuilder().governance(unanswered.governance().withConsultations(List.of(
        c.withProposal(org.civicplan.governance.Proposal.of("P-4", "Ana Georgescu", LocalDate.of(2021, 9, 12),
            "Publish the monitoring reports.", "/indicators"))))).build();
    CliRun two = CliRun.of("transition", write(unanswered, "unanswered.json").toString(), "--to", "submitted",
        "--on", "2021-09-15");
    assertEquals(1, two.exitCode(), two.toString());
    assertTrue(two.err().contains("(3 reasons)"), two.toString());
    assertTrue(two.err().contains("governance.lifecycle.proposal-unanswered at /governance/consultations/0/proposals/3"),
        two.toString());
    assertTrue(two.err().contains("governance.lifecycle.proposals-period-open"), two.toString());
  }

  @Test
  void transition_throughSubmissionToApproval_withTheDecisionFromTheOptions() throws IOException {
    Path consulted = write(GovernanceSample.enriched(), "enriched.json");
    Path submitted = dir.resolve("submitted.json");
    CliRun submit = CliRun.of("transition", consulted.toString(), "--to", "submitted", "--on", "2021-10-14",
        "--out", submitted.toString());
    assertEquals(0, submit.exitCode(), submit.toString());

    CliRun noDecision = CliRun.of("transition", submitted.toString(), "--to", "approved", "--on", "2021-10-28");
    assertEquals(1, noDecision.exitCode(), noDecision.toString());
    assertTrue(noDecision.err().contains("governance.lifecycle.decision-missing at /governance/decisions"), noDecision.toString());

    // Without its dossier the decision cannot approve the strategy.
    CliRun noDossier = CliRun.of("transition", submitted.toString(), "--to", "approved", "--on", "2021-10-28",
        "--decision-number", "245");
    assertEquals(1, noDossier.exitCode(), noDossier.toString());
    assertTrue(noDossier.err().contains("governance.lifecycle.dossier-incomplete at /governance/decisions/0/dossier:"
        + " Council decision 245 cannot approve the strategy: its dossier lacks: approval report, specialist report,"
        + " committee opinion, vote."), noDossier.toString());

    Path approved = dir.resolve("approved.yaml");
    Path dossier = Path.of("../data/dossier-245.yaml");
    CliRun approve = CliRun.of("transition", submitted.toString(), "--to", "approved", "--on", "2021-10-28",
        "--decision-number", "245", "--reference", "https://example.org/hcl/245", "--dossier", dossier.toString(),
        "--out", approved.toString());
    assertEquals(0, approve.exitCode(), approve.toString());
    Strategy s = GovernanceSample.DOCS.read(approved).strategy().orElseThrow();
    assertEquals(LifecycleState.APPROVED, s.state());
    // The submission was recorded as version 2: that is the document the council approved.
    DecisionDossier recorded = GovernanceSample.DOCS.readDossier(Files.readString(dossier), DocumentFormat.YAML)
        .dossier().orElseThrow();
    assertEquals(new Vote(24, 19, 2, 3, 27), recorded.vote().orElseThrow());
    assertEquals(List.of(new CouncilDecision("245", LocalDate.of(2021, 10, 28), Optional.of("https://example.org/hcl/245"),
        Optional.of("2"), Optional.of(recorded))), s.governance().decisions());

    // A dossier file that cannot be read is a usage error naming it.
    Path bad = Files.writeString(dir.resolve("bad-dossier.yaml"), "kind: strategy\nvote:\n  present: many\n");
    CliRun badDossier = CliRun.of("transition", submitted.toString(), "--to", "approved", "--on", "2021-10-28",
        "--decision-number", "245", "--dossier", bad.toString());
    assertEquals(2, badDossier.exitCode(), badDossier.toString());
    assertTrue(badDossier.err().contains("--dossier " + bad + ": 3:"), badDossier.toString());
    assertEquals(Optional.of(LocalDate.of(2021, 10, 14)), s.governance().lastConsultation().orElseThrow().closedOn());

    // A decision dated before the consultation closed is refused.
    CliRun tooEarly = CliRun.of("transition", submitted.toString(), "--to", "approved", "--on", "2021-10-28",
        "--decision-number", "190", "--decision-date", "2021-10-02");
    assertEquals(1, tooEarly.exitCode(), tooEarly.toString());
    assertTrue(tooEarly.err().contains("governance.lifecycle.decision-before-submission"), tooEarly.toString());
  }

  @Test
  void transition_toApproved_isRefused_whileTheDocumentHasAnErrorFinding() throws IOException {
    Path consulted = write(GovernanceSample.enriched(), "enriched.json");
    Path submitted = dir.resolve("submitted.json");
    assertEquals(0, CliRun.of("transition", consulted.toString(), "--to", "submitted", "--on", "2021-10-14",
        "--out", submitted.toString()).exitCode());
    // An action ending before the strategy starts: an error finding of the core rules.
    String text = Files.readString(submitted);
    Path broken = Files.writeString(dir.resolve("broken.json"), text.replaceFirst("\"end\" *: *\"\\d{4}", "\"end\" : \"1999"));
    assertEquals(1, CliRun.of("validate", broken.toString()).exitCode());

    CliRun approve = CliRun.of("transition", broken.toString(), "--to", "approved", "--on", "2021-10-28",
        "--decision-number", "245", "--dossier", "../data/dossier-245.yaml", "--out", dir.resolve("approved.json").toString());
    assertEquals(1, approve.exitCode(), approve.toString());
    assertTrue(approve.err().contains("governance.lifecycle.document-invalid at /actions/0/end: The document has the error"
        + " finding action.dates.outside-period at /actions/0/end; a strategy with error findings cannot become approved:"),
        approve.toString());
    assertFalse(Files.exists(dir.resolve("approved.json")));
  }

  @Test
  void transition_unknownState_isAUsageError_listingTheAllowedStates() throws IOException {
    Path in = write(GovernanceSample.plain(), "sample.json");
    CliRun run = CliRun.of("transition", in.toString(), "--to", "adopted", "--on", "2021-06-01");
    assertEquals(2, run.exitCode(), run.toString());
    assertTrue(run.err().startsWith("civicplan: "), run.toString());
    assertTrue(run.err().contains("the state must be one of draft, internal-review, public-consultation, submitted, "
        + "approved, in-implementation, under-revision, closed, withdrawn but was \"adopted\""), run.toString());
    assertEquals("", run.out());
  }

  @Test
  void transition_badInputOrOptions_exit2() throws IOException {
    Path in = write(GovernanceSample.plain(), "sample.json");
    String[][] cases = {
      {"transition", in.toString(), "--to", "internal-review", "--on", "1 June 2021"},
      {"transition", in.toString(), "--to", "internal-review"},
      {"transition", in.toString(), "--to", "submitted", "--on", "2021-06-01", "--decision-number", "12"},
      {"transition", in.toString(), "--to", "approved", "--on", "2021-06-01", "--decision-date", "2021-06-01"},
      {"transition", in.toString(), "--to", "internal-review", "--on", "2021-06-01", "--announced-on", "2021-06-01"},
      {"transition", in.toString(), "--to", "public-consultation", "--on", "2021-06-01", "--proposals-until", "2021-05-01"},
      {"transition", in.toString(), "--to", "internal-review", "--on", "2021-06-01", "--out", dir.resolve("x.txt").toString()},
      {"transition", dir.resolve("absent.json").toString(), "--to", "internal-review", "--on", "2021-06-01"},
    };
    for (String[] args : cases) {
      CliRun run = CliRun.of(args);
      assertEquals(2, run.exitCode(), String.join(" ", args) + "\n" + run);
      assertTrue(run.err().startsWith("civicplan: "), String.join(" ", args) + "\n" + run);
      assertEquals("", run.out(), String.join(" ", args) + "\n" + run);
    }
    assertFalse(Files.exists(dir.resolve("x.txt")));
    CliRun date = CliRun.of(cases[0]);
    assertTrue(date.err().contains("a date must be written YYYY-MM-DD but was \"1 June 2021\""), date.toString());
    CliRun open = CliRun.of("transition", write(GovernanceSample.enriched(), "open.json").toString(), "--to",
        "public-consultation", "--on", "2021-09-02", "--announced-on", "2021-09-02");
    assertEquals(2, open.exitCode(), open.toString());
    assertTrue(open.err().contains("already records an open consultation announced on 2021-09-01"), open.toString());
  }
}
