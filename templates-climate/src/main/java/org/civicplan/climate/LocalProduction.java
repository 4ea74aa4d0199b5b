package org.civicplan.climate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.civicplan.base.IdSyntax;
import org.civicplan.base.LocalizedText;

/**
 * Local electricity or heat production the city acts on (a plant, a district-heating network),
 * with the fuels it burns (JRC CoM approach, DOMAIN.md §1.3).
 *
 * <p>Its emissions are reported apart from the consumption totals: the consumption of the
 * electricity and heat it produces is already counted through the inventory's electricity and
 * heat factors, so summing both would count them twice.
 *
 * @param id the city's id of the plant or network
 * @param name the localized name
 * @param output what it produces
 * @param producedMwh the energy produced in MWh, exact and not negative
 * @param inputs the fuels burnt
 */
public record LocalProduction(
    String id, LocalizedText name, Output output, BigDecimal producedMwh, List<FuelInput> inputs) {

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
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the carrier is invalid or the energy is negative
     */
    public FuelInput {
      IdSyntax.requireValid(carrier, "energy carrier");
      mwh = Decimals.nonNegative(mwh, "fuel input (MWh) of " + carrier);
    }
  }

  /**
   * @throws NullPointerException if an argument or an input is null
   * @throws IllegalArgumentException if the id is invalid or the energy is negative
   */
  public LocalProduction {
    IdSyntax.requireValid(id, "local production");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(output, "output");
    producedMwh = Decimals.nonNegative(producedMwh, "energy produced (MWh) by " + id);
    inputs = List.copyOf(inputs);
  }
}
