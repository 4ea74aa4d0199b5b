// SPDX-License-Identifier: Apache-2.0
package org.civicplan.strategy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * The municipality whose strategy a document is.
 *
 * <p>Its population is a series by year: {@code population} (the count a document states, as
 * documents always could) and {@code populationHistory} (more counts or estimates, one per year).
 * {@link #populationIn(int)} picks the count for a year, and per-capita and per-area values of
 * indicators ({@link org.civicplan.indicator.Indicator#normalisation()}) are computed with it and
 * with {@code areaKm2}.
 *
 * @param name the official name, e.g. {@code Timișoara}
 * @param country the ISO 3166-1 alpha-2 country code, upper case, e.g. {@code RO}
 * @param officialCode the official statistical code where the country has one (in Romania the
 *     SIRUTA code, e.g. {@code 155243} for Timișoara)
 * @param population the population and the year it was counted
 * @param populationHistory further counts or estimates, at most one per year and none in the year
 *     of {@code population}; may be empty
 * @param areaKm2 the area of the administrative territory in km², positive, if known
 */
public record Municipality(
    @Size(max = 200, message = "{org.civicplan.text.too-long}") String name, String country,
    Optional<@Size(max = 32, message = "{org.civicplan.text.too-long}") String> officialCode,
    Optional<@Valid Population> population,
    List<@Valid Population> populationHistory,
    Optional<BigDecimal> areaKm2) {

  /**
   * Creates an instance from its components.
   *
   * @param name the official name, e.g. {@code Timișoara}
   * @param country the ISO 3166-1 alpha-2 country code, upper case, e.g. {@code RO}
   * @param officialCode the official statistical code where the country has one (in Romania the
   *     SIRUTA code, e.g. {@code 155243} for Timișoara)
   * @param population the population and the year it was counted
   * @param populationHistory further counts or estimates, at most one per year and none in the
   *     year of {@code population}; may be empty
   * @param areaKm2 the area of the administrative territory in km², positive, if known
   * @throws NullPointerException if an argument or a count is null
   * @throws IllegalArgumentException if the name is blank, the country is not two upper-case
   *     letters, two counts share a year or the area is not positive
   */
  public Municipality {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(officialCode, "officialCode");
    Objects.requireNonNull(population, "population");
    populationHistory = List.copyOf(populationHistory);
    Objects.requireNonNull(areaKm2, "areaKm2");
    if (name.isBlank()) {
      throw new IllegalArgumentException("municipality name must not be blank");
    }
    if (!country.matches("[A-Z]{2}")) {
      throw new IllegalArgumentException(
          "country must be an ISO 3166-1 alpha-2 code such as RO but was \"" + country + "\"");
    }
    Set<Integer> years = new HashSet<>();
    population.ifPresent(p -> years.add(p.year()));
    for (Population p : populationHistory) {
      if (!years.add(p.year())) {
        throw new IllegalArgumentException(
            "the population of " + p.year() + " is given twice (municipality \"" + name + "\")");
      }
    }
    areaKm2.ifPresent(a -> {
      if (a.signum() <= 0) {
        throw new IllegalArgumentException(
            "area must be positive but was " + a.toPlainString() + " km² (municipality \"" + name + "\")");
      }
    });
  }

  /**
   * {@return a municipality with no official code and no population}
   *
   * @param name the official name, e.g. {@code Timișoara}
   * @param country the ISO 3166-1 alpha-2 country code, upper case, e.g. {@code RO}
   */
  public static Municipality of(String name, String country) {
    return new Municipality(name, country, Optional.empty(), Optional.empty(), List.of(), Optional.empty());
  }

  /**
   * {@return a copy with the official code set}
   *
   * @param code the official code, e.g. the SIRUTA code
   */
  public Municipality withOfficialCode(String code) {
    return new Municipality(name, country, Optional.of(code), population, populationHistory, areaKm2);
  }

  /**
   * {@return a copy with the population set}
   *
   * @param newPopulation the population of the copy
   * @throws IllegalArgumentException if the history has a count of the same year
   */
  public Municipality withPopulation(Population newPopulation) {
    return new Municipality(name, country, officialCode, Optional.of(newPopulation), populationHistory, areaKm2);
  }

  /**
   * {@return a copy with these further population counts}
   *
   * @param counts the counts or estimates, one per year, none in the year of {@link #population()}
   * @throws IllegalArgumentException if two counts share a year
   */
  public Municipality withPopulationHistory(List<Population> counts) {
    return new Municipality(name, country, officialCode, population, counts, areaKm2);
  }

  /**
   * {@return a copy with the area set}
   *
   * @param km2 the area in km², positive, e.g. {@code "130.5"}
   * @throws IllegalArgumentException if the area is not positive
   */
  public Municipality withAreaKm2(String km2) {
    return new Municipality(name, country, officialCode, population, populationHistory, Optional.of(new BigDecimal(km2)));
  }

  /** {@return every population count, {@link #population()} and the history, by year} */
  public List<Population> populations() {
    List<Population> all = new ArrayList<>(populationHistory);
    population.ifPresent(all::add);
    all.sort(Comparator.comparingInt(Population::year));
    return List.copyOf(all);
  }

  /**
   * {@return the population to use for {@code year}: the count of that year, else the latest count
   * before it, else the earliest count after it; empty when there is no count}
   *
   * @param year the year, e.g. the year of a measurement
   */
  public Optional<Population> populationIn(int year) {
    List<Population> all = populations();
    Optional<Population> before = all.stream().filter(p -> p.year() <= year).reduce((a, b) -> b);
    return before.isPresent() ? before : all.stream().findFirst();
  }
}
