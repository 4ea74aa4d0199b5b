// SPDX-License-Identifier: Apache-2.0
package org.civicplan.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.civicplan.base.Finding;
import org.civicplan.base.Severity;
import org.civicplan.governance.CouncilDecision;
import org.civicplan.governance.DecisionDossier;
import org.civicplan.governance.DossierDocument;
import org.civicplan.governance.DossierDocumentKind;
import org.civicplan.governance.GovernanceFixture;
import org.civicplan.governance.MajorityRule;
import org.civicplan.governance.Vote;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.Parameters;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The dossier rule: silent on a complete dossier, each code fired by one mutant. */
class DossierRuleTest {

  /** Thursday 16 April 2026, a working day. */
  private static final LocalDate ADOPTED = LocalDate.of(2026, 4, 16);
  private static final Locale RO = Locale.forLanguageTag("ro");
  private static final Parameters TERMS = Parameters.of(Map.of(
      DecisionRules.PREFECT_DAYS, "10", DecisionRules.PUBLICATION_DAYS, "30",
      DecisionRules.PUBLICATION_COUNT, "calendar"));

  private static Strategy with(DecisionDossier dossier) {
    Strategy s = GovernanceFixture.strategy();
    CouncilDecision d = new CouncilDecision("245", ADOPTED, Optional.empty(), Optional.of("1"), Optional.empty()).withDossier(dossier);
    return s.toBuilder().governance(s.governance().withDecisions(List.of(d))).build();
  }

  private static DecisionDossier complete() {
    return GovernanceFixture.dossier(ADOPTED).communicated(LocalDate.of(2026, 4, 20), "nr. 88/2026")
        .published(LocalDate.of(2026, 4, 22), "MOL 2026/14");
  }

  private static List<Finding> findings(DecisionDossier dossier, Parameters parameters) {
    return RuleRunner.run(List.of(new DossierRule()), with(dossier), parameters).findings();
  }

  private static Finding only(DecisionDossier dossier, Parameters parameters, String code) {
    List<Finding> all = findings(dossier, parameters);
    assertEquals(List.of(code), all.stream().map(Finding::code).toList(), all::toString);
    return all.get(0);
  }

  @Test
  void aCompleteDossierOnTimeHasNoFinding_withAndWithoutTerms() {
    assertEquals(List.of(), findings(complete(), Parameters.empty()));
    assertEquals(List.of(), findings(complete(), TERMS));
  }

  @Test
  void aDecisionWithoutDossierIsNotChecked() {
    Strategy s = GovernanceFixture.strategy();
    CouncilDecision bare = new CouncilDecision("245", ADOPTED, Optional.empty(), Optional.of("1"), Optional.empty());
    Strategy old = s.toBuilder().governance(s.governance().withDecisions(List.of(bare))).build();
    assertEquals(List.of(), RuleRunner.run(List.of(new DossierRule()), old, Parameters.empty()).findings());
  }

  @Test
  void missingApprovalReport() {
    DecisionDossier d = complete().withDocuments(complete().documents().subList(1, 3));
    Finding f = only(d, Parameters.empty(), GovernanceCodes.DOSSIER_DOCUMENT_MISSING);
    assertEquals(Severity.ERROR, f.severity());
    assertEquals("/governance/decisions/0/dossier/documents", f.path());
    assertEquals("Council decision 245: the dossier has no approval report; a dossier holds approval report,"
        + " specialist report, committee opinion.", f.message(Locale.ENGLISH));
    assertEquals("Hotărârea consiliului 245: dosarul nu conține referatul de aprobare; un dosar conține referatul"
        + " de aprobare, raportul de specialitate, avizul comisiei de specialitate.", f.message(RO));
  }

  @Test
  void aDocumentTheCityDoesNotRequireMayBeMissing() {
    DecisionDossier d = complete().withDocuments(complete().documents().subList(0, 2));
    assertEquals(List.of(GovernanceCodes.DOSSIER_DOCUMENT_MISSING),
        findings(d, Parameters.empty()).stream().map(Finding::code).toList());
    assertEquals(List.of(),
        findings(d, Parameters.of(Map.of(DecisionRules.REQUIRED, "approval-report, specialist-report"))));
  }

  @Test
  void committeeOpinionWithoutResult() {
    List<DossierDocument> docs = List.of(complete().documents().get(0), complete().documents().get(1),
        DossierDocument.of(DossierDocumentKind.COMMITTEE_OPINION, "12", ADOPTED.minusDays(5), "Comisia de urbanism"));
    Finding f = only(complete().withDocuments(docs), Parameters.empty(), GovernanceCodes.DOSSIER_OPINION_RESULT_MISSING);
    assertEquals(Severity.WARNING, f.severity());
    assertEquals("/governance/decisions/0/dossier/documents/2", f.path());
  }

  @Test
  void noVote() {
    Finding f = only(complete().withoutVote(), Parameters.empty(), GovernanceCodes.DOSSIER_VOTE_MISSING);
    assertEquals(Severity.ERROR, f.severity());
    assertEquals("/governance/decisions/0/dossier", f.path());
  }

  @Test
  void moreVotesThanPresent() {
    // 20 + 3 + 3 = 26 votes cast with 25 present.
    Finding f = only(complete().withVote(new Vote(25, 20, 3, 3, 27)), Parameters.empty(),
        GovernanceCodes.DOSSIER_VOTE_INCONSISTENT);
    assertEquals(Severity.ERROR, f.severity());
    assertEquals("/governance/decisions/0/dossier/vote", f.path());
    assertEquals("Council decision 245: the vote does not add up: 20 for, 3 against and 3 abstentions with 25 present"
        + " and 27 councillors in office (votes cast at most those present, present at most those in office).",
        f.message(Locale.ENGLISH));
  }

  @Test
  void morePresentThanInOffice() {
    assertEquals(List.of(GovernanceCodes.DOSSIER_VOTE_INCONSISTENT),
        findings(complete().withVote(new Vote(28, 20, 2, 3, 27)), Parameters.empty()).stream()
            .map(Finding::code).toList());
  }

  @Nested
  class Majority {

    /** 13 for of 27 in office: the majority of councillors in office is 27 / 2 + 1 = 14. */
    private final DecisionDossier thirteen = complete().withVote(new Vote(20, 13, 4, 3, 27));

    @Test
    void underTheUnverifiedDefaultItIsAWarning() {
      Finding f = only(thirteen, Parameters.empty(), GovernanceCodes.DOSSIER_MAJORITY_NOT_MET);
      assertEquals(Severity.WARNING, f.severity());
      assertEquals("/governance/decisions/0/dossier/vote/inFavour", f.path());
      assertEquals("Council decision 245 had 13 votes for; the majority of councillors in office needs 14"
          + " (Administrative Code art. 139(3), as council decisions adopting strategies cite it; not verified).",
          f.message(Locale.ENGLISH));
      assertEquals("Hotărârea consiliului 245 a avut 13 voturi pentru; majoritatea consilierilor în funcție cere 14"
          + " (Codul administrativ art. 139 alin. (3), așa cum îl citează hotărârile de adoptare a strategiilor;"
          + " neverificat).", f.message(RO));
    }

    @Test
    void underAMajorityTheCitySetsItIsAnError() {
      Finding f = only(thirteen, Parameters.of(Map.of("governance.decision.majority.strategy", "absolute")),
          GovernanceCodes.DOSSIER_MAJORITY_NOT_MET);
      assertEquals(Severity.ERROR, f.severity());
      assertTrue(f.message(Locale.ENGLISH).endsWith("needs 14 (parameter governance.decision.majority.strategy)."),
          f.message(Locale.ENGLISH));
    }

    @Test
    void aSimpleMajorityOfThosePresentIsMet() {
      // 20 present: 20 / 2 + 1 = 11 <= 13.
      assertEquals(List.of(), findings(thirteen, Parameters.of(Map.of("governance.decision.majority.strategy", "simple"))));
    }

    @Test
    void twoThirdsOfTwentySevenIsEighteen() {
      // ceil(2 * 27 / 3) = 18: the fixture's 20 meet it, 17 do not.
      Parameters twoThirds = Parameters.of(Map.of("governance.decision.majority.strategy", "two-thirds"));
      assertEquals(List.of(), findings(complete(), twoThirds));
      DecisionDossier seventeen = complete().withVote(new Vote(25, 17, 5, 3, 27));
      assertTrue(only(seventeen, twoThirds, GovernanceCodes.DOSSIER_MAJORITY_NOT_MET).message(Locale.ENGLISH)
          .contains("the two-thirds majority of councillors in office needs 18"));
    }

    @Test
    void requiredVotesByHand() {
      Vote v = new Vote(25, 20, 2, 3, 27);
      assertEquals(13, MajorityRule.SIMPLE.required(v)); // 25 / 2 + 1
      assertEquals(14, MajorityRule.ABSOLUTE.required(v)); // 27 / 2 + 1
      assertEquals(18, MajorityRule.TWO_THIRDS.required(v)); // ceil(54 / 3)
      assertEquals(19, MajorityRule.TWO_THIRDS.required(new Vote(28, 0, 0, 0, 28))); // ceil(56 / 3) = ceil(18.67)
      assertEquals(11, MajorityRule.ABSOLUTE.required(new Vote(20, 0, 0, 0, 20))); // 20 / 2 + 1
    }
  }

  @Nested
  class Deadlines {

    @Test
    void prefectTermsAreCountedInWorkingDays() {
      // 10 working days after Thursday 16 April 2026: 17, 20, 21, 22, 23, 24, 27, 28, 29, 30 April
      // (no holiday: Orthodox Easter 2026 is 12 April, Easter Monday 13 April).
      DecisionRules rules = DecisionRules.from(TERMS);
      assertEquals(LocalDate.of(2026, 4, 30), rules.prefectDeadline(ADOPTED).orElseThrow().due());
      // 30 calendar days after 16 April: 16 May.
      assertEquals(LocalDate.of(2026, 5, 16), rules.publicationDeadline(ADOPTED).orElseThrow().due());
    }

    @Test
    void communicatedAfterTheTermIsLate() {
      // Friday 1 May is Labour Day; the term ended on 30 April.
      DecisionDossier late = complete().communicated(LocalDate.of(2026, 5, 4), "nr. 95/2026");
      Finding f = only(late, TERMS, GovernanceCodes.DOSSIER_PREFECT_LATE);
      assertEquals(Severity.WARNING, f.severity());
      assertEquals("/governance/decisions/0/dossier/prefectOn", f.path());
      assertTrue(f.message(Locale.ENGLISH).startsWith(
          "Council decision 245 of 2026-04-16 was communicated to the prefect on 2026-05-04, after 2026-04-30 ("),
          f.message(Locale.ENGLISH));
      assertEquals(List.of(), findings(late, Parameters.empty()), "no term set: nothing is late");
    }

    @Test
    void publishedAfterTheTermIsLate() {
      DecisionDossier late = complete().published(LocalDate.of(2026, 5, 18), "MOL 2026/19");
      Finding f = only(late, TERMS, GovernanceCodes.DOSSIER_PUBLICATION_LATE);
      assertTrue(f.message(RO).startsWith("Hotărârea consiliului 245 din 2026-04-16 a fost publicată în Monitorul"
          + " Oficial Local la 2026-05-18, după 2026-05-16 ("), f.message(RO));
    }

    @Test
    void notYetDoneIsOverdueOnlyAfterTheTermAtTheAsOfDate() {
      DecisionDossier notYet = GovernanceFixture.dossier(ADOPTED);
      CouncilDecision d = new CouncilDecision("245", ADOPTED, Optional.empty(), Optional.of("1"), Optional.empty()).withDossier(notYet);
      DecisionRules rules = DecisionRules.from(TERMS);
      assertEquals(List.of(), DossierCheck.check(d, 0, rules, LocalDate.of(2026, 4, 30)));
      assertEquals(List.of(GovernanceCodes.DOSSIER_PREFECT_OVERDUE),
          DossierCheck.check(d, 0, rules, LocalDate.of(2026, 5, 1)).stream().map(Finding::code).toList());
      assertEquals(List.of(GovernanceCodes.DOSSIER_PREFECT_OVERDUE, GovernanceCodes.DOSSIER_PUBLICATION_OVERDUE),
          DossierCheck.check(d, 0, rules, LocalDate.of(2026, 5, 17)).stream().map(Finding::code).toList());
      assertEquals(List.of(), DossierCheck.check(d, 0, rules), "without an as-of date nothing is overdue");
    }
  }

  @Test
  void badParametersNameThemselves() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> DecisionRules.from(Parameters.of(Map.of("governance.decision.majority.strategy", "most"))));
    assertEquals("parameter governance.decision.majority.strategy: majority must be simple, absolute or two-thirds"
        + " but was \"most\"", e.getMessage());
    assertThrows(IllegalStateException.class,
        () -> DecisionRules.from(Parameters.of(Map.of(DecisionRules.REQUIRED, "approval-report, minutes"))));
  }

  @Test
  void aNegativeVoteCountIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Vote(25, -1, 2, 3, 27));
    assertEquals("vote count inFavour must be >= 0 but was -1", e.getMessage());
  }
}
