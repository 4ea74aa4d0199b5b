// SPDX-License-Identifier: Apache-2.0
package org.civicplan.climate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.civicplan.strategy.Annex;
import org.civicplan.base.IdSyntax;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.PlanDate;

/**
 * An emission inventory annex, kind {@value #KIND}: the Baseline Emission Inventory (BEI) or a
 * Monitoring Emission Inventory (MEI) of the Covenant of Mayors (JRC CoM approach, DOMAIN.md
 * §1.3–1.4).
 *
 * <p>It records final energy consumption (MWh) by {@link Sector} × energy carrier, local
 * electricity and heat production, and the emission factors the city supplies. {@link
 * #emissions(List)} computes the t CO2 from the activity data and the factors: a factor the
 * inventory supplies takes precedence over the default table passed in (normally {@link
 * ClimateTemplate#emissionFactors()}, the IPCC 2006 defaults). Biogenic carriers are summed
 * separately and never into the fossil totals, because the Covenant's zero-rating of sustainable
 * biomass was not verified.
 *
 * @param id the inventory's id, unique among the inventories of a strategy, e.g. {@code BEI-2008}
 * @param type baseline or monitoring
 * @param year the inventory year
 * @param population the residents in the inventory year, positive
 * @param consumption final energy consumption by sector and carrier
 * @param localProduction local electricity and heat production
 * @param factors emission factors the city supplies, one per carrier at most
 * @param notes method notes; may be empty
 * @param nonEnergy greenhouse gases emitted directly by the non-energy sectors (waste, wastewater);
 *     may be empty
 */
public record EmissionInventory(
    String id,
    InventoryType type,
    int year,
    long population,
    List<EnergyUse> consumption,
    List<LocalProduction> localProduction,
    List<EmissionFactor> factors,
    LocalizedText notes,
    List<DirectEmission> nonEnergy)
    implements Annex {

  /** The annex kind. */
  public static final String KIND = "emission-inventory";

  /**
   * Creates an instance from its components.
   *
   * @param id the inventory's id, unique among the inventories of a strategy, e.g. {@code BEI-2008}
   * @param type baseline or monitoring
   * @param year the inventory year
   * @param population the residents in the inventory year, positive
   * @param consumption final energy consumption by sector and carrier
   * @param localProduction local electricity and heat production
   * @param factors emission factors the city supplies, one per carrier at most
   * @param notes method notes; may be empty
   * @param nonEnergy greenhouse gases emitted directly by the non-energy sectors; may be empty
   * @throws NullPointerException if an argument or a list element is null
   * @throws IllegalArgumentException if the id is invalid, the year is out of range, the population
   *     is not positive or two supplied factors share a carrier
   */
  public EmissionInventory {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(consumption, "consumption");
    Objects.requireNonNull(localProduction, "localProduction");
    Objects.requireNonNull(factors, "factors");
    Objects.requireNonNull(notes, "notes");
    Objects.requireNonNull(nonEnergy, "nonEnergy");
    IdSyntax.requireValid(id, "emission inventory");
    PlanDate.ofYear(year);
    if (population <= 0) {
      throw new IllegalArgumentException(
          "population must be positive but was " + population + " (emission inventory \"" + id + "\")");
    }
    consumption = List.copyOf(consumption);
    localProduction = List.copyOf(localProduction);
    factors = List.copyOf(factors);
    Map<String, EmissionFactor> seen = new HashMap<>();
    for (EmissionFactor f : factors) {
      if (seen.put(f.carrier(), f) != null) {
        throw new IllegalArgumentException(
            "emission factor for carrier \"" + f.carrier() + "\" is given twice (emission inventory \""
                + id + "\")");
      }
    }
    nonEnergy = List.copyOf(nonEnergy);
  }

  /**
   * An inventory of energy use only (no non-energy sector).
   *
   * @param id the inventory's id, unique among the inventories of a strategy, e.g. {@code BEI-2008}
   * @param type baseline or monitoring
   * @param year the inventory year
   * @param population the residents in the inventory year, positive
   * @param consumption final energy consumption by sector and carrier
   * @param localProduction local electricity and heat production
   * @param factors emission factors the city supplies, one per carrier at most
   * @param notes method notes; may be empty
   * @throws NullPointerException if an argument or a list element is null
   * @throws IllegalArgumentException as the canonical constructor
   */
  public EmissionInventory(String id, InventoryType type, int year, long population, List<EnergyUse> consumption,
      List<LocalProduction> localProduction, List<EmissionFactor> factors, LocalizedText notes) {
    this(id, type, year, population, consumption, localProduction, factors, notes, List.of());
  }

  @Override
  public String kind() {
    return KIND;
  }

  /**
   * {@return the factor for {@code carrier}: the inventory's own, else the one in {@code defaults}}
   *
   * @param carrier the energy carrier's id
   * @param defaults the default factors, used when the inventory supplies none for the carrier
   */
  public Optional<EmissionFactor> factor(String carrier, List<EmissionFactor> defaults) {
    Optional<EmissionFactor> own = factors.stream().filter(f -> f.carrier().equals(carrier)).findFirst();
    return own.isPresent()
        ? own
        : defaults.stream().filter(f -> f.carrier().equals(carrier)).findFirst();
  }

  /**
   * Computes the emissions: for every energy use, MWh × the carrier's factor, summed per sector
   * into fossil or biogenic CO2; the direct CO2 of the non-energy sectors added to their sector,
   * their CH4 and N2O totalled apart; local production inputs summed apart. Carriers without a
   * factor are listed and left out.
   *
   * @param defaults the default factors (normally {@link ClimateTemplate#emissionFactors()})
   * @return the emissions of this inventory, per sector and in total
   */
  public InventoryEmissions emissions(List<EmissionFactor> defaults) {
    Map<Sector, BigDecimal> fossil = new EnumMap<>(Sector.class);
    Map<Sector, BigDecimal> biogenic = new EnumMap<>(Sector.class);
    TreeSet<String> missing = new TreeSet<>();
    for (EnergyUse use : consumption) {
      Optional<EmissionFactor> factor = factor(use.carrier(), defaults);
      if (factor.isEmpty()) {
        missing.add(use.carrier());
        continue;
      }
      Map<Sector, BigDecimal> target = factor.get().biogenic() ? biogenic : fossil;
      target.merge(use.sector(), factor.get().emissions(use.mwh()), BigDecimal::add);
    }
    Map<DirectEmission.Gas, BigDecimal> otherGases = new EnumMap<>(DirectEmission.Gas.class);
    for (DirectEmission d : nonEnergy) {
      if (d.gas() == DirectEmission.Gas.CO2) {
        fossil.merge(d.sector(), d.tonnes(), BigDecimal::add);
      } else {
        otherGases.merge(d.gas(), d.tonnes(), BigDecimal::add);
      }
    }
    BigDecimal production = BigDecimal.ZERO;
    for (LocalProduction plant : localProduction) {
      for (LocalProduction.FuelInput input : plant.inputs()) {
        Optional<EmissionFactor> factor = factor(input.carrier(), defaults);
        if (factor.isEmpty()) {
          missing.add(input.carrier());
        } else if (!factor.get().biogenic()) {
          production = production.add(factor.get().emissions(input.mwh()));
        }
      }
    }
    return new InventoryEmissions(id, year, population, fossil, biogenic, production, new ArrayList<>(missing), otherGases);
  }

  /**
   * {@return a copy with these energy uses}
   *
   * @param newConsumption the energy uses of the copy
   */
  public EmissionInventory withConsumption(List<EnergyUse> newConsumption) {
    return new EmissionInventory(id, type, year, population, newConsumption, localProduction, factors, notes, nonEnergy);
  }

  /**
   * {@return a copy with these supplied factors}
   *
   * @param newFactors the emission factors the copy supplies
   */
  public EmissionInventory withFactors(List<EmissionFactor> newFactors) {
    return new EmissionInventory(id, type, year, population, consumption, localProduction, newFactors, notes, nonEnergy);
  }

  /**
   * {@return a copy with these direct emissions of the non-energy sectors}
   *
   * @param newNonEnergy the direct emissions of the copy
   */
  public EmissionInventory withNonEnergy(List<DirectEmission> newNonEnergy) {
    return new EmissionInventory(id, type, year, population, consumption, localProduction, factors, notes, newNonEnergy);
  }
}
