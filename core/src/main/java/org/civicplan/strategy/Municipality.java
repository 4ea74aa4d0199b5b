package org.civicplan.strategy;

import java.util.Objects;
import java.util.Optional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * The municipality whose strategy a document is.
 *
 * @param name the official name, e.g. {@code Timișoara}
 * @param country the ISO 3166-1 alpha-2 country code, upper case, e.g. {@code RO}
 * @param officialCode the official statistical code where the country has one (in Romania the
 *     SIRUTA code, e.g. {@code 155243} for Timișoara)
 * @param population the population and the year it was counted
 */
public record Municipality(
    @Size(max = 200, message = "{org.civicplan.text.too-long}") String name, String country, Optional<@Size(max = 32, message = "{org.civicplan.text.too-long}") String> officialCode, Optional<@Valid Population> population) {

  /**
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the name is blank or the country is not two upper-case
   *     letters
   */
  public Municipality {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(officialCode, "officialCode");
    Objects.requireNonNull(population, "population");
    if (name.isBlank()) {
      throw new IllegalArgumentException("municipality name must not be blank");
    }
    if (!country.matches("[A-Z]{2}")) {
      throw new IllegalArgumentException(
          "country must be an ISO 3166-1 alpha-2 code such as RO but was \"" + country + "\"");
    }
  }

  /** A municipality with no official code and no population. */
  public static Municipality of(String name, String country) {
    return new Municipality(name, country, Optional.empty(), Optional.empty());
  }

  /** A copy with the official code set. */
  public Municipality withOfficialCode(String code) {
    return new Municipality(name, country, Optional.of(code), population);
  }

  /** A copy with the population set. */
  public Municipality withPopulation(Population newPopulation) {
    return new Municipality(name, country, officialCode, Optional.of(newPopulation));
  }
}
