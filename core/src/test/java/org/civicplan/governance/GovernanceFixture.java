// SPDX-License-Identifier: Apache-2.0
package org.civicplan.governance;

import static org.civicplan.fixture.StrategyFixture.ENVIRONMENT;
import static org.civicplan.fixture.StrategyFixture.GREEN_NGO;
import static org.civicplan.fixture.StrategyFixture.text;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.civicplan.fixture.StrategyFixture;
import org.civicplan.strategy.Strategy;

/** The fixture strategy with a full set of bodies and a consultation, as a city would have them. */
public final class GovernanceFixture {

  public static final OrganisationId SOCIAL_DIRECTORATE = OrganisationId.of("dgaspc");
  public static final LocalDate ANNOUNCED = LocalDate.of(2026, 3, 2);

  /**
   * The earliest submission after {@link #ANNOUNCED}: 30 working days after Monday 2 March 2026,
   * skipping weekends, Orthodox Good Friday (10 April) and Easter Monday (13 April); see
   * {@code CalendarTest.thirtyWorkingDaysByHand}.
   */
  public static final LocalDate EARLIEST = LocalDate.of(2026, 4, 15);

  private GovernanceFixture() {}

  public static GovernanceBody management() {
    return new GovernanceBody(BodyId.of("management-team"), BodyKind.MANAGEMENT_TEAM,
        text("Management team", "Echipa de management"),
        List.of(Member.of("Ana Popescu", MemberRole.COORDINATOR, ENVIRONMENT),
            Member.of("Ion Ionescu", MemberRole.SECRETARY, ENVIRONMENT)));
  }

  public static GovernanceBody consultative() {
    return new GovernanceBody(BodyId.of("consultative"), BodyKind.CONSULTATIVE_COMMITTEE,
        text("Consultative committee", "Comitetul consultativ"),
        List.of(Member.of("Maria Dan", MemberRole.COORDINATOR, GREEN_NGO),
            Member.of("Vlad Stan", MemberRole.MEMBER, ENVIRONMENT)));
  }

  public static GovernanceBody mitigationGroup() {
    return new GovernanceBody(BodyId.of("wg-energy"), BodyKind.SECTORAL_WORKING_GROUP,
        text("Energy working group", "Grupul de lucru energie"),
        List.of(Member.of("Dan Pop", MemberRole.COORDINATOR, ENVIRONMENT)))
        .withSector("energy")
        .withObjectives(List.of(StrategyFixture.MITIGATION));
  }

  public static GovernanceBody greeningGroup() {
    return new GovernanceBody(BodyId.of("wg-green"), BodyKind.SECTORAL_WORKING_GROUP,
        text("Greening working group", "Grupul de lucru spații verzi"),
        List.of(Member.of("Ioana Mureș", MemberRole.COORDINATOR, GREEN_NGO)))
        .withSector("greening")
        .withActions(List.of(StrategyFixture.PLANT));
  }

  public static GovernanceBody monitoring() {
    return new GovernanceBody(BodyId.of("monitoring"), BodyKind.MONITORING_COMMITTEE,
        text("Monitoring committee", "Comitetul de monitorizare"),
        List.of(Member.of("Elena Radu", MemberRole.COORDINATOR, GREEN_NGO)))
        .withMonitors(List.of(SOCIAL_DIRECTORATE));
  }

  /** The fixture strategy with all four bodies and the social directorate. */
  public static Strategy.Builder builder() {
    Strategy base = StrategyFixture.valid();
    List<Organisation> organisations = new java.util.ArrayList<>(base.organisations());
    organisations.add(Organisation.of(SOCIAL_DIRECTORATE.value(),
        text("Social assistance directorate", "Direcția generală de asistență socială"),
        OrganisationCategory.SOCIAL_SERVICE_PROVIDER_PUBLIC).withContactRole("director"));
    return base.toBuilder()
        .organisations(organisations)
        .governance(new Governance(
            List.of(management(), consultative(), mitigationGroup(), greeningGroup(), monitoring()), List.of()));
  }

  public static Strategy strategy() {
    return builder().build();
  }

  public static Strategy withBodies(GovernanceBody... bodies) {
    Strategy s = strategy();
    return s.toBuilder().governance(s.governance().withBodies(List.of(bodies))).build();
  }

  public static Strategy withConsultation(Strategy s, Consultation c) {
    return s.toBuilder().governance(s.governance().withConsultations(List.of(c))).build();
  }

  /** A consultation announced on {@link #ANNOUNCED}, proposals for 10 days, two answered proposals. */
  public static Consultation consultation() {
    return Consultation.announced(ANNOUNCED, ANNOUNCED.plusDays(10))
        .withProposal(Proposal.of("P-1", "Asociația Bicicliștilor", ANNOUNCED.plusDays(3),
                "Add protected cycle lanes to the greening action | and shade.", "/actions/1")
            .answered(ProposalDecision.PARTLY_ACCEPTED, "Lanes on two streets are added.", ANNOUNCED.plusDays(15)))
        .withProposal(new Proposal("P-2", "Ion Vasile", Optional.empty(), ANNOUNCED.plusDays(8),
                "Plant only native species.", Optional.of("Objective OS-2.1"), Optional.empty())
            .answered(ProposalDecision.ACCEPTED, "Native species are required in the tender.", ANNOUNCED.plusDays(15)));
  }

  /**
   * A complete dossier for a strategy decision adopted on {@code adopted}: the approval report (20
   * days before), the specialist report (18 days before), a favourable committee opinion (5 days
   * before) and a vote of 20 for, 2 against and 3 abstentions with 25 present of 27 in office
   * (the majority of councillors in office is 27 / 2 + 1 = 14).
   */
  public static DecisionDossier dossier(LocalDate adopted) {
    return DecisionDossier.of(List.of(
        DossierDocument.of(DossierDocumentKind.APPROVAL_REPORT, "1234", adopted.minusDays(20), "Primarul municipiului"),
        DossierDocument.of(DossierDocumentKind.SPECIALIST_REPORT, "1240", adopted.minusDays(18), "Direcția de mediu"),
        DossierDocument.opinion("12", adopted.minusDays(5), "Comisia de urbanism și mediu", OpinionResult.FAVOURABLE)),
        new Vote(25, 20, 2, 3, 27));
  }
}
