// SPDX-License-Identifier: Apache-2.0
package org.civicplan.validation;

import org.civicplan.governance.GovernanceFixture;
import org.civicplan.governance.Consultation;
import org.civicplan.governance.ContributionPayment;
import org.civicplan.governance.CouncilDecision;
import org.civicplan.governance.DebateRequest;
import org.civicplan.governance.GovernanceBody;
import org.civicplan.governance.LifecycleState;
import org.civicplan.governance.Member;
import org.civicplan.governance.MemberRole;
import org.civicplan.governance.Membership;
import org.civicplan.governance.OrganisationId;
import org.civicplan.governance.PartnershipProject;
import org.civicplan.governance.Proposal;
import org.civicplan.governance.ProposalDecision;
import org.civicplan.governance.PublicDebate;
import org.civicplan.governance.RequesterKind;
import static org.civicplan.fixture.StrategyFixture.ENVIRONMENT;
import static org.civicplan.fixture.StrategyFixture.GREEN_NGO;
import static org.civicplan.fixture.StrategyFixture.text;
import static org.civicplan.governance.GovernanceFixture.ANNOUNCED;
import static org.civicplan.governance.GovernanceFixture.EARLIEST;
import static org.civicplan.governance.GovernanceFixture.SOCIAL_DIRECTORATE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.civicplan.fixture.StrategyFixture;
import org.civicplan.base.ActionId;
import org.civicplan.base.Money;
import org.civicplan.base.ObjectiveId;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.Parameters;
import org.civicplan.base.Finding;
import org.civicplan.base.Severity;
import org.junit.jupiter.api.Test;

class GovernanceRulesTest {

  private static ValidationReport check(Strategy s) {
    return RuleRunner.governance(s);
  }

  private static Finding only(ValidationReport report, String code) {
    List<Finding> found = report.byCode(code);
    assertEquals(1, found.size(), () -> "expected one " + code + " in " + report.findings());
    return found.get(0);
  }

  @Test
  void fixtureWithAllBodies_hasNoFindings() {
    assertEquals(List.of(), check(GovernanceFixture.strategy()).findings());
  }

  @Test
  void baseFixture_hasNoGovernanceFindings() {
    assertEquals(List.of(), check(StrategyFixture.valid()).findings());
  }

  @Test
  void bodyWithoutCoordinator_isAnError() {
    GovernanceBody noCoordinator = GovernanceFixture.management()
        .withMembers(List.of(Member.of("Ion Ionescu", MemberRole.MEMBER, ENVIRONMENT)));
    Finding f = only(check(GovernanceFixture.withBodies(noCoordinator)), GovernanceCodes.BODY_COORDINATOR_COUNT);
    assertEquals(Severity.ERROR, f.severity());
    assertEquals("/governance/bodies/0/members", f.path());
    assertTrue(f.message(Locale.ENGLISH).contains("has 0 coordinators"), f.message(Locale.ENGLISH));
    assertTrue(f.message(Locale.forLanguageTag("ro")).contains("are 0 coordonatori"), f.message(Locale.forLanguageTag("ro")));
  }

  @Test
  void bodyWithTwoCoordinators_isAnError() {
    GovernanceBody two = GovernanceFixture.monitoring().withMembers(List.of(
        Member.of("Elena Radu", MemberRole.COORDINATOR, GREEN_NGO),
        Member.of("Mihai Pop", MemberRole.COORDINATOR, GREEN_NGO)));
    Finding f = only(check(GovernanceFixture.withBodies(GovernanceFixture.management(), two)), GovernanceCodes.BODY_COORDINATOR_COUNT);
    assertEquals("/governance/bodies/1/members", f.path());
    assertTrue(f.message(Locale.ENGLISH).contains("has 2 coordinators"));
  }

  @Test
  void consultativeCommitteeWithoutCivilSociety_isAnError() {
    GovernanceBody officials = GovernanceFixture.consultative().withMembers(List.of(
        Member.of("Vlad Stan", MemberRole.COORDINATOR, ENVIRONMENT),
        Member.of("Ana Dinu", MemberRole.MEMBER, SOCIAL_DIRECTORATE),
        new Member("Citizen without organisation", MemberRole.MEMBER, Optional.empty())));
    Finding f = only(check(GovernanceFixture.withBodies(officials)), GovernanceCodes.CONSULTATIVE_NO_CIVIL_SOCIETY);
    assertEquals(Severity.ERROR, f.severity());
    assertEquals("/governance/bodies/0", f.path());
  }

  @Test
  void consultativeCommitteeWithOneNgo_passes() {
    assertFalse(check(GovernanceFixture.withBodies(GovernanceFixture.consultative()))
        .has(GovernanceCodes.CONSULTATIVE_NO_CIVIL_SOCIETY));
  }

  @Test
  void civilSocietyRuleIgnoresOtherBodies() {
    GovernanceBody officialsOnly = GovernanceFixture.management();
    assertFalse(check(GovernanceFixture.withBodies(officialsOnly)).has(GovernanceCodes.CONSULTATIVE_NO_CIVIL_SOCIETY));
  }

  @Test
  void workingGroupCoveringNothing_isAWarning() {
    GovernanceBody empty = GovernanceFixture.mitigationGroup().withObjectives(List.of());
    ValidationReport r = check(GovernanceFixture.withBodies(empty, GovernanceFixture.greeningGroup()));
    Finding f = only(r, GovernanceCodes.WORKING_GROUP_NO_OBJECTIVE);
    assertEquals(Severity.WARNING, f.severity());
    assertEquals("/governance/bodies/0", f.path());
    // OS-1 and OS-1.1 are then covered by nobody
    assertEquals(List.of("/objectives/0"),
        r.byCode(GovernanceCodes.OBJECTIVE_NO_WORKING_GROUP).stream().map(Finding::path).toList());
  }

  @Test
  void workingGroupWithUnknownObjective_reportsReferenceAndCoversNothing() {
    GovernanceBody wrong = GovernanceFixture.mitigationGroup().withObjectives(List.of(ObjectiveId.of("OS-9")));
    ValidationReport r = check(GovernanceFixture.withBodies(wrong, GovernanceFixture.greeningGroup()));
    assertEquals("/governance/bodies/0/objectives/0", only(r, FindingCodes.REFERENCE_OBJECTIVE).path());
    assertTrue(r.has(GovernanceCodes.WORKING_GROUP_NO_OBJECTIVE));
  }

  @Test
  void unknownActionAndMonitoredOrganisation_areReferenceErrors() {
    GovernanceBody wrong = GovernanceFixture.greeningGroup().withActions(List.of(ActionId.of("A-99")));
    GovernanceBody monitoring = GovernanceFixture.monitoring().withMonitors(List.of(OrganisationId.of("nobody")));
    ValidationReport r = check(GovernanceFixture.withBodies(wrong, monitoring));
    assertEquals("/governance/bodies/0/actions/0", only(r, FindingCodes.REFERENCE_ACTION).path());
    assertEquals("/governance/bodies/1/monitors/0", only(r, FindingCodes.REFERENCE_ORGANISATION).path());
  }

  @Test
  void objectiveCoveredByNoGroup_isAWarningOnlyWhenGroupsExist() {
    ValidationReport r = check(GovernanceFixture.withBodies(GovernanceFixture.management(), GovernanceFixture.mitigationGroup()));
    List<Finding> found = r.byCode(GovernanceCodes.OBJECTIVE_NO_WORKING_GROUP);
    assertEquals(List.of("/objectives/1"), found.stream().map(Finding::path).toList());
    assertTrue(found.get(0).message(Locale.ENGLISH).contains("\"OS-2\""));
    assertFalse(check(GovernanceFixture.withBodies(GovernanceFixture.management())).has(GovernanceCodes.OBJECTIVE_NO_WORKING_GROUP));
  }

  @Test
  void monitoringBodyWithMemberFromMonitoredOrganisation_isAnError() {
    GovernanceBody captured = GovernanceFixture.monitoring().withMembers(List.of(
        Member.of("Elena Radu", MemberRole.COORDINATOR, GREEN_NGO),
        Member.of("Paul Dobre", MemberRole.MEMBER, SOCIAL_DIRECTORATE)));
    Finding f = only(check(GovernanceFixture.withBodies(captured)), GovernanceCodes.BODY_INDEPENDENCE);
    assertEquals(Severity.ERROR, f.severity());
    assertEquals("/governance/bodies/0/members/1", f.path());
    assertTrue(f.message(Locale.ENGLISH).contains("Paul Dobre"));
  }

  @Test
  void memberFromOrganisationNotMonitored_passesIndependence() {
    GovernanceBody fine = GovernanceFixture.monitoring().withMembers(List.of(
        Member.of("Elena Radu", MemberRole.COORDINATOR, GREEN_NGO),
        Member.of("Paul Dobre", MemberRole.MEMBER, ENVIRONMENT)));
    assertFalse(check(GovernanceFixture.withBodies(fine)).has(GovernanceCodes.BODY_INDEPENDENCE));
  }

  @Test
  void managementCoordinatorChairingMonitoring_isAWarning() {
    GovernanceBody sameChair = GovernanceFixture.monitoring().withMembers(List.of(
        Member.of(" ana popescu", MemberRole.COORDINATOR, ENVIRONMENT)));
    Finding f = only(check(GovernanceFixture.withBodies(GovernanceFixture.management(), sameChair)),
        GovernanceCodes.BODY_CHAIR_SEPARATION);
    assertEquals(Severity.WARNING, f.severity());
    assertEquals("/governance/bodies/1/members/0", f.path());
  }

  @Test
  void managementCoordinatorAsPlainMemberOfMonitoring_passes() {
    GovernanceBody member = GovernanceFixture.monitoring().withMembers(List.of(
        Member.of("Elena Radu", MemberRole.COORDINATOR, GREEN_NGO),
        Member.of("Ana Popescu", MemberRole.MEMBER, ENVIRONMENT)));
    assertFalse(check(GovernanceFixture.withBodies(GovernanceFixture.management(), member))
        .has(GovernanceCodes.BODY_CHAIR_SEPARATION));
  }

  @Test
  void wellRunConsultation_hasNoFindings() {
    Consultation c = GovernanceFixture.consultation().closedOn(EARLIEST);
    assertEquals(List.of(), check(GovernanceFixture.withConsultation(GovernanceFixture.strategy(), c)).findings());
  }

  @Test
  void shortProposalPeriod_isAWarningUnlessTheParameterAllowsIt() {
    Consultation c = Consultation.announced(ANNOUNCED, ANNOUNCED.plusDays(5));
    Strategy s = GovernanceFixture.withConsultation(GovernanceFixture.strategy(), c);
    Finding f = only(check(s), GovernanceCodes.CONSULTATION_PROPOSAL_PERIOD_SHORT);
    assertEquals(Severity.WARNING, f.severity());
    assertEquals("/governance/consultations/0/proposalsUntil", f.path());
    Parameters five = Parameters.of(Map.of(ConsultationTerms.PROPOSAL_DAYS, "5"));
    assertFalse(RuleRunner.run(GovernanceRules.all(), s, five).has(GovernanceCodes.CONSULTATION_PROPOSAL_PERIOD_SHORT));
  }

  @Test
  void debateRequestedByAssociationButNotHeld_isAnErrorOnceClosed() {
    Consultation requested = GovernanceFixture.consultation()
        .withDebateRequest(new DebateRequest("Citizen Ion", RequesterKind.CITIZEN, ANNOUNCED.plusDays(1)))
        .withDebateRequest(new DebateRequest("Asociația Timișoara Verde", RequesterKind.LEGALLY_CONSTITUTED_ASSOCIATION,
            ANNOUNCED.plusDays(2)));
    Strategy open = GovernanceFixture.withConsultation(GovernanceFixture.strategy(), requested);
    assertFalse(check(open).has(GovernanceCodes.CONSULTATION_DEBATE_MISSING));
    Strategy closed = GovernanceFixture.withConsultation(GovernanceFixture.strategy(), requested.closedOn(EARLIEST));
    Finding f = only(check(closed), GovernanceCodes.CONSULTATION_DEBATE_MISSING);
    assertEquals("/governance/consultations/0/debateRequests/1", f.path());
    Strategy held = GovernanceFixture.withConsultation(GovernanceFixture.strategy(),
        requested.withDebate(PublicDebate.of(ANNOUNCED.plusDays(12), "Sala Consiliului")).closedOn(EARLIEST));
    assertFalse(check(held).has(GovernanceCodes.CONSULTATION_DEBATE_MISSING));
  }

  @Test
  void debateRequestedByCitizenOnly_isNotMandatory() {
    Consultation c = GovernanceFixture.consultation()
        .withDebateRequest(new DebateRequest("Citizen Ion", RequesterKind.CITIZEN, ANNOUNCED.plusDays(1)))
        .closedOn(EARLIEST);
    assertFalse(check(GovernanceFixture.withConsultation(GovernanceFixture.strategy(), c)).has(GovernanceCodes.CONSULTATION_DEBATE_MISSING));
  }

  @Test
  void unansweredProposalInClosedConsultation_isAnError() {
    Consultation c = GovernanceFixture.consultation()
        .withProposal(Proposal.of("P-3", "Ana", ANNOUNCED.plusDays(9), "More benches.", "/actions/1"));
    assertFalse(check(GovernanceFixture.withConsultation(GovernanceFixture.strategy(), c))
        .has(GovernanceCodes.CONSULTATION_PROPOSAL_UNANSWERED));
    Finding f = only(check(GovernanceFixture.withConsultation(GovernanceFixture.strategy(), c.closedOn(ANNOUNCED.plusDays(31)))),
        GovernanceCodes.CONSULTATION_PROPOSAL_UNANSWERED);
    assertEquals("/governance/consultations/0/proposals/2", f.path());
  }

  @Test
  void answerWithoutJustification_isAWarning() {
    Consultation c = Consultation.announced(ANNOUNCED, ANNOUNCED.plusDays(10))
        .withProposal(Proposal.of("P-1", "Ana", ANNOUNCED.plusDays(2), "More benches.", "/actions/1")
            .answered(ProposalDecision.REJECTED, " ", ANNOUNCED.plusDays(12)));
    Finding f = only(check(GovernanceFixture.withConsultation(GovernanceFixture.strategy(), c)), GovernanceCodes.CONSULTATION_ANSWER_UNJUSTIFIED);
    assertEquals("/governance/consultations/0/proposals/0/answer/justification", f.path());
  }

  @Test
  void consultationClosedBeforeThirtyDays_isAnErrorUnlessTheParameterAllowsIt() {
    Strategy s = GovernanceFixture.withConsultation(GovernanceFixture.strategy(),
        GovernanceFixture.consultation().closedOn(EARLIEST.minusDays(1)));
    Finding f = only(check(s), GovernanceCodes.CONSULTATION_SUBMITTED_TOO_EARLY);
    assertEquals(Severity.ERROR, f.severity());
    assertTrue(f.message(Locale.ENGLISH).contains("2026-04-15"), f.message(Locale.ENGLISH));
    Parameters twenty = Parameters.of(Map.of(ConsultationTerms.ANNOUNCEMENT_DAYS, "20"));
    assertFalse(RuleRunner.run(GovernanceRules.all(), s, twenty).has(GovernanceCodes.CONSULTATION_SUBMITTED_TOO_EARLY));
  }

  @Test
  void councilDecisionWithinThirtyDaysOfAnnouncement_isAnError() {
    Strategy s = GovernanceFixture.withConsultation(GovernanceFixture.strategy(), GovernanceFixture.consultation());
    Strategy early = s.toBuilder().governance(s.governance().withDecisions(List.of(
        new CouncilDecision("112", ANNOUNCED.plusDays(20), Optional.empty(), Optional.empty(), Optional.empty())))).build();
    Finding f = only(check(early), GovernanceCodes.CONSULTATION_COUNCIL_TOO_EARLY);
    assertEquals("/governance/decisions/0/date", f.path());
    Strategy onTime = s.toBuilder().governance(s.governance().withDecisions(List.of(
        new CouncilDecision("112", EARLIEST, Optional.empty(), Optional.empty(), Optional.empty())))).build();
    assertFalse(check(onTime).has(GovernanceCodes.CONSULTATION_COUNCIL_TOO_EARLY));
  }

  @Test
  void submittedWithoutConsultation_isAWarning_andApprovedWithoutDecision_anError() {
    Strategy submitted = GovernanceFixture.builder().state(LifecycleState.SUBMITTED).build();
    assertEquals(Severity.WARNING, only(check(submitted), GovernanceCodes.CONSULTATION_MISSING).severity());
    assertFalse(check(submitted).has(GovernanceCodes.DECISION_MISSING));
    Strategy approved = GovernanceFixture.builder().state(LifecycleState.APPROVED).build();
    assertEquals(Severity.ERROR, only(check(approved), GovernanceCodes.DECISION_MISSING).severity());
    assertFalse(check(GovernanceFixture.strategy()).has(GovernanceCodes.CONSULTATION_MISSING));
  }

  @Test
  void paymentInAnotherCurrency_isAnError() {
    Membership m = Membership.of("energy-cities", text("Energy Cities", "Energy Cities"), Money.eur("1500"), MonthDay.of(3, 31), 2020)
        .withPayment(new ContributionPayment(2026, LocalDate.of(2026, 3, 1), Money.eur("1500")))
        .withPayment(new ContributionPayment(2027, LocalDate.of(2027, 3, 1), Money.ron("7500")));
    Strategy s = GovernanceFixture.strategy();
    Strategy with = s.toBuilder().governance(s.governance().withMemberships(List.of(m))).build();
    Finding f = only(check(with), GovernanceCodes.MEMBERSHIP_PAYMENT_CURRENCY);
    assertEquals("/governance/memberships/0/payments/1/amount", f.path());
  }

  @Test
  void partnershipProjectOnUnknownAction_isAnError() {
    Strategy s = GovernanceFixture.strategy();
    Strategy with = s.toBuilder().governance(s.governance().withProjects(List.of(
        PartnershipProject.of(StrategyFixture.PLANT, "Fabric"), PartnershipProject.of(ActionId.of("A-77"), "Freidorf")))).build();
    Finding f = only(check(with), GovernanceCodes.PROJECT_ACTION_UNKNOWN);
    assertEquals("/governance/projects/1/action", f.path());
  }

  @Test
  void everyCodeHasEnglishAndRomanianMessages() throws IllegalAccessException {
    List<String> codes = new ArrayList<>();
    for (Field field : GovernanceCodes.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        codes.add((String) field.get(null));
      }
    }
    assertTrue(codes.size() >= 25, "codes: " + codes);
    for (String code : codes) {
      assertTrue(code.startsWith("governance."), code);
      assertTrue(GovernanceMessages.CATALOG.has(code), "no message for " + code);
      var text = GovernanceMessages.CATALOG.text(code, "a", "b", "c", "d", "e");
      assertTrue(text.has("en") && text.has("ro"), code);
      assertFalse(text.get(Locale.forLanguageTag("ro")).contains("ş") || text.get(Locale.forLanguageTag("ro")).contains("ţ"),
          "cedilla instead of comma below in " + code);
    }
  }
}
