// SPDX-License-Identifier: Apache-2.0
package org.civicplan.sport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicplan.base.ActionId;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.Money;
import org.civicplan.base.ObjectiveId;
import org.civicplan.base.PlanDate;
import org.civicplan.base.StrategyId;
import org.civicplan.base.StrategyPeriod;
import org.civicplan.governance.Organisation;
import org.civicplan.governance.OrganisationCategory;
import org.civicplan.governance.OrganisationId;
import org.civicplan.sport.FacilityInventory.District;
import org.civicplan.sport.FacilityInventory.Facility;
import org.civicplan.planning.SelectionOptions;
import org.civicplan.planning.StrategyRanking;
import org.civicplan.planning.StrategySelection;
import org.civicplan.prioritisation.RankingMethod;
import org.civicplan.sport.InvestmentProgramme.BudgetYear;
import org.civicplan.sport.InvestmentProgramme.Investment;
import org.civicplan.sport.InvestmentProgramme.Readiness;
import org.civicplan.strategy.Action;
import org.civicplan.strategy.ActionStatus;
import org.civicplan.strategy.Annex;
import org.civicplan.strategy.BudgetLine;
import org.civicplan.strategy.FundingKind;
import org.civicplan.strategy.FundingSource;
import org.civicplan.strategy.Coordinates;
import org.civicplan.strategy.Location;
import org.civicplan.strategy.Municipality;
import org.civicplan.strategy.Population;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.NewStrategyRequest;

/**
 * The illustrative sport strategy of the fictional "Municipiul Exemplu" (the same city as the
 * climate and accessibility samples, 250,000 inhabitants in five districts). Not an official
 * document: every figure is invented. 25 facilities; the figures the tests check by hand are in
 * their comments.
 */
final class SportSample {

  static final OrganisationId SPORT = OrganisationId.of("dir-sport");
  static final OrganisationId INVESTMENTS = OrganisationId.of("dir-investments");
  static final OrganisationId PROPERTY = OrganisationId.of("dir-property");
  static final OrganisationId CSM = OrganisationId.of("csm-exemplu");
  static final OrganisationId HANDBALL = OrganisationId.of("club-handball");
  static final OrganisationId ATHLETICS = OrganisationId.of("club-athletics");
  static final OrganisationId FEDERATION = OrganisationId.of("federation-handball");
  static final OrganisationId SPORT_FOR_ALL = OrganisationId.of("assoc-sport-for-all");
  static final OrganisationId ADAPTED = OrganisationId.of("assoc-adapted-sport");
  static final OrganisationId SPORT_SCHOOL = OrganisationId.of("school-sport-lyceum");
  static final OrganisationId SCHOOL_1 = OrganisationId.of("school-1");
  static final OrganisationId SCHOOL_5 = OrganisationId.of("school-5");
  static final OrganisationId COLLEGE = OrganisationId.of("school-national-college");
  static final OrganisationId UNIVERSITY = OrganisationId.of("university");

  /** Index of each annex in {@link #valid()}'s annex list. */
  static final int INVENTORY = 0;
  static final int PARTNERS = 1;
  static final int PROGRAMME = 2;

  private static final FundingSource LOCAL = FundingSource.of(FundingKind.LOCAL_BUDGET);
  private static final FundingSource EU = FundingSource.of(FundingKind.EU_FUNDS, "Regional programme 2021–2027");
  private static final FundingSource NATIONAL = FundingSource.of(FundingKind.NATIONAL, "National sport infrastructure programme");

  private SportSample() {}

  static LocalizedText t(String en, String ro) {
    return LocalizedText.of(en, ro);
  }

  static Strategy draft() {
    SportTemplate template = new SportTemplate();
    Municipality city = Municipality.of("Municipiul Exemplu", "RO").withPopulation(Population.of(250_000, 2021));
    Strategy draft = template.newStrategy(new NewStrategyRequest(
        StrategyId.of("exemplu-sport-2026"), city, StrategyPeriod.of(2026, 2030),
        Optional.of(t("Sport strategy of Municipiul Exemplu 2026–2030 (illustrative example, not an official document)",
            "Strategia pentru sport a Municipiului Exemplu 2026–2030 (exemplu ilustrativ, nu este un document oficial)"))));
    return draft.toBuilder()
        .vision(t("A city where every resident finds a place to move, train and compete near home",
            "Un oraș în care fiecare locuitor găsește aproape de casă un loc unde să facă mișcare, să se antreneze și să concureze"))
        .organisations(organisations())
        .actions(actions())
        .annexes(List.of(inventory(), partners(), programme()))
        .build();
  }

  /** The sample as the city decided it: {@link #draft()} ranked by TOPSIS and selected, as its record. */
  static Strategy valid() {
    return decided(draft());
  }

  /** The date of the sample's prioritisation. */
  static final LocalDate DECIDED_ON = LocalDate.of(2026, 3, 2);

  /** Ranks and selects the investments of {@code strategy} with the template's defaults. */
  static Strategy decided(Strategy strategy) {
    SportTemplate template = new SportTemplate();
    StrategyRanking ranked = SportPrioritisation.rank(strategy, template.criteriaSets().get(0), template.parameters(),
        RankingMethod.topsis(), DECIDED_ON);
    if (ranked.hasErrors()) {
      throw new IllegalStateException("the sample does not rank: " + ranked.findings());
    }
    StrategySelection selected = SportPrioritisation.select(ranked.strategy(), ranked.record().orElseThrow(),
        template.parameters(), SelectionOptions.defaults());
    if (selected.hasErrors() || selected.record().isEmpty()) {
      throw new IllegalStateException("the sample does not select: " + selected.findings());
    }
    return selected.strategy();
  }

  static List<Organisation> organisations() {
    return List.of(
        Organisation.of(SPORT.value(), t("Sport and youth directorate", "Direcția pentru sport și tineret"), OrganisationCategory.CITY_DIRECTORATE),
        Organisation.of(INVESTMENTS.value(), t("Investment directorate", "Direcția de investiții"), OrganisationCategory.CITY_DIRECTORATE),
        Organisation.of(PROPERTY.value(), t("Public property directorate", "Direcția de patrimoniu"), OrganisationCategory.CITY_DIRECTORATE),
        Organisation.of(CSM.value(), t("Municipal Sport Club Exemplu", "Clubul Sportiv Municipal Exemplu"), OrganisationCategory.PUBLIC_INSTITUTION),
        Organisation.of(HANDBALL.value(), t("Handball Club Exemplu", "Clubul de Handbal Exemplu"), OrganisationCategory.SPORT_CLUB_OR_FEDERATION),
        Organisation.of(ATHLETICS.value(), t("Athletics Club Exemplu", "Clubul de Atletism Exemplu"), OrganisationCategory.SPORT_CLUB_OR_FEDERATION),
        Organisation.of(FEDERATION.value(), t("National handball federation", "Federația națională de handbal"), OrganisationCategory.SPORT_CLUB_OR_FEDERATION),
        Organisation.of(SPORT_FOR_ALL.value(), t("Sport for All Association Exemplu", "Asociația Sport pentru Toți Exemplu"), OrganisationCategory.NGO),
        Organisation.of(ADAPTED.value(), t("Adapted Sport Association Exemplu", "Asociația de Sport Adaptat Exemplu"), OrganisationCategory.NGO),
        Organisation.of(SPORT_SCHOOL.value(), t("Sports High School Exemplu", "Liceul cu Program Sportiv Exemplu"), OrganisationCategory.SCHOOL),
        Organisation.of(SCHOOL_1.value(), t("Secondary School No. 1", "Școala Gimnazială nr. 1"), OrganisationCategory.SCHOOL),
        Organisation.of(SCHOOL_5.value(), t("Secondary School No. 5", "Școala Gimnazială nr. 5"), OrganisationCategory.SCHOOL),
        Organisation.of(COLLEGE.value(), t("National College Exemplu", "Colegiul Național Exemplu"), OrganisationCategory.SCHOOL),
        Organisation.of(UNIVERSITY.value(), t("University of Exemplu", "Universitatea din Exemplu"), OrganisationCategory.ACADEMIA));
  }

  static List<District> districts() {
    return List.of(new District("Centru", 40_000), new District("Nord", 60_000), new District("Sud", 55_000),
        new District("Est", 50_000), new District("Vest", 45_000));
  }

  private static Location at(String address, String district, double latitude, double longitude) {
    return new Location(Optional.of(address), Optional.of(district), Optional.of(Coordinates.of(latitude, longitude)));
  }

  private static Optional<BigDecimal> dec(String value) {
    return Optional.of(new BigDecimal(value));
  }

  private static Optional<Money> ron(String amount) {
    return Optional.of(Money.ron(amount));
  }

  private static Facility facility(String id, String name, FacilityType type, Location location, OrganisationId owner,
      Optional<OrganisationId> operator, int condition, int capacity, String available, String used,
      Optional<BigDecimal> users, List<String> sports, Optional<String> audit, Optional<BigDecimal> mwh, Optional<Money> cost) {
    return new Facility(id, name, type, location, owner, operator, condition, capacity, new BigDecimal(available),
        new BigDecimal(used), users, sports, audit, mwh, cost);
  }

  /**
   * The inventory of 2026-01-15: 25 facilities in five districts. Hand-checked figures:
   * F-02 utilisation 88 / 98 = 0.897959 (0.89795918… half-even to 6 places); its cost per
   * user-hour 2,600,000 / (88 × 60 × 52 = 274,560) = 9.469697 RON (9.4696969…).
   */
  static FacilityInventory inventory() {
    Optional<OrganisationId> csm = Optional.of(CSM);
    Optional<OrganisationId> none = Optional.empty();
    List<Facility> f = new ArrayList<>();
    f.add(facility("F-01", "Stadionul Municipal", FacilityType.STADIUM, at("Bd. Exemplu 1", "Centru", 45.7540, 21.2260),
        PROPERTY, csm, 2, 200, "60", "42", dec("40"), List.of("football", "athletics"), none(), dec("850"), ron("3200000")));
    f.add(facility("F-02", "Sala Polivalentă", FacilityType.SPORTS_HALL, at("Str. Sălii 2", "Centru", 45.7552, 21.2301),
        PROPERTY, csm, 3, 300, "98", "88", dec("60"), List.of("handball", "basketball", "volleyball"), Optional.of("AUD-F-02"),
        dec("1200"), ron("2600000")));
    f.add(facility("F-03", "Bazinul Olimpic", FacilityType.SWIMMING_POOL, at("Str. Înotului 5", "Nord", 45.7701, 21.2250),
        PROPERTY, csm, 2, 150, "84", "80", dec("50"), List.of("swimming", "water polo"), none(), dec("2400"), ron("4100000")));
    f.add(facility("F-04", "Sala de sport Nord", FacilityType.SPORTS_HALL, at("Str. Nordului 10", "Nord", 45.7712, 21.2281),
        PROPERTY, csm, 4, 120, "84", "60", dec("30"), List.of("volleyball", "basketball"), none(), dec("420"), ron("900000")));
    f.add(facility("F-05", "Pista de atletism Sud", FacilityType.ATHLETICS_TRACK, at("Str. Atleților 3", "Sud", 45.7380, 21.2240),
        PROPERTY, Optional.of(ATHLETICS), 2, 80, "70", "30", dec("25"), List.of("athletics"), none(), dec("60"), ron("400000")));
    f.add(facility("F-06", "Teren tenis Parcul Central", FacilityType.OUTDOOR_COURT, at("Parcul Central", "Centru", 45.7531, 21.2283),
        PROPERTY, csm, 4, 4, "84", "70", dec("3"), List.of("tennis"), none(), dec("5"), ron("60000")));
    f.add(facility("F-07", "Teren baschet Nord", FacilityType.OUTDOOR_COURT, at("Str. Plopilor", "Nord", 45.7690, 21.2302),
        PROPERTY, none, 3, 10, "98", "40", none(), List.of("basketball"), none(), none(), ron("15000")));
    f.add(facility("F-08", "Teren handbal Sud", FacilityType.OUTDOOR_COURT, at("Str. Merilor", "Sud", 45.7372, 21.2210),
        PROPERTY, none, 2, 14, "98", "35", none(), List.of("handball"), none(), none(), ron("12000")));
    f.add(facility("F-09", "Teren tenis Est", FacilityType.OUTDOOR_COURT, at("Aleea Sportului", "Est", 45.7500, 21.2500),
        PROPERTY, csm, 3, 4, "84", "50", dec("3"), List.of("tennis"), none(), dec("4"), ron("40000")));
    f.add(facility("F-10", "Teren baschet Vest", FacilityType.OUTDOOR_COURT, at("Str. Vestului", "Vest", 45.7520, 21.2000),
        PROPERTY, none, 1, 10, "0", "0", none(), List.of("basketball"), none(), none(), none()));
    f.add(facility("F-11", "Teren multisport Centru", FacilityType.MULTI_SPORT_FIELD, at("Str. Școlii 4", "Centru", 45.7560, 21.2250),
        PROPERTY, none, 4, 30, "98", "60", dec("14"), List.of("football", "basketball"), none(), none(), ron("25000")));
    f.add(facility("F-12", "Teren multisport Nord", FacilityType.MULTI_SPORT_FIELD, at("Str. Tineretului", "Nord", 45.7720, 21.2330),
        PROPERTY, none, 3, 30, "98", "55", dec("12"), List.of("football", "handball"), none(), none(), ron("25000")));
    f.add(facility("F-13", "Teren multisport Sud", FacilityType.MULTI_SPORT_FIELD, at("Str. Stadionului", "Sud", 45.7390, 21.2190),
        PROPERTY, none, 3, 30, "98", "50", dec("12"), List.of("football", "basketball"), none(), none(), ron("25000")));
    f.add(facility("F-14", "Teren multisport Est", FacilityType.MULTI_SPORT_FIELD, at("Str. Răsăritului", "Est", 45.7510, 21.2550),
        PROPERTY, none, 2, 30, "98", "45", dec("10"), List.of("football"), none(), none(), ron("20000")));
    f.add(facility("F-15", "Baza sportivă universitară", FacilityType.MULTI_SPORT_FIELD, at("Bd. Universității 1", "Vest", 45.7530, 21.2050),
        UNIVERSITY, none, 4, 60, "84", "50", dec("25"), List.of("football", "athletics", "tennis"), none(), dec("30"), ron("300000")));
    f.add(facility("F-16", "Sala de sport a Liceului cu Program Sportiv", FacilityType.SCHOOL_GYM,
        at("Str. Sportivilor 1", "Centru", 45.7570, 21.2240), SPORT_SCHOOL, none, 3, 60, "70", "65", dec("28"),
        List.of("handball", "gymnastics"), none(), dec("150"), ron("180000")));
    f.add(facility("F-17", "Sala de sport a Școlii nr. 1", FacilityType.SCHOOL_GYM, at("Str. Școlii 1", "Nord", 45.7705, 21.2270),
        SCHOOL_1, none, 2, 40, "60", "50", dec("25"), List.of("basketball", "gymnastics"), none(), dec("90"), ron("110000")));
    f.add(facility("F-18", "Sala de sport a Școlii nr. 5", FacilityType.SCHOOL_GYM, at("Str. Școlii 5", "Sud", 45.7385, 21.2230),
        SCHOOL_5, none, 3, 40, "60", "40", dec("25"), List.of("volleyball"), none(), dec("80"), ron("95000")));
    f.add(facility("F-19", "Sala de sport a Colegiului Național", FacilityType.SCHOOL_GYM, at("Bd. Colegiului 2", "Est", 45.7505, 21.2520),
        COLLEGE, none, 4, 40, "60", "48", dec("25"), List.of("basketball", "volleyball"), none(), dec("85"), ron("100000")));
    f.add(facility("F-20", "Sala de sport universitară", FacilityType.SCHOOL_GYM, at("Bd. Universității 3", "Vest", 45.7535, 21.2060),
        UNIVERSITY, none, 3, 50, "70", "55", dec("30"), List.of("basketball", "volleyball", "futsal"), none(), dec("120"), ron("150000")));
    f.add(facility("F-21", "Bazin de înot Est", FacilityType.SWIMMING_POOL, at("Str. Apelor 7", "Est", 45.7490, 21.2530),
        PROPERTY, csm, 3, 80, "84", "60", dec("35"), List.of("swimming"), none(), dec("1300"), ron("2100000")));
    f.add(facility("F-22", "Fitness în Parcul Central", FacilityType.PARK_FITNESS_AREA, at("Parcul Central", "Centru", 45.7533, 21.2290),
        PROPERTY, none, 4, 15, "112", "40", dec("4"), List.of("fitness"), none(), none(), ron("8000")));
    f.add(facility("F-23", "Fitness în Parcul Nord", FacilityType.PARK_FITNESS_AREA, at("Parcul Nord", "Nord", 45.7730, 21.2290),
        PROPERTY, none, 3, 15, "112", "35", dec("4"), List.of("fitness"), none(), none(), ron("8000")));
    f.add(facility("F-24", "Fitness în Parcul Sud", FacilityType.PARK_FITNESS_AREA, at("Parcul Sud", "Sud", 45.7360, 21.2250),
        PROPERTY, none, 2, 15, "112", "20", dec("3"), List.of("fitness"), none(), none(), ron("6000")));
    f.add(facility("F-25", "Fitness pe malul râului", FacilityType.PARK_FITNESS_AREA, at("Splaiul Exemplu", "Vest", 45.7510, 21.2100),
        PROPERTY, none, 5, 15, "112", "45", dec("5"), List.of("fitness"), none(), none(), ron("8000")));
    return new FacilityInventory(Optional.of(LocalDate.of(2026, 1, 15)), districts(), f);
  }

  private static <T> Optional<T> none() {
    return Optional.empty();
  }

  /**
   * An investment: public works (the accessibility template, when installed, asks them to declare
   * their accessibility), step-free access but for energy retrofits, which leave access as it is.
   */
  private static Action investment(String id, String en, String ro, String objective, int start, int end,
      List<BudgetLine> budget, String... dependsOn) {
    return Action.builder(id, t(en, ro))
        .serves(ObjectiveId.of(objective))
        .responsible(INVESTMENTS)
        .start(PlanDate.ofYear(start)).end(PlanDate.ofYear(end))
        .status(ActionStatus.NOT_STARTED)
        .budget(budget)
        .dependsOn(java.util.Arrays.stream(dependsOn).map(ActionId::of).toList())
        .tag("public-works", objective.equals("OS-5.2") && en.startsWith("Energy") || en.startsWith("Heat")
            ? "accessibility:access-unchanged" : "accessibility:step-free-access")
        .build();
  }

  private static BudgetLine line(int year, String amount, FundingSource source) {
    return BudgetLine.planned(year, Money.ron(amount), source);
  }

  /**
   * The action plan: two programmes (not investments, not ranked) and fifteen candidate
   * investments over 2026–2030, 71.5 million RON in all against a programme budget of 51 million.
   */
  static List<Action> actions() {
    List<Action> a = new ArrayList<>();
    a.add(Action.builder("P-1", t("Sport for all in the parks: free weekend programmes", "Sport pentru toți în parcuri: programe gratuite în weekend"))
        .serves(ObjectiveId.of("OS-2.1")).responsible(SPORT).partner(org.civicplan.strategy.Partner.of(SPORT_FOR_ALL.value(),
            org.civicplan.strategy.PartnerRole.PARTNER))
        .start(PlanDate.ofYear(2026)).end(PlanDate.ofYear(2030)).status(ActionStatus.ON_TIME)
        .budgetLine(line(2026, "150000", LOCAL)).build());
    a.add(Action.builder("P-2", t("Adapted sport league for persons with disabilities", "Liga de sport adaptat pentru persoanele cu dizabilități"))
        .serves(ObjectiveId.of("OS-4.2")).responsible(SPORT).partner(org.civicplan.strategy.Partner.of(ADAPTED.value(),
            org.civicplan.strategy.PartnerRole.PARTNER))
        .start(PlanDate.ofYear(2026)).end(PlanDate.ofYear(2030)).status(ActionStatus.ON_TIME)
        .budgetLine(line(2026, "80000", LOCAL)).build());
    a.add(investment("I-01", "Renovate the Olympic swimming pool", "Renovarea Bazinului Olimpic", "OS-5.2", 2026, 2027,
        List.of(line(2026, "3000000", LOCAL), line(2027, "5000000", EU))));
    a.add(investment("I-02", "Heat pumps and solar panels at the Olympic swimming pool", "Pompe de căldură și panouri solare la Bazinul Olimpic",
        "OS-5.2", 2028, 2028, List.of(line(2028, "2000000", EU)), "I-01"));
    a.add(investment("I-03", "Energy retrofit of the multi-purpose hall", "Reabilitarea energetică a Sălii Polivalente", "OS-5.2", 2027, 2028,
        List.of(line(2027, "1500000", LOCAL), line(2028, "1000000", LOCAL))));
    a.add(investment("I-04", "Accessible entrances, changing rooms and seating at the multi-purpose hall",
        "Intrări, vestiare și locuri accesibile la Sala Polivalentă", "OS-4.1", 2026, 2026, List.of(line(2026, "600000", LOCAL))));
    a.add(investment("I-05", "Renovate the stands and pitch of the Municipal Stadium", "Renovarea tribunelor și a gazonului Stadionului Municipal",
        "OS-5.2", 2027, 2029, List.of(line(2027, "6000000", NATIONAL), line(2028, "8000000", NATIONAL), line(2029, "6000000", LOCAL))));
    a.add(investment("I-06", "Accessible stands and routes at the Municipal Stadium", "Tribune și trasee accesibile la Stadionul Municipal",
        "OS-4.1", 2029, 2029, List.of(line(2029, "1200000", LOCAL)), "I-05"));
    a.add(investment("I-07", "New sports hall in Sud", "Sală de sport nouă în cartierul Sud", "OS-5.1", 2027, 2029,
        List.of(line(2027, "1000000", LOCAL), line(2028, "5000000", EU), line(2029, "5000000", EU))));
    a.add(investment("I-08", "New swimming pool in Vest", "Bazin de înot nou în cartierul Vest", "OS-5.1", 2028, 2030,
        List.of(line(2028, "4000000", LOCAL), line(2029, "7000000", NATIONAL), line(2030, "7000000", NATIONAL))));
    a.add(investment("I-09", "Renovate the gym of Secondary School No. 1", "Renovarea sălii de sport a Școlii Gimnaziale nr. 1", "OS-3.1",
        2026, 2026, List.of(line(2026, "800000", LOCAL))));
    a.add(investment("I-10", "Resurface the athletics track in Sud", "Refacerea pistei de atletism din cartierul Sud", "OS-1.2", 2026, 2027,
        List.of(line(2026, "1500000", LOCAL), line(2027, "1000000", LOCAL))));
    a.add(investment("I-11", "New outdoor courts in Vest", "Terenuri de sport noi în aer liber în cartierul Vest", "OS-2.2", 2026, 2026,
        List.of(line(2026, "900000", LOCAL))));
    a.add(investment("I-12", "Rebuild the basketball court in Vest", "Refacerea terenului de baschet din cartierul Vest", "OS-2.2",
        2026, 2026, List.of(line(2026, "300000", LOCAL))));
    a.add(investment("I-13", "New park fitness areas in Est", "Spații noi de fitness în parcurile din cartierul Est", "OS-2.2", 2027, 2027,
        List.of(line(2027, "400000", LOCAL))));
    a.add(investment("I-14", "Renovate the multi-sport field in Est", "Renovarea terenului multisport din cartierul Est", "OS-2.2",
        2028, 2028, List.of(line(2028, "700000", LOCAL))));
    a.add(investment("I-15", "Energy retrofit of the swimming pool in Est", "Reabilitarea energetică a bazinului de înot din cartierul Est",
        "OS-5.2", 2029, 2030, List.of(line(2029, "1800000", LOCAL), line(2030, "800000", LOCAL))));
    return List.copyOf(a);
  }

  private static Investment existing(String action, InvestmentKind kind, String facility, Readiness readiness, String users,
      String mass, int accessibility, String mwh) {
    return new Investment(ActionId.of(action), kind, Optional.of(facility), Optional.empty(), Optional.empty(), readiness,
        new BigDecimal(users), new BigDecimal(mass), accessibility, new BigDecimal(mwh));
  }

  private static Investment newBuild(String action, String district, FacilityType type, Readiness readiness, String users,
      String mass, int accessibility) {
    return new Investment(ActionId.of(action), InvestmentKind.NEW_BUILD, Optional.empty(), Optional.of(district), Optional.of(type),
        readiness, new BigDecimal(users), new BigDecimal(mass), accessibility, BigDecimal.ZERO);
  }

  /**
   * The programme: 51 million RON over 2026–2030 (7, 10, 12, 14 and 8 million) and the sport data
   * of the fifteen investments; expected user-hours a week are the city's estimates.
   */
  static InvestmentProgramme programme() {
    Readiness ready = new Readiness(true, true, true);
    return new InvestmentProgramme(
        List.of(new BudgetYear(2026, Money.ron("7000000")), new BudgetYear(2027, Money.ron("10000000")),
            new BudgetYear(2028, Money.ron("12000000")), new BudgetYear(2029, Money.ron("14000000")),
            new BudgetYear(2030, Money.ron("8000000"))),
        List.of(
            existing("I-01", InvestmentKind.RENOVATION, "F-03", ready, "4400", "60", 1, "300"),
            existing("I-02", InvestmentKind.ENERGY_RETROFIT, "F-03", new Readiness(true, false, true), "4400", "60", 0, "900"),
            existing("I-03", InvestmentKind.ENERGY_RETROFIT, "F-02", ready, "5280", "55", 0, "400"),
            existing("I-04", InvestmentKind.ACCESSIBILITY_UPGRADE, "F-02", ready, "5280", "55", 3, "0"),
            existing("I-05", InvestmentKind.RENOVATION, "F-01", new Readiness(true, false, false), "1680", "20", 1, "150"),
            existing("I-06", InvestmentKind.ACCESSIBILITY_UPGRADE, "F-01", new Readiness(true, false, false), "1680", "20", 2, "0"),
            newBuild("I-07", "Sud", FacilityType.SPORTS_HALL, new Readiness(false, false, false), "2500", "70", 3),
            newBuild("I-08", "Vest", FacilityType.SWIMMING_POOL, new Readiness(true, false, false), "3000", "75", 3),
            existing("I-09", InvestmentKind.RENOVATION, "F-17", ready, "1250", "100", 2, "40"),
            existing("I-10", InvestmentKind.RENOVATION, "F-05", new Readiness(true, true, false), "900", "30", 1, "10"),
            newBuild("I-11", "Vest", FacilityType.OUTDOOR_COURT, ready, "600", "100", 2),
            existing("I-12", InvestmentKind.RENOVATION, "F-10", ready, "400", "100", 1, "0"),
            newBuild("I-13", "Est", FacilityType.PARK_FITNESS_AREA, ready, "500", "100", 2),
            existing("I-14", InvestmentKind.RENOVATION, "F-14", new Readiness(true, true, false), "450", "90", 1, "0"),
            existing("I-15", InvestmentKind.ENERGY_RETROFIT, "F-21", new Readiness(true, false, false), "2100", "65", 0, "700")));
  }

  static SportPartners partners() {
    return new SportPartners(List.of(
        new SportPartners.Partner(CSM, PartnerType.PUBLIC_SPORT_INSTITUTION, List.of("football", "handball", "swimming", "athletics"), Optional.of(640)),
        new SportPartners.Partner(HANDBALL, PartnerType.CLUB, List.of("handball"), Optional.of(180)),
        new SportPartners.Partner(ATHLETICS, PartnerType.CLUB, List.of("athletics"), Optional.of(120)),
        new SportPartners.Partner(FEDERATION, PartnerType.FEDERATION, List.of("handball"), Optional.empty()),
        new SportPartners.Partner(SPORT_FOR_ALL, PartnerType.ASSOCIATION, List.of("running", "cycling", "fitness"), Optional.empty()),
        new SportPartners.Partner(ADAPTED, PartnerType.ASSOCIATION, List.of("wheelchair basketball", "boccia"), Optional.of(45)),
        new SportPartners.Partner(SPORT_SCHOOL, PartnerType.SCHOOL, List.of("handball", "gymnastics", "athletics"), Optional.empty()),
        new SportPartners.Partner(SCHOOL_1, PartnerType.SCHOOL, List.of("basketball"), Optional.empty()),
        new SportPartners.Partner(UNIVERSITY, PartnerType.UNIVERSITY, List.of("football", "basketball", "volleyball"), Optional.of(210))));
  }

  /** The sample with annex {@code index} replaced. */
  static Strategy withAnnex(int index, Annex annex) {
    Strategy s = valid();
    List<Annex> annexes = new ArrayList<>(s.annexes());
    annexes.set(index, annex);
    return s.toBuilder().annexes(annexes).build();
  }

  /** The sample's inventory with facility {@code index} replaced. */
  static Strategy withFacility(int index, Facility facility) {
    List<Facility> list = new ArrayList<>(inventory().facilities());
    list.set(index, facility);
    FacilityInventory inv = inventory();
    return withAnnex(INVENTORY, new FacilityInventory(inv.date(), inv.districts(), list));
  }

  /** The sample's programme with investment {@code index} replaced. */
  static Strategy withInvestment(int index, Investment investment) {
    List<Investment> list = new ArrayList<>(programme().investments());
    list.set(index, investment);
    return withAnnex(PROGRAMME, new InvestmentProgramme(programme().budget(), list));
  }
}
