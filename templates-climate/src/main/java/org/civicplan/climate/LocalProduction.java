// SPDX-License-Identifier: Apache-2.0
package org.civicplan.climate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.civicplan.base.IdSyntax;
import org.civicplan.base.LocalizedText;

/**
 * Local electricity or heat production the city acts on (a plant, a district-heating network),
 * with the fuels it burns (JRC CoM approach, DOMAIN.md §1.3).
 *
 * <p>Its emissions are reported apart from the consumption totals: the consumption of the
 * electricity and heat it produces is already counted through the inventory's electricity and
 * heat factors, so summing both would count them twice. The heat plants of an inventory give its
 * local heat emission factor ({@link Factors#localHeat}).
 *
 * @param id the city's id of the plant or network
 * @param name the localized name
 * @param output what it produces
 * @param producedMwh the energy produced (for heat: delivered to the network) in MWh, exact and not
 *     negative
 * @param inputs the fuels burnt
 * @param coProducedElectricityMwh for a heat plant that is a combined heat and power (CHP) plant,
 *     the electricity it produced in MWh, exact and not negative; empty for a heat-only plant
 */
public record LocalProduction(
    String id, LocalizedText name, Output output, BigDecimal producedMwh, List<FuelInput> inputs,
    Optional<BigDecimal> coProducedElectricityMwh) {

  /** What a local plant produces. */
  public enum Output {
    /** Electricity. */
    ELECTRICITY,
    /** Heat (or cold). */
    HEAT
  }

  /**
   * A fuel burnt by a local plant.
   *
   * @param carrier the carrier's id, as in {@link EnergyUse#carrier()}
   * @param mwh the energy in MWh, exact and not negative
   */
  public record FuelInput(String carrier, BigDecimal mwh) {

    /**
     * Creates an instance from its components.
     *
     * @param carrier the carrier's id, as in {@link EnergyUse#carrier()}
     * @param mwh the energy in MWh, exact and not negative
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the carrier is invalid or the energy is negative
     */
    public FuelInput {
      IdSyntax.requireValid(carrier, "energy carrier");
      mwh = Decimals.nonNegative(mwh, "fuel input (MWh) of " + carrier);
    }
  }

  /**
   * Creates an instance from its components.
   *
   * @param id the city's id of the plant or network
   * @param name the localized name
   * @param output what it produces
   * @param producedMwh the energy produced (for heat: delivered to the network) in MWh, exact and
   *     not negative
   * @param inputs the fuels burnt
   * @param coProducedElectricityMwh for a CHP heat plant, the electricity it produced in MWh;
   *     empty for a heat-only plant
   * @throws NullPointerException if an argument or an input is null
   * @throws IllegalArgumentException if the id is invalid or an energy is negative
   */
  public LocalProduction {
    IdSyntax.requireValid(id, "local production");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(output, "output");
    producedMwh = Decimals.nonNegative(producedMwh, "energy produced (MWh) by " + id);
    inputs = List.copyOf(inputs);
    coProducedElectricityMwh =
        coProducedElectricityMwh.map(v -> Decimals.nonNegative(v, "electricity co-produced (MWh) by " + id));
  }

  /**
   * A plant that produces one output only (no co-produced electricity).
   *
   * @param id the city's id of the plant or network
   * @param name the localized name
   * @param output what it produces
   * @param producedMwh the energy produced in MWh, exact and not negative
   * @param inputs the fuels burnt
   * @throws NullPointerException if an argument or an input is null
   * @throws IllegalArgumentException if the id is invalid or the energy is negative
   */
  public LocalProduction(String id, LocalizedText name, Output output, BigDecimal producedMwh, List<FuelInput> inputs) {
    this(id, name, output, producedMwh, inputs, Optional.empty());
  }
}
