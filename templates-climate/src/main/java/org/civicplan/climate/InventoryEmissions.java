// SPDX-License-Identifier: Apache-2.0
package org.civicplan.climate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The emissions computed from an {@link EmissionInventory}: activity data × emission factor, per
 * sector, with fossil and biogenic CO2 kept apart.
 *
 * <p>Totals are exact decimals. Per-capita values are rounded half-even to {@value
 * #PER_CAPITA_SCALE} decimals (t CO2 per inhabitant) and reductions to {@value #PERCENT_SCALE}
 * decimals (percent).
 *
 * @param inventoryId the inventory's id
 * @param year the inventory year
 * @param population the residents in the inventory year
 * @param fossilBySector fossil t CO2 per sector, in {@link Sector} order, only sectors with energy use
 * @param biogenicBySector biogenic t CO2 per sector, in {@link Sector} order; never part of the fossil
 *     totals
 * @param localProductionFossil fossil t CO2 of the fuels burnt by local production, reported apart
 * @param carriersWithoutFactor the carriers used for which no factor was found, sorted; their
 *     energy is left out of every total
 * @param otherGases tonnes of methane and nitrous oxide emitted directly by the non-energy sectors,
 *     by gas; counted only in {@link #co2eTotal}
 */
public record InventoryEmissions(
    String inventoryId,
    int year,
    long population,
    Map<Sector, BigDecimal> fossilBySector,
    Map<Sector, BigDecimal> biogenicBySector,
    BigDecimal localProductionFossil,
    List<String> carriersWithoutFactor,
    Map<DirectEmission.Gas, BigDecimal> otherGases) {

  /** Decimals kept in per-capita values. */
  public static final int PER_CAPITA_SCALE = 4;

  /** Decimals kept in percentages. */
  public static final int PERCENT_SCALE = 2;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * Creates an instance from its components.
   *
   * @param inventoryId the inventory's id
   * @param year the inventory year
   * @param population the residents in the inventory year
   * @param fossilBySector fossil t CO2 per sector, in {@link Sector} order, only sectors with
   *     energy use
   * @param biogenicBySector biogenic t CO2 per sector, in {@link Sector} order; never part of the
   *     fossil totals
   * @param localProductionFossil fossil t CO2 of the fuels burnt by local production, reported
   *     apart
   * @param carriersWithoutFactor the carriers used for which no factor was found, sorted; their
   *     energy is left out of every total
   * @param otherGases tonnes of methane and nitrous oxide of the non-energy sectors, by gas
   * @throws NullPointerException if an argument or an element is null
   * @throws IllegalArgumentException if the population is not positive
   */
  public InventoryEmissions {
    Objects.requireNonNull(inventoryId, "inventoryId");
    if (population <= 0) {
      throw new IllegalArgumentException("population must be positive but was " + population);
    }
    fossilBySector = copy(fossilBySector);
    biogenicBySector = copy(biogenicBySector);
    localProductionFossil = Decimals.normalise(localProductionFossil);
    carriersWithoutFactor = List.copyOf(carriersWithoutFactor);
    EnumMap<DirectEmission.Gas, BigDecimal> gases = new EnumMap<>(DirectEmission.Gas.class);
    otherGases.forEach((k, v) -> gases.put(Objects.requireNonNull(k), Decimals.normalise(v)));
    otherGases = Collections.unmodifiableMap(gases);
  }

  /**
   * Emissions of CO2 only (no methane or nitrous oxide).
   *
   * @param inventoryId the inventory's id
   * @param year the inventory year
   * @param population the residents in the inventory year
   * @param fossilBySector fossil t CO2 per sector
   * @param biogenicBySector biogenic t CO2 per sector
   * @param localProductionFossil fossil t CO2 of the fuels burnt by local production
   * @param carriersWithoutFactor the carriers used for which no factor was found, sorted
   * @throws NullPointerException if an argument or an element is null
   * @throws IllegalArgumentException if the population is not positive
   */
  public InventoryEmissions(String inventoryId, int year, long population, Map<Sector, BigDecimal> fossilBySector,
      Map<Sector, BigDecimal> biogenicBySector, BigDecimal localProductionFossil, List<String> carriersWithoutFactor) {
    this(inventoryId, year, population, fossilBySector, biogenicBySector, localProductionFossil, carriersWithoutFactor,
        Map.of());
  }

  /**
   * {@return the CO2-equivalent of all sectors: fossil CO2 plus each other gas's tonnes × its global
   * warming potential, exact} Empty when the inventory has a gas whose GWP {@code gwp} lacks.
   *
   * @param gwp the global warming potential of each gas other than CO2 (the set the city chose;
   *     parameters {@code ghg.gwp.ch4} and {@code ghg.gwp.n2o})
   */
  public Optional<BigDecimal> co2eTotal(Map<DirectEmission.Gas, BigDecimal> gwp) {
    BigDecimal total = fossilTotal();
    for (Map.Entry<DirectEmission.Gas, BigDecimal> e : otherGases.entrySet()) {
      if (e.getValue().signum() == 0) {
        continue;
      }
      BigDecimal factor = gwp.get(e.getKey());
      if (factor == null) {
        return Optional.empty();
      }
      total = total.add(e.getValue().multiply(factor));
    }
    return Optional.of(Decimals.normalise(total));
  }

  /** {@return the fossil t CO2 per sector group: the parts of transport summed into {@link Sector#TRANSPORT}} */
  public Map<Sector, BigDecimal> fossilBySectorGroup() {
    EnumMap<Sector, BigDecimal> groups = new EnumMap<>(Sector.class);
    fossilBySector.forEach((k, v) -> groups.merge(k.group(), v, BigDecimal::add));
    groups.replaceAll((k, v) -> Decimals.normalise(v));
    return Collections.unmodifiableMap(groups);
  }

  private static Map<Sector, BigDecimal> copy(Map<Sector, BigDecimal> map) {
    EnumMap<Sector, BigDecimal> copy = new EnumMap<>(Sector.class);
    map.forEach((k, v) -> copy.put(Objects.requireNonNull(k), Decimals.normalise(v)));
    return Collections.unmodifiableMap(copy);
  }

  /** {@return the fossil t CO2 of all sectors, exact} */
  public BigDecimal fossilTotal() {
    return Decimals.normalise(fossilBySector.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  /** {@return the fossil t CO2 of the four key sectors only, exact} */
  public BigDecimal keySectorTotal() {
    return Decimals.normalise(
        fossilBySector.entrySet().stream()
            .filter(e -> e.getKey().isKey())
            .map(Map.Entry::getValue)
            .reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  /** {@return the biogenic t CO2 of all sectors, exact; reported separately} */
  public BigDecimal biogenicTotal() {
    return Decimals.normalise(biogenicBySector.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  /**
   * {@return the fossil t CO2 per inhabitant, rounded half-even to {@value #PER_CAPITA_SCALE}
   * decimals}
   */
  public BigDecimal fossilPerCapita() {
    return fossilTotal().divide(BigDecimal.valueOf(population), PER_CAPITA_SCALE, RoundingMode.HALF_EVEN);
  }

  /**
   * {@return the fossil t CO2 of the four key sectors per inhabitant, rounded half-even to {@value
   * #PER_CAPITA_SCALE} decimals}
   */
  public BigDecimal keySectorPerCapita() {
    return keySectorTotal().divide(BigDecimal.valueOf(population), PER_CAPITA_SCALE, RoundingMode.HALF_EVEN);
  }

  /**
   * {@return the reduction of the fossil total against {@code baseline}: {@code (B − M) / B × 100},
   * rounded half-even to {@value #PERCENT_SCALE} decimals; negative when emissions grew} Empty when
   * the baseline total is zero.
   *
   * @param baseline the emissions of the baseline inventory
   */
  public Optional<BigDecimal> reductionPercentFrom(InventoryEmissions baseline) {
    return reduction(baseline.fossilTotal(), fossilTotal());
  }

  /**
   * {@return the reduction of the fossil per-capita value against {@code baseline}, computed from
   * the exact totals (not from the rounded per-capita values): {@code (b − m) / b × 100} with
   * {@code b = B / population_B} and {@code m = M / population_M}; rounded half-even to {@value
   * #PERCENT_SCALE} decimals} Empty when the baseline total is zero.
   *
   * @param baseline the emissions of the baseline inventory
   */
  public Optional<BigDecimal> perCapitaReductionPercentFrom(InventoryEmissions baseline) {
    if (baseline.fossilTotal().signum() == 0) {
      return Optional.empty();
    }
    // (b - m)/b = (B * popM - M * popB) / (B * popM): exact until the single final division.
    BigDecimal scaledBaseline = baseline.fossilTotal().multiply(BigDecimal.valueOf(population));
    BigDecimal scaledCurrent = fossilTotal().multiply(BigDecimal.valueOf(baseline.population));
    return reduction(scaledBaseline, scaledCurrent);
  }

  private static Optional<BigDecimal> reduction(BigDecimal base, BigDecimal now) {
    if (base.signum() == 0) {
      return Optional.empty();
    }
    BigDecimal percent =
        base.subtract(now).multiply(HUNDRED).divide(base, PERCENT_SCALE, RoundingMode.HALF_EVEN);
    return Optional.of(Decimals.normalise(percent));
  }
}
