// SPDX-License-Identifier: Apache-2.0
package org.civicplan.climate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.civicplan.base.Finding;
import org.civicplan.governance.Consultation;
import org.civicplan.governance.CouncilDecision;
import org.civicplan.governance.DebateIntervention;
import org.civicplan.governance.DebateMinutes;
import org.civicplan.governance.NamedParticipant;
import org.civicplan.governance.PublicDebate;
import org.civicplan.governance.DecisionDossier;
import org.civicplan.governance.DossierDocument;
import org.civicplan.governance.DossierDocumentKind;
import org.civicplan.governance.LifecycleState;
import org.civicplan.governance.Vote;
import org.civicplan.lifecycle.Lifecycle;
import org.civicplan.lifecycle.TransitionResult;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.Parameters;
import org.civicplan.template.TemplateRegistry;
import org.civicplan.validation.ConsultationTerms;
import org.civicplan.validation.DecisionRules;
import org.civicplan.validation.DossierCheck;
import org.civicplan.validation.GovernanceCodes;
import org.civicplan.validation.StrategyValidator;
import org.civicplan.validation.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sample's council decision carries a complete dossier: every dossier rule and approval guard
 * is silent on it, and each fires on a copy with one defect.
 */
class SampleDossierTest {

  private static final StrategyValidator VALIDATOR = StrategyValidator.of(TemplateRegistry.load());
  private static final Lifecycle LIFECYCLE = Lifecycle.of(ConsultationTerms.standard(), VALIDATOR);
  private static final LocalDate ADOPTED = LocalDate.of(2022, 7, 28);

  /** Terms a city might set (the legal ones are [NV]): 10 working days to the prefect, 30 calendar days to publish. */
  private static final Parameters TERMS = Parameters.of(Map.of(
      DecisionRules.PREFECT_DAYS, "10", DecisionRules.PUBLICATION_DAYS, "30",
      DecisionRules.PUBLICATION_COUNT, "calendar"));

  private static Strategy withDossier(UnaryOperator<DecisionDossier> change) {
    Strategy s = ClimateSample.valid();
    CouncilDecision d = s.governance().decisions().get(0);
    CouncilDecision changed = d.withDossier(change.apply(d.dossier().orElseThrow()));
    return s.toBuilder().governance(s.governance().withDecisions(List.of(changed))).build();
  }

  /** The sample as it was before the council approved it. */
  private static Strategy submitted(Strategy s) {
    return s.toBuilder().state(LifecycleState.SUBMITTED).history(List.of()).build();
  }

  private static DecisionDossier without(DecisionDossier d, DossierDocumentKind kind) {
    return d.withDocuments(d.documents().stream().filter(x -> x.kind() != kind).toList());
  }

  @Test
  void theSampleDossierHasNoFinding_evenWithTermsSetAndLookedAtToday() {
    CouncilDecision d = ClimateSample.valid().governance().decisions().get(0);
    assertTrue(d.dossier().isPresent());
    assertEquals(List.of(), DossierCheck.check(d, 0, DecisionRules.standard(), LocalDate.of(2026, 6, 30)));
    assertEquals(List.of(), DossierCheck.check(d, 0, DecisionRules.from(TERMS), LocalDate.of(2026, 6, 30)));
  }

  @Test
  void theSampleWasApprovableOnTheDayOfItsDecision() {
    TransitionResult r = LIFECYCLE.transition(submitted(ClimateSample.valid()), LifecycleState.APPROVED, ADOPTED);
    assertTrue(r.isAllowed(), () -> r.reasons().toString());
  }

  static Stream<Arguments> mutants() {
    return Stream.of(
        Arguments.of(GovernanceCodes.DOSSIER_DOCUMENT_MISSING, "/governance/decisions/0/dossier/documents",
            withDossier(d -> without(d, DossierDocumentKind.SPECIALIST_REPORT))),
        Arguments.of(GovernanceCodes.DOSSIER_OPINION_RESULT_MISSING, "/governance/decisions/0/dossier/documents/2",
            withDossier(d -> d.withDocuments(List.of(d.documents().get(0), d.documents().get(1),
                DossierDocument.of(DossierDocumentKind.COMMITTEE_OPINION, "31", LocalDate.of(2022, 7, 26),
                    "Comisia de urbanism și protecția mediului (illustrative)"))))),
        Arguments.of(GovernanceCodes.DOSSIER_VOTE_MISSING, "/governance/decisions/0/dossier",
            withDossier(d -> d.withoutVote())),
        // 21 + 1 + 3 = 25 votes cast with 24 present
        Arguments.of(GovernanceCodes.DOSSIER_VOTE_INCONSISTENT, "/governance/decisions/0/dossier/vote",
            withDossier(d -> d.withVote(new Vote(24, 21, 1, 3, 27)))),
        // 13 for: the majority of 27 in office is 14
        Arguments.of(GovernanceCodes.DOSSIER_MAJORITY_NOT_MET, "/governance/decisions/0/dossier/vote/inFavour",
            withDossier(d -> d.withVote(new Vote(25, 13, 9, 3, 27)))));
  }

  private static Strategy withMinutes(UnaryOperator<DebateMinutes> change) {
    Strategy s = ClimateSample.valid();
    Consultation k = s.governance().consultations().get(0);
    PublicDebate d = k.debate().orElseThrow();
    Consultation changed = new Consultation(k.announcedOn(), k.proposalsUntil(), k.debateRequests(),
        Optional.of(d.withMinutes(change.apply(d.minutes().orElseThrow()))), k.proposals(), k.closedOn());
    return s.toBuilder().governance(s.governance().withConsultations(List.of(changed))).build();
  }

  static Stream<Arguments> minutesMutants() {
    return Stream.of(
        Arguments.of(GovernanceCodes.MINUTES_PROPOSAL_UNKNOWN,
            "/governance/consultations/0/debate/minutes/interventions/1/proposals/0",
            withMinutes(m -> {
              List<DebateIntervention> all = new java.util.ArrayList<>(m.interventions());
              DebateIntervention i = all.get(1);
              all.set(1, new DebateIntervention(i.category(), i.organisation(), i.position(), i.answer(), List.of("P-9")));
              return new DebateMinutes(m.link(), m.participants(), m.named(), all);
            })),
        Arguments.of(GovernanceCodes.MINUTES_NAME_WITHOUT_CONSENT, "/governance/consultations/0/debate/minutes/named/0",
            withMinutes(m -> new DebateMinutes(m.link(), m.participants(),
                List.of(new NamedParticipant("Maria Georgescu (illustrative)", Optional.empty(), false)),
                m.interventions()))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("minutesMutants")
  void minutesRuleFiresOnTheSampleWithOneDefect(String code, String path, Strategy mutant) {
    ValidationReport report = VALIDATOR.validate(mutant);
    assertEquals(List.of(code), report.findings().stream().map(Finding::code).toList(), report::toString);
    assertEquals(path, report.findings().get(0).path());
  }

  @Test
  void theSampleMinutesCount32Participants() {
    // 23 + 4 + 2 + 2 + 1
    assertEquals(32, ClimateSample.minutes().participantTotal());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mutants")
  void dossierRuleFiresOnTheSampleWithOneDefect(String code, String path, Strategy mutant) {
    ValidationReport report = VALIDATOR.validate(mutant);
    assertEquals(List.of(code), report.findings().stream().map(Finding::code).toList(), report::toString);
    assertEquals(path, report.findings().get(0).path());
  }

  @Test
  void lateCommunicationAndPublicationFireUnderTheCitysTerms() {
    // 10 working days after Thursday 28 July 2022: 29 Jul, 1-5 Aug, 8-11 Aug: due Thursday 11 August.
    CouncilDecision late = withDossier(d -> d.communicated(LocalDate.of(2022, 8, 12), "nr. 9300/12.08.2022"))
        .governance().decisions().get(0);
    assertEquals(LocalDate.of(2022, 8, 11), DecisionRules.from(TERMS).prefectDeadline(ADOPTED).orElseThrow().due());
    assertEquals(List.of(GovernanceCodes.DOSSIER_PREFECT_LATE),
        DossierCheck.check(late, 0, DecisionRules.from(TERMS)).stream().map(Finding::code).toList());
    // 30 calendar days after 28 July 2022: 27 August.
    CouncilDecision unpublished = withDossier(d -> new DecisionDossier(d.kind(), d.documents(), d.vote(),
        d.prefectOn(), d.prefectReference(), Optional.empty(), Optional.empty())).governance().decisions().get(0);
    assertEquals(List.of(), DossierCheck.check(unpublished, 0, DecisionRules.from(TERMS), LocalDate.of(2022, 8, 27)));
    assertEquals(List.of(GovernanceCodes.DOSSIER_PUBLICATION_OVERDUE),
        DossierCheck.check(unpublished, 0, DecisionRules.from(TERMS), LocalDate.of(2022, 8, 28))
            .stream().map(Finding::code).toList());
  }

  @Test
  void approvalGuardsFireOnTheSubmittedSampleWithOneDefect() {
    Strategy noDossier = submitted(ClimateSample.valid());
    noDossier = noDossier.toBuilder().governance(noDossier.governance().withDecisions(List.of(
        new CouncilDecision("187", ADOPTED, Optional.empty(), Optional.empty(), Optional.empty())))).build();
    assertEquals(List.of(GovernanceCodes.LIFECYCLE_DOSSIER_INCOMPLETE),
        LIFECYCLE.transition(noDossier, LifecycleState.APPROVED, ADOPTED).codes());
    Strategy short13 = submitted(withDossier(d -> d.withVote(new Vote(25, 13, 9, 3, 27))));
    assertEquals(List.of(GovernanceCodes.LIFECYCLE_MAJORITY_NOT_MET),
        LIFECYCLE.transition(short13, LifecycleState.APPROVED, ADOPTED).codes());
    Strategy noAction = submitted(ClimateSample.valid()).toBuilder().actions(List.of()).build();
    assertTrue(LIFECYCLE.transition(noAction, LifecycleState.APPROVED, ADOPTED).codes()
        .contains(GovernanceCodes.LIFECYCLE_NO_ACTION));
  }

  @Test
  void theSampleConsultationReachedSevenCategories_andInvitedFive() {
    // Reached: the NGO (P-1 and the debate), the tenants' federation (P-2, meeting E-2022-02), the
    // heating company (E-2022-02), the university and school inspectorate (workshop E-2022-03), and
    // at the debate citizens and businesses. Invited by E-2022-01: NGO, tenants, university,
    // schools (public institution), heating company.
    Strategy s = ClimateSample.valid();
    org.civicplan.report.EngagementCoverage coverage =
        org.civicplan.report.EngagementCoverage.of(s, s.governance().consultations().get(0));
    assertEquals(List.of(org.civicplan.governance.OrganisationCategory.MUNICIPAL_COMPANY,
            org.civicplan.governance.OrganisationCategory.PUBLIC_INSTITUTION,
            org.civicplan.governance.OrganisationCategory.NGO,
            org.civicplan.governance.OrganisationCategory.BUSINESS,
            org.civicplan.governance.OrganisationCategory.ACADEMIA,
            org.civicplan.governance.OrganisationCategory.BENEFICIARIES_ORGANISATION,
            org.civicplan.governance.OrganisationCategory.CITIZEN_GROUP),
        List.copyOf(coverage.reached()));
    assertEquals(List.of(org.civicplan.governance.OrganisationCategory.MUNICIPAL_COMPANY,
            org.civicplan.governance.OrganisationCategory.PUBLIC_INSTITUTION,
            org.civicplan.governance.OrganisationCategory.NGO,
            org.civicplan.governance.OrganisationCategory.ACADEMIA,
            org.civicplan.governance.OrganisationCategory.BENEFICIARIES_ORGANISATION),
        List.copyOf(coverage.invited()));
  }

  @Test
  void theSampleMarksItsPersonalContact() {
    Strategy s = ClimateSample.valid();
    assertTrue(org.civicplan.report.PersonalData.present(s));
    assertTrue(org.civicplan.report.PersonalData.without(s).organisations().stream()
        .allMatch(o -> o.contact().map(c -> !c.personalData()).orElse(true)));
  }
}
