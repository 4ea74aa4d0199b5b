// SPDX-License-Identifier: Apache-2.0
package org.civicplan.lifecycle;

import org.civicplan.governance.GovernanceFixture;
import org.civicplan.governance.Consultation;
import org.civicplan.governance.CouncilDecision;
import org.civicplan.governance.DebateRequest;
import org.civicplan.governance.LifecycleState;
import org.civicplan.governance.Proposal;
import org.civicplan.governance.RequesterKind;
import org.civicplan.validation.ConsultationTerms;
import org.civicplan.validation.GovernanceCodes;
import static org.civicplan.governance.GovernanceFixture.ANNOUNCED;
import static org.civicplan.governance.GovernanceFixture.EARLIEST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.civicplan.base.Finding;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.Severity;
import org.civicplan.template.RuleContext;
import org.civicplan.template.ValidationRule;
import org.civicplan.strategy.Strategy;
import org.civicplan.validation.StrategyValidator;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class LifecycleTest {

  private static final Lifecycle LIFECYCLE = Lifecycle.standard();
  private static final LocalDate DAY = LocalDate.of(2026, 6, 1);

  private static final Set<List<LifecycleState>> LEGAL = Set.of(
      List.of(LifecycleState.DRAFT, LifecycleState.INTERNAL_REVIEW),
      List.of(LifecycleState.DRAFT, LifecycleState.WITHDRAWN),
      List.of(LifecycleState.INTERNAL_REVIEW, LifecycleState.DRAFT),
      List.of(LifecycleState.INTERNAL_REVIEW, LifecycleState.PUBLIC_CONSULTATION),
      List.of(LifecycleState.INTERNAL_REVIEW, LifecycleState.WITHDRAWN),
      List.of(LifecycleState.PUBLIC_CONSULTATION, LifecycleState.SUBMITTED),
      List.of(LifecycleState.PUBLIC_CONSULTATION, LifecycleState.WITHDRAWN),
      List.of(LifecycleState.SUBMITTED, LifecycleState.INTERNAL_REVIEW),
      List.of(LifecycleState.SUBMITTED, LifecycleState.APPROVED),
      List.of(LifecycleState.SUBMITTED, LifecycleState.WITHDRAWN),
      List.of(LifecycleState.APPROVED, LifecycleState.IN_IMPLEMENTATION),
      List.of(LifecycleState.IN_IMPLEMENTATION, LifecycleState.UNDER_REVISION),
      List.of(LifecycleState.IN_IMPLEMENTATION, LifecycleState.CLOSED),
      List.of(LifecycleState.UNDER_REVISION, LifecycleState.PUBLIC_CONSULTATION),
      List.of(LifecycleState.UNDER_REVISION, LifecycleState.IN_IMPLEMENTATION),
      List.of(LifecycleState.UNDER_REVISION, LifecycleState.CLOSED));

  private static Strategy in(LifecycleState state) {
    return GovernanceFixture.builder().state(state).build();
  }

  @TestFactory
  Stream<DynamicTest> everyIllegalTransitionIsRefusedWithAReason() {
    List<DynamicTest> tests = new ArrayList<>();
    for (LifecycleState from : LifecycleState.values()) {
      for (LifecycleState to : LifecycleState.values()) {
        if (LEGAL.contains(List.of(from, to))) {
          continue;
        }
        tests.add(DynamicTest.dynamicTest(from.kebab() + " -> " + to.kebab(), () -> {
          TransitionResult r = LIFECYCLE.transition(in(from), to, DAY);
          assertFalse(r.isAllowed());
          String expected = from == to ? GovernanceCodes.LIFECYCLE_SAME_STATE : GovernanceCodes.LIFECYCLE_NOT_ALLOWED;
          assertEquals(List.of(expected), r.codes());
          assertFalse(r.reasons().get(0).message(Locale.ENGLISH).isBlank());
          assertFalse(r.reasons().get(0).message(Locale.forLanguageTag("ro")).isBlank());
        }));
      }
    }
    assertEquals(9 * 9 - LEGAL.size(), tests.size());
    return tests.stream();
  }

  @Test
  void nextStatesMatchTheDocumentedTable() {
    for (LifecycleState from : LifecycleState.values()) {
      Set<LifecycleState> expected = EnumSet.noneOf(LifecycleState.class);
      LEGAL.stream().filter(p -> p.get(0) == from).forEach(p -> expected.add(p.get(1)));
      assertEquals(expected, Lifecycle.next(from), from.kebab());
    }
  }

  @Test
  void notAllowedReasonListsTheAllowedStates() {
    TransitionResult r = LIFECYCLE.transition(in(LifecycleState.DRAFT), LifecycleState.APPROVED, DAY);
    assertEquals("A strategy cannot go from draft to approved; from draft it can go to: internal-review, withdrawn.",
        r.reasons().get(0).message(Locale.ENGLISH));
  }

  @Test
  void simpleTransitionsChangeOnlyTheStateAndTheHistory() {
    Strategy draft = in(LifecycleState.DRAFT);
    TransitionResult r = LIFECYCLE.transition(draft, LifecycleState.INTERNAL_REVIEW, DAY);
    assertTrue(r.isAllowed());
    Strategy moved = r.strategy().orElseThrow();
    assertEquals(draft.toBuilder().state(LifecycleState.INTERNAL_REVIEW).build(), moved.toBuilder().history(draft.history()).build());
  }

  @Test
  void enteringConsultationOpensOneWithTheStandardProposalPeriod() {
    Strategy s = LIFECYCLE.transition(in(LifecycleState.INTERNAL_REVIEW), LifecycleState.PUBLIC_CONSULTATION, ANNOUNCED)
        .strategy().orElseThrow();
    assertEquals(LifecycleState.PUBLIC_CONSULTATION, s.state());
    assertEquals(List.of(Consultation.announced(ANNOUNCED, ANNOUNCED.plusDays(10))), s.governance().consultations());
  }

  @Test
  void enteringConsultationKeepsARecordedAnnouncement_butNotOneDatedLater() {
    Strategy prepared = GovernanceFixture.withConsultation(in(LifecycleState.INTERNAL_REVIEW),
        Consultation.announced(ANNOUNCED, ANNOUNCED.plusDays(14)));
    TransitionResult ok = LIFECYCLE.transition(prepared, LifecycleState.PUBLIC_CONSULTATION, ANNOUNCED);
    assertEquals(prepared.governance().consultations(), ok.strategy().orElseThrow().governance().consultations());
    TransitionResult early = LIFECYCLE.transition(prepared, LifecycleState.PUBLIC_CONSULTATION, ANNOUNCED.minusDays(1));
    assertEquals(List.of(GovernanceCodes.LIFECYCLE_ANNOUNCEMENT_LATER), early.codes());
  }

  private static Strategy consulting(Consultation c) {
    return GovernanceFixture.withConsultation(in(LifecycleState.PUBLIC_CONSULTATION), c);
  }

  @Test
  void submittingAfterThirtyDaysWithAllAnswersClosesTheConsultation() {
    TransitionResult r = LIFECYCLE.transition(consulting(GovernanceFixture.consultation()), LifecycleState.SUBMITTED,
        EARLIEST);
    assertTrue(r.isAllowed(), () -> r.reasons().toString());
    Consultation closed = r.strategy().orElseThrow().governance().consultations().get(0);
    assertEquals(Optional.of(EARLIEST), closed.closedOn());
  }

  @Test
  void submittingRefusesEveryBrokenGuardAtOnce() {
    Consultation c = GovernanceFixture.consultation()
        .withProposal(Proposal.of("P-3", "Ana", ANNOUNCED.plusDays(4), "More benches.", "/actions/1"))
        .withDebateRequest(new DebateRequest("Consiliul Județean Timiș", RequesterKind.PUBLIC_AUTHORITY, ANNOUNCED.plusDays(2)));
    TransitionResult r = LIFECYCLE.transition(consulting(c), LifecycleState.SUBMITTED, ANNOUNCED.plusDays(10));
    assertEquals(List.of(GovernanceCodes.LIFECYCLE_PROPOSAL_UNANSWERED, GovernanceCodes.LIFECYCLE_PROPOSALS_PERIOD_OPEN,
        GovernanceCodes.LIFECYCLE_DEBATE_MISSING, GovernanceCodes.LIFECYCLE_TOO_EARLY), r.codes());
    assertEquals("/governance/consultations/0/proposals/2", r.reasons().get(0).path());
    assertTrue(r.reasons().get(3).message(Locale.ENGLISH).contains("2026-04-15"), r.reasons().get(3).message(Locale.ENGLISH));
  }

  @Test
  void submittingOneDayTooEarlyIsRefused_andTheDayCountIsAParameter() {
    Strategy s = consulting(GovernanceFixture.consultation());
    assertEquals(List.of(GovernanceCodes.LIFECYCLE_TOO_EARLY),
        LIFECYCLE.transition(s, LifecycleState.SUBMITTED, EARLIEST.minusDays(1)).codes());
    assertTrue(Lifecycle.of(new ConsultationTerms(20, 10)).transition(s, LifecycleState.SUBMITTED, EARLIEST.minusDays(1)).isAllowed());
  }

  @Test
  void submittingWithoutOpenConsultationIsRefused() {
    assertEquals(List.of(GovernanceCodes.LIFECYCLE_NO_OPEN_CONSULTATION),
        LIFECYCLE.transition(in(LifecycleState.PUBLIC_CONSULTATION), LifecycleState.SUBMITTED, DAY).codes());
  }

  @Test
  void withdrawingDuringConsultationNeedsNoAnswers() {
    Consultation c = Consultation.announced(ANNOUNCED, ANNOUNCED.plusDays(10))
        .withProposal(Proposal.of("P-1", "Ana", ANNOUNCED.plusDays(2), "Drop it.", "/"));
    assertTrue(LIFECYCLE.transition(consulting(c), LifecycleState.WITHDRAWN, ANNOUNCED.plusDays(3)).isAllowed());
  }

  private static Strategy submittedWith(CouncilDecision... decisions) {
    Strategy s = GovernanceFixture.withConsultation(in(LifecycleState.SUBMITTED),
        GovernanceFixture.consultation().closedOn(EARLIEST));
    List<CouncilDecision> withDossiers = java.util.Arrays.stream(decisions)
        .map(d -> d.dossier().isPresent() ? d : d.withDossier(GovernanceFixture.dossier(d.date())))
        .toList();
    return s.toBuilder().governance(s.governance().withDecisions(withDossiers)).build();
  }

  @Test
  void approvalRecordsTheApprovedVersion() {
    CouncilDecision hcl = new CouncilDecision("245", ANNOUNCED.plusDays(45), Optional.of("HCL 245/2026"), Optional.empty(), Optional.empty());
    TransitionResult r = LIFECYCLE.transition(submittedWith(hcl), LifecycleState.APPROVED, ANNOUNCED.plusDays(45));
    assertTrue(r.isAllowed(), () -> r.reasons().toString());
    Strategy approved = r.strategy().orElseThrow();
    assertEquals(LifecycleState.APPROVED, approved.state());
    assertEquals(Optional.of("1"), approved.governance().decisions().get(0).approvedVersion());
  }

  @Test
  void approvalWithoutDecisionOrWithEarlyDecisionIsRefused() {
    assertEquals(List.of(GovernanceCodes.LIFECYCLE_DECISION_MISSING),
        LIFECYCLE.transition(submittedWith(), LifecycleState.APPROVED, ANNOUNCED.plusDays(45)).codes());
    CouncilDecision future = new CouncilDecision("245", ANNOUNCED.plusDays(50), Optional.empty(), Optional.empty(), Optional.empty());
    assertEquals(List.of(GovernanceCodes.LIFECYCLE_DECISION_MISSING),
        LIFECYCLE.transition(submittedWith(future), LifecycleState.APPROVED, ANNOUNCED.plusDays(45)).codes());
    CouncilDecision early = new CouncilDecision("200", ANNOUNCED.plusDays(20), Optional.empty(), Optional.empty(), Optional.empty());
    assertEquals(List.of(GovernanceCodes.LIFECYCLE_DECISION_BEFORE_SUBMISSION, GovernanceCodes.LIFECYCLE_DECISION_TOO_EARLY),
        LIFECYCLE.transition(submittedWith(early), LifecycleState.APPROVED, ANNOUNCED.plusDays(45)).codes());
  }

  /** {@code s} with a title longer than allowed: an error finding of the core rules. */
  private static Strategy withTooLongTitle(Strategy s) {
    return s.toBuilder().title(LocalizedText.of("T".repeat(600), "T".repeat(600))).build();
  }

  @Test
  void approvalOfADocumentWithAnErrorFindingIsRefused_namingTheFinding() {
    CouncilDecision hcl = new CouncilDecision("245", ANNOUNCED.plusDays(45), Optional.empty(), Optional.empty(), Optional.empty());
    Strategy invalid = withTooLongTitle(submittedWith(hcl));
    TransitionResult r = LIFECYCLE.transition(invalid, LifecycleState.APPROVED, ANNOUNCED.plusDays(45));
    assertFalse(r.isAllowed());
    assertEquals(List.of(GovernanceCodes.LIFECYCLE_DOCUMENT_INVALID, GovernanceCodes.LIFECYCLE_DOCUMENT_INVALID), r.codes());
    Finding first = r.reasons().get(0);
    assertEquals("/title/en", first.path());
    assertTrue(first.message(Locale.ENGLISH).startsWith(
        "The document has the error finding text.too-long at /title/en; a strategy with error findings cannot become approved: "),
        first.message(Locale.ENGLISH));
    assertTrue(first.message(Locale.forLanguageTag("ro")).startsWith("Documentul are constatarea de eroare text.too-long"),
        first.message(Locale.forLanguageTag("ro")));
  }

  @Test
  void submissionOfADocumentWithAnErrorFindingIsRefused() {
    Strategy invalid = withTooLongTitle(consulting(GovernanceFixture.consultation()));
    TransitionResult r = LIFECYCLE.transition(invalid, LifecycleState.SUBMITTED, EARLIEST);
    assertTrue(r.codes().contains(GovernanceCodes.LIFECYCLE_DOCUMENT_INVALID), r.codes().toString());
  }

  @Test
  void otherTransitionsIgnoreErrorFindings_andTheValidatorIsAParameter() {
    assertTrue(LIFECYCLE.transition(withTooLongTitle(in(LifecycleState.DRAFT)), LifecycleState.INTERNAL_REVIEW, DAY)
        .isAllowed());
    CouncilDecision hcl = new CouncilDecision("245", ANNOUNCED.plusDays(45), Optional.empty(), Optional.empty(), Optional.empty());
    assertTrue(LIFECYCLE.transition(submittedWith(hcl), LifecycleState.APPROVED, ANNOUNCED.plusDays(45)).isAllowed());
    ValidationRule municipal = new ValidationRule() {
      @Override
      public String id() {
        return "test.municipal";
      }

      @Override
      public void check(Strategy strategy, RuleContext context) {
        context.report(new Finding(Severity.ERROR, "test.municipal", "/vision", LocalizedText.of("No.", "Nu.")));
      }
    };
    TransitionResult r = Lifecycle.of(ConsultationTerms.standard(), StrategyValidator.builder().rule(municipal).build())
        .transition(submittedWith(hcl), LifecycleState.APPROVED, ANNOUNCED.plusDays(45));
    assertEquals(List.of(GovernanceCodes.LIFECYCLE_DOCUMENT_INVALID), r.codes());
    assertTrue(r.reasons().get(0).message(Locale.ENGLISH).endsWith("test.municipal at /vision; a strategy with error"
        + " findings cannot become approved: No."), r.reasons().get(0).message(Locale.ENGLISH));
  }

  @Test
  void implementationCannotStartBeforeTheDecision() {
    CouncilDecision hcl = new CouncilDecision("245", ANNOUNCED.plusDays(45), Optional.empty(), Optional.of("1"), Optional.empty());
    Strategy approved = submittedWith(hcl).toBuilder().state(LifecycleState.APPROVED).build();
    assertEquals(List.of(GovernanceCodes.LIFECYCLE_BEFORE_DECISION),
        LIFECYCLE.transition(approved, LifecycleState.IN_IMPLEMENTATION, ANNOUNCED.plusDays(44)).codes());
    assertTrue(LIFECYCLE.transition(approved, LifecycleState.IN_IMPLEMENTATION, ANNOUNCED.plusDays(45)).isAllowed());
  }

  @Test
  void revisionOpensASecondConsultation() {
    Strategy s = GovernanceFixture.withConsultation(in(LifecycleState.UNDER_REVISION),
        GovernanceFixture.consultation().closedOn(EARLIEST));
    LocalDate again = LocalDate.of(2028, 2, 1);
    Strategy revised = LIFECYCLE.transition(s, LifecycleState.PUBLIC_CONSULTATION, again).strategy().orElseThrow();
    assertEquals(2, revised.governance().consultations().size());
    assertEquals(again, revised.governance().lastConsultation().orElseThrow().announcedOn());
  }
}
