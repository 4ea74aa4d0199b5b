// SPDX-License-Identifier: Apache-2.0
package org.civicplan.climate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.ObjectiveId;
import org.civicplan.strategy.Action;
import org.civicplan.strategy.ActionStatus;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.MonitoringContribution;
import org.civicplan.template.Parameters;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The target gap analysis and the emission factors it rests on, against values worked out by hand.
 * Sample: baseline BEI-2008 1 112 800 t CO2 (key sectors), target −45 % → 1 112 800 × 0.55 =
 * 612 040 t in 2030; business as usual 877 170 t in 2022 and 628 000 t in 2030; estimates
 * 2 337 t (2028, municipal), A-1.2 15 150 t (2027, residential), A-3.1 808 t (2028, residential).
 */
class GapAnalysisTest {

  private static final Parameters DEFAULTS = ClimateTemplate.defaultParameters();

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private static GapAnalysis sample() {
    return ClimateMonitoring.gapAnalysis(ClimateSample.valid(), DEFAULTS).orElseThrow();
  }

  private static GapAnalysis.Year year(GapAnalysis g, int year) {
    return g.years().stream().filter(y -> y.year() == year).findFirst().orElseThrow();
  }

  @Nested
  class YearByYear {

    @Test
    void runsFromTheStartOfThePeriodToTheTargetYear() {
      GapAnalysis g = sample();
      assertEquals(List.of(2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030),
          g.years().stream().map(GapAnalysis.Year::year).toList());
      assertEquals(d("1112800"), g.baselineTonnes());
      assertEquals(d("612040"), g.targetTonnes());
      assertTrue(g.businessAsUsual());
    }

    @Test
    void firstYearIsTheProjectionWithNoReductionYet() {
      // path: 1112800 − 500760 × 14 / 22 = 1112800 − 318665.45454… = 794134.5455 (4 decimals)
      GapAnalysis.Year y = year(sample(), 2022);
      assertEquals(d("877170"), y.withoutPlan());
      assertEquals(BigDecimal.ZERO, y.committed());
      assertEquals(d("877170"), y.projected());
      assertEquals(d("794134.5455"), y.path());
      assertEquals(d("265130"), y.remainingGap()); // 877170 − 612040
    }

    @Test
    void projectionIsInterpolatedAndEstimatesCountFromTheYearTheyAreReached() {
      // 2026: 877170 + (628000 − 877170) × 4/8 = 752585; is reached only in 2027
      assertEquals(d("752585"), year(sample(), 2026).withoutPlan());
      assertEquals(BigDecimal.ZERO, year(sample(), 2026).committed());
      // 2027: 877170 − 249170 × 5/8 = 721438.75; committed 15150; projected 706288.75
      GapAnalysis.Year y = year(sample(), 2027);
      assertEquals(d("721438.75"), y.withoutPlan());
      assertEquals(d("15150"), y.committed());
      assertEquals(d("706288.75"), y.projected());
      // 2028: all three, 2337 + 15150 + 808 = 18295
      assertEquals(d("18295"), year(sample(), 2028).committed());
    }

    @Test
    void targetYearReachesTheTargetWithAMargin() {
      GapAnalysis g = sample();
      GapAnalysis.Year y = g.targetYear();
      assertEquals(d("628000"), y.withoutPlan());
      assertEquals(d("609705"), y.projected()); // 628000 − 18295
      assertEquals(d("612040"), y.path());
      assertEquals(d("-2335"), y.remainingGap()); // 609705 − 612040
      assertEquals(d("15960"), g.requiredReduction()); // 628000 − 612040
      assertTrue(g.reachesTarget());
    }

    @Test
    void withoutAProjectionTheBaselineStandsForTheEmissionsWithoutThePlan() {
      Strategy s = ClimateSample.withAnnex(ClimateSample.IMPACTS,
          new MitigationImpacts(ClimateSample.impacts().impacts(), List.of()));
      GapAnalysis g = ClimateMonitoring.gapAnalysis(s, DEFAULTS).orElseThrow();
      assertFalse(g.businessAsUsual());
      assertEquals(d("1112800"), g.targetYear().withoutPlan());
      // 1112800 − 18295 − 612040 = 482465 still to find
      assertEquals(d("482465"), g.targetYear().remainingGap());
      assertFalse(g.reachesTarget());
    }

    @Test
    void aCancelledActionCommitsNothing() {
      Strategy s = ClimateSample.valid();
      List<Action> actions = new ArrayList<>();
      for (Action a : s.actions()) {
        actions.add(a.id().value().equals("A-1.2") ? a.toBuilder().status(ActionStatus.CANCELLED).build() : a);
      }
      GapAnalysis g = ClimateMonitoring.gapAnalysis(s.toBuilder().actions(actions).build(), DEFAULTS).orElseThrow();
      assertEquals(d("3145"), g.targetYear().committed()); // 2337 + 808
      assertEquals(d("12815"), g.targetYear().remainingGap()); // 628000 − 3145 − 612040
    }

    @Test
    void perCapitaOrMissingTargetsGiveNoAnalysis() {
      Strategy perCapita = ClimateSample.withAnnex(ClimateSample.COMMITMENT, new CovenantCommitment(
          ClimateSample.commitment().signed(), List.of(ReductionTarget.of(2030, "45", TargetBasis.PER_CAPITA)),
          ClimateSample.commitment().neutralityBy(), ClimateSample.commitment().actionPlanSubmitted(),
          ClimateSample.commitment().monitoringReports()));
      assertTrue(ClimateMonitoring.gapAnalysis(perCapita, DEFAULTS).isEmpty());
      assertTrue(ClimateMonitoring.gapAnalysis(ClimateSample.valid(),
          DEFAULTS.with(Map.of(ClimateTemplate.COM_TARGET_YEAR, "2035"))).isEmpty());
    }
  }

  @Nested
  class Sums {

    @Test
    void perSector() {
      GapAnalysis g = sample();
      assertEquals(new GapAnalysis.Totals(1, d("8500"), BigDecimal.ZERO, d("2337")), g.bySector().get(Sector.MUNICIPAL));
      // 75000 + 4000 MWh, 15150 + 808 t
      assertEquals(new GapAnalysis.Totals(2, d("79000"), BigDecimal.ZERO, d("15958")), g.bySector().get(Sector.RESIDENTIAL));
      assertEquals(List.of(Sector.MUNICIPAL, Sector.RESIDENTIAL), List.copyOf(g.bySector().keySet()));
    }

    @Test
    void perPillarOfTheFirstObjective() {
      GapAnalysis g = sample();
      // serve OS-1.1 (OG-1): 8500 + 75000 MWh, 2337 + 15150 t; serves OS-3.1 (OG-3)
      assertEquals(List.of(ObjectiveId.of("OG-1"), ObjectiveId.of("OG-3")), List.copyOf(g.byPillar().keySet()));
      assertEquals(new GapAnalysis.Totals(2, d("83500"), BigDecimal.ZERO, d("17487")), g.byPillar().get(ObjectiveId.of("OG-1")));
      assertEquals(new GapAnalysis.Totals(1, d("4000"), BigDecimal.ZERO, d("808")), g.byPillar().get(ObjectiveId.of("OG-3")));
    }
  }

  @Nested
  class Factors_ {

    @Test
    void localHeatFactorOfTheSampleIsFuelEmissionsOverHeatDelivered() {
      // (751509 × 0.202 + 101058 × 0.279) / 600000 = 180000 / 600000
      assertEquals(d("0.3"), Factors.localHeat(ClimateSample.baseline(), ClimateTemplate.emissionFactors())
          .orElseThrow().tonnesCo2PerMwh());
      // (562871 × 0.202 + 40502 × 0.279) / 500000 = 125000 / 500000
      assertEquals(d("0.25"), Factors.localHeat(ClimateSample.monitoring(), ClimateTemplate.emissionFactors())
          .orElseThrow().tonnesCo2PerMwh());
    }

    @Test
    void combinedHeatAndPowerIsAllocatedToHeatByEnergyContent() {
      // 1000 MWh gas × 0.202 = 202 t; heat 400 of 400 + 100 MWh delivered → 161.6 t / 400 MWh = 0.404
      EmissionInventory inv = withPlant(new LocalProduction("chp", LocalizedText.of("CHP", "CHP"), LocalProduction.Output.HEAT,
          d("400"), List.of(new LocalProduction.FuelInput("natural-gas", d("1000"))), java.util.Optional.of(d("100"))));
      EmissionFactor f = Factors.localHeat(inv, ClimateTemplate.emissionFactors()).orElseThrow();
      assertEquals(d("0.404"), f.tonnesCo2PerMwh());
      assertTrue(f.source().contains("energy content"), f.source());
    }

    @Test
    void biogenicFuelAddsNothingAndTheFactorIsRoundedToSixDecimals() {
      // 300 MWh gas × 0.202 = 60.6 t (+ wood, biogenic) over 700 MWh = 0.0865714… → 0.086571
      EmissionInventory inv = withPlant(new LocalProduction("hp", LocalizedText.of("HP", "HP"), LocalProduction.Output.HEAT,
          d("700"), List.of(new LocalProduction.FuelInput("natural-gas", d("300")),
              new LocalProduction.FuelInput("solid-biomass", d("500")))));
      assertEquals(d("0.086571"), Factors.localHeat(inv, ClimateTemplate.emissionFactors()).orElseThrow().tonnesCo2PerMwh());
    }

    @Test
    void theInventorysOwnHeatFactorTakesPrecedence() {
      EmissionInventory inv = ClimateSample.baseline().withFactors(List.of(
          ClimateSample.cityFactor("heat", "0.5", "Heat", "Căldură"), ClimateSample.cityFactor("electricity", "0.6", "E", "E")));
      // residential: 350000 × 0.6 + 900000 × 0.202 + 600000 × 0.5 = 210000 + 181800 + 300000
      assertEquals(d("691800"), Factors.of(DEFAULTS).emissions(inv).fossilBySector().get(Sector.RESIDENTIAL));
    }

    @Test
    void theNationalElectricityParameterStandsInForAMissingFactor() {
      EmissionInventory inv = ClimateSample.baseline().withFactors(List.of());
      assertTrue(Factors.of(DEFAULTS).emissions(inv).carriersWithoutFactor().contains("electricity"));
      Parameters p = DEFAULTS.with(Map.of(ClimateTemplate.FACTOR_ELECTRICITY, "0.5",
          ClimateTemplate.FACTOR_ELECTRICITY_SOURCE, "test value"));
      // municipal: 40000 × 0.5 + 50000 × 0.202 = 20000 + 10100
      InventoryEmissions e = Factors.of(p).emissions(inv);
      assertEquals(d("30100"), e.fossilBySector().get(Sector.MUNICIPAL));
      assertEquals("test value", Factors.of(p).factor(inv, "electricity").orElseThrow().source());
    }

    @Test
    void derivedValuesUseTheNationalElectricityFactorInForce() {
      // MEI-2022 without its own electricity factor: no CLI-01 value (its total would be too low),
      // until factor.electricity = 0.45 gives back the sample's 877170 t
      Strategy s = ClimateSample.withAnnex(ClimateSample.MEI, ClimateSample.monitoring().withFactors(List.of()));
      ClimateTemplate t = new ClimateTemplate();
      assertTrue(t.derivedMeasurements(s).stream().noneMatch(m -> m.item().equals("MEI-2022")));
      Parameters p = t.parameters().with(Map.of(ClimateTemplate.FACTOR_ELECTRICITY, "0.45"));
      assertEquals(877170.0, t.derivedMeasurements(s, p).stream()
          .filter(m -> m.item().equals("MEI-2022") && m.indicator().value().equals("CLI-01"))
          .findFirst().orElseThrow().measurement().value());
    }

    private EmissionInventory withPlant(LocalProduction plant) {
      return new EmissionInventory("I-1", InventoryType.BASELINE, 2020, 1000, List.of(), List.of(plant), List.of(),
          LocalizedText.empty());
    }
  }

  @Nested
  class InTheReport {

    private MonitoringContribution section() {
      return new ClimateTemplate().monitoring(ClimateSample.valid(), LocalDate.of(2026, 6, 30), DEFAULTS).stream()
          .filter(c -> c.id().equals("climate.target-gap")).findFirst().orElseThrow();
    }

    @Test
    void summarisesTheFiguresInBothLanguages() {
      MonitoringContribution c = section();
      assertEquals("Target gap analysis to 2030", c.title().get(Locale.ENGLISH));
      assertEquals("Analiza decalajului față de ținta pentru 2030", c.title().get(Locale.forLanguageTag("ro")));
      assertEquals("Baseline BEI-2008 (2008): 1112800 t CO2. Target for 2030: −45% = 612040 t CO2. "
          + "The actions commit 18295 t CO2/yr of the 15960 t CO2/yr needed.", c.paragraphs().get(1).get(Locale.ENGLISH));
      assertEquals("The estimated reductions reach the target.", c.paragraphs().get(2).get(Locale.ENGLISH));
      assertEquals(List.of(), c.findings());
    }

    @Test
    void hasTheYearTableAndTheSumsBySectorAndPillar() {
      MonitoringContribution c = section();
      assertEquals(3, c.tables().size());
      assertEquals(9, c.tables().get(0).rows().size());
      assertEquals(List.of(MonitoringContribution.Cell.plain("2030"), MonitoringContribution.Cell.number(d("628000")),
          MonitoringContribution.Cell.number(d("18295")), MonitoringContribution.Cell.number(d("609705")),
          MonitoringContribution.Cell.number(d("612040")), MonitoringContribution.Cell.number(d("-2335"))),
          c.tables().get(0).rows().get(8));
      assertEquals("Clădiri rezidențiale", ((MonitoringContribution.Cell.Text) c.tables().get(1).rows().get(1).get(0))
          .text().get(Locale.forLanguageTag("ro")));
      assertEquals(2, c.tables().get(2).rows().size());
    }

    @Test
    void drawsWithoutThePlanProjectedAndThePathYearByYear() {
      MonitoringContribution.Chart chart = section().charts().get(0);
      assertEquals(List.of("2022", "2023", "2024", "2025", "2026", "2027", "2028", "2029", "2030"), chart.categories());
      assertEquals(List.of("Without the plan", "Projected with the actions", "Path to the target"),
          chart.lines().stream().map(l -> l.label().get(Locale.ENGLISH)).toList());
      assertEquals(d("609705"), chart.lines().get(1).values().get(8));
      assertEquals(d("794134.5455"), chart.lines().get(2).values().get(0));
    }

    @Test
    void aShortfallIsSaidAndFlagged() {
      Strategy s = ClimateSample.withAnnex(ClimateSample.IMPACTS, new MitigationImpacts(ClimateSample.impacts().impacts(),
          List.of(new ProjectedEmissions(2030, d("650000"), "m"))));
      MonitoringContribution c = new ClimateTemplate().monitoring(s, LocalDate.of(2026, 6, 30), DEFAULTS).stream()
          .filter(x -> x.id().equals("climate.target-gap")).findFirst().orElseThrow();
      // 650000 − 18295 − 612040 = 19665
      assertEquals("The estimated reductions fall short of the target by 19665 t CO2/yr.", c.paragraphs().get(2).get(Locale.ENGLISH));
      assertEquals(List.of(ClimateCodes.IMPACT_TARGET_NOT_REACHED), c.findings().stream().map(f -> f.code()).toList());
    }
  }
}
