// SPDX-License-Identifier: Apache-2.0
package org.civicplan.climate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicplan.base.LocalizedText;
import org.civicplan.template.Parameters;

/**
 * The emission factors an inventory is computed with, in order of precedence:
 *
 * <ol>
 *   <li>the factors the inventory supplies itself;
 *   <li>the <b>local heat factor</b> (carrier {@value #HEAT}) computed from the inventory's heat
 *       plants ({@link #localHeat});
 *   <li>the <b>national electricity factor</b> (carrier {@value #ELECTRICITY}) of parameter
 *       {@value ClimateTemplate#FACTOR_ELECTRICITY}, with its source from {@value
 *       ClimateTemplate#FACTOR_ELECTRICITY_SOURCE}. No value is shipped: a Romanian national factor
 *       was not found in the sources consulted (DOMAIN.md §1.4, [NV]), so the city sets the one it
 *       uses, and rule {@code climate.inventory} warns while electricity has no factor;
 *   <li>the shipped IPCC 2006 defaults ({@link ClimateTemplate#emissionFactors()}).
 * </ol>
 */
final class Factors {

  /** The carrier id of grid electricity. */
  static final String ELECTRICITY = "electricity";

  /** The carrier id of district heat. */
  static final String HEAT = "heat";

  /** Decimals kept in the computed local heat factor, rounded half-even. */
  static final int HEAT_FACTOR_SCALE = 6;

  private final Optional<EmissionFactor> electricity;
  private final List<EmissionFactor> shipped;

  private Factors(Optional<EmissionFactor> electricity, List<EmissionFactor> shipped) {
    this.electricity = electricity;
    this.shipped = shipped;
  }

  /** The factors with the template's parameters in force. */
  static Factors of(Parameters parameters) {
    Optional<EmissionFactor> electricity = parameters.text(ClimateTemplate.FACTOR_ELECTRICITY)
        .filter(v -> !v.isBlank())
        .map(v -> new EmissionFactor(ELECTRICITY, LocalizedText.of("Electricity (national factor)", "Energie electrică (factor național)"),
            parameters.decimal(ClimateTemplate.FACTOR_ELECTRICITY), false,
            parameters.text(ClimateTemplate.FACTOR_ELECTRICITY_SOURCE).filter(s -> !s.isBlank())
                .orElse("parameter " + ClimateTemplate.FACTOR_ELECTRICITY)));
    return new Factors(electricity, ClimateTemplate.emissionFactors());
  }

  /** The defaults for {@code inventory}: its local heat factor, the national electricity factor, the shipped table. */
  List<EmissionFactor> defaults(EmissionInventory inventory) {
    List<EmissionFactor> list = new ArrayList<>();
    localHeat(inventory, shipped).ifPresent(list::add);
    electricity.ifPresent(list::add);
    list.addAll(shipped);
    return list;
  }

  /** The emissions of {@code inventory} with these factors. */
  InventoryEmissions emissions(EmissionInventory inventory) {
    return inventory.emissions(defaults(inventory));
  }

  /** The factor {@code inventory} uses for {@code carrier}, if it has one. */
  Optional<EmissionFactor> factor(EmissionInventory inventory, String carrier) {
    return inventory.factor(carrier, defaults(inventory));
  }

  /** Whether the national electricity factor is set. */
  boolean hasNationalElectricity() {
    return electricity.isPresent();
  }

  /**
   * The local heat emission factor of {@code inventory}'s heat plants: the fossil t CO2 of the fuels
   * they burn (each fuel's MWh × its factor: the inventory's own, else {@code defaults}) allocated
   * to heat, over the heat they deliver, rounded half-even to {@value #HEAT_FACTOR_SCALE} decimals.
   *
   * <p>A combined heat and power plant (one with {@link LocalProduction#coProducedElectricityMwh()})
   * has its fuel emissions allocated to heat by energy content: the share {@code heat / (heat +
   * electricity)} of the MWh delivered. This is a plain physical allocation, documented in {@code
   * docs/climate.md}; the allocation of the Covenant's guidebook was not found in the sources
   * consulted (DOMAIN.md §1.3–1.4 say only that local heat production is counted when the city acts
   * on it), so a city that allocates otherwise supplies its heat factor in the inventory, which
   * takes precedence. Biogenic fuels add nothing (their CO2 is reported apart).
   *
   * @return the factor, with a source saying how it was computed; empty when the inventory has no
   *     heat plant, its plants deliver no heat, or a fuel has no factor
   */
  static Optional<EmissionFactor> localHeat(EmissionInventory inventory, List<EmissionFactor> defaults) {
    BigDecimal tonnes = BigDecimal.ZERO;
    BigDecimal heat = BigDecimal.ZERO;
    boolean chp = false;
    for (LocalProduction plant : inventory.localProduction()) {
      if (plant.output() != LocalProduction.Output.HEAT) {
        continue;
      }
      BigDecimal plantTonnes = BigDecimal.ZERO;
      for (LocalProduction.FuelInput input : plant.inputs()) {
        Optional<EmissionFactor> f = inventory.factor(input.carrier(), defaults);
        if (f.isEmpty()) {
          return Optional.empty();
        }
        if (!f.get().biogenic()) {
          plantTonnes = plantTonnes.add(f.get().emissions(input.mwh()));
        }
      }
      BigDecimal electricity = plant.coProducedElectricityMwh().orElse(BigDecimal.ZERO);
      if (electricity.signum() > 0) {
        chp = true;
        BigDecimal delivered = plant.producedMwh().add(electricity);
        plantTonnes = plantTonnes.multiply(plant.producedMwh())
            .divide(delivered, HEAT_FACTOR_SCALE + 10, RoundingMode.HALF_EVEN);
      }
      tonnes = tonnes.add(plantTonnes);
      heat = heat.add(plant.producedMwh());
    }
    if (heat.signum() == 0) {
      return Optional.empty();
    }
    BigDecimal factor = tonnes.divide(heat, HEAT_FACTOR_SCALE, RoundingMode.HALF_EVEN);
    String source = "computed from the inventory's heat plants: fuel inputs x emission factors / heat delivered"
        + (chp ? "; CHP emissions allocated to heat by energy content (heat / (heat + electricity))" : "");
    return Optional.of(new EmissionFactor(HEAT,
        LocalizedText.of("District heat (local factor)", "Energie termică din termoficare (factor local)"), factor, false,
        source));
  }
}
