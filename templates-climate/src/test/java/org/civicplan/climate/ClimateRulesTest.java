// SPDX-License-Identifier: Apache-2.0
package org.civicplan.climate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.civicplan.governance.OrganisationId;
import org.civicplan.indicator.IndicatorId;
import org.civicplan.strategy.Action;
import org.civicplan.strategy.ActionStatus;
import org.civicplan.base.PlanDate;
import org.civicplan.strategy.Strategy;
import org.civicplan.base.Finding;
import org.civicplan.base.Severity;
import org.civicplan.validation.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each climate rule stays silent on the sample and fires on a copy with one defect. */
class ClimateRulesTest {

  @Test
  void sampleHasNoFindings() {
    assertEquals(List.of(), Findings.of(ClimateSample.valid()).findings());
  }

  @Test
  void sampleHasNoFindingsAtAnAsOfDateWhenNothingIsDue() {
    assertEquals(List.of(), Findings.of(ClimateSample.valid(), Map.of(ClimateTemplate.COM_AS_OF, "2025-05-01")).findings());
  }

  record Mutant(String code, Severity severity, String path, Supplier<Strategy> strategy, Map<String, String> parameters) {
    @Override
    public String toString() {
      return code + " at " + path;
    }
  }

  private static Strategy withActions(java.util.function.UnaryOperator<List<Action>> change) {
    Strategy s = ClimateSample.valid();
    return s.toBuilder().actions(change.apply(new ArrayList<>(s.actions()))).build();
  }

  private static List<Action> replace(List<Action> actions, String id, java.util.function.UnaryOperator<Action> change) {
    return actions.stream().map(a -> a.id().value().equals(id) ? change.apply(a) : a).toList();
  }

  private static RiskAssessment rvaWith(HazardAssessment extra) {
    RiskAssessment rva = ClimateSample.riskAssessment();
    List<HazardAssessment> hazards = new ArrayList<>(rva.hazards());
    hazards.add(extra);
    return rva.withHazards(hazards);
  }

  private static CovenantCommitment commitment(
      PlanDate signed, List<ReductionTarget> targets, Optional<PlanDate> neutrality, List<PlanDate> reports) {
    CovenantCommitment c = ClimateSample.commitment();
    return new CovenantCommitment(signed, targets, neutrality, c.actionPlanSubmitted(), reports);
  }

  private static Campaign campaign(
      Optional<PlanDate> end, List<OrganisationId> partners, Optional<IndicatorId> indicator, String id) {
    Campaign c = ClimateSample.campaigns().campaigns().get(0);
    return new Campaign(id, c.title(), c.topic(), c.audiences(), c.channels(), c.start(), end, partners,
        c.plannedParticipants(), c.reachedParticipants(), indicator);
  }

  private static AwarenessCampaigns campaigns(Campaign first) {
    List<Campaign> list = new ArrayList<>(ClimateSample.campaigns().campaigns());
    list.set(0, first);
    return new AwarenessCampaigns(list);
  }

  private static final String RVA = "/annexes/" + ClimateSample.RVA + "/data";
  private static final String COM = "/annexes/" + ClimateSample.COMMITMENT + "/data";
  private static final String MEI = "/annexes/" + ClimateSample.MEI + "/data";
  private static final String CAMP = "/annexes/" + ClimateSample.CAMPAIGNS + "/data/campaigns/0";
  private static final String GREEN = "/annexes/" + ClimateSample.GREEN + "/data";
  private static final String IMPACTS = "/annexes/" + ClimateSample.IMPACTS + "/data";

  private static CovenantCommitment planSubmitted(Optional<PlanDate> submitted) {
    CovenantCommitment c = ClimateSample.commitment();
    return new CovenantCommitment(c.signed(), c.targets(), c.neutralityBy(), submitted, c.monitoringReports());
  }

  private static <T> List<T> replaceAt(List<T> list, int index, T element) {
    List<T> copy = new ArrayList<>(list);
    copy.set(index, element);
    return copy;
  }

  private static <T> List<T> replaceFirst(List<T> list, T first) {
    List<T> copy = new ArrayList<>(list);
    copy.set(0, first);
    return copy;
  }

  /** The sample's estimates with {@code impact} set at {@code index} (or appended at the end). */
  private static MitigationImpacts impacts(int index, ActionImpact impact) {
    List<ActionImpact> list = new ArrayList<>(ClimateSample.impacts().impacts());
    if (index == list.size()) {
      list.add(impact);
    } else {
      list.set(index, impact);
    }
    return new MitigationImpacts(list, ClimateSample.impacts().businessAsUsual());
  }

  static Stream<Arguments> mutants() {
    Campaign first = ClimateSample.campaigns().campaigns().get(0);
    List<Mutant> m = List.of(
        // is the only action tagged hazard:HZ-01 (high × high = high)
        new Mutant(ClimateCodes.HAZARD_HIGH_UNADDRESSED, Severity.ERROR, RVA + "/hazards/0",
            () -> withActions(a -> replace(a, "A-2.1", x -> x.toBuilder().tags(List.of("adaptation")).build())), Map.of()),
        // a cancelled action addresses nothing
        new Mutant(ClimateCodes.HAZARD_HIGH_UNADDRESSED, Severity.ERROR, RVA + "/hazards/0",
            () -> withActions(a -> replace(a, "A-2.1", x -> x.toBuilder().status(ActionStatus.CANCELLED).build())), Map.of()),
        // HZ-04a (moderate × high = high) is covered only through its parent's tag hazard:HZ-04
        new Mutant(ClimateCodes.HAZARD_HIGH_UNADDRESSED, Severity.ERROR, RVA + "/hazards/1",
            () -> withActions(a -> replace(a, "A-2.2", x -> x.toBuilder().tags(List.of("adaptation")).build())), Map.of()),
        // HZ-05 is moderate × moderate = moderate
        new Mutant(ClimateCodes.HAZARD_MODERATE_UNADDRESSED, Severity.WARNING, RVA + "/hazards/2",
            () -> withActions(a -> replace(a, "A-5.2", x -> x.toBuilder().tags(List.of()).build())), Map.of()),
        // HZ-06a is low × moderate = low by default; a stricter matrix makes it high
        new Mutant(ClimateCodes.HAZARD_HIGH_UNADDRESSED, Severity.ERROR, RVA + "/hazards/3",
            ClimateSample::valid, Map.of(ClimateTemplate.RISK_MATRIX, "low,high,high;moderate,high,high;high,high,high")),
        new Mutant(ClimateCodes.HAZARD_UNKNOWN, Severity.WARNING, RVA + "/hazards/5/hazard",
            () -> ClimateSample.withAnnex(ClimateSample.RVA, rvaWith(HazardAssessment.of(HazardId.of("HZ-42"), Rating.LOW, Rating.LOW))), Map.of()),
        new Mutant(ClimateCodes.ACTION_HAZARD_TAG_UNKNOWN, Severity.WARNING, "/actions/2/tags/2",
            () -> withActions(a -> replace(a, "A-2.1", x -> x.toBuilder().tag("hazard:heat").build())), Map.of()),
        new Mutant(ClimateCodes.COM_COMMITMENT_MISSING, Severity.ERROR, "/annexes",
            () -> ClimateSample.withoutAnnex(ClimateSample.COMMITMENT), Map.of(ClimateTemplate.COM_SIGNATORY, "true")),
        new Mutant(ClimateCodes.COM_TARGET_MISSING, Severity.ERROR, COM + "/targets",
            () -> ClimateSample.withAnnex(ClimateSample.COMMITMENT, commitment(PlanDate.ofMonth(2021, 3),
                List.of(ReductionTarget.of(2040, "70", TargetBasis.ABSOLUTE)), Optional.of(PlanDate.ofYear(2050)), List.of())), Map.of()),
        new Mutant(ClimateCodes.COM_TARGET_BELOW_COMMITMENT, Severity.ERROR, COM + "/targets/0/reductionPercent",
            () -> ClimateSample.withAnnex(ClimateSample.COMMITMENT, commitment(PlanDate.ofMonth(2021, 3),
                List.of(ReductionTarget.of(2030, "39.9", TargetBasis.ABSOLUTE)), Optional.of(PlanDate.ofYear(2050)), List.of())), Map.of()),
        // the sample's 45 % is below a 55 % commitment
        new Mutant(ClimateCodes.COM_TARGET_BELOW_COMMITMENT, Severity.ERROR, COM + "/targets/0/reductionPercent",
            ClimateSample::valid, Map.of(ClimateTemplate.COM_REDUCTION_MIN, "55")),
        new Mutant(ClimateCodes.COM_NEUTRALITY_MISSING, Severity.WARNING, COM,
            () -> ClimateSample.withAnnex(ClimateSample.COMMITMENT, commitment(PlanDate.ofMonth(2021, 3),
                ClimateSample.commitment().targets(), Optional.empty(), List.of(PlanDate.ofMonth(2024, 6)))), Map.of()),
        new Mutant(ClimateCodes.COM_NEUTRALITY_MISSING, Severity.WARNING, COM + "/neutralityBy",
            () -> ClimateSample.withAnnex(ClimateSample.COMMITMENT, commitment(PlanDate.ofMonth(2021, 3),
                ClimateSample.commitment().targets(), Optional.of(PlanDate.ofYear(2060)), List.of(PlanDate.ofMonth(2024, 6)))), Map.of()),
        new Mutant(ClimateCodes.COM_INVENTORY_MISSING, Severity.ERROR, "/annexes",
            () -> ClimateSample.withAnnex(ClimateSample.BEI, ClimateSample.monitoring().withFactors(ClimateSample.monitoring().factors())
                .withConsumption(List.of())), Map.of()),
        new Mutant(ClimateCodes.COM_RISK_ASSESSMENT_MISSING, Severity.ERROR, "/annexes",
            () -> ClimateSample.withoutAnnex(ClimateSample.RVA), Map.of()),
        // last report 2024-06 → next due 2026
        new Mutant(ClimateCodes.COM_MONITORING_REPORT_DUE, Severity.INFO, COM + "/monitoringReports",
            ClimateSample::valid, Map.of(ClimateTemplate.COM_AS_OF, "2026")),
        new Mutant(ClimateCodes.COM_MONITORING_REPORT_LATE, Severity.WARNING, COM + "/monitoringReports",
            ClimateSample::valid, Map.of(ClimateTemplate.COM_AS_OF, "2027-01-15")),
        // latest MEI 2022 → next due 2026
        new Mutant(ClimateCodes.COM_MONITORING_INVENTORY_DUE, Severity.INFO, "/annexes",
            ClimateSample::valid, Map.of(ClimateTemplate.COM_AS_OF, "2026-03")),
        new Mutant(ClimateCodes.COM_MONITORING_INVENTORY_LATE, Severity.WARNING, "/annexes",
            ClimateSample::valid, Map.of(ClimateTemplate.COM_AS_OF, "2027")),
        // a carrier neither the inventory nor the shipped table has a factor for
        new Mutant(ClimateCodes.INVENTORY_FACTOR_MISSING, Severity.ERROR, MEI + "/consumption/0/carrier",
            () -> ClimateSample.withAnnex(ClimateSample.MEI, ClimateSample.monitoring().withConsumption(
                replaceFirst(ClimateSample.monitoring().consumption(), EnergyUse.of(Sector.MUNICIPAL, "district-cooling", "30000")))),
            Map.of()),
        // electricity with no factor of its own and no national factor set: a warning, not an error
        new Mutant(ClimateCodes.INVENTORY_ELECTRICITY_FACTOR_UNSET, Severity.WARNING, MEI + "/consumption/0/carrier",
            () -> ClimateSample.withAnnex(ClimateSample.MEI, ClimateSample.monitoring().withFactors(List.of())), Map.of()),
        new Mutant(ClimateCodes.IMPACT_ACTION_UNKNOWN, Severity.ERROR, IMPACTS + "/impacts/0/action",
            () -> ClimateSample.withAnnex(ClimateSample.IMPACTS, impacts(0, ActionImpact.of("A-9.9", Sector.MUNICIPAL, "2337", 2028, "m"))),
            Map.of()),
        new Mutant(ClimateCodes.IMPACT_ACTION_DUPLICATE, Severity.WARNING, IMPACTS + "/impacts/3/action",
            () -> ClimateSample.withAnnex(ClimateSample.IMPACTS, impacts(3, ActionImpact.of("A-1.1", Sector.MUNICIPAL, "1", 2028, "m"))),
            Map.of()),
        // serves OS-1.1 (pillar OG-1) and has no estimate any more
        new Mutant(ClimateCodes.IMPACT_MISSING, Severity.WARNING, "/actions/1",
            () -> ClimateSample.withAnnex(ClimateSample.IMPACTS, new MitigationImpacts(
                List.of(ClimateSample.impacts().impacts().get(0)), ClimateSample.impacts().businessAsUsual())), Map.of()),
        // business as usual 650 000 t in 2030: 650 000 − 18 295 = 631 705 > 612 040
        new Mutant(ClimateCodes.IMPACT_TARGET_NOT_REACHED, Severity.WARNING, IMPACTS,
            () -> ClimateSample.withAnnex(ClimateSample.IMPACTS, new MitigationImpacts(ClimateSample.impacts().impacts(),
                List.of(new ProjectedEmissions(2030, new BigDecimal("650000"), "m")))), Map.of()),
        // signed 2021-03: the action plan is due in 2023
        new Mutant(ClimateCodes.COM_ACTION_PLAN_DUE, Severity.INFO, COM,
            () -> ClimateSample.withAnnex(ClimateSample.COMMITMENT, planSubmitted(Optional.empty())), Map.of(ClimateTemplate.COM_AS_OF, "2023")),
        new Mutant(ClimateCodes.COM_ACTION_PLAN_LATE, Severity.WARNING, COM,
            () -> ClimateSample.withAnnex(ClimateSample.COMMITMENT, planSubmitted(Optional.empty())), Map.of(ClimateTemplate.COM_AS_OF, "2024-02")),
        // a plan submitted after the as-of date is not yet submitted at that date
        new Mutant(ClimateCodes.COM_ACTION_PLAN_LATE, Severity.WARNING, COM,
            () -> ClimateSample.withAnnex(ClimateSample.COMMITMENT, planSubmitted(Optional.of(PlanDate.ofMonth(2024, 5)))),
            Map.of(ClimateTemplate.COM_AS_OF, "2024-02")),
        new Mutant(ClimateCodes.COM_ACTION_PLAN_SUBMITTED_LATE, Severity.INFO, COM + "/actionPlanSubmitted",
            () -> ClimateSample.withAnnex(ClimateSample.COMMITMENT, planSubmitted(Optional.of(PlanDate.ofMonth(2024, 5)))),
            Map.of(ClimateTemplate.COM_AS_OF, "2025")),
        // no municipal buildings in the monitoring inventory
        new Mutant(ClimateCodes.INVENTORY_KEY_SECTOR_MISSING, Severity.WARNING, MEI + "/consumption",
            () -> ClimateSample.withAnnex(ClimateSample.MEI, ClimateSample.monitoring().withConsumption(
                ClimateSample.monitoring().consumption().stream().filter(u -> u.sector() != Sector.MUNICIPAL).toList())), Map.of()),
        // the municipal fleet given as plain transport (the first transport entry, index 8)
        new Mutant(ClimateCodes.INVENTORY_TRANSPORT_UNSPLIT, Severity.INFO, MEI + "/consumption/8/sector",
            () -> ClimateSample.withAnnex(ClimateSample.MEI, ClimateSample.monitoring().withConsumption(
                replaceAt(ClimateSample.monitoring().consumption(), 8, EnergyUse.of(Sector.TRANSPORT, "gas-diesel-oil", "15000")))),
            Map.of()),
        new Mutant(ClimateCodes.INVENTORY_GWP_UNSET, Severity.WARNING, MEI + "/nonEnergy/0/gas",
            () -> ClimateSample.withAnnex(ClimateSample.MEI, ClimateSample.monitoring().withNonEnergy(List.of(
                DirectEmission.of(Sector.WASTE, DirectEmission.Gas.CH4, "1200", "landfill gas estimate")))), Map.of()),
        new Mutant(ClimateCodes.INVENTORY_ID_DUPLICATE, Severity.ERROR, MEI + "/id",
            () -> ClimateSample.withAnnex(ClimateSample.MEI, new EmissionInventory("BEI-2008", InventoryType.MONITORING, 2022,
                250_000, List.of(), List.of(), List.of(), org.civicplan.base.LocalizedText.empty())), Map.of()),
        new Mutant(ClimateCodes.INVENTORY_BASELINE_MULTIPLE, Severity.WARNING, MEI + "/type",
            () -> ClimateSample.withAnnex(ClimateSample.MEI, new EmissionInventory("BEI-2010", InventoryType.BASELINE, 2010,
                250_000, List.of(), List.of(), List.of(), org.civicplan.base.LocalizedText.empty())), Map.of()),
        new Mutant(ClimateCodes.INVENTORY_MONITORING_BEFORE_BASELINE, Severity.ERROR, MEI + "/year",
            () -> ClimateSample.withAnnex(ClimateSample.MEI, new EmissionInventory("MEI-2005", InventoryType.MONITORING, 2005,
                250_000, List.of(), List.of(), List.of(), org.civicplan.base.LocalizedText.empty())), Map.of()),
        new Mutant(ClimateCodes.CAMPAIGN_ID_DUPLICATE, Severity.ERROR, "/annexes/" + ClimateSample.CAMPAIGNS + "/data/campaigns/1/id",
            () -> ClimateSample.withAnnex(ClimateSample.CAMPAIGNS, campaigns(campaign(first.end(), first.partners(), first.reachIndicator(), "C-2"))), Map.of()),
        new Mutant(ClimateCodes.CAMPAIGN_DATES_REVERSED, Severity.ERROR, CAMP + "/end",
            () -> ClimateSample.withAnnex(ClimateSample.CAMPAIGNS, campaigns(campaign(Optional.of(PlanDate.ofMonth(2023, 8)), first.partners(), first.reachIndicator(), "C-1"))), Map.of()),
        new Mutant(ClimateCodes.CAMPAIGN_INDICATOR_UNKNOWN, Severity.ERROR, CAMP + "/reachIndicator",
            () -> ClimateSample.withAnnex(ClimateSample.CAMPAIGNS, campaigns(campaign(first.end(), first.partners(), Optional.of(IndicatorId.of("CLI-99")), "C-1"))), Map.of()),
        new Mutant(ClimateCodes.CAMPAIGN_PARTNER_UNKNOWN, Severity.ERROR, CAMP + "/partners/1",
            () -> ClimateSample.withAnnex(ClimateSample.CAMPAIGNS, campaigns(campaign(first.end(), List.of(ClimateSample.NGO, OrganisationId.of("nobody")), first.reachIndicator(), "C-1"))), Map.of()),
        new Mutant(ClimateCodes.GREEN_SPACE_ACCESS_EXCEEDS_POPULATION, Severity.ERROR, GREEN + "/districts/0/residentsWithAccess",
            () -> ClimateSample.withAnnex(ClimateSample.GREEN, ClimateSample.greenSpace().withDistricts(List.of(
                new GreenSpace.District("Centru", 40_000, new BigDecimal("600000"), Optional.of(40_001L))))), Map.of()),
        new Mutant(ClimateCodes.GREEN_SPACE_ACCESS_CRITERIA_DIFFER, Severity.WARNING, GREEN,
            ClimateSample::valid, Map.of(ClimateTemplate.GREEN_ACCESS_MIN_AREA_HA, "1")));
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
    assertFalse(f.message(Locale.ENGLISH).isBlank());
    assertTrue(f.message().has("ro"), () -> "no Romanian message: " + f);
    assertFalse(f.message(Locale.forLanguageTag("ro")).contains("{"), f::toString);
    assertFalse(f.message(Locale.ENGLISH).contains("{"), f::toString);
  }

  @Test
  void everyCodeIsExercisedByAMutant() throws IllegalAccessException {
    java.util.Set<String> exercised = new java.util.TreeSet<>();
    mutants().forEach(a -> exercised.add(((Mutant) a.get()[0]).code()));
    java.util.Set<String> declared = new java.util.TreeSet<>();
    for (java.lang.reflect.Field f : ClimateCodes.class.getFields()) {
      declared.add((String) f.get(null));
    }
    assertEquals(declared, exercised);
  }

  @Test
  void highHazardMessageNamesTheHazardInBothLanguages() {
    Strategy s = withActions(a -> replace(a, "A-2.1", x -> x.toBuilder().tags(List.of()).build()));
    Finding f = Findings.of(s).byCode(ClimateCodes.HAZARD_HIGH_UNADDRESSED).get(0);
    assertEquals(
        "Hazard HZ-01 (Extreme heat) has a high risk but no action addresses it; tag at least one adaptation action with hazard:HZ-01",
        f.message(Locale.ENGLISH));
    assertTrue(f.message(Locale.forLanguageTag("ro")).startsWith("Hazardul HZ-01 (Căldură extremă) are un risc ridicat"));
  }

  @Test
  void nonSignatoryHasNoCovenantFindings() {
    Strategy s = ClimateSample.withoutAnnex(ClimateSample.COMMITMENT).toBuilder().annexes(List.of()).build();
    ValidationReport report = Findings.of(s, Map.of(ClimateTemplate.COM_AS_OF, "2040"));
    assertEquals(List.of(), report.findings());
  }

  @Test
  void commitmentsBefore2021NeedNoNeutralityStatement() {
    Strategy s = ClimateSample.withAnnex(ClimateSample.COMMITMENT,
        commitment(PlanDate.ofYear(2016), ClimateSample.commitment().targets(), Optional.empty(), List.of()));
    assertFalse(Findings.of(s).has(ClimateCodes.COM_NEUTRALITY_MISSING));
  }
}
