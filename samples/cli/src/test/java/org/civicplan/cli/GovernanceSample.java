// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import org.civicplan.alignment.FrameworkId;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.civicplan.alignment.AlignmentLink;
import org.civicplan.alignment.AlignmentStrength;
import org.civicplan.document.DocumentFormat;
import org.civicplan.document.ReadResult;
import org.civicplan.document.StrategyDocuments;
import org.civicplan.governance.Consultation;
import org.civicplan.governance.DebateRequest;
import org.civicplan.governance.Governance;
import org.civicplan.governance.LifecycleState;
import org.civicplan.governance.Proposal;
import org.civicplan.governance.ProposalDecision;
import org.civicplan.governance.PublicDebate;
import org.civicplan.governance.RequesterKind;
import org.civicplan.base.ActionId;
import org.civicplan.base.ObjectiveId;
import org.civicplan.strategy.Strategy;

/**
 * The bundled sample strategy and test-only variants of it: taken back to a draft ({@link #plain()}),
 * and that draft in a public consultation of its own with a requested and held debate, three
 * answered proposals and alignment links ({@link #enriched()}). Dates are illustrative.
 */
final class GovernanceSample {

  static final StrategyDocuments DOCS = Cli.documents(Cli.templates());

  /** The bundled sample as it is: in implementation, consulted, approved, aligned. */
  static Strategy bundled() {
    ReadResult r = DOCS.read(Path.of("../data/climate-strategy.json"));
    return r.strategy().orElseThrow(() -> new AssertionError("the sample does not read: " + r.problems()));
  }

  /**
   * The bundled sample taken back to a draft: its bodies kept, but no consultation, council
   * decision, membership, partnership project or alignment link.
   */
  static Strategy plain() {
    Strategy s = bundled();
    return s.toBuilder()
        .state(LifecycleState.DRAFT)
        .governance(new Governance(s.governance().bodies(), List.of()))
        .alignments(List.of())
        .build();
  }

  static final LocalDate ANNOUNCED = LocalDate.of(2021, 9, 1);
  static final LocalDate PROPOSALS_UNTIL = LocalDate.of(2021, 9, 15);

  /** The consultation, still open: three proposals, each answered; a debate asked for and held. */
  static Consultation openConsultation() {
    return Consultation.announced(ANNOUNCED, PROPOSALS_UNTIL)
        .withDebateRequest(new DebateRequest("Asociația Verde Exemplu", RequesterKind.LEGALLY_CONSTITUTED_ASSOCIATION,
            LocalDate.of(2021, 9, 3)))
        .withDebate(PublicDebate.of(LocalDate.of(2021, 9, 20), "Sala de consiliu"))
        .withProposal(Proposal.of("P-1", "Ioana Popescu", LocalDate.of(2021, 9, 6),
                "Plant shade trees along school routes.", "/actions/5")
            .answered(ProposalDecision.ACCEPTED, "Added to action A-5.1.", LocalDate.of(2021, 9, 22)))
        .withProposal(Proposal.of("P-2", "Asociația Verde Exemplu", LocalDate.of(2021, 9, 10),
                "Double the budget for building renovation.", "Objective OS-1.1")
            .answered(ProposalDecision.PARTLY_ACCEPTED, "Raised by 20 %; the rest is not financed.", LocalDate.of(2021, 9, 22)))
        .withProposal(Proposal.of("P-3", "Mihai Ionescu", LocalDate.of(2021, 9, 14),
                "Drop the cycling lanes | they slow traffic.", "/actions/2")
            .answered(ProposalDecision.REJECTED, "Cycling lanes serve objective OS-1.3.", LocalDate.of(2021, 9, 22)));
  }

  /** The sample in public consultation, with {@link #openConsultation()} and three alignment links. */
  static Strategy enriched() {
    Strategy s = plain();
    return s.toBuilder()
        .state(LifecycleState.PUBLIC_CONSULTATION)
        .governance(s.governance().withConsultations(List.of(openConsultation())))
        .alignments(List.of(
            AlignmentLink.ofObjective(ObjectiveId.of("OS-1.1"), FrameworkId.of("covenant-of-mayors"), "COM-2030", AlignmentStrength.DIRECT),
            AlignmentLink.ofObjective(ObjectiveId.of("OS-2.1"), FrameworkId.of("eu-adaptation-strategy"), "EUAS-3c", AlignmentStrength.PARTIAL),
            AlignmentLink.ofAction(ActionId.of("A-5.1"), FrameworkId.of("sdg"), "11.7", AlignmentStrength.DIRECT)))
        .build();
  }

  /** {@code s} with its last consultation closed on a date and one more, unanswered proposal. */
  static Strategy closedWithUnanswered(Strategy s, LocalDate closedOn) {
    Consultation c = s.governance().lastConsultation().orElseThrow()
        .withProposal(new Proposal("P-4", "Ana Georgescu", Optional.empty(), LocalDate.of(2021, 9, 15),
            "Publish the monitoring reports.", Optional.empty(), Optional.empty()))
        .closedOn(closedOn);
    return s.toBuilder().state(LifecycleState.SUBMITTED).governance(s.governance().withConsultations(List.of(c))).build();
  }

  /** Writes {@code s} as a JSON file. */
  static Path write(Strategy s, Path file) throws java.io.IOException {
    java.nio.file.Files.writeString(file, DOCS.write(s, DocumentFormat.fromFileName(file).orElseThrow()));
    return file;
  }

  private GovernanceSample() {}
}
