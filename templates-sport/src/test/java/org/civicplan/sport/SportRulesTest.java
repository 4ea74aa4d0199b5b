// SPDX-License-Identifier: Apache-2.0
package org.civicplan.sport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.civicplan.base.ActionId;
import org.civicplan.base.Finding;
import org.civicplan.base.Money;
import org.civicplan.base.Severity;
import org.civicplan.governance.OrganisationId;
import org.civicplan.sport.FacilityInventory.Facility;
import org.civicplan.sport.InvestmentProgramme.Investment;
import org.civicplan.strategy.Location;
import org.civicplan.strategy.Strategy;
import org.civicplan.validation.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each sport rule stays silent on the sample and fires on a copy with one defect. */
class SportRulesTest {

  static final String INVENTORY = "/annexes/" + SportSample.INVENTORY + "/data";
  static final String PARTNERS = "/annexes/" + SportSample.PARTNERS + "/data";
  static final String PROGRAMME = "/annexes/" + SportSample.PROGRAMME + "/data";

  private static Investment investment(int index) {
    return SportSample.programme().investments().get(index);
  }

  private static Investment copy(Investment i, String action, Optional<String> facility, Optional<String> district) {
    return new Investment(ActionId.of(action), i.kind(), facility, district, i.facilityType(), i.readiness(),
        i.expectedUserHours(), i.massSportPercent(), i.accessibilityGain(), i.energySavedMwh());
  }

  private static Strategy withoutObjectives(String action) {
    Strategy s = SportSample.valid();
    return s.toBuilder().actions(s.actions().stream()
        .map(a -> a.id().value().equals(action) ? a.toBuilder().objectiveIds(List.of()).build() : a).toList()).build();
  }

  private static Strategy withBudget(int year, String amount) {
    InvestmentProgramme p = SportSample.programme();
    List<InvestmentProgramme.BudgetYear> budget = p.budget().stream()
        .map(b -> b.year() == year ? new InvestmentProgramme.BudgetYear(year, Money.ron(amount)) : b).toList();
    return SportSample.withAnnex(SportSample.PROGRAMME, new InvestmentProgramme(budget, p.investments()));
  }

  record Mutant(String code, Severity severity, String path, Supplier<Strategy> strategy, Map<String, String> parameters) {
    @Override
    public String toString() {
      return code + " at " + path;
    }
  }

  @Test
  void sampleHasNoFindings() {
    assertEquals(List.of(), Findings.of(SportSample.valid()).findings());
  }

  private static Facility facility(int index) {
    return SportSample.inventory().facilities().get(index);
  }

  private static Facility copy(Facility f, String id, Location location, OrganisationId owner, Optional<OrganisationId> operator,
      String used) {
    return new Facility(id, f.name(), f.type(), location, owner, operator, f.condition(), f.capacity(), f.hoursAvailable(),
        new BigDecimal(used), f.usersPerHour(), f.sports(), f.accessibilityAudit(), f.energyMwh(), f.operatingCost());
  }

  private static Strategy withDistricts(List<FacilityInventory.District> districts) {
    FacilityInventory inv = SportSample.inventory();
    return SportSample.withAnnex(SportSample.INVENTORY, new FacilityInventory(inv.date(), districts, inv.facilities()));
  }

  private static Strategy withPartner(int index, SportPartners.Partner partner) {
    List<SportPartners.Partner> list = new ArrayList<>(SportSample.partners().partners());
    list.set(index, partner);
    return SportSample.withAnnex(SportSample.PARTNERS, new SportPartners(list));
  }

  static Stream<Arguments> mutants() {
    Facility f1 = facility(1);
    List<FacilityInventory.District> twice = new ArrayList<>(SportSample.districts());
    twice.add(new FacilityInventory.District("Nord", 1000));
    SportPartners.Partner club = SportSample.partners().partners().get(1);
    List<Mutant> m = List.of(
        // F-02 takes F-01's id
        new Mutant(SportCodes.INVENTORY_DUPLICATE, Severity.ERROR, INVENTORY + "/facilities/1/id",
            () -> SportSample.withFacility(1, copy(f1, "F-01", f1.location(), f1.owner(), f1.operator(), "88")), Map.of()),
        new Mutant(SportCodes.INVENTORY_DUPLICATE, Severity.ERROR, INVENTORY + "/districts/5/name",
            () -> withDistricts(twice), Map.of()),
        new Mutant(SportCodes.FACILITY_DISTRICT_UNKNOWN, Severity.ERROR, INVENTORY + "/facilities/1/location/district",
            () -> SportSample.withFacility(1, copy(f1, "F-02", Location.ofDistrict("Periferie"), f1.owner(), f1.operator(), "88")),
            Map.of()),
        // 99 hours used of 98 available
        new Mutant(SportCodes.FACILITY_HOURS, Severity.ERROR, INVENTORY + "/facilities/1/hoursUsed",
            () -> SportSample.withFacility(1, copy(f1, "F-02", f1.location(), f1.owner(), f1.operator(), "99")), Map.of()),
        new Mutant(SportCodes.FACILITY_ORGANISATION_UNKNOWN, Severity.ERROR, INVENTORY + "/facilities/1/owner",
            () -> SportSample.withFacility(1, copy(f1, "F-02", f1.location(), OrganisationId.of("nobody"), f1.operator(), "88")),
            Map.of()),
        new Mutant(SportCodes.FACILITY_ORGANISATION_UNKNOWN, Severity.ERROR, INVENTORY + "/facilities/1/operator",
            () -> SportSample.withFacility(1,
                copy(f1, "F-02", f1.location(), f1.owner(), Optional.of(OrganisationId.of("nobody")), "88")), Map.of()),
        new Mutant(SportCodes.PARTNER_ORGANISATION_UNKNOWN, Severity.ERROR, PARTNERS + "/partners/1/organisation",
            () -> withPartner(1, new SportPartners.Partner(OrganisationId.of("club-ghost"), PartnerType.CLUB, club.sports(),
                club.athletes())), Map.of()),
        // I-02 (index 1) describes I-01 a second time
        new Mutant(SportCodes.INVESTMENT_DUPLICATE, Severity.ERROR, PROGRAMME + "/investments/1/action",
            () -> SportSample.withInvestment(1, copy(investment(1), "I-01", Optional.of("F-03"), Optional.empty())), Map.of()),
        new Mutant(SportCodes.INVESTMENT_ACTION_UNKNOWN, Severity.ERROR, PROGRAMME + "/investments/0/action",
            () -> SportSample.withInvestment(0, copy(investment(0), "I-99", Optional.of("F-03"), Optional.empty())), Map.of()),
        new Mutant(SportCodes.INVESTMENT_OBJECTIVE_MISSING, Severity.ERROR, PROGRAMME + "/investments/0/action",
            () -> withoutObjectives("I-01"), Map.of()),
        // I-01 is a renovation
        new Mutant(SportCodes.INVESTMENT_FACILITY_MISSING, Severity.ERROR, PROGRAMME + "/investments/0/facility",
            () -> SportSample.withInvestment(0, copy(investment(0), "I-01", Optional.empty(), Optional.empty())), Map.of()),
        new Mutant(SportCodes.INVESTMENT_FACILITY_UNKNOWN, Severity.ERROR, PROGRAMME + "/investments/0/facility",
            () -> SportSample.withInvestment(0, copy(investment(0), "I-01", Optional.of("F-99"), Optional.empty())), Map.of()),
        // I-07 (index 6) is a new build
        new Mutant(SportCodes.INVESTMENT_SITE_MISSING, Severity.ERROR, PROGRAMME + "/investments/6/district",
            () -> SportSample.withInvestment(6, copy(investment(6), "I-07", Optional.empty(), Optional.empty())), Map.of()),
        // F-17 (condition 2, 50 / 60 = 83.3 % used) loses its renovation I-09 (index 8) to F-18
        new Mutant(SportCodes.FACILITY_UNADDRESSED, Severity.WARNING, INVENTORY + "/facilities/16",
            () -> SportSample.withInvestment(8, copy(investment(8), "I-09", Optional.of("F-18"), Optional.empty())), Map.of()),
        // with condition 3 counted as poor, F-16 (condition 3, 65 / 70 = 92.9 % used) has no investment
        new Mutant(SportCodes.FACILITY_UNADDRESSED, Severity.WARNING, INVENTORY + "/facilities/15",
            SportSample::valid, Map.of("facility.poor-condition.max", "3")),
        // the selected programme costs 12,000,000 RON in 2028
        new Mutant(SportCodes.PROGRAMME_OVER_BUDGET, Severity.ERROR, PROGRAMME + "/budget",
            () -> withBudget(2028, "11000000"), Map.of()),
        // 2027: mass-sport investments I-01, I-03, I-07, I-13 cost 7,900,000 RON < 80 % of 10,000,000
        new Mutant(SportCodes.PROGRAMME_MASS_SHARE, Severity.WARNING, PROGRAMME + "/budget",
            SportSample::valid, Map.of(SportPrioritisation.MASS_MIN_SHARE, "80")),
        // Secondary School No. 1 (category school) recorded as a club
        new Mutant(SportCodes.PARTNER_ROLE_CATEGORY, Severity.WARNING, PARTNERS + "/partners/7/role",
            () -> withPartner(7, new SportPartners.Partner(SportSample.SCHOOL_1, PartnerType.CLUB, List.of("basketball"),
                Optional.empty())), Map.of()));
    return m.stream().map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mutants")
  void ruleFiresOnMutant(Mutant mutant) {
    ValidationReport report = Findings.of(mutant.strategy().get(), mutant.parameters());
    List<Finding> found = report.byCode(mutant.code());
    assertEquals(1, found.size(), () -> "expected one " + mutant.code() + " but got " + report.findings());
    Finding f = found.get(0);
    assertEquals(mutant.severity(), f.severity());
    assertEquals(mutant.path(), f.path());
    assertFalse(f.message(Locale.ENGLISH).contains("{"), f::toString);
    assertFalse(f.message(Locale.forLanguageTag("ro")).contains("{"), f::toString);
  }

  @Test
  void roleMismatchNamesTheRoleAndTheCategoriesInEachLanguage() {
    Strategy s = withPartner(7, new SportPartners.Partner(SportSample.SCHOOL_1, PartnerType.CLUB, List.of(), Optional.empty()));
    Finding f = Findings.of(s).byCode(SportCodes.PARTNER_ROLE_CATEGORY).get(0);
    assertEquals("Sport partner school-1 is recorded as Sport club, which does not fit its category school; "
        + "a Sport club is one of: sport-club-or-federation", f.message(Locale.ENGLISH));
    assertTrue(f.message(Locale.forLanguageTag("ro")).contains("înregistrat ca Club sportiv"), () -> f.message(Locale.forLanguageTag("ro")));
  }

  @Test
  void unaddressedFacilityNamesItsConditionAndUseInEachLanguage() {
    Strategy s = SportSample.withInvestment(8, copy(investment(8), "I-09", Optional.of("F-18"), Optional.empty()));
    Finding f = Findings.of(s).byCode(SportCodes.FACILITY_UNADDRESSED).get(0);
    assertEquals("Facility F-17 (Sala de sport a Școlii nr. 1) is in condition 2 and used 83.3% of its available hours, "
        + "and no investment addresses it", f.message(Locale.ENGLISH));
    assertTrue(f.message(Locale.forLanguageTag("ro")).contains("folosită 83,3% din orele"), () -> f.message(Locale.forLanguageTag("ro")));
  }

  @Test
  void overBudgetFormatsAmountsForTheReader() {
    Finding f = Findings.of(withBudget(2028, "11000000")).byCode(SportCodes.PROGRAMME_OVER_BUDGET).get(0);
    assertEquals("In 2028 the programme's investments cost 12,000,000 RON, more than the budget line of 11,000,000 RON",
        f.message(Locale.ENGLISH));
    assertEquals("În 2028 investițiile programului costă 12.000.000 RON, mai mult decât linia bugetară de 11.000.000 RON",
        f.message(Locale.forLanguageTag("ro")));
  }

  @Test
  void withoutASelectionEveryCandidateIsTheProgramme() {
    // all fifteen candidates cost 7.1 million RON in 2026, more than its 7 million
    Strategy undecided = SportSample.draft();
    List<Finding> over = Findings.of(undecided).byCode(SportCodes.PROGRAMME_OVER_BUDGET);
    assertEquals(List.of("2026", "2027", "2028", "2029"),
        over.stream().map(f -> f.message(Locale.ENGLISH).substring(3, 7)).toList());
  }

  @Test
  void everyCodeIsExercisedByAMutant() throws IllegalAccessException {
    Set<String> exercised = new TreeSet<>();
    mutants().forEach(a -> exercised.add(((Mutant) a.get()[0]).code()));
    Set<String> declared = new TreeSet<>();
    for (java.lang.reflect.Field f : SportCodes.class.getFields()) {
      String name = f.getName();
      if (!name.startsWith("RULE_")) {
        declared.add((String) f.get(null));
      }
    }
    assertEquals(declared, exercised);
  }
}
