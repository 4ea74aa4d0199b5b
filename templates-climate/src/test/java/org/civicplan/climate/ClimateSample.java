package org.civicplan.climate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicplan.governance.BodyId;
import org.civicplan.governance.BodyKind;
import org.civicplan.governance.Governance;
import org.civicplan.governance.GovernanceBody;
import org.civicplan.governance.Member;
import org.civicplan.governance.MemberRole;
import org.civicplan.governance.OrganisationCategory;
import org.civicplan.governance.Organisation;
import org.civicplan.governance.OrganisationId;
import org.civicplan.indicator.Baseline;
import org.civicplan.indicator.Indicator;
import org.civicplan.indicator.IndicatorId;
import org.civicplan.indicator.Target;
import org.civicplan.strategy.Action;
import org.civicplan.strategy.BudgetLine;
import org.civicplan.strategy.FundingKind;
import org.civicplan.strategy.FundingSource;
import org.civicplan.strategy.IndicatorEffect;
import org.civicplan.indicator.Direction;
import org.civicplan.strategy.LocalizedText;
import org.civicplan.strategy.Money;
import org.civicplan.strategy.Municipality;
import org.civicplan.strategy.ObjectiveId;
import org.civicplan.strategy.PlanDate;
import org.civicplan.strategy.Population;
import org.civicplan.strategy.Strategy;
import org.civicplan.strategy.StrategyId;
import org.civicplan.strategy.StrategyPeriod;
import org.civicplan.template.NewStrategyRequest;

/**
 * The illustrative climate strategy of a fictional Romanian city of 250 000 inhabitants
 * ("Municipiul Exemplu"). Not an official document: every figure is invented to exercise the
 * template's rules and computations, and is hand-checked in the tests. The same strategy is
 * written to {@code samples/data/climate-strategy.json}.
 */
final class ClimateSample {

  static final OrganisationId ENVIRONMENT = OrganisationId.of("dir-environment");
  static final OrganisationId HEATING = OrganisationId.of("district-heating");
  static final OrganisationId EMERGENCY = OrganisationId.of("isu");
  static final OrganisationId NGO = OrganisationId.of("ngo-green");
  static final OrganisationId SCHOOLS = OrganisationId.of("school-inspectorate");

  /** Index of each annex in {@link #valid()}'s annex list. */
  static final int COMMITMENT = 0;
  static final int BEI = 1;
  static final int MEI = 2;
  static final int RVA = 3;
  static final int CAMPAIGNS = 4;
  static final int GREEN = 5;

  private ClimateSample() {}

  static LocalizedText t(String en, String ro) {
    return LocalizedText.of(en, ro);
  }

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
      indicators.add(
          switch (i.id().value()) {
            case "CLI-01" -> i.toBuilder()
                .baseline(Baseline.of(PlanDate.ofYear(2008), 1_112_800))
                .target(Target.of(PlanDate.ofYear(2030), 612_040))
                .dataSource("BEI-2008, MEI-2022")
                .build();
            case "CLI-12" -> i.toBuilder()
                .baseline(Baseline.of(PlanDate.ofYear(2023), 74.4))
                .target(Target.of(PlanDate.ofYear(2030), 85))
                .build();
            case "CLI-X2" -> i.toBuilder()
                .baseline(Baseline.of(PlanDate.ofYear(2022), 0))
                .target(Target.of(PlanDate.ofYear(2030), 20_000))
                .build();
            default -> i;
          });
    }
    return draft.toBuilder()
        .vision(t("A low-carbon city, ready for heat, drought and floods, with green space close to every home",
            "Un oraș cu emisii reduse de carbon, pregătit pentru caniculă, secetă și inundații, cu spații verzi aproape de fiecare locuință"))
        .indicators(indicators)
        .organisations(
            List.of(
                Organisation.of(ENVIRONMENT.value(), t("Environment directorate", "Direcția de mediu"), OrganisationCategory.CITY_DIRECTORATE),
                Organisation.of(HEATING.value(), t("District heating company", "Compania de termoficare"), OrganisationCategory.MUNICIPAL_COMPANY),
                Organisation.of(EMERGENCY.value(), t("County emergency inspectorate", "Inspectoratul pentru situații de urgență"), OrganisationCategory.PUBLIC_INSTITUTION),
                Organisation.of(NGO.value(), t("Green city association", "Asociația Orașul Verde"), OrganisationCategory.NGO),
                Organisation.of(SCHOOLS.value(), t("County school inspectorate", "Inspectoratul școlar județean"), OrganisationCategory.PUBLIC_INSTITUTION)))
        .actions(actions())
        .governance(
            new Governance(
                List.of(
                    new GovernanceBody(
                        BodyId.of("management-team"), BodyKind.MANAGEMENT_TEAM,
                        t("Management team", "Echipa de management"),
                        List.of(Member.of("Coordinator (illustrative)", MemberRole.COORDINATOR, ENVIRONMENT))),
                    new GovernanceBody(
                        BodyId.of("consultative-committee"), BodyKind.CONSULTATIVE_COMMITTEE,
                        t("Consultative committee", "Comitetul consultativ"),
                        List.of(Member.of("NGO representative (illustrative)", MemberRole.COORDINATOR, NGO)))),
                List.of()))
        .annexes(List.of(commitment(), baseline(), monitoring(), riskAssessment(), campaigns(), greenSpace()))
        .build();
  }

  static List<Action> actions() {
    return List.of(
        Action.builder("A-1.1", t("Deep renovation of 40 schools and kindergartens", "Renovarea aprofundată a 40 de școli și grădinițe"))
            .serves(ObjectiveId.of("OS-1.1"))
            .responsible(ENVIRONMENT)
            .start(PlanDate.ofYear(2023)).end(PlanDate.ofYear(2028))
            .budgetLine(BudgetLine.planned(2024, Money.ron("12500000"), FundingSource.of(FundingKind.EU_FUNDS, "PR Vest 2021-2027")))
            .effect(IndicatorEffect.of("CLI-06", Direction.DECREASE))
            .tag("mitigation")
            .build(),
        Action.builder("A-1.2", t("Modernise the district heating network", "Modernizarea rețelei de termoficare"))
            .serves(ObjectiveId.of("OS-1.1"))
            .responsible(HEATING)
            .start(PlanDate.ofYear(2022)).end(PlanDate.ofYear(2027))
            .effect(IndicatorEffect.of("CLI-01", Direction.DECREASE))
            .tag("mitigation")
            .build(),
        Action.builder("A-2.1", t("Heat-wave action plan with cooling centres", "Plan de acțiune pentru canicule, cu centre de răcorire"))
            .serves(ObjectiveId.of("OS-2.2"))
            .responsible(EMERGENCY)
            .start(PlanDate.ofYear(2023)).end(PlanDate.ofYear(2030))
            .tag("adaptation", "hazard:HZ-01")
            .build(),
        Action.builder("A-2.2", t("Rainwater retention basins and permeable pavements", "Bazine de retenție a apei pluviale și pavaje permeabile"))
            .serves(ObjectiveId.of("OS-2.1"))
            .responsible(ENVIRONMENT)
            .start(PlanDate.ofYear(2024)).end(PlanDate.ofYear(2029))
            .tag("adaptation", "hazard:HZ-04")
            .build(),
        Action.builder("A-3.1", t("Energy advice and insulation for vulnerable households", "Consiliere energetică și izolare pentru gospodăriile vulnerabile"))
            .serves(ObjectiveId.of("OS-3.1"))
            .responsible(ENVIRONMENT)
            .start(PlanDate.ofYear(2024)).end(PlanDate.ofYear(2030))
            .effect(IndicatorEffect.of("CLI-X1", Direction.INCREASE))
            .build(),
        Action.builder("A-4.1", t("Climate in daily life: campaign in schools and neighbourhoods", "Clima în viața de zi cu zi: campanie în școli și cartiere"))
            .serves(ObjectiveId.of("OS-4.1"), ObjectiveId.of("OS-4.2"))
            .responsible(ENVIRONMENT)
            .start(PlanDate.ofYear(2023)).end(PlanDate.ofYear(2030))
            .effect(IndicatorEffect.of("CLI-X2", Direction.INCREASE))
            .build(),
        Action.builder("A-5.1", t("Pocket parks in under-served districts", "Parcuri de buzunar în cartierele deficitare"))
            .serves(ObjectiveId.of("OS-5.1"))
            .responsible(ENVIRONMENT)
            .start(PlanDate.ofYear(2024)).end(PlanDate.ofYear(2030))
            .effect(IndicatorEffect.of("CLI-12", Direction.INCREASE))
            .build(),
        Action.builder("A-5.2", t("Drought-tolerant street trees with drip irrigation", "Arbori stradali rezistenți la secetă, cu irigare prin picurare"))
            .serves(ObjectiveId.of("OS-5.2"), ObjectiveId.of("OS-5.3"))
            .responsible(ENVIRONMENT)
            .start(PlanDate.ofYear(2023)).end(PlanDate.ofYear(2030))
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
            EnergyUse.of(Sector.TRANSPORT, "gas-diesel-oil", "700000"),
            EnergyUse.of(Sector.TRANSPORT, "motor-gasoline", "400000")),
        List.of(
            new LocalProduction("cet-1", t("Combined heat and power plant", "Centrala electrică de termoficare"),
                LocalProduction.Output.HEAT, new BigDecimal("600000"),
                List.of(new LocalProduction.FuelInput("natural-gas", new BigDecimal("700000"))))),
        List.of(
            cityFactor("electricity", "0.6", "Electricity", "Energie electrică"),
            cityFactor("heat", "0.3", "District heat", "Energie termică din termoficare")),
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
            EnergyUse.of(Sector.TRANSPORT, "gas-diesel-oil", "650000"),
            EnergyUse.of(Sector.TRANSPORT, "motor-gasoline", "350000"),
            EnergyUse.of(Sector.TRANSPORT, "biodiesel", "50000")),
        List.of(),
        List.of(
            cityFactor("electricity", "0.45", "Electricity", "Energie electrică"),
            cityFactor("heat", "0.25", "District heat", "Energie termică din termoficare")),
        LocalizedText.empty());
  }

  static RiskAssessment riskAssessment() {
    return new RiskAssessment(
        t("Climate risk and vulnerability assessment (illustrative)", "Evaluarea riscurilor și vulnerabilităților climatice (ilustrativă)"),
        PlanDate.ofMonth(2022, 6),
        Optional.of("Environment directorate"),
        t("Administrative territory of the municipality", "Teritoriul administrativ al municipiului"),
        t("Qualitative rating of probability and consequence", "Evaluare calitativă a probabilității și a consecințelor"),
        List.of(
            new HazardAssessment("HZ-01", t("Heat waves above 35 °C", "Valuri de căldură peste 35 °C"), Rating.HIGH, Rating.HIGH,
                ExpectedChange.INCREASE, ExpectedChange.INCREASE, Timeframe.CURRENT, List.of("VS-03", "VS-04")),
            new HazardAssessment("HZ-04a", t("Flash floods after cloudbursts", "Inundații rapide după ploi torențiale"), Rating.MODERATE, Rating.HIGH,
                ExpectedChange.INCREASE, ExpectedChange.INCREASE, Timeframe.SHORT_TERM, List.of("VS-06", "VS-08")),
            new HazardAssessment("HZ-05", LocalizedText.empty(), Rating.MODERATE, Rating.MODERATE,
                ExpectedChange.INCREASE, ExpectedChange.NOT_KNOWN, Timeframe.MEDIUM_TERM, List.of("VS-09", "VS-10")),
            HazardAssessment.of("HZ-06a", Rating.LOW, Rating.MODERATE),
            HazardAssessment.of("HZ-03c", Rating.NOT_KNOWN, Rating.MODERATE)),
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
