// SPDX-License-Identifier: Apache-2.0
package org.civicplan.sport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.Money;
import org.civicplan.base.StrategyId;
import org.civicplan.base.StrategyPeriod;
import org.civicplan.governance.Organisation;
import org.civicplan.governance.OrganisationCategory;
import org.civicplan.governance.OrganisationId;
import org.civicplan.sport.FacilityInventory.District;
import org.civicplan.sport.FacilityInventory.Facility;
import org.civicplan.strategy.Annex;
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

  private SportSample() {}

  static LocalizedText t(String en, String ro) {
    return LocalizedText.of(en, ro);
  }

  static Strategy valid() {
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
        .annexes(List.of(inventory(), partners()))
        .build();
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
}
