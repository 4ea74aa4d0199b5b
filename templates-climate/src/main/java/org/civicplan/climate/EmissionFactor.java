// SPDX-License-Identifier: Apache-2.0
package org.civicplan.climate;

import java.math.BigDecimal;
import java.util.Objects;
import org.civicplan.base.IdSyntax;
import org.civicplan.base.LocalizedText;

/**
 * The CO2 emitted per MWh of an energy carrier.
 *
 * <p>The template ships the IPCC 2006 default stationary-combustion factors the Covenant's
 * standard approach uses ({@link ClimateTemplate#emissionFactors()}); an inventory may supply its
 * own (e.g. the national electricity factor), which take precedence.
 *
 * @param carrier the carrier's id, e.g. {@code natural-gas}
 * @param name the localized name; may be empty
 * @param tonnesCo2PerMwh the factor in t CO2/MWh, exact and not negative
 * @param biogenic whether the CO2 is biogenic (biomass, biofuels): reported apart from fossil
 *     emissions and never summed into them
 * @param source where the value comes from
 */
public record EmissionFactor(
    String carrier, LocalizedText name, BigDecimal tonnesCo2PerMwh, boolean biogenic, String source) {

  /**
   * Creates an instance from its components.
   *
   * @param carrier the carrier's id, e.g. {@code natural-gas}
   * @param name the localized name; may be empty
   * @param tonnesCo2PerMwh the factor in t CO2/MWh, exact and not negative
   * @param biogenic whether the CO2 is biogenic (biomass, biofuels): reported apart from fossil
   *     emissions and never summed into them
   * @param source where the value comes from
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the carrier is not a valid id or the factor is negative
   */
  public EmissionFactor {
    IdSyntax.requireValid(carrier, "energy carrier");
    Objects.requireNonNull(name, "name");
    tonnesCo2PerMwh = Decimals.nonNegative(tonnesCo2PerMwh, "emission factor of " + carrier);
    Objects.requireNonNull(source, "source");
  }

  /**
   * {@return a fossil factor with no name, from its decimal text}
   *
   * @param carrier the carrier's id, e.g. {@code natural-gas}
   * @param tonnesCo2PerMwh the factor in t CO2/MWh, exact and not negative
   * @param source where the value comes from
   */
  public static EmissionFactor fossil(String carrier, String tonnesCo2PerMwh, String source) {
    Objects.requireNonNull(carrier, "carrier");
    Objects.requireNonNull(tonnesCo2PerMwh, "tonnesCo2PerMwh");
    Objects.requireNonNull(source, "source");
    return new EmissionFactor(carrier, LocalizedText.empty(), new BigDecimal(tonnesCo2PerMwh), false, source);
  }

  /**
   * {@return the t CO2 emitted by {@code mwh} of this carrier, exact}
   *
   * @param mwh the energy of this carrier in MWh
   */
  public BigDecimal emissions(BigDecimal mwh) {
    return Decimals.normalise(mwh.multiply(tonnesCo2PerMwh));
  }
}
