// SPDX-License-Identifier: Apache-2.0
package org.civicplan.lifecycle;

import static org.civicplan.governance.GovernanceFixture.ANNOUNCED;
import static org.civicplan.governance.GovernanceFixture.EARLIEST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.civicplan.base.Finding;
import org.civicplan.governance.CouncilDecision;
import org.civicplan.governance.DecisionDossier;
import org.civicplan.governance.DossierDocumentKind;
import org.civicplan.governance.GovernanceFixture;
import org.civicplan.governance.LifecycleState;
import org.civicplan.governance.Vote;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.Parameters;
import org.civicplan.validation.ConsultationTerms;
import org.civicplan.validation.DecisionRules;
import org.civicplan.validation.GovernanceCodes;
import org.civicplan.validation.StrategyValidator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What approval needs of the council decision's dossier and of the strategy (issue 16). */
class ApprovalDossierTest {

  private static final Lifecycle LIFECYCLE = Lifecycle.standard();
  private static final LocalDate ADOPTED = ANNOUNCED.plusDays(45);
  private static final Locale RO = Locale.forLanguageTag("ro");

  private static Strategy submittedWith(CouncilDecision decision) {
    Strategy s = GovernanceFixture.withConsultation(GovernanceFixture.builder().state(LifecycleState.SUBMITTED).build(),
        GovernanceFixture.consultation().closedOn(EARLIEST));
    return s.toBuilder().governance(s.governance().withDecisions(List.of(decision))).build();
  }

  private static CouncilDecision decision() {
    return new CouncilDecision("245", ADOPTED, Optional.empty(), Optional.empty(), Optional.empty());
  }

  private static CouncilDecision withDossier(DecisionDossier dossier) {
    return decision().withDossier(dossier);
  }

  @Test
  void aCompleteDossierIsApproved_andKeptWithTheApprovedVersion() {
    DecisionDossier dossier = GovernanceFixture.dossier(ADOPTED);
    TransitionResult r = LIFECYCLE.transition(submittedWith(withDossier(dossier)), LifecycleState.APPROVED, ADOPTED);
    assertTrue(r.isAllowed(), () -> r.reasons().toString());
    CouncilDecision approved = r.strategy().orElseThrow().governance().decisions().get(0);
    assertEquals(Optional.of(dossier), approved.dossier());
    assertEquals(Optional.of("1"), approved.approvedVersion());
  }

  @Nested
  class Incomplete {

    @Test
    void aDecisionWithNoDossierLacksTheThreeDocumentsAndTheVote() {
      TransitionResult r = LIFECYCLE.transition(submittedWith(decision()), LifecycleState.APPROVED, ADOPTED);
      assertEquals(List.of(GovernanceCodes.LIFECYCLE_DOSSIER_INCOMPLETE), r.codes());
      Finding f = r.reasons().get(0);
      assertEquals("/governance/decisions/0/dossier", f.path());
      assertEquals("Council decision 245 cannot approve the strategy: its dossier lacks: approval report,"
          + " specialist report, committee opinion, vote.", f.message(Locale.ENGLISH));
      assertEquals("Hotărârea consiliului 245 nu poate aproba strategia: din dosar lipsesc: referatul de aprobare,"
          + " raportul de specialitate, avizul comisiei de specialitate, votul.", f.message(RO));
    }

    @Test
    void aMissingSpecialistReportIsNamed() {
      DecisionDossier full = GovernanceFixture.dossier(ADOPTED);
      DecisionDossier without = full.withDocuments(full.documents().stream()
          .filter(d -> d.kind() != DossierDocumentKind.SPECIALIST_REPORT).toList());
      TransitionResult r = LIFECYCLE.transition(submittedWith(withDossier(without)), LifecycleState.APPROVED, ADOPTED);
      assertEquals(List.of(GovernanceCodes.LIFECYCLE_DOSSIER_INCOMPLETE), r.codes());
      assertTrue(r.reasons().get(0).message(Locale.ENGLISH).endsWith("its dossier lacks: specialist report."),
          r.reasons().get(0).message(Locale.ENGLISH));
    }

    @Test
    void aCityThatRequiresOnlyTheApprovalReportApprovesWithoutTheOthers() {
      DecisionDossier full = GovernanceFixture.dossier(ADOPTED);
      DecisionDossier onlyReport = full.withDocuments(full.documents().stream()
          .filter(d -> d.kind() == DossierDocumentKind.APPROVAL_REPORT).toList());
      Parameters parameters = Parameters.of(Map.of(DecisionRules.REQUIRED, "approval-report"));
      Lifecycle city = Lifecycle.of(ConsultationTerms.standard(), DecisionRules.from(parameters),
          StrategyValidator.builder().parameters(parameters).build());
      assertTrue(city.transition(submittedWith(withDossier(onlyReport)), LifecycleState.APPROVED, ADOPTED).isAllowed());
      assertEquals(List.of(GovernanceCodes.LIFECYCLE_DOSSIER_INCOMPLETE),
          LIFECYCLE.transition(submittedWith(withDossier(onlyReport)), LifecycleState.APPROVED, ADOPTED).codes());
    }
  }

  @Nested
  class Majority {

    @Test
    void thirteenOfTwentySevenInOfficeIsRefused_fourteenIsApproved() {
      // Majority of councillors in office (default, [2nd/NV]): 27 / 2 + 1 = 14.
      DecisionDossier thirteen = GovernanceFixture.dossier(ADOPTED).withVote(new Vote(20, 13, 4, 3, 27));
      TransitionResult r = LIFECYCLE.transition(submittedWith(withDossier(thirteen)), LifecycleState.APPROVED, ADOPTED);
      assertEquals(List.of(GovernanceCodes.LIFECYCLE_MAJORITY_NOT_MET), r.codes());
      assertEquals("/governance/decisions/0/dossier/vote/inFavour", r.reasons().get(0).path());
      assertEquals("Council decision 245 cannot approve the strategy: 13 votes for, and the majority of councillors"
          + " in office needs 14 (Administrative Code art. 139(3), as council decisions adopting strategies cite it;"
          + " not verified).", r.reasons().get(0).message(Locale.ENGLISH));
      assertEquals("Hotărârea consiliului 245 nu poate aproba strategia: 13 voturi pentru, iar majoritatea"
          + " consilierilor în funcție cere 14 (Codul administrativ art. 139 alin. (3), așa cum îl citează hotărârile"
          + " de adoptare a strategiilor; neverificat).", r.reasons().get(0).message(RO));
      DecisionDossier fourteen = GovernanceFixture.dossier(ADOPTED).withVote(new Vote(20, 14, 3, 3, 27));
      assertTrue(LIFECYCLE.transition(submittedWith(withDossier(fourteen)), LifecycleState.APPROVED, ADOPTED).isAllowed());
    }

    @Test
    void aCityThatSetsASimpleMajorityApprovesThirteenOfTwentyPresent() {
      // Simple majority of 20 present: 20 / 2 + 1 = 11 <= 13.
      DecisionDossier thirteen = GovernanceFixture.dossier(ADOPTED).withVote(new Vote(20, 13, 4, 3, 27));
      Parameters parameters = Parameters.of(Map.of("governance.decision.majority.strategy", "simple"));
      Lifecycle city = Lifecycle.of(ConsultationTerms.standard(), DecisionRules.from(parameters),
          StrategyValidator.builder().parameters(parameters).build());
      assertTrue(city.transition(submittedWith(withDossier(thirteen)), LifecycleState.APPROVED, ADOPTED).isAllowed());
    }
  }

  @Test
  void aStrategyWithNoActionIsNotApproved() {
    Strategy noAction = submittedWith(withDossier(GovernanceFixture.dossier(ADOPTED))).toBuilder()
        .actions(List.of()).build();
    TransitionResult r = LIFECYCLE.transition(noAction, LifecycleState.APPROVED, ADOPTED);
    assertFalse(r.isAllowed());
    assertTrue(r.codes().contains(GovernanceCodes.LIFECYCLE_NO_ACTION), r.codes().toString());
    Finding f = r.reasons().stream().filter(x -> x.code().equals(GovernanceCodes.LIFECYCLE_NO_ACTION)).findFirst()
        .orElseThrow();
    assertEquals("/actions", f.path());
    assertEquals("O strategie fără nicio acțiune nu poate fi aprobată.", f.message(RO));
  }
}
