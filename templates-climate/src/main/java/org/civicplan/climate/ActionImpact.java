// SPDX-License-Identifier: Apache-2.0
package org.civicplan.climate;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.civicplan.base.ActionId;
import org.civicplan.base.PlanDate;

/**
 * The estimated yearly impact of one mitigation action once it is fully in place, as the SECAP
 * template asks for every mitigation action: energy saved, renewable energy produced and CO2
 * reduced, with the year they are reached and how they were estimated (JRC CoM approach, DOMAIN.md
 * §1.1–1.3).
 *
 * @param action the action of the strategy the estimate is for
 * @param sector the inventory sector whose emissions the action reduces
 * @param energySavedMwh the final energy saved in MWh per year, exact and not negative, if estimated
 * @param renewableMwh the renewable energy produced in MWh per year, exact and not negative, if
 *     estimated
 * @param co2ReducedTonnes the t CO2 reduced per year, exact and not negative
 * @param year the first year in which the full reduction is reached
 * @param method how the figures were estimated and from which source; not blank
 */
public record ActionImpact(
    ActionId action,
    Sector sector,
    Optional<BigDecimal> energySavedMwh,
    Optional<BigDecimal> renewableMwh,
    BigDecimal co2ReducedTonnes,
    int year,
    String method) {

  /**
   * Creates an instance from its components.
   *
   * @param action the action of the strategy the estimate is for
   * @param sector the inventory sector whose emissions the action reduces
   * @param energySavedMwh the final energy saved in MWh per year, exact and not negative, if
   *     estimated
   * @param renewableMwh the renewable energy produced in MWh per year, exact and not negative, if
   *     estimated
   * @param co2ReducedTonnes the t CO2 reduced per year, exact and not negative
   * @param year the first year in which the full reduction is reached
   * @param method how the figures were estimated and from which source; not blank
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a figure is negative, the year is out of range or the
   *     method is blank
   */
  public ActionImpact {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(sector, "sector");
    Objects.requireNonNull(energySavedMwh, "energySavedMwh");
    Objects.requireNonNull(renewableMwh, "renewableMwh");
    Objects.requireNonNull(co2ReducedTonnes, "co2ReducedTonnes");
    Objects.requireNonNull(method, "method");
    energySavedMwh = energySavedMwh.map(v -> Decimals.nonNegative(v, "energy saved (MWh/yr) of action " + action.value()));
    renewableMwh = renewableMwh.map(v -> Decimals.nonNegative(v, "renewable energy (MWh/yr) of action " + action.value()));
    co2ReducedTonnes = Decimals.nonNegative(co2ReducedTonnes, "CO2 reduced (t/yr) of action " + action.value());
    PlanDate.ofYear(year);
    if (method.isBlank()) {
      throw new IllegalArgumentException(
          "the method of the impact estimate of action \"" + action.value() + "\" must not be blank");
    }
  }

  /**
   * {@return an estimate of the CO2 reduced only, from its decimal text; add energy figures with
   * {@link #withEnergySaved} and {@link #withRenewable}}
   *
   * @param action the action's id
   * @param sector the sector whose emissions the action reduces
   * @param co2ReducedTonnes the t CO2 reduced per year, e.g. {@code "1200.5"}
   * @param year the year the full reduction is reached
   * @param method how the figures were estimated
   */
  public static ActionImpact of(String action, Sector sector, String co2ReducedTonnes, int year, String method) {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(sector, "sector");
    Objects.requireNonNull(co2ReducedTonnes, "co2ReducedTonnes");
    Objects.requireNonNull(method, "method");
    return new ActionImpact(ActionId.of(action), sector, Optional.empty(), Optional.empty(),
        new BigDecimal(co2ReducedTonnes), year, method);
  }

  /**
   * {@return a copy with the energy saved set}
   *
   * @param mwh the MWh saved per year, e.g. {@code "5000"}
   */
  public ActionImpact withEnergySaved(String mwh) {
    return new ActionImpact(action, sector, Optional.of(new BigDecimal(mwh)), renewableMwh, co2ReducedTonnes, year, method);
  }

  /**
   * {@return a copy with the renewable energy produced set}
   *
   * @param mwh the renewable MWh produced per year, e.g. {@code "1500"}
   */
  public ActionImpact withRenewable(String mwh) {
    return new ActionImpact(action, sector, energySavedMwh, Optional.of(new BigDecimal(mwh)), co2ReducedTonnes, year, method);
  }
}
