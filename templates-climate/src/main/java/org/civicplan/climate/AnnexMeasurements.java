// SPDX-License-Identifier: Apache-2.0
package org.civicplan.climate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.civicplan.base.PlanDate;
import org.civicplan.indicator.IndicatorId;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.Parameters;
import org.civicplan.template.DerivedMeasurement;

/**
 * The catalogue indicator values the climate annexes hold ({@link ClimateTemplate#derivedMeasurements}),
 * each dated in the year of the annex entry it comes from:
 *
 * <ul>
 *   <li>from each emission inventory whose carriers all have a factor (its own or the shipped
 *       defaults): {@code CLI-01} the fossil t CO2 of the four key sectors; {@code CLI-02} the same
 *       per inhabitant of the inventory year (4 decimals); {@code CLI-07} residential electricity
 *       in kWh per inhabitant (2 decimals), when the inventory records residential electricity;
 *   <li>from each monitoring inventory after the year of the first baseline inventory: {@code
 *       CLI-03} the reduction of the key-sector total against the baseline's, in percent (2
 *       decimals);
 *   <li>from each green-space annex with residents: {@code CLI-10} hectares per 100 000
 *       inhabitants, {@code CLI-12} the share of residents with access (when analysed), {@code
 *       CLI-X3} m² per inhabitant (2 decimals each);
 *   <li>from the awareness campaigns: for each indicator a campaign names as its reach indicator
 *       (the catalogue's is {@code CLI-X2}), the participants reached by the campaigns ending (or,
 *       without an end, starting) in a year, summed per year.
 * </ul>
 *
 * Rounding is half-even. The other catalogue indicators need data no climate annex holds
 * (renewable shares, floor areas, air quality, trees planted, disaster losses, waste, water).
 */
final class AnnexMeasurements {

  static final IndicatorId CO2_TOTAL = IndicatorId.of("CLI-01");
  static final IndicatorId CO2_PER_CAPITA = IndicatorId.of("CLI-02");
  static final IndicatorId CO2_REDUCTION = IndicatorId.of("CLI-03");
  static final IndicatorId RESIDENTIAL_ELECTRICITY = IndicatorId.of("CLI-07");
  static final IndicatorId GREEN_HECTARES = IndicatorId.of("CLI-10");
  static final IndicatorId GREEN_ACCESS = IndicatorId.of("CLI-12");
  static final IndicatorId GREEN_PER_INHABITANT = IndicatorId.of("CLI-X3");

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal KWH_PER_MWH = BigDecimal.valueOf(1000);

  private AnnexMeasurements() {}

  static List<DerivedMeasurement> of(Strategy strategy, Parameters parameters) {
    List<DerivedMeasurement> out = new ArrayList<>();
    inventories(strategy, Factors.of(parameters), out);
    greenSpace(strategy, out);
    campaigns(strategy, out);
    return List.copyOf(out);
  }

  private static void inventories(Strategy strategy, Factors defaults, List<DerivedMeasurement> out) {
    List<EmissionInventory> inventories = strategy.annexes(EmissionInventory.class);
    Optional<EmissionInventory> baseline =
        inventories.stream().filter(e -> e.type() == InventoryType.BASELINE).findFirst();
    Optional<BigDecimal> baselineTotal = baseline.map(defaults::emissions)
        .filter(x -> x.carriersWithoutFactor().isEmpty())
        .map(InventoryEmissions::keySectorTotal)
        .filter(x -> x.signum() > 0);
    for (EmissionInventory e : inventories) {
      InventoryEmissions emissions = defaults.emissions(e);
      if (!emissions.carriersWithoutFactor().isEmpty()) {
        // A total without some carriers' energy would understate the emissions.
        continue;
      }
      PlanDate year = PlanDate.ofYear(e.year());
      BigDecimal key = emissions.keySectorTotal();
      BigDecimal population = BigDecimal.valueOf(e.population());
      add(out, CO2_TOTAL, year, key, EmissionInventory.KIND, e.id());
      add(out, CO2_PER_CAPITA, year,
          key.divide(population, InventoryEmissions.PER_CAPITA_SCALE, RoundingMode.HALF_EVEN), EmissionInventory.KIND,
          e.id());
      List<EnergyUse> electricity = e.consumption().stream()
          .filter(u -> u.sector() == Sector.RESIDENTIAL && u.carrier().equals("electricity")).toList();
      if (!electricity.isEmpty()) {
        BigDecimal mwh = electricity.stream().map(EnergyUse::mwh).reduce(BigDecimal.ZERO, BigDecimal::add);
        add(out, RESIDENTIAL_ELECTRICITY, year,
            mwh.multiply(KWH_PER_MWH).divide(population, 2, RoundingMode.HALF_EVEN), EmissionInventory.KIND, e.id());
      }
      if (e.type() == InventoryType.MONITORING && baselineTotal.isPresent() && e.year() > baseline.get().year()) {
        BigDecimal b = baselineTotal.get();
        add(out, CO2_REDUCTION, year,
            b.subtract(key).multiply(HUNDRED).divide(b, InventoryEmissions.PERCENT_SCALE, RoundingMode.HALF_EVEN),
            EmissionInventory.KIND, e.id());
      }
    }
  }

  private static void greenSpace(Strategy strategy, List<DerivedMeasurement> out) {
    for (GreenSpace g : strategy.annexes(GreenSpace.class)) {
      PlanDate year = PlanDate.ofYear(g.year());
      String item = String.valueOf(g.year());
      g.hectaresPer100000().ifPresent(v -> add(out, GREEN_HECTARES, year, v, GreenSpace.KIND, item));
      g.accessSharePercent().ifPresent(v -> add(out, GREEN_ACCESS, year, v, GreenSpace.KIND, item));
      g.areaPerInhabitant().ifPresent(v -> add(out, GREEN_PER_INHABITANT, year, v, GreenSpace.KIND, item));
    }
  }

  private static void campaigns(Strategy strategy, List<DerivedMeasurement> out) {
    Map<IndicatorId, Map<Integer, List<Campaign>>> reach = new TreeMap<>(
        java.util.Comparator.comparing(IndicatorId::value));
    for (AwarenessCampaigns annex : strategy.annexes(AwarenessCampaigns.class)) {
      for (Campaign c : annex.campaigns()) {
        Optional<PlanDate> when = c.end().or(c::start);
        if (c.reachIndicator().isEmpty() || c.reachedParticipants().isEmpty() || when.isEmpty()) {
          continue;
        }
        reach.computeIfAbsent(c.reachIndicator().get(), k -> new TreeMap<>())
            .computeIfAbsent(when.get().year(), k -> new ArrayList<>()).add(c);
      }
    }
    reach.forEach((indicator, byYear) -> byYear.forEach((year, campaigns) -> {
      long sum = campaigns.stream().mapToLong(c -> c.reachedParticipants().orElseThrow()).sum();
      String ids = String.join(", ", campaigns.stream().map(Campaign::id).toList());
      add(out, indicator, PlanDate.ofYear(year), BigDecimal.valueOf(sum), AwarenessCampaigns.KIND, ids);
    }));
  }

  private static void add(
      List<DerivedMeasurement> out, IndicatorId indicator, PlanDate date, BigDecimal value, String kind, String item) {
    out.add(DerivedMeasurement.of(indicator, date, value.doubleValue(), kind, item));
  }
}
