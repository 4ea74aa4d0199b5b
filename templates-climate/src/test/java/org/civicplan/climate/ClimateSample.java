// SPDX-License-Identifier: Apache-2.0
package org.civicplan.climate;

import org.civicplan.alignment.FrameworkId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicplan.alignment.AlignmentLink;
import org.civicplan.alignment.AlignmentStrength;
import org.civicplan.governance.BodyId;
import org.civicplan.governance.BodyKind;
import org.civicplan.governance.Consultation;
import org.civicplan.governance.ContributionPayment;
import org.civicplan.governance.CouncilDecision;
import org.civicplan.governance.Contact;
import org.civicplan.governance.DecisionDossier;
import org.civicplan.governance.Engagement;
import org.civicplan.governance.EngagementKind;
import org.civicplan.governance.DebateIntervention;
import org.civicplan.governance.DebateMinutes;
import org.civicplan.governance.NamedParticipant;
import org.civicplan.governance.ParticipantCount;
import org.civicplan.governance.DossierDocument;
import org.civicplan.governance.DossierDocumentKind;
import org.civicplan.governance.OpinionResult;
import org.civicplan.governance.Vote;
import org.civicplan.governance.DebateRequest;
import org.civicplan.governance.Governance;
import org.civicplan.governance.GovernanceBody;
import org.civicplan.governance.LifecycleState;
import org.civicplan.governance.Member;
import org.civicplan.governance.MemberRole;
import org.civicplan.governance.Membership;
import org.civicplan.governance.OrganisationCategory;
import org.civicplan.governance.Organisation;
import org.civicplan.governance.OrganisationId;
import org.civicplan.governance.PartnershipProject;
import org.civicplan.governance.Proposal;
import org.civicplan.governance.ProposalAnswer;
import org.civicplan.governance.ProposalDecision;
import org.civicplan.governance.PublicDebate;
import org.civicplan.governance.RequesterKind;
import org.civicplan.indicator.Baseline;
import org.civicplan.indicator.Indicator;
import org.civicplan.indicator.IndicatorId;
import org.civicplan.indicator.Measurement;
import org.civicplan.indicator.Target;
import org.civicplan.strategy.Action;
import org.civicplan.base.ActionId;
import org.civicplan.strategy.ActionStatus;
import org.civicplan.strategy.BudgetLine;
import org.civicplan.strategy.FundingKind;
import org.civicplan.strategy.FundingSource;
import org.civicplan.strategy.IndicatorEffect;
import org.civicplan.indicator.Direction;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.Money;
import org.civicplan.strategy.Municipality;
import org.civicplan.base.ObjectiveId;
import org.civicplan.strategy.Partner;
import org.civicplan.strategy.PartnerRole;
import org.civicplan.base.PlanDate;
import org.civicplan.strategy.Population;
import org.civicplan.strategy.Strategy;
import org.civicplan.base.StrategyId;
import org.civicplan.base.StrategyPeriod;
import org.civicplan.strategy.Task;
import org.civicplan.template.NewStrategyRequest;

/**
 * The illustrative climate strategy of a fictional Romanian city of 250 000 inhabitants
 * ("Municipiul Exemplu"). Not an official document: every figure is invented to exercise the
 * template's rules and computations, and is hand-checked in the tests; people, numbers and
 * references in the governance data are invented too. The same strategy is written to {@code
 * samples/data/climate-strategy.json}, which {@code civicplan demo} runs on.
 */
final class ClimateSample {

  static final OrganisationId ENVIRONMENT = OrganisationId.of("dir-environment");
  static final OrganisationId HEATING = OrganisationId.of("district-heating");
  static final OrganisationId EMERGENCY = OrganisationId.of("isu");
  static final OrganisationId NGO = OrganisationId.of("ngo-green");
  static final OrganisationId SCHOOLS = OrganisationId.of("school-inspectorate");
  static final OrganisationId UNIVERSITY = OrganisationId.of("university");
  static final OrganisationId TENANTS = OrganisationId.of("tenants-federation");
  static final OrganisationId URBANISM = OrganisationId.of("dir-urbanism");

  /** Index of each annex in {@link #valid()}'s annex list. */
  static final int COMMITMENT = 0;
  static final int BEI = 1;
  static final int MEI = 2;
  static final int RVA = 3;
  static final int CAMPAIGNS = 4;
  static final int GREEN = 5;
  static final int IMPACTS = 6;

  private ClimateSample() {}

  static LocalizedText t(String en, String ro) {
    return LocalizedText.of(en, ro);
  }

  /**
   * The sample: in implementation since the council approved it in July 2022 after a public
   * consultation under Law 52/2003 (announced 2022-06-01, five proposals answered, a public debate
   * requested by an association and held), with its governance bodies, alignment links, a
   * membership with contributions, indicators with baselines, targets, milestones and
   * measurements, and actions with tasks and spending. Every date and amount is invented.
   */
  static Strategy valid() {
    ClimateTemplate template = new ClimateTemplate();
    Municipality city =
        Municipality.of("Municipiul Exemplu", "RO").withPopulation(Population.of(250_000, 2021));
    Strategy draft =
        template.newStrategy(
            new NewStrategyRequest(
                StrategyId.of("exemplu-climate-2022"), city, StrategyPeriod.of(2022, 2030),
                Optional.of(
                    t("Climate change strategy of Municipiul Exemplu 2022–2030 (illustrative example, not an official document)",
                        "Strategia privind schimbările climatice a Municipiului Exemplu 2022–2030 (exemplu ilustrativ, nu este un document oficial)"))));
    List<Indicator> indicators = new ArrayList<>();
    for (Indicator i : draft.indicators()) {
      indicators.add(indicator(i));
    }
    return draft.toBuilder()
        .state(LifecycleState.IN_IMPLEMENTATION)
        .vision(t("A low-carbon city, ready for heat, drought and floods, with green space close to every home",
            "Un oraș cu emisii reduse de carbon, pregătit pentru caniculă, secetă și inundații, cu spații verzi aproape de fiecare locuință"))
        .indicators(indicators)
        .organisations(
            List.of(
                Organisation.of(ENVIRONMENT.value(), t("Environment directorate", "Direcția de mediu"), OrganisationCategory.CITY_DIRECTORATE),
                Organisation.of(HEATING.value(), t("District heating company", "Compania de termoficare"), OrganisationCategory.MUNICIPAL_COMPANY),
                Organisation.of(EMERGENCY.value(), t("County emergency inspectorate", "Inspectoratul pentru situații de urgență"), OrganisationCategory.PUBLIC_INSTITUTION),
                Organisation.of(NGO.value(), t("Green city association", "Asociația Orașul Verde"), OrganisationCategory.NGO)
                    .withContact(new Contact(Optional.empty(), Optional.of("office@orasulverde.example"), Optional.empty(),
                        Optional.of("Str. Exemplului 10, Municipiul Exemplu (illustrative)"), false)),
                Organisation.of(SCHOOLS.value(), t("County school inspectorate", "Inspectoratul școlar județean"), OrganisationCategory.PUBLIC_INSTITUTION),
                Organisation.of(UNIVERSITY.value(), t("University of Exemplu", "Universitatea din Exemplu"), OrganisationCategory.ACADEMIA),
                Organisation.of(TENANTS.value(), t("Tenants' association federation", "Federația asociațiilor de proprietari"), OrganisationCategory.BENEFICIARIES_ORGANISATION)
                    .withContactRole("president")
                    .withContact(new Contact(Optional.of("Victor Lungu (illustrative)"), Optional.of("victor.lungu@example.org"),
                        Optional.empty(), Optional.empty(), true)),
                Organisation.of(URBANISM.value(), t("Urban planning directorate", "Direcția de urbanism"), OrganisationCategory.CITY_DIRECTORATE)))
        .actions(actions())
        .governance(governance())
        .alignments(alignments())
        .annexes(List.of(commitment(), baseline(), monitoring(), riskAssessment(), campaigns(), greenSpace(), impacts()))
        .build();
  }

  /**
   * The template's indicator with the sample's baseline, targets, milestones and measurements.
   * Assessed on 2026-06-30 with {@code samples/data/measurements-2026.csv} (linear method), they
   * give: CLI-01 off track, CLI-05 and CLI-12 and CLI-X1 and CLI-X2 on track, CLI-06 and CLI-11 at
   * risk, CLI-08 moving away, CLI-14 achieved, CLI-10 and CLI-22 no data (baseline and target but
   * no measurement) and the rest no data.
   */
  static Indicator indicator(Indicator i) {
    return switch (i.id().value()) {
      case "CLI-01" -> i.toBuilder()
          .baseline(Baseline.of(PlanDate.ofYear(2008), 1_112_800))
          .target(Target.of(PlanDate.ofYear(2030), 612_040))
          .measurement(Measurement.of(PlanDate.ofYear(2022), 877_170, "MEI-2022"))
          .dataSource("BEI-2008, MEI-2022")
          .build();
      case "CLI-05" -> i.toBuilder()
          .baseline(Baseline.of(PlanDate.ofYear(2022), 8))
          .target(Target.of(PlanDate.ofYear(2030), 20))
          .measurement(Measurement.of(PlanDate.ofYear(2023), 9.5, "energy balance of the city (illustrative)"))
          .build();
      case "CLI-06" -> i.toBuilder()
          .baseline(Baseline.of(PlanDate.ofYear(2022), 180))
          .targets(List.of(Target.milestone(PlanDate.ofYear(2026), 150), Target.of(PlanDate.ofYear(2030), 110)))
          .build();
      case "CLI-08" -> i.toBuilder()
          .baseline(Baseline.of(PlanDate.ofYear(2022), 22))
          .target(Target.of(PlanDate.ofYear(2030), 15))
          .measurement(Measurement.of(PlanDate.ofYear(2023), 21.5, "air quality station EX-1 (illustrative)"))
          .build();
      case "CLI-10" -> i.toBuilder()
          .baseline(Baseline.of(PlanDate.ofYear(2023), 136))
          .target(Target.of(PlanDate.ofYear(2030), 150))
          .build();
      case "CLI-11" -> i.toBuilder()
          .baseline(Baseline.of(PlanDate.ofYear(2022), 200))
          .target(Target.of(PlanDate.ofYear(2030), 600))
          .measurement(Measurement.of(PlanDate.ofYear(2024), 280, "A-5.2 planting records"))
          .build();
      case "CLI-12" -> i.toBuilder()
          .baseline(Baseline.of(PlanDate.ofYear(2023), 74.4))
          .target(Target.of(PlanDate.ofYear(2030), 85))
          .build();
      case "CLI-14" -> i.toBuilder()
          .baseline(Baseline.of(PlanDate.ofYear(2022), 0))
          .target(Target.of(PlanDate.ofYear(2026), 1))
          .build();
      case "CLI-22" -> i.toBuilder()
          .baseline(Baseline.of(PlanDate.ofYear(2022), 38))
          .target(Target.of(PlanDate.ofYear(2030), 25))
          .build();
      case "CLI-X1" -> i.toBuilder()
          .baseline(Baseline.of(PlanDate.ofYear(2023), 0))
          .targets(List.of(Target.milestone(PlanDate.ofYear(2025), 400), Target.of(PlanDate.ofYear(2030), 1_400)))
          .build();
      case "CLI-X2" -> i.toBuilder()
          .baseline(Baseline.of(PlanDate.ofYear(2022), 0))
          .target(Target.of(PlanDate.ofYear(2030), 20_000))
          .measurements(List.of(
              Measurement.of(PlanDate.ofYear(2023), 1_500, "campaign C-1 attendance lists"),
              Measurement.of(PlanDate.ofYear(2024), 6_500, "campaign C-1 attendance lists")))
          .build();
      default -> i;
    };
  }

  static final BodyId MANAGEMENT = BodyId.of("management-team");
  static final BodyId CONSULTATIVE = BodyId.of("consultative-committee");
  static final BodyId MONITORING = BodyId.of("monitoring-committee");

  /**
   * The bodies, the consultation, the council decision, the membership and the partnership
   * project. The monitoring committee monitors the district heating company's services and has no
   * member from it; its chair is not the management team's coordinator.
   */
  static Governance governance() {
    List<GovernanceBody> bodies = List.of(
        new GovernanceBody(MANAGEMENT, BodyKind.MANAGEMENT_TEAM, t("Management team", "Echipa de management"),
            List.of(
                Member.of("Elena Marin (illustrative)", MemberRole.COORDINATOR, ENVIRONMENT),
                Member.of("Andrei Stan (illustrative)", MemberRole.SECRETARY, ENVIRONMENT),
                Member.of("Radu Pop (illustrative)", MemberRole.MEMBER, HEATING),
                Member.of("Ioana Dinu (illustrative)", MemberRole.MEMBER, URBANISM)))
            .withObjectives(List.of(ObjectiveId.of("OG-1"), ObjectiveId.of("OG-2"), ObjectiveId.of("OG-3"),
                ObjectiveId.of("OG-4"), ObjectiveId.of("OG-5"))),
        new GovernanceBody(CONSULTATIVE, BodyKind.CONSULTATIVE_COMMITTEE, t("Consultative committee", "Comitetul consultativ"),
            List.of(
                Member.of("Maria Georgescu (illustrative)", MemberRole.COORDINATOR, NGO),
                Member.of("Prof. Dan Iliescu (illustrative)", MemberRole.MEMBER, UNIVERSITY),
                Member.of("Victor Lungu (illustrative)", MemberRole.MEMBER, TENANTS),
                Member.of("Cristina Vlad (illustrative)", MemberRole.OBSERVER, EMERGENCY))),
        workingGroup("wg-mitigation", "Working group: mitigation and energy poverty", "Grupul de lucru: atenuare și sărăcie energetică",
            "mitigation", "Radu Pop (illustrative)", HEATING, "OG-1", "OG-3"),
        workingGroup("wg-adaptation", "Working group: adaptation and resilience", "Grupul de lucru: adaptare și reziliență",
            "adaptation", "Cristina Vlad (illustrative)", EMERGENCY, "OG-2"),
        workingGroup("wg-green-awareness", "Working group: green infrastructure and awareness", "Grupul de lucru: infrastructură verde și conștientizare",
            "green-infrastructure", "Ioana Dinu (illustrative)", URBANISM, "OG-4", "OG-5"),
        new GovernanceBody(MONITORING, BodyKind.MONITORING_COMMITTEE, t("Independent monitoring committee", "Comitetul independent de monitorizare"),
            List.of(
                Member.of("Prof. Dan Iliescu (illustrative)", MemberRole.COORDINATOR, UNIVERSITY),
                Member.of("Maria Georgescu (illustrative)", MemberRole.MEMBER, NGO),
                Member.of("Victor Lungu (illustrative)", MemberRole.MEMBER, TENANTS),
                Member.of("Andrei Stan (illustrative)", MemberRole.SECRETARY, ENVIRONMENT)))
            .withMonitors(List.of(HEATING)));
    Membership energyCities =
        new Membership("energy-cities-ro", t("Association of Energy Cities of Romania (illustrative)", "Asociația Orașelor Energie din România (ilustrativ)"),
            Money.ron("12000"), MonthDay.of(3, 31), 2022, Optional.empty(),
            List.of(
                new ContributionPayment(2022, LocalDate.of(2022, 3, 18), Money.ron("12000")),
                new ContributionPayment(2023, LocalDate.of(2023, 4, 12), Money.ron("12000")),
                new ContributionPayment(2024, LocalDate.of(2024, 3, 27), Money.ron("12000")),
                new ContributionPayment(2025, LocalDate.of(2025, 5, 20), Money.ron("6000"))));
    return new Governance(bodies, List.of(decision()), List.of(consultation()), List.of(energyCities),
        List.of(new PartnershipProject(ActionId.of("A-4.1"), List.of("Centru", "Nord", "Sud", "Vest"),
            Optional.of("partnership agreement 14/2023 (illustrative)"))), engagements());
  }

  /**
   * The stakeholder engagement log around the consultation of 2022 (illustrative): the invitation
   * sent with the announcement, a meeting with the tenants' federation and the heating company,
   * and a workshop with the university and the school inspectorate.
   */
  static List<Engagement> engagements() {
    return List.of(
        new Engagement("E-2022-01", EngagementKind.INVITATION, LocalDate.of(2022, 6, 1),
            List.of(NGO, TENANTS, UNIVERSITY, SCHOOLS, HEATING), List.of(),
            List.of("draft strategy", "public debate of 22 June"), Optional.empty()),
        new Engagement("E-2022-02", EngagementKind.MEETING, LocalDate.of(2022, 6, 8), List.of(TENANTS, HEATING),
            List.of(new ParticipantCount(OrganisationCategory.BENEFICIARIES_ORGANISATION, 6),
                new ParticipantCount(OrganisationCategory.MUNICIPAL_COMPANY, 2)),
            List.of("insulation of apartment blocks", "energy advice"),
            Optional.of("the federation sent proposal P-2")),
        new Engagement("E-2022-03", EngagementKind.WORKSHOP, LocalDate.of(2022, 6, 16), List.of(UNIVERSITY, SCHOOLS),
            List.of(new ParticipantCount(OrganisationCategory.ACADEMIA, 4),
                new ParticipantCount(OrganisationCategory.PUBLIC_INSTITUTION, 3)),
            List.of("awareness campaigns in schools"), Optional.of("school campaigns kept in action A-4.1")));
  }

  private static GovernanceBody workingGroup(String id, String en, String ro, String sector, String coordinator,
      OrganisationId from, String... objectives) {
    return new GovernanceBody(BodyId.of(id), BodyKind.SECTORAL_WORKING_GROUP, t(en, ro),
        List.of(
            Member.of(coordinator, MemberRole.COORDINATOR, from),
            Member.of("Expert, environment directorate (illustrative)", MemberRole.MEMBER, ENVIRONMENT),
            Member.of("Expert, Green city association (illustrative)", MemberRole.MEMBER, NGO)))
        .withSector(sector)
        .withObjectives(java.util.Arrays.stream(objectives).map(ObjectiveId::of).toList());
  }

  static final LocalDate ANNOUNCED = LocalDate.of(2022, 6, 1);
  static final LocalDate ANSWERED = LocalDate.of(2022, 6, 27);

  /**
   * The public consultation: announced 2022-06-01, proposals until 2022-06-15 (14 days, more
   * than the 10 of the standard terms), a debate asked for by an association and held, five
   * proposals each answered with a justification, closed on 2022-07-15 (after the 30 working days
   * from the announcement, which end on 2022-07-14: weekends and Whit Monday, 13 June, are not
   * counted).
   */
  static Consultation consultation() {
    return new Consultation(ANNOUNCED, LocalDate.of(2022, 6, 15),
        List.of(new DebateRequest("Asociația Orașul Verde", RequesterKind.LEGALLY_CONSTITUTED_ASSOCIATION, LocalDate.of(2022, 6, 3))),
        Optional.of(PublicDebate.of(LocalDate.of(2022, 6, 22), "Sala de consiliu a Primăriei Municipiului Exemplu")
            .withMinutes(minutes())),
        List.of(
            new Proposal("P-1", "Asociația Orașul Verde", Optional.of(NGO), LocalDate.of(2022, 6, 6),
                "Add a target for street trees and water them by drip irrigation in dry summers.", Optional.of("/actions/7"),
                Optional.of(new ProposalAnswer(ProposalDecision.ACCEPTED,
                    "Action A-5.2 now plants drought-tolerant trees with drip irrigation.", Optional.of(ANSWERED)))),
            new Proposal("P-2", "Federația asociațiilor de proprietari", Optional.of(TENANTS), LocalDate.of(2022, 6, 9),
                "Fund insulation of apartment blocks for all households, not only vulnerable ones.", Optional.of("/actions/4"),
                Optional.of(new ProposalAnswer(ProposalDecision.PARTLY_ACCEPTED,
                    "Energy advice is open to all households; insulation grants stay for vulnerable households within the budget.",
                    Optional.of(ANSWERED)))),
            Proposal.of("P-3", "Ion Petrescu", LocalDate.of(2022, 6, 10),
                    "Open cooling centres in every district during heat waves.", "Objective OS-2.2")
                .answered(ProposalDecision.ACCEPTED, "The heat-wave plan (A-2.1) opens six cooling centres, at least one per district.", ANSWERED),
            Proposal.of("P-4", "Mihaela Toma", LocalDate.of(2022, 6, 13),
                    "Stop the district heating network and give every home its own gas boiler.", "/actions/1")
                .answered(ProposalDecision.REJECTED,
                    "Individual gas boilers would raise emissions and air pollution; the network is modernised instead (A-1.2).", ANSWERED),
            Proposal.of("P-5", "Universitatea din Exemplu", LocalDate.of(2022, 6, 15),
                    "Publish the emission inventories as open data every two years.", "/annexes/2")
                .answered(ProposalDecision.REJECTED,
                    "The inventories follow the Covenant cadence (every four years); yearly indicators are published in the monitoring report.", ANSWERED)),
        Optional.of(LocalDate.of(2022, 7, 15)));
  }

  /**
   * The minutes of the public debate of 22 June 2022: 32 participants (23 citizens, 4 from NGOs, 2
   * from businesses, 2 from public institutions, 1 from the university), one person named with her
   * consent, three interventions, two of them linked to written proposals (P-1, P-3). Every number
   * and name illustrative.
   */
  static DebateMinutes minutes() {
    return new DebateMinutes(Optional.empty(),
        List.of(new ParticipantCount(OrganisationCategory.CITIZEN_GROUP, 23),
            new ParticipantCount(OrganisationCategory.NGO, 4),
            new ParticipantCount(OrganisationCategory.BUSINESS, 2),
            new ParticipantCount(OrganisationCategory.PUBLIC_INSTITUTION, 2),
            new ParticipantCount(OrganisationCategory.ACADEMIA, 1)),
        List.of(new NamedParticipant("Maria Georgescu (illustrative)", Optional.of(NGO), true)),
        List.of(
            new DebateIntervention(OrganisationCategory.NGO, Optional.of(NGO),
                "Street trees die in dry summers unless they are watered.",
                Optional.of("The greening action will water new trees by drip irrigation (see the answer to P-1)."),
                List.of("P-1")),
            new DebateIntervention(OrganisationCategory.CITIZEN_GROUP, Optional.empty(),
                "Elderly people in blocks without air conditioning need somewhere cool during heat waves.",
                Optional.of("Cooling centres are part of the heat-wave plan (see the answer to P-3)."), List.of("P-3")),
            new DebateIntervention(OrganisationCategory.BUSINESS, Optional.empty(),
                "Local installers would like the solar programme to be announced a year ahead.",
                Optional.of("The calendar of the solar programme will be published with the action plan."), List.of())));
  }

  /**
   * The council decision that approved version 1 of the strategy, with its dossier: the approval
   * report, the specialist report and a favourable committee opinion, a vote of 21 for, 1 against
   * and 3 abstentions with 25 of 27 councillors present (the majority of councillors in office is
   * 27 / 2 + 1 = 14), communicated to the prefect 6 days and published 8 days after adoption.
   */
  static CouncilDecision decision() {
    return new CouncilDecision("187", LocalDate.of(2022, 7, 28),
        Optional.of("HCL nr. 187/28.07.2022 (illustrative reference)"), Optional.of("1"), Optional.empty())
        .withDossier(dossier());
  }

  /** The dossier of council decision 187 (every number and name illustrative). */
  static DecisionDossier dossier() {
    return DecisionDossier.of(List.of(
            DossierDocument.of(DossierDocumentKind.APPROVAL_REPORT, "4512", LocalDate.of(2022, 7, 18),
                "Primarul Municipiului Exemplu (illustrative)"),
            DossierDocument.of(DossierDocumentKind.SPECIALIST_REPORT, "4530", LocalDate.of(2022, 7, 19),
                "Direcția de mediu (illustrative)"),
            DossierDocument.opinion("31", LocalDate.of(2022, 7, 26),
                "Comisia de urbanism și protecția mediului (illustrative)", OpinionResult.FAVOURABLE)),
            new Vote(25, 21, 1, 3, 27))
        .communicated(LocalDate.of(2022, 8, 3), "nr. 9021/03.08.2022 (illustrative)")
        .published(LocalDate.of(2022, 8, 5), "Monitorul Oficial Local al Municipiului Exemplu, 2022 (illustrative)");
  }

  /**
   * Links of objectives and actions to the template's frameworks and to one shipped with core only
   * (UN CRPD Art. 11, situations of risk: the cooling centres of the heat-wave plan).
   */
  static List<AlignmentLink> alignments() {
    return List.of(
        AlignmentLink.ofObjective(ObjectiveId.of("OG-1"), FrameworkId.of("covenant-of-mayors"), "COM-2030", AlignmentStrength.DIRECT),
        AlignmentLink.ofObjective(ObjectiveId.of("OG-1"), FrameworkId.of("european-climate-law"), "ECL-4", AlignmentStrength.PARTIAL),
        AlignmentLink.ofObjective(ObjectiveId.of("OG-1"), FrameworkId.of("ro-cresc"), "CRESC", AlignmentStrength.INDIRECT),
        AlignmentLink.ofObjective(ObjectiveId.of("OS-1.3"), FrameworkId.of("sdg"), "11.6", AlignmentStrength.PARTIAL),
        AlignmentLink.ofObjective(ObjectiveId.of("OG-2"), FrameworkId.of("eu-adaptation-strategy"), "EUAS-3c", AlignmentStrength.DIRECT),
        AlignmentLink.ofObjective(ObjectiveId.of("OG-2"), FrameworkId.of("european-climate-law"), "ECL-5", AlignmentStrength.DIRECT),
        AlignmentLink.ofObjective(ObjectiveId.of("OG-2"), FrameworkId.of("sdg"), "13.1", AlignmentStrength.DIRECT),
        AlignmentLink.ofObjective(ObjectiveId.of("OS-2.3"), FrameworkId.of("sdg"), "11.b", AlignmentStrength.DIRECT),
        AlignmentLink.ofObjective(ObjectiveId.of("OG-3"), FrameworkId.of("covenant-of-mayors"), "COM-2050", AlignmentStrength.PARTIAL),
        AlignmentLink.ofObjective(ObjectiveId.of("OG-4"), FrameworkId.of("sdg"), "13.3", AlignmentStrength.DIRECT),
        AlignmentLink.ofObjective(ObjectiveId.of("OS-5.1"), FrameworkId.of("who-urban-green-space"), "WHO-UGS", AlignmentStrength.DIRECT),
        AlignmentLink.ofObjective(ObjectiveId.of("OS-5.1"), FrameworkId.of("sdg"), "11.7", AlignmentStrength.DIRECT),
        AlignmentLink.ofAction(ActionId.of("A-2.1"), FrameworkId.of("sdg"), "11.5", AlignmentStrength.PARTIAL),
        AlignmentLink.ofAction(ActionId.of("A-2.1"), FrameworkId.of("un-crpd"), "Art. 11", AlignmentStrength.INDIRECT),
        AlignmentLink.ofAction(ActionId.of("A-2.2"), FrameworkId.of("eu-adaptation-strategy"), "EUAS-3b", AlignmentStrength.PARTIAL),
        AlignmentLink.ofAction(ActionId.of("A-5.2"), FrameworkId.of("eu-adaptation-strategy"), "EUAS-3b", AlignmentStrength.DIRECT));
  }

  private static Task done(String id, String en, String ro, PlanDate due, PlanDate completed) {
    return Task.open(id, t(en, ro), due).completedOn(completed);
  }

  private static Task open(String id, String en, String ro, PlanDate due) {
    return Task.open(id, t(en, ro), due);
  }

  private static BudgetLine spent(int year, String planned, String actual, FundingSource source) {
    return BudgetLine.planned(year, Money.ron(planned), source).withActual(Money.ron(actual));
  }

  private static final FundingSource LOCAL = FundingSource.of(FundingKind.LOCAL_BUDGET);
  private static final FundingSource EU = FundingSource.of(FundingKind.EU_FUNDS, "PR Vest 2021-2027");

  /**
   * The action plan on 2026-06-30: tasks done and open (A-1.2 and have a task past its due
   * date), spending by year (A-1.1, A-1.2 and spent more than planned in 2025).
   */
  static List<Action> actions() {
    return List.of(
        Action.builder("A-1.1", t("Deep renovation of 40 schools and kindergartens", "Renovarea aprofundată a 40 de școli și grădinițe"))
            .serves(ObjectiveId.of("OS-1.1"))
            .responsible(ENVIRONMENT)
            .start(PlanDate.ofYear(2023)).end(PlanDate.ofYear(2028))
            .status(ActionStatus.ON_TIME)
            .task(done("T-1", "Energy audits of the 40 buildings", "Audituri energetice pentru cele 40 de clădiri", PlanDate.ofMonth(2023, 12), PlanDate.ofMonth(2023, 11)))
            .task(done("T-2", "First 15 buildings renovated", "Primele 15 clădiri renovate", PlanDate.ofMonth(2025, 12), PlanDate.ofMonth(2026, 6)))
            .task(open("T-3", "Next 15 buildings renovated", "Următoarele 15 clădiri renovate", PlanDate.ofMonth(2027, 6)))
            .budgetLine(spent(2024, "12500000", "11900000", EU))
            .budgetLine(spent(2025, "9000000", "9800000", EU))
            .budgetLine(BudgetLine.planned(2026, Money.ron("8000000"), EU))
            .effect(IndicatorEffect.of("CLI-06", Direction.DECREASE))
            .tag("mitigation")
            .build(),
        Action.builder("A-1.2", t("Modernise the district heating network", "Modernizarea rețelei de termoficare"))
            .serves(ObjectiveId.of("OS-1.1"))
            .responsible(HEATING)
            .start(PlanDate.ofYear(2022)).end(PlanDate.ofYear(2027))
            .status(ActionStatus.ON_TIME)
            .task(done("T-1", "12 km of primary network replaced", "12 km de rețea primară înlocuiți", PlanDate.ofMonth(2024, 12), PlanDate.ofMonth(2024, 10)))
            .task(open("T-2", "8 km of secondary network replaced", "8 km de rețea secundară înlocuiți", PlanDate.ofMonth(2026, 3)))
            .budgetLine(spent(2023, "20000000", "20000000", FundingSource.of(FundingKind.NATIONAL, "Programul Termoficare")))
            .budgetLine(spent(2025, "15000000", "17200000", FundingSource.of(FundingKind.NATIONAL, "Programul Termoficare")))
            .effect(IndicatorEffect.of("CLI-01", Direction.DECREASE))
            .tag("mitigation")
            .build(),
        Action.builder("A-2.1", t("Heat-wave action plan with cooling centres", "Plan de acțiune pentru canicule, cu centre de răcorire"))
            .serves(ObjectiveId.of("OS-2.2"))
            .responsible(EMERGENCY)
            .start(PlanDate.ofYear(2023)).end(PlanDate.ofYear(2030))
            .status(ActionStatus.ON_TIME)
            .task(done("T-1", "Heat-wave plan adopted", "Planul pentru canicule adoptat", PlanDate.ofMonth(2023, 6), PlanDate.ofMonth(2023, 5)))
            .task(done("T-2", "Six cooling centres open", "Șase centre de răcorire deschise", PlanDate.ofMonth(2024, 6), PlanDate.ofMonth(2024, 6)))
            .task(done("T-3", "Yearly review before the summer", "Revizuirea anuală înaintea verii", PlanDate.ofMonth(2026, 6), PlanDate.ofMonth(2026, 6)))
            .budgetLine(spent(2024, "350000", "310000", LOCAL))
            .budgetLine(spent(2025, "200000", "195000", LOCAL))
            .tag("adaptation", "hazard:HZ-01")
            .build(),
        Action.builder("A-2.2", t("Rainwater retention basins and permeable pavements", "Bazine de retenție a apei pluviale și pavaje permeabile"))
            .serves(ObjectiveId.of("OS-2.1"))
            .responsible(ENVIRONMENT)
            .start(PlanDate.ofYear(2024)).end(PlanDate.ofYear(2029))
            .status(ActionStatus.ON_TIME)
            .task(done("T-1", "Feasibility study", "Studiu de fezabilitate", PlanDate.ofMonth(2024, 12), PlanDate.ofMonth(2025, 3)))
            .task(open("T-2", "Retention basin in the Nord district", "Bazin de retenție în cartierul Nord", PlanDate.ofMonth(2026, 9)))
            .budgetLine(spent(2025, "4000000", "1200000", EU))
            .budgetLine(BudgetLine.planned(2026, Money.ron("6000000"), EU))
            .tag("adaptation", "hazard:HZ-04")
            .build(),
        Action.builder("A-3.1", t("Energy advice and insulation for vulnerable households", "Consiliere energetică și izolare pentru gospodăriile vulnerabile"))
            .serves(ObjectiveId.of("OS-3.1"))
            .responsible(ENVIRONMENT)
            .partner(Partner.of(TENANTS.value(), PartnerRole.PARTNER))
            .start(PlanDate.ofYear(2024)).end(PlanDate.ofYear(2030))
            .status(ActionStatus.ON_TIME)
            .task(done("T-1", "Energy advice desk opens", "Se deschide biroul de consiliere energetică", PlanDate.ofMonth(2024, 3), PlanDate.ofMonth(2024, 3)))
            .task(done("T-2", "400 households insulated", "400 de gospodării izolate", PlanDate.ofMonth(2025, 12), PlanDate.ofMonth(2025, 12)))
            .task(open("T-3", "800 households insulated", "800 de gospodării izolate", PlanDate.ofMonth(2027, 12)))
            .budgetLine(spent(2025, "1500000", "1450000", LOCAL))
            .effect(IndicatorEffect.of("CLI-X1", Direction.INCREASE))
            .build(),
        Action.builder("A-4.1", t("Climate in daily life: campaign in schools and neighbourhoods", "Clima în viața de zi cu zi: campanie în școli și cartiere"))
            .serves(ObjectiveId.of("OS-4.1"), ObjectiveId.of("OS-4.2"))
            .responsible(ENVIRONMENT)
            .partner(Partner.of(NGO.value(), PartnerRole.PARTNER))
            .partner(Partner.of(SCHOOLS.value(), PartnerRole.PARTNER))
            .start(PlanDate.ofYear(2023)).end(PlanDate.ofYear(2030))
            .status(ActionStatus.ON_TIME)
            .task(done("T-1", "Campaign C-1 in schools", "Campania C-1 în școli", PlanDate.ofMonth(2024, 6), PlanDate.ofMonth(2024, 6)))
            .task(done("T-2", "Campaign C-2 on green spaces", "Campania C-2 despre spațiile verzi", PlanDate.ofMonth(2024, 12), PlanDate.ofMonth(2024, 11)))
            .budgetLine(spent(2024, "120000", "118000", LOCAL))
            .effect(IndicatorEffect.of("CLI-X2", Direction.INCREASE))
            .build(),
        Action.builder("A-5.1", t("Pocket parks in under-served districts", "Parcuri de buzunar în cartierele deficitare"))
            .serves(ObjectiveId.of("OS-5.1"))
            .responsible(URBANISM)
            .start(PlanDate.ofYear(2024)).end(PlanDate.ofYear(2030))
            .status(ActionStatus.ON_TIME)
            .task(done("T-1", "Sites chosen with the residents", "Amplasamente alese împreună cu locuitorii", PlanDate.ofMonth(2024, 10), PlanDate.ofMonth(2024, 9)))
            .task(open("T-2", "First five pocket parks open", "Primele cinci parcuri de buzunar deschise", PlanDate.ofMonth(2026, 4)))
            .budgetLine(spent(2025, "2500000", "2900000", LOCAL))
            .budgetLine(BudgetLine.planned(2026, Money.ron("3000000"), LOCAL))
            .effect(IndicatorEffect.of("CLI-12", Direction.INCREASE))
            .build(),
        Action.builder("A-5.2", t("Drought-tolerant street trees with drip irrigation", "Arbori stradali rezistenți la secetă, cu irigare prin picurare"))
            .serves(ObjectiveId.of("OS-5.2"), ObjectiveId.of("OS-5.3"))
            .responsible(ENVIRONMENT)
            .start(PlanDate.ofYear(2023)).end(PlanDate.ofYear(2030))
            .status(ActionStatus.ON_TIME)
            .task(done("T-1", "2 000 trees planted", "2 000 de arbori plantați", PlanDate.ofMonth(2024, 11), PlanDate.ofMonth(2024, 11)))
            .task(done("T-2", "Drip irrigation on 10 streets", "Irigare prin picurare pe 10 străzi", PlanDate.ofMonth(2026, 6), PlanDate.ofMonth(2026, 5)))
            .budgetLine(spent(2024, "800000", "760000", LOCAL))
            .budgetLine(BudgetLine.planned(2026, Money.ron("900000"), LOCAL))
            .effect(IndicatorEffect.of("CLI-11", Direction.INCREASE))
            .tag("adaptation", "hazard:HZ-05")
            .build());
  }

  static CovenantCommitment commitment() {
    return new CovenantCommitment(
        PlanDate.ofMonth(2021, 3),
        List.of(ReductionTarget.of(2030, "45", TargetBasis.ABSOLUTE)),
        Optional.of(PlanDate.ofYear(2050)),
        Optional.of(PlanDate.ofMonth(2022, 11)),
        List.of(PlanDate.ofMonth(2024, 6)));
  }

  static EmissionFactor cityFactor(String carrier, String value, String en, String ro) {
    return new EmissionFactor(carrier, t(en, ro), new BigDecimal(value), false,
        "illustrative value for this example, not an official factor");
  }

  static EmissionInventory baseline() {
    return new EmissionInventory(
        "BEI-2008", InventoryType.BASELINE, 2008, 260_000,
        List.of(
            EnergyUse.of(Sector.MUNICIPAL, "electricity", "40000"),
            EnergyUse.of(Sector.MUNICIPAL, "natural-gas", "50000"),
            EnergyUse.of(Sector.TERTIARY, "electricity", "300000"),
            EnergyUse.of(Sector.TERTIARY, "natural-gas", "200000"),
            EnergyUse.of(Sector.RESIDENTIAL, "electricity", "350000"),
            EnergyUse.of(Sector.RESIDENTIAL, "natural-gas", "900000"),
            EnergyUse.of(Sector.RESIDENTIAL, "heat", "600000"),
            EnergyUse.of(Sector.RESIDENTIAL, "solid-biomass", "100000"),
            EnergyUse.of(Sector.MUNICIPAL_FLEET, "gas-diesel-oil", "20000"),
            EnergyUse.of(Sector.PUBLIC_TRANSPORT, "gas-diesel-oil", "80000"),
            EnergyUse.of(Sector.PRIVATE_TRANSPORT, "gas-diesel-oil", "600000"),
            EnergyUse.of(Sector.PRIVATE_TRANSPORT, "motor-gasoline", "400000")),
        List.of(
            new LocalProduction("cet-1", t("Combined heat and power plant", "Centrala electrică de termoficare"),
                LocalProduction.Output.HEAT, new BigDecimal("600000"),
                List.of(new LocalProduction.FuelInput("natural-gas", new BigDecimal("751509")),
                    new LocalProduction.FuelInput("residual-fuel-oil", new BigDecimal("101058"))))),
        List.of(cityFactor("electricity", "0.6", "Electricity", "Energie electrică")),
        LocalizedText.empty());
  }

  static EmissionInventory monitoring() {
    return new EmissionInventory(
        "MEI-2022", InventoryType.MONITORING, 2022, 250_000,
        List.of(
            EnergyUse.of(Sector.MUNICIPAL, "electricity", "30000"),
            EnergyUse.of(Sector.MUNICIPAL, "natural-gas", "35000"),
            EnergyUse.of(Sector.TERTIARY, "electricity", "280000"),
            EnergyUse.of(Sector.TERTIARY, "natural-gas", "150000"),
            EnergyUse.of(Sector.RESIDENTIAL, "electricity", "340000"),
            EnergyUse.of(Sector.RESIDENTIAL, "natural-gas", "800000"),
            EnergyUse.of(Sector.RESIDENTIAL, "heat", "500000"),
            EnergyUse.of(Sector.RESIDENTIAL, "solid-biomass", "120000"),
            EnergyUse.of(Sector.MUNICIPAL_FLEET, "gas-diesel-oil", "15000"),
            EnergyUse.of(Sector.PUBLIC_TRANSPORT, "gas-diesel-oil", "85000"),
            EnergyUse.of(Sector.PRIVATE_TRANSPORT, "gas-diesel-oil", "550000"),
            EnergyUse.of(Sector.PRIVATE_TRANSPORT, "motor-gasoline", "350000"),
            EnergyUse.of(Sector.PRIVATE_TRANSPORT, "biodiesel", "50000")),
        List.of(
            new LocalProduction("cet-1", t("Combined heat and power plant", "Centrala electrică de termoficare"),
                LocalProduction.Output.HEAT, new BigDecimal("500000"),
                List.of(new LocalProduction.FuelInput("natural-gas", new BigDecimal("562871")),
                    new LocalProduction.FuelInput("residual-fuel-oil", new BigDecimal("40502"))))),
        List.of(cityFactor("electricity", "0.45", "Electricity", "Energie electrică")),
        LocalizedText.empty());
  }

  /**
   * The estimated impacts of the mitigation actions and of the insulation action
   * and a business-as-usual projection (invented; it includes national and EU measures outside
   * the plan, such as a falling grid electricity factor). With the baseline of 1 112 800 t CO2 and the
   * 45 % target (612 040 t CO2 in 2030) the plan's 2 337 + 15 150 + 808 = 18 295 t CO2/yr bring the
   * 628 000 t CO2 of the projection to 609 705 t CO2, 2 335 t CO2 under the target.
   */
  static MitigationImpacts impacts() {
    String method = "illustrative estimate for this example: energy audit savings x emission factors of MEI-2022";
    return new MitigationImpacts(
        List.of(
            ActionImpact.of("A-1.1", Sector.MUNICIPAL, "2337", 2028, method).withEnergySaved("8500").withRenewable("0"),
            ActionImpact.of("A-1.2", Sector.RESIDENTIAL, "15150", 2027, method).withEnergySaved("75000"),
            ActionImpact.of("A-3.1", Sector.RESIDENTIAL, "808", 2028, method).withEnergySaved("4000")),
        List.of(
            new ProjectedEmissions(2022, new BigDecimal("877170"), "MEI-2022 (key sectors)"),
            new ProjectedEmissions(2030, new BigDecimal("628000"),
                "illustrative projection for this example, with national and EU measures outside the plan")));
  }

  static RiskAssessment riskAssessment() {
    return new RiskAssessment(
        t("Climate risk and vulnerability assessment (illustrative)", "Evaluarea riscurilor și vulnerabilităților climatice (ilustrativă)"),
        PlanDate.ofMonth(2022, 6),
        Optional.of("Environment directorate"),
        t("Administrative territory of the municipality", "Teritoriul administrativ al municipiului"),
        t("Qualitative rating of probability and consequence", "Evaluare calitativă a probabilității și a consecințelor"),
        List.of(
            new HazardAssessment(HazardId.of("HZ-01"), t("Heat waves above 35 °C", "Valuri de căldură peste 35 °C"), Rating.HIGH, Rating.HIGH,
                ExpectedChange.INCREASE, ExpectedChange.INCREASE, Timeframe.CURRENT, List.of("VS-03", "VS-04")),
            new HazardAssessment(HazardId.of("HZ-04a"), t("Flash floods after cloudbursts", "Inundații rapide după ploi torențiale"), Rating.MODERATE, Rating.HIGH,
                ExpectedChange.INCREASE, ExpectedChange.INCREASE, Timeframe.SHORT_TERM, List.of("VS-06", "VS-08")),
            new HazardAssessment(HazardId.of("HZ-05"), LocalizedText.empty(), Rating.MODERATE, Rating.MODERATE,
                ExpectedChange.INCREASE, ExpectedChange.NOT_KNOWN, Timeframe.MEDIUM_TERM, List.of("VS-09", "VS-10")),
            HazardAssessment.of(HazardId.of("HZ-06a"), Rating.LOW, Rating.MODERATE),
            HazardAssessment.of(HazardId.of("HZ-03c"), Rating.NOT_KNOWN, Rating.MODERATE)),
        List.of(new VulnerabilityAssessment("VS-03", LocalizedText.empty(), Rating.HIGH, t("Heat-related hospital admissions", "Internări legate de caniculă"))),
        List.of(new VulnerabilityAssessment("elderly", t("Older persons living alone", "Persoane vârstnice singure"), Rating.HIGH, LocalizedText.empty())),
        List.of(new AdaptiveCapacity("governance", t("Governance", "Guvernanță"), Rating.MODERATE, LocalizedText.empty())));
  }

  static AwarenessCampaigns campaigns() {
    return new AwarenessCampaigns(
        List.of(
            new Campaign("C-1", t("Climate in daily life", "Clima în viața de zi cu zi"), Campaign.Topic.CLIMATE_EFFECTS_DAILY_LIFE,
                List.of(Campaign.Audience.SCHOOLS, Campaign.Audience.GENERAL_PUBLIC),
                List.of(Campaign.Channel.SCHOOL_ACTIVITIES, Campaign.Channel.SOCIAL_MEDIA),
                Optional.of(PlanDate.ofMonth(2023, 9)), Optional.of(PlanDate.ofMonth(2024, 6)),
                List.of(NGO, SCHOOLS), Optional.of(8_000L), Optional.of(6_500L), Optional.of(IndicatorId.of("CLI-X2"))),
            new Campaign("C-2", t("Why green spaces matter", "De ce contează spațiile verzi"), Campaign.Topic.GREEN_SPACES,
                List.of(Campaign.Audience.GENERAL_PUBLIC), List.of(Campaign.Channel.EVENTS),
                Optional.of(PlanDate.ofYear(2024)), Optional.of(PlanDate.ofYear(2024)),
                List.of(NGO), Optional.of(2_000L), Optional.empty(), Optional.empty())));
  }

  static GreenSpace greenSpace() {
    return new GreenSpace(
        2023, new BigDecimal("300"), new BigDecimal("0.5"),
        List.of(
            new GreenSpace.District("Centru", 40_000, new BigDecimal("600000"), Optional.of(36_000L)),
            new GreenSpace.District("Nord", 80_000, new BigDecimal("1200000"), Optional.of(60_000L)),
            new GreenSpace.District("Sud", 70_000, new BigDecimal("700000"), Optional.of(42_000L)),
            new GreenSpace.District("Vest", 60_000, new BigDecimal("900000"), Optional.of(48_000L))));
  }

  /** The sample with annex {@code index} replaced. */
  static Strategy withAnnex(int index, org.civicplan.strategy.Annex annex) {
    Strategy s = valid();
    List<org.civicplan.strategy.Annex> annexes = new ArrayList<>(s.annexes());
    annexes.set(index, annex);
    return s.toBuilder().annexes(annexes).build();
  }

  /** The sample without annex {@code index}. */
  static Strategy withoutAnnex(int index) {
    Strategy s = valid();
    List<org.civicplan.strategy.Annex> annexes = new ArrayList<>(s.annexes());
    annexes.remove(index);
    return s.toBuilder().annexes(annexes).build();
  }
}
