// SPDX-License-Identifier: Apache-2.0
package org.civicplan.climate;

import java.math.BigDecimal;
import java.util.Objects;
import org.civicplan.base.IdSyntax;

/**
 * Final energy consumed in one sector from one energy carrier in an inventory year.
 *
 * @param sector the sector
 * @param carrier the carrier's id: one of the shipped emission-factor table ({@code natural-gas},
 *     {@code gas-diesel-oil}, {@code motor-gasoline}, …) or one the inventory supplies a factor for
 *     ({@code electricity}, {@code heat}, …)
 * @param mwh the energy in MWh, exact and not negative (trailing zeros are stripped)
 */
public record EnergyUse(Sector sector, String carrier, BigDecimal mwh) {

  /**
   * Creates an instance from its components.
   *
   * @param sector the sector
   * @param carrier the carrier's id: one of the shipped emission-factor table ({@code natural-gas},
   *     {@code gas-diesel-oil}, {@code motor-gasoline}, …) or one the inventory supplies a factor
   *     for ({@code electricity}, {@code heat}, …)
   * @param mwh the energy in MWh, exact and not negative (trailing zeros are stripped)
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the carrier is not a valid id or the energy is negative
   */
  public EnergyUse {
    Objects.requireNonNull(sector, "sector");
    IdSyntax.requireValid(carrier, "energy carrier");
    mwh = Decimals.nonNegative(mwh, "energy (MWh) of " + sector + "/" + carrier);
  }

  /**
   * Energy use from its decimal text, e.g. {@code of(Sector.RESIDENTIAL, "natural-gas", "410000")}.
   *
   * @param sector the sector
   * @param carrier the carrier's id: one of the shipped emission-factor table ({@code natural-gas},
   *     {@code gas-diesel-oil}, {@code motor-gasoline}, …) or one the inventory supplies a factor
   *     for ({@code electricity}, {@code heat}, …)
   * @param mwh the energy in MWh, exact and not negative (trailing zeros are stripped)
   * @return the energy use
   */
  public static EnergyUse of(Sector sector, String carrier, String mwh) {
    Objects.requireNonNull(sector, "sector");
    Objects.requireNonNull(carrier, "carrier");
    Objects.requireNonNull(mwh, "mwh");
    return new EnergyUse(sector, carrier, new BigDecimal(mwh));
  }
}
