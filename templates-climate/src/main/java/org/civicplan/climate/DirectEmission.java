// SPDX-License-Identifier: Apache-2.0
package org.civicplan.climate;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Greenhouse gas emitted directly by a non-energy sector in an inventory year (waste, wastewater),
 * in tonnes of the gas. CO2 adds to the inventory's fossil CO2 of that sector; methane and nitrous
 * oxide count in the CO2-equivalent total only, at the GWP set the city chooses ({@link
 * InventoryEmissions#co2eTotal}). Source: the CoM inventory covers CO2 and optionally CH4 and N2O,
 * and waste and wastewater when the plan has measures for them (JRC CoM approach, DOMAIN.md §1.3).
 *
 * @param sector {@link Sector#WASTE} or {@link Sector#WASTEWATER}
 * @param gas the gas
 * @param tonnes the tonnes of the gas, exact and not negative
 * @param source how the figure was obtained
 */
public record DirectEmission(Sector sector, Gas gas, BigDecimal tonnes, String source) {

  /** A greenhouse gas of the inventory. */
  public enum Gas {
    /** Carbon dioxide. */
    CO2,
    /** Methane. */
    CH4,
    /** Nitrous oxide. */
    N2O
  }

  /**
   * Creates an instance from its components.
   *
   * @param sector {@link Sector#WASTE} or {@link Sector#WASTEWATER}
   * @param gas the gas
   * @param tonnes the tonnes of the gas, exact and not negative
   * @param source how the figure was obtained
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the sector is not a non-energy sector or the tonnes are
   *     negative
   */
  public DirectEmission {
    Objects.requireNonNull(sector, "sector");
    Objects.requireNonNull(gas, "gas");
    Objects.requireNonNull(tonnes, "tonnes");
    Objects.requireNonNull(source, "source");
    if (!sector.isNonEnergy()) {
      throw new IllegalArgumentException(
          "a direct emission must be in sector waste or wastewater but was " + sector.label());
    }
    tonnes = Decimals.nonNegative(tonnes, "direct emission (t " + gas + ") of " + sector.label());
  }

  /**
   * {@return a direct emission from its decimal text}
   *
   * @param sector waste or wastewater
   * @param gas the gas
   * @param tonnes the tonnes of the gas, e.g. {@code "1200"}
   * @param source how the figure was obtained
   */
  public static DirectEmission of(Sector sector, Gas gas, String tonnes, String source) {
    Objects.requireNonNull(sector, "sector");
    Objects.requireNonNull(gas, "gas");
    Objects.requireNonNull(tonnes, "tonnes");
    Objects.requireNonNull(source, "source");
    return new DirectEmission(sector, gas, new BigDecimal(tonnes), source);
  }
}
