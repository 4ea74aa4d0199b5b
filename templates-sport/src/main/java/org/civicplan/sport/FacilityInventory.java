// SPDX-License-Identifier: Apache-2.0
package org.civicplan.sport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.civicplan.base.Money;
import org.civicplan.governance.OrganisationId;
import org.civicplan.strategy.Annex;
import org.civicplan.strategy.Location;

/**
 * The sport facility inventory annex, kind {@value #KIND}: the city's sport facilities (public,
 * school and club ones the residents use) and the population of its districts, from which {@link
 * Provision} computes the facilities per 10,000 inhabitants by type and district against the
 * city's targets.
 *
 * @param date the day the inventory describes, if recorded
 * @param districts the districts and their inhabitants, in the order the city lists them
 * @param facilities the facilities
 */
public record FacilityInventory(Optional<LocalDate> date, List<District> districts, List<Facility> facilities)
    implements Annex {

  /** The annex kind. */
  public static final String KIND = "facility-inventory";

  /** Divisions keep this many decimal places (half-even): utilisation, costs per user-hour, provision. */
  static final int SCALE = 6;

  /**
   * Creates an instance from its components.
   *
   * @param date the day the inventory describes, if recorded
   * @param districts the districts and their inhabitants
   * @param facilities the facilities
   * @throws NullPointerException if an argument or a list element is null
   */
  public FacilityInventory {
    Objects.requireNonNull(date, "date");
    districts = List.copyOf(districts);
    facilities = List.copyOf(facilities);
  }

  @Override
  public String kind() {
    return KIND;
  }

  /**
   * {@return the facility with id {@code id}, if any (the first when ids repeat)}
   *
   * @param id the facility id
   */
  public Optional<Facility> facility(String id) {
    return facilities.stream().filter(f -> f.id().equals(id)).findFirst();
  }

  /**
   * {@return the share of available hours used over all facilities, {@code Σ used / Σ available},
   * to {@value #SCALE} decimal places; empty when no hours are available}
   */
  public Optional<BigDecimal> utilisation() {
    BigDecimal used = BigDecimal.ZERO;
    BigDecimal available = BigDecimal.ZERO;
    for (Facility f : facilities) {
      used = used.add(f.hoursUsed());
      available = available.add(f.hoursAvailable());
    }
    return available.signum() == 0 ? Optional.empty() : Optional.of(used.divide(available, SCALE, RoundingMode.HALF_EVEN));
  }

  /**
   * A district of the city and its inhabitants: the unit the provision is computed for.
   *
   * @param name the district's name, as facilities' locations write it
   * @param inhabitants its resident population, positive
   */
  public record District(String name, long inhabitants) {

    /**
     * Creates an instance from its components.
     *
     * @param name the district's name
     * @param inhabitants its resident population
     * @throws NullPointerException if the name is null
     * @throws IllegalArgumentException if the name is blank or the population not positive
     */
    public District {
      Objects.requireNonNull(name, "name");
      if (name.isBlank()) {
        throw new IllegalArgumentException("district name must not be blank");
      }
      if (inhabitants <= 0) {
        throw new IllegalArgumentException("inhabitants must be positive but was " + inhabitants + " (district \"" + name + "\")");
      }
    }
  }

  /**
   * One sport facility.
   *
   * <p>The condition is graded on the template's scale ({@code conditions.csv}): 1 unusable, 2
   * poor, 3 fair, 4 good, 5 very good.
   *
   * @param id the facility's id, unique within the inventory
   * @param name what the city calls it, e.g. "Sala Polivalentă Nord"
   * @param type what it is
   * @param location its address, district and coordinates; the district names one of the inventory's
   * @param owner who owns it, an organisation of the strategy
   * @param operator who runs it, if not the owner
   * @param condition its condition, 1 (unusable) to 5 (very good)
   * @param capacity how many people can use it at once, not counting spectators; zero if not recorded
   * @param hoursAvailable hours a typical week it is open for use, in [0, 168]
   * @param hoursUsed hours a typical week it is booked or used, in [0, hoursAvailable]
   * @param usersPerHour average number of people using it during a used hour, if counted
   * @param sports the sports it serves, as the city names them
   * @param accessibilityAudit the id of an accessibility audit of it (an {@code accessibility-audit}
   *     annex, when the accessibility template is installed); never required
   * @param energyMwh its yearly energy use in MWh, if metered
   * @param operatingCost its yearly operating cost, if known
   */
  public record Facility(
      String id,
      String name,
      FacilityType type,
      Location location,
      OrganisationId owner,
      Optional<OrganisationId> operator,
      int condition,
      int capacity,
      BigDecimal hoursAvailable,
      BigDecimal hoursUsed,
      Optional<BigDecimal> usersPerHour,
      List<String> sports,
      Optional<String> accessibilityAudit,
      Optional<BigDecimal> energyMwh,
      Optional<Money> operatingCost) {

    /** The hours of a week. */
    static final BigDecimal WEEK_HOURS = BigDecimal.valueOf(168);

    /**
     * Creates an instance from its components.
     *
     * @param id the facility's id
     * @param name what the city calls it
     * @param type what it is
     * @param location its address, district and coordinates
     * @param owner who owns it
     * @param operator who runs it, if not the owner
     * @param condition its condition, 1 to 5
     * @param capacity how many people can use it at once
     * @param hoursAvailable hours a week it is open for use
     * @param hoursUsed hours a week it is used
     * @param usersPerHour average users during a used hour, if counted
     * @param sports the sports it serves
     * @param accessibilityAudit the id of an accessibility audit of it, if any
     * @param energyMwh its yearly energy use in MWh, if metered
     * @param operatingCost its yearly operating cost, if known
     * @throws NullPointerException if an argument or a list element is null
     * @throws IllegalArgumentException if the id or name is blank, the condition is not in [1, 5],
     *     the capacity, hours, users, energy or cost are negative, or more than 168 hours a week
     *     are available; each message names the facility and the value
     */
    public Facility {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(location, "location");
      Objects.requireNonNull(owner, "owner");
      Objects.requireNonNull(operator, "operator");
      Objects.requireNonNull(hoursAvailable, "hoursAvailable");
      Objects.requireNonNull(hoursUsed, "hoursUsed");
      Objects.requireNonNull(usersPerHour, "usersPerHour");
      Objects.requireNonNull(accessibilityAudit, "accessibilityAudit");
      Objects.requireNonNull(energyMwh, "energyMwh");
      Objects.requireNonNull(operatingCost, "operatingCost");
      if (id.isBlank() || name.isBlank()) {
        throw new IllegalArgumentException("facility id and name must not be blank (facility \"" + id + "\")");
      }
      if (condition < 1 || condition > 5) {
        throw new IllegalArgumentException("condition must be in [1, 5] but was " + condition + " (facility \"" + id + "\")");
      }
      if (capacity < 0) {
        throw new IllegalArgumentException("capacity must not be negative but was " + capacity + " (facility \"" + id + "\")");
      }
      if (hoursAvailable.signum() < 0 || hoursAvailable.compareTo(WEEK_HOURS) > 0) {
        throw new IllegalArgumentException(
            "hours available must be in [0, 168] but was " + hoursAvailable + " (facility \"" + id + "\")");
      }
      if (hoursUsed.signum() < 0) {
        throw new IllegalArgumentException("hours used must not be negative but was " + hoursUsed + " (facility \"" + id + "\")");
      }
      if (usersPerHour.filter(u -> u.signum() < 0).isPresent() || energyMwh.filter(e -> e.signum() < 0).isPresent()
          || operatingCost.filter(Money::isNegative).isPresent()) {
        throw new IllegalArgumentException("users per hour, energy and operating cost must not be negative (facility \""
            + id + "\": " + usersPerHour.orElse(null) + ", " + energyMwh.orElse(null) + ", " + operatingCost.orElse(null) + ")");
      }
      sports = List.copyOf(sports);
    }

    /** {@return the district of its location, if recorded} */
    public Optional<String> district() {
      return location.district();
    }

    /**
     * {@return the share of its available hours that are used, {@code hoursUsed / hoursAvailable},
     * to {@value FacilityInventory#SCALE} decimal places; empty when no hours are available}
     */
    public Optional<BigDecimal> utilisation() {
      return hoursAvailable.signum() == 0
          ? Optional.empty()
          : Optional.of(hoursUsed.divide(hoursAvailable, SCALE, RoundingMode.HALF_EVEN));
    }

    /**
     * {@return the user-hours of a year: {@code hoursUsed × usersPerHour × weeksPerYear}; empty when
     * the users per hour are not counted}
     *
     * @param weeksPerYear the weeks a year the weekly hours count for (parameter {@code
     *     facility.weeks-per-year})
     * @throws IllegalArgumentException if {@code weeksPerYear} is not positive
     */
    public Optional<BigDecimal> userHoursPerYear(int weeksPerYear) {
      if (weeksPerYear <= 0) {
        throw new IllegalArgumentException("weeks per year must be positive but was " + weeksPerYear);
      }
      return usersPerHour.map(u -> hoursUsed.multiply(u).multiply(BigDecimal.valueOf(weeksPerYear)));
    }

    /**
     * {@return the yearly operating cost per user-hour, {@code operatingCost / userHoursPerYear},
     * to {@value FacilityInventory#SCALE} decimal places, in the cost's currency; empty when the
     * cost or the users are not known, or no user-hour is recorded}
     *
     * @param weeksPerYear the weeks a year the weekly hours count for
     * @throws IllegalArgumentException if {@code weeksPerYear} is not positive
     */
    public Optional<Money> costPerUserHour(int weeksPerYear) {
      Optional<BigDecimal> hours = userHoursPerYear(weeksPerYear).filter(h -> h.signum() > 0);
      if (hours.isEmpty() || operatingCost.isEmpty()) {
        return Optional.empty();
      }
      Money cost = operatingCost.get();
      return Optional.of(Money.of(cost.amount().divide(hours.get(), SCALE, RoundingMode.HALF_EVEN), cost.currency()));
    }
  }
}
