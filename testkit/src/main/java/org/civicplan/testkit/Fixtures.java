// SPDX-License-Identifier: Apache-2.0
package org.civicplan.testkit;

import org.civicplan.alignment.FrameworkId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.time.MonthDay;
import org.civicplan.alignment.AlignmentLink;
import org.civicplan.alignment.AlignmentStrength;
import org.civicplan.governance.BodyId;
import org.civicplan.governance.Consultation;
import org.civicplan.governance.ContributionPayment;
import org.civicplan.governance.DebateRequest;
import org.civicplan.governance.Membership;
import org.civicplan.governance.PartnershipProject;
import org.civicplan.governance.Proposal;
import org.civicplan.governance.ProposalAnswer;
import org.civicplan.governance.ProposalDecision;
import org.civicplan.governance.PublicDebate;
import org.civicplan.governance.RequesterKind;
import org.civicplan.governance.BodyKind;
import org.civicplan.governance.CouncilDecision;
import org.civicplan.governance.Governance;
import org.civicplan.governance.GovernanceBody;
import org.civicplan.governance.LifecycleState;
import org.civicplan.governance.Member;
import org.civicplan.governance.MemberRole;
import org.civicplan.governance.Organisation;
import org.civicplan.governance.OrganisationCategory;
import org.civicplan.governance.OrganisationId;
import org.civicplan.indicator.Baseline;
import org.civicplan.indicator.Direction;
import org.civicplan.indicator.Indicator;
import org.civicplan.indicator.IndicatorId;
import org.civicplan.indicator.IndicatorKind;
import org.civicplan.indicator.Measurement;
import org.civicplan.indicator.ReportingFrequency;
import org.civicplan.indicator.Target;
import org.civicplan.strategy.Action;
import org.civicplan.base.ActionId;
import org.civicplan.strategy.ActionStatus;
import org.civicplan.strategy.BudgetLine;
import org.civicplan.strategy.FundingKind;
import org.civicplan.strategy.FundingSource;
import org.civicplan.strategy.ImplementationPhase;
import org.civicplan.strategy.IndicatorEffect;
import org.civicplan.base.LocalizedText;
import org.civicplan.strategy.Location;
import org.civicplan.base.Money;
import org.civicplan.strategy.Municipality;
import org.civicplan.strategy.Objective;
import org.civicplan.base.ObjectiveId;
import org.civicplan.strategy.Partner;
import org.civicplan.strategy.PartnerRole;
import org.civicplan.base.PlanDate;
import org.civicplan.strategy.Population;
import org.civicplan.strategy.RawAnnex;
import org.civicplan.strategy.Strategy;
import org.civicplan.base.StrategyId;
import org.civicplan.base.StrategyPeriod;
import org.civicplan.strategy.Task;
import org.civicplan.base.TemplateId;

/**
 * Small, readable, valid strategies for tests: each passes every core rule with no finding.
 * Derive defective copies with {@code toBuilder()} or {@link Mutants}.
 *
 * <p>Illustrative data, not official documents: the municipalities are real names used as
 * examples, but objectives, amounts, people and decisions are invented.
 */
public final class Fixtures {

  /** The template id the fixtures carry. */
  public static final TemplateId TEMPLATE = StrategyGenerator.DEFAULT_TEMPLATE;

  /** Ids used by {@link #greenStreets()}. */
  public static final class GreenStreets {
    /** The environment directorate, responsible for every action. */
    public static final OrganisationId ENVIRONMENT = OrganisationId.of("dir-environment");
    /** An NGO, partner in planting and watering. */
    public static final OrganisationId GREEN_NGO = OrganisationId.of("ngo-green");
    /** Total CO2 emissions, a decrease indicator. */
    public static final IndicatorId CO2 = IndicatorId.of("co2-total");
    /** Street trees planted, an increase indicator. */
    public static final IndicatorId TREES = IndicatorId.of("street-trees");
    /** Strategic objective: cut emissions. */
    public static final ObjectiveId MITIGATION = ObjectiveId.of("OS-1");
    /** Specific objective: efficient public buildings. */
    public static final ObjectiveId BUILDINGS = ObjectiveId.of("OS-1.1");
    /** Strategic objective: green the streets. */
    public static final ObjectiveId GREENING = ObjectiveId.of("OS-2");
    /** Specific objective: more street trees. */
    public static final ObjectiveId TREE_COVER = ObjectiveId.of("OS-2.1");
    /** Retrofit schools (budgeted in RON and EUR). */
    public static final ActionId RETROFIT = ActionId.of("A-1");
    /** Plant street trees. */
    public static final ActionId PLANT = ActionId.of("A-2");
    /** Water young trees; depends on {@link #PLANT}. */
    public static final ActionId WATERING = ActionId.of("A-3");

    private GreenStreets() {}
  }

  /** Ids used by {@link #cycleNetwork()}. */
  public static final class CycleNetwork {
    /** The investments directorate. */
    public static final OrganisationId INVESTMENTS = OrganisationId.of("dir-investments");
    /** The transport company. */
    public static final OrganisationId TRANSPORT = OrganisationId.of("transport-company");
    /** The county council, a funder. */
    public static final OrganisationId COUNTY = OrganisationId.of("county-council");
    /** A cyclists' association (NGO), partner in bike sharing and member of the consultative committee. */
    public static final OrganisationId CYCLISTS = OrganisationId.of("cyclists-association");
    /** Kilometres of cycle lanes, an increase indicator. */
    public static final IndicatorId LANES = IndicatorId.of("cycle-lanes-km");
    /** Share of trips by bicycle, an increase indicator. */
    public static final IndicatorId MODAL_SHARE = IndicatorId.of("bike-modal-share");
    /** Strategic objective: cycling becomes an everyday choice. */
    public static final ObjectiveId CYCLING = ObjectiveId.of("OG-1");
    /** Specific objective: a connected network. */
    public static final ObjectiveId NETWORK = ObjectiveId.of("OS-1.1");
    /** Design the network. */
    public static final ActionId DESIGN = ActionId.of("M-1");
    /** Build the first lanes; depends on {@link #DESIGN}. */
    public static final ActionId BUILD = ActionId.of("M-2");
    /** Bike sharing; depends on {@link #BUILD}. */
    public static final ActionId SHARING = ActionId.of("M-3");

    private CycleNetwork() {}
  }

  private Fixtures() {}

  /**
   * {@return a climate-and-greening strategy for Timișoara, 2026-2030: two strategic objectives
   * with one specific objective each, a decrease and an increase indicator, three actions (one
   * depending on another), budget lines in RON and EUR with an actual amount, a completed task, a
   * partner, a location, a draft's bodies (management team, consultative committee with the NGO, a
   * working group covering both strategic objectives), links to the European Climate Law, the EU
   * Adaptation Strategy and WHO urban green space, and an annex of an unknown kind}
   */
  public static Strategy greenStreets() {
    return greenStreetsBuilder().build();
  }

  /** {@return a builder holding {@link #greenStreets()}, to change one thing} */
  public static Strategy.Builder greenStreetsBuilder() {
    Municipality city =
        Municipality.of("Timișoara", "RO")
            .withOfficialCode("155243")
            .withPopulation(Population.of(250_849, 2021));
    return Strategy.builder(
            StrategyId.of("tm-green-2026"),
            TEMPLATE,
            city,
            text("Green streets strategy", "Strategia străzilor verzi"),
            StrategyPeriod.of(2026, 2030))
        .vision(text("A cooler, greener city", "Un oraș mai răcoros și mai verde"))
        .objectives(
            List.of(
                new Objective(GreenStreets.MITIGATION, text("Cut emissions", "Reducerea emisiilor"),
                    LocalizedText.empty(), List.of(GreenStreets.CO2),
                    List.of(new Objective(GreenStreets.BUILDINGS,
                        text("Efficient public buildings", "Clădiri publice eficiente"),
                        LocalizedText.empty(), List.of(GreenStreets.CO2), List.of()))),
                new Objective(GreenStreets.GREENING, text("Green the streets", "Înverzirea străzilor"),
                    LocalizedText.empty(), List.of(GreenStreets.TREES),
                    List.of(new Objective(GreenStreets.TREE_COVER,
                        text("More street trees", "Mai mulți arbori stradali"),
                        LocalizedText.empty(), List.of(GreenStreets.TREES), List.of())))))
        .indicators(
            List.of(
                Indicator.builder(GreenStreets.CO2, text("Total CO2 emissions", "Emisii totale de CO2"),
                        "t CO2/yr", Direction.DECREASE)
                    .kind(IndicatorKind.IMPACT)
                    .dataSource("Baseline emission inventory")
                    .baseline(Baseline.of(PlanDate.ofYear(2020), 1_200_000))
                    .target(Target.milestone(PlanDate.ofYear(2028), 1_000_000))
                    .target(Target.of(PlanDate.ofYear(2030), 720_000))
                    .measurement(Measurement.of(PlanDate.ofYear(2024), 1_100_000, "MEI 2024"))
                    .build(),
                Indicator.builder(GreenStreets.TREES, text("Street trees planted", "Arbori stradali plantați"),
                        "trees", Direction.INCREASE)
                    .kind(IndicatorKind.OUTPUT)
                    .baseline(Baseline.of(PlanDate.of(2025, 12, 31), 0))
                    .target(Target.of(PlanDate.ofYear(2030), 5000))
                    .build()))
        .organisations(
            List.of(
                new Organisation(GreenStreets.ENVIRONMENT, text("Environment directorate", "Direcția de mediu"),
                    OrganisationCategory.CITY_DIRECTORATE),
                new Organisation(GreenStreets.GREEN_NGO,
                    text("Green Timișoara association", "Asociația Timișoara Verde"), OrganisationCategory.NGO)))
        .actions(
            List.of(
                Action.builder(GreenStreets.RETROFIT, text("Retrofit schools", "Reabilitarea termică a școlilor"))
                    .serves(GreenStreets.BUILDINGS)
                    .responsible(GreenStreets.ENVIRONMENT)
                    .start(PlanDate.ofYear(2026))
                    .end(PlanDate.ofMonth(2028, 6))
                    .status(ActionStatus.ON_TIME)
                    .phase(ImplementationPhase.PROCUREMENT)
                    .task(Task.open("T-1", text("Energy audits", "Audituri energetice"), PlanDate.of(2026, 6, 30))
                        .completedOn(PlanDate.of(2026, 6, 15)))
                    .task(Task.open("T-2", text("Tender", "Licitație"), PlanDate.ofMonth(2026, 12)))
                    .budgetLine(BudgetLine.planned(2026, Money.ron("1500000"), FundingSource.of(FundingKind.LOCAL_BUDGET))
                        .withActual(Money.ron("1250000.50")))
                    .budgetLine(BudgetLine.planned(2027, Money.eur("800000"),
                        FundingSource.of(FundingKind.EU_FUNDS, "Programul Regional 2021-2027")))
                    .effect(new IndicatorEffect(GreenStreets.CO2, Direction.DECREASE))
                    .tag("buildings", "schools")
                    .build(),
                Action.builder(GreenStreets.PLANT, text("Plant street trees", "Plantarea de arbori stradali"))
                    .serves(GreenStreets.TREE_COVER)
                    .responsible(GreenStreets.ENVIRONMENT)
                    .partner(new Partner(GreenStreets.GREEN_NGO, PartnerRole.PARTNER))
                    .start(PlanDate.ofYear(2026))
                    .end(PlanDate.ofYear(2030))
                    .budgetLine(BudgetLine.planned(2026, Money.ron("200000"), FundingSource.of(FundingKind.LOCAL_BUDGET)))
                    .effect(new IndicatorEffect(GreenStreets.TREES, Direction.INCREASE))
                    .location(Location.ofDistrict("Fabric"))
                    .build(),
                Action.builder(GreenStreets.WATERING, text("Water young trees", "Udarea arborilor tineri"))
                    .serves(GreenStreets.TREE_COVER)
                    .responsible(GreenStreets.ENVIRONMENT)
                    .partner(new Partner(GreenStreets.GREEN_NGO, PartnerRole.CONSULTED))
                    .dependsOn(GreenStreets.PLANT)
                    .start(PlanDate.ofMonth(2026, 5))
                    .end(PlanDate.ofYear(2030))
                    .build()))
        .governance(
            new Governance(
                List.of(
                    new GovernanceBody(BodyId.of("management-team"), BodyKind.MANAGEMENT_TEAM,
                        text("Management team", "Echipa de management"),
                        List.of(Member.of("Ana Popescu", MemberRole.COORDINATOR, GreenStreets.ENVIRONMENT),
                            new Member("Ion Ionescu", MemberRole.MEMBER, Optional.of(GreenStreets.GREEN_NGO)))),
                    new GovernanceBody(BodyId.of("consultative-committee"), BodyKind.CONSULTATIVE_COMMITTEE,
                        text("Consultative committee", "Comitetul consultativ"),
                        List.of(Member.of("Ioana Mureșan", MemberRole.COORDINATOR, GreenStreets.GREEN_NGO),
                            Member.of("Radu Dumitrașcu", MemberRole.SECRETARY, GreenStreets.ENVIRONMENT))),
                    new GovernanceBody(BodyId.of("wg-climate"), BodyKind.SECTORAL_WORKING_GROUP,
                        text("Working group on climate and greening", "Grupul de lucru pentru climă și spații verzi"),
                        List.of(Member.of("Ștefan Țurcanu", MemberRole.COORDINATOR, GreenStreets.ENVIRONMENT)))
                        .withSector("climate")
                        .withObjectives(List.of(GreenStreets.MITIGATION, GreenStreets.GREENING))
                        .withActions(List.of(GreenStreets.PLANT))),
                List.of()))
        .alignments(List.of(
            AlignmentLink.ofObjective(GreenStreets.MITIGATION, FrameworkId.of("european-climate-law"), "ECL-2", AlignmentStrength.DIRECT),
            AlignmentLink.ofObjective(GreenStreets.GREENING, FrameworkId.of("eu-adaptation-strategy"), "EUAS-2", AlignmentStrength.PARTIAL),
            AlignmentLink.ofAction(GreenStreets.PLANT, FrameworkId.of("who-urban-green-space"), "WHO-UGS", AlignmentStrength.INDIRECT)))
        .annex(new RawAnnex("x-street-survey", "{\"streets\":12,\"surveyed\":[\"Bd. Revoluției\",\"Strada Florilor\"]}"));
  }

  /**
   * {@return an approved cycling strategy for Cluj-Napoca, 2025-2028, in implementation: a
   * two-level objective tree, two increase indicators with milestones and measurements, a chain of
   * three dependent actions funded from the local budget, the county and EU funds; the four bodies
   * (a monitoring committee independent of the transport company it monitors), the public
   * consultation of autumn 2024 under Law 52/2003 (two answered proposals, the debate a cyclists'
   * association asked for, closed 35 days after the announcement), council decision 412 approving
   * version 1, a membership with its payments, bike sharing as a partnership project, and links to
   * SDG 11.2 and the WHO physical activity guidelines}
   */
  public static Strategy cycleNetwork() {
    Municipality city = Municipality.of("Cluj-Napoca", "RO");
    return Strategy.builder(
            StrategyId.of("cj-cycling-2025"),
            TEMPLATE,
            city,
            text("Cycle network strategy", "Strategia rețelei de piste de biciclete"),
            StrategyPeriod.of(2025, 2028))
        .vision(text("Safe cycling for every age", "Mers cu bicicleta în siguranță, la orice vârstă"))
        .state(LifecycleState.IN_IMPLEMENTATION)
        .objectives(
            List.of(
                new Objective(CycleNetwork.CYCLING,
                    text("Cycling becomes an everyday choice", "Bicicleta devine o alegere zilnică"),
                    text("For trips under five kilometres.", "Pentru deplasări sub cinci kilometri."),
                    List.of(CycleNetwork.MODAL_SHARE),
                    List.of(new Objective(CycleNetwork.NETWORK, text("A connected network", "O rețea conectată"),
                        LocalizedText.empty(), List.of(CycleNetwork.LANES), List.of())))))
        .indicators(
            List.of(
                Indicator.builder(CycleNetwork.LANES, text("Length of cycle lanes", "Lungimea pistelor de biciclete"),
                        "km", Direction.INCREASE)
                    .kind(IndicatorKind.OUTPUT)
                    .frequency(ReportingFrequency.SEMI_ANNUAL)
                    .baseline(Baseline.of(PlanDate.ofYear(2024), 42.5))
                    .target(Target.milestone(PlanDate.ofYear(2026), 60))
                    .target(Target.of(PlanDate.ofYear(2028), 95))
                    .measurement(Measurement.of(PlanDate.ofMonth(2025, 6), 48.2, "Direcția de investiții"))
                    .build(),
                Indicator.builder(CycleNetwork.MODAL_SHARE, text("Share of trips by bicycle", "Ponderea deplasărilor cu bicicleta"),
                        "%", Direction.INCREASE)
                    .kind(IndicatorKind.OUTCOME)
                    .baseline(Baseline.of(PlanDate.ofYear(2023), 3.1))
                    .target(Target.of(PlanDate.ofYear(2028), 7))
                    .build()))
        .organisations(
            List.of(
                new Organisation(CycleNetwork.INVESTMENTS, text("Investments directorate", "Direcția de investiții"),
                    OrganisationCategory.CITY_DIRECTORATE),
                new Organisation(CycleNetwork.TRANSPORT, text("Public transport company", "Compania de transport public"),
                    OrganisationCategory.MUNICIPAL_COMPANY),
                new Organisation(CycleNetwork.COUNTY, text("County council", "Consiliul Județean"),
                    OrganisationCategory.PUBLIC_INSTITUTION),
                new Organisation(CycleNetwork.CYCLISTS, text("Cluj cyclists association", "Asociația bicicliștilor clujeni"),
                    OrganisationCategory.NGO)))
        .actions(
            List.of(
                Action.builder(CycleNetwork.DESIGN, text("Design the network", "Proiectarea rețelei"))
                    .serves(CycleNetwork.NETWORK)
                    .responsible(CycleNetwork.INVESTMENTS)
                    .start(PlanDate.ofMonth(2025, 1))
                    .end(PlanDate.ofMonth(2025, 9))
                    .status(ActionStatus.COMPLETED)
                    .phase(ImplementationPhase.COMPLETED)
                    .task(Task.open("T-1", text("Technical project", "Proiect tehnic"), PlanDate.of(2025, 9, 30))
                        .completedOn(PlanDate.of(2025, 9, 12)))
                    .budgetLine(BudgetLine.planned(2025, Money.ron("350000"), FundingSource.of(FundingKind.LOCAL_BUDGET))
                        .withActual(Money.ron("341200.75")))
                    .build(),
                Action.builder(CycleNetwork.BUILD, text("Build the first lanes", "Construirea primelor piste"))
                    .serves(CycleNetwork.NETWORK)
                    .responsible(CycleNetwork.INVESTMENTS)
                    .partner(new Partner(CycleNetwork.COUNTY, PartnerRole.FUNDER))
                    .dependsOn(CycleNetwork.DESIGN)
                    .start(PlanDate.ofMonth(2025, 10))
                    .end(PlanDate.ofYear(2027))
                    .status(ActionStatus.LATE)
                    .phase(ImplementationPhase.IMPLEMENTATION)
                    .budgetLine(BudgetLine.planned(2026, Money.eur("2400000"),
                        FundingSource.of(FundingKind.EU_FUNDS, "Programul Regional 2021-2027")))
                    .budgetLine(BudgetLine.planned(2026, Money.ron("900000"), FundingSource.of(FundingKind.COUNTY)))
                    .effect(new IndicatorEffect(CycleNetwork.LANES, Direction.INCREASE))
                    .tag("mobility")
                    .build(),
                Action.builder(CycleNetwork.SHARING, text("Bike sharing", "Sistem de bike-sharing"))
                    .serves(CycleNetwork.CYCLING)
                    .responsible(CycleNetwork.TRANSPORT)
                    .partner(new Partner(CycleNetwork.CYCLISTS, PartnerRole.PARTNER))
                    .dependsOn(CycleNetwork.BUILD)
                    .start(PlanDate.ofYear(2028))
                    .end(PlanDate.ofYear(2028))
                    .effect(new IndicatorEffect(CycleNetwork.MODAL_SHARE, Direction.INCREASE))
                    .build()))
        .alignments(List.of(
            AlignmentLink.ofObjective(CycleNetwork.CYCLING, FrameworkId.of("sdg"), "11.2", AlignmentStrength.DIRECT),
            AlignmentLink.ofAction(CycleNetwork.SHARING, FrameworkId.of("who-physical-activity"), "WHO-PA-A",
                AlignmentStrength.INDIRECT)))
        .governance(
            new Governance(
                List.of(
                    new GovernanceBody(BodyId.of("management-team"), BodyKind.MANAGEMENT_TEAM,
                        text("Management team", "Echipa de management"),
                        List.of(Member.of("Mihai Cătănescu", MemberRole.COORDINATOR, CycleNetwork.INVESTMENTS),
                            Member.of("Elena Vâlcu", MemberRole.SECRETARY, CycleNetwork.INVESTMENTS))),
                    new GovernanceBody(BodyId.of("consultative-committee"), BodyKind.CONSULTATIVE_COMMITTEE,
                        text("Consultative committee", "Comitetul consultativ"),
                        List.of(Member.of("Tudor Bîrsan", MemberRole.COORDINATOR, CycleNetwork.CYCLISTS),
                            Member.of("Irina Chiriță", MemberRole.MEMBER, CycleNetwork.COUNTY))),
                    new GovernanceBody(BodyId.of("wg-mobility"), BodyKind.SECTORAL_WORKING_GROUP,
                        text("Working group on mobility", "Grupul de lucru pentru mobilitate"),
                        List.of(Member.of("Andreea Stănescu", MemberRole.COORDINATOR, CycleNetwork.TRANSPORT)))
                        .withSector("mobility")
                        .withObjectives(List.of(CycleNetwork.CYCLING)),
                    // Monitors the transport company's bike sharing, so no one from the company sits in it.
                    new GovernanceBody(BodyId.of("monitoring-committee"), BodyKind.MONITORING_COMMITTEE,
                        text("Monitoring committee", "Comitetul de monitorizare"),
                        List.of(Member.of("Irina Chiriță", MemberRole.COORDINATOR, CycleNetwork.COUNTY),
                            Member.of("Tudor Bîrsan", MemberRole.MEMBER, CycleNetwork.CYCLISTS)))
                        .withMonitors(List.of(CycleNetwork.TRANSPORT))),
                List.of(new CouncilDecision("412", LocalDate.of(2024, 11, 28), Optional.of("HCL nr. 412/28.11.2024"),
                    Optional.of("1"), Optional.empty()).withDossier(GovernanceGenerator.dossier(LocalDate.of(2024, 11, 28)))),
                List.of(new Consultation(LocalDate.of(2024, 9, 16), LocalDate.of(2024, 9, 30),
                    List.of(new DebateRequest("Cluj cyclists association", RequesterKind.LEGALLY_CONSTITUTED_ASSOCIATION,
                        LocalDate.of(2024, 9, 20))),
                    Optional.of(PublicDebate.of(LocalDate.of(2024, 10, 8), "Sala de consiliu a primăriei")),
                    List.of(
                        new Proposal("P-1", "Tudor Bîrsan", Optional.of(CycleNetwork.CYCLISTS), LocalDate.of(2024, 9, 25),
                            "Legați pistele de gara CFR.", Optional.of("/actions/1"),
                            Optional.of(new ProposalAnswer(ProposalDecision.ACCEPTED, "Traseul a fost prelungit până la gară.",
                                Optional.of(LocalDate.of(2024, 10, 10))))),
                        new Proposal("P-2", "Dan Pop", Optional.empty(), LocalDate.of(2024, 9, 28),
                            "Renunțați la bike-sharing.", Optional.of("/actions/2"),
                            Optional.of(new ProposalAnswer(ProposalDecision.REJECTED,
                                "Sistemul completează rețeaua și este finanțat separat.", Optional.of(LocalDate.of(2024, 10, 10)))))),
                    Optional.of(LocalDate.of(2024, 10, 28)))),
                List.of(new Membership("membership-cycling-cities", text("Network of cycling cities", "Rețeaua orașelor cicliste"),
                    Money.eur("1500"), MonthDay.of(3, 31), 2023, Optional.empty(),
                    List.of(new ContributionPayment(2023, LocalDate.of(2023, 3, 20), Money.eur("1500")),
                        new ContributionPayment(2024, LocalDate.of(2024, 4, 2), Money.eur("1500"))))),
                List.of(new PartnershipProject(CycleNetwork.SHARING, List.of("Mănăștur", "Centru"),
                    Optional.of("Acord de parteneriat nr. 7/2025")))))
        .build();
  }

  /**
   * {@return the smallest valid strategy: one objective measured by one indicator with a baseline
   * and a target, one organisation, no actions}
   */
  public static Strategy minimal() {
    IndicatorId indicator = IndicatorId.of("ind-1");
    return Strategy.builder(
            StrategyId.of("minimal-2027"),
            TEMPLATE,
            Municipality.of("Sibiu", "RO"),
            text("Minimal strategy", "Strategie minimală"),
            StrategyPeriod.of(2027, 2027))
        .vision(text("Something measured", "Ceva măsurat"))
        .objective(new Objective(ObjectiveId.of("OS-1"), text("Measure something", "Măsurarea unui lucru"),
            LocalizedText.empty(), List.of(indicator), List.of()))
        .indicator(Indicator.builder(indicator, text("Something measured", "Ceva măsurat"), "%", Direction.INCREASE)
            .baseline(Baseline.of(PlanDate.ofYear(2026), 10))
            .target(Target.of(PlanDate.ofYear(2027), 20))
            .build())
        .organisation(Organisation.of("city-hall", text("City hall", "Primăria"), OrganisationCategory.CITY_DIRECTORATE))
        .build();
  }

  /** {@return all fixtures, named, in a stable order} */
  public static java.util.Map<String, Strategy> all() {
    java.util.Map<String, Strategy> all = new java.util.LinkedHashMap<>();
    all.put("greenStreets", greenStreets());
    all.put("cycleNetwork", cycleNetwork());
    all.put("minimal", minimal());
    return java.util.Collections.unmodifiableMap(all);
  }

  private static LocalizedText text(String english, String romanian) {
    return LocalizedText.of(english, romanian);
  }
}
