// SPDX-License-Identifier: Apache-2.0
package org.civicplan.climate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.civicplan.strategy.Annex;
import org.civicplan.base.PlanDate;

/**
 * The green space annex, kind {@value #KIND}: public green area and population by district, and
 * how many residents live within a given distance of a public green space of a given size.
 *
 * <p>The access figures follow the accessibility indicator proposed by the WHO Regional Office for
 * Europe (<i>Urban green spaces and health – a review of evidence</i>, 2016): residents within
 * 300 m (straight line) of a public green space of at least 0.5 ha. The distance and size the
 * city's analysis used are recorded here ({@link #accessDistanceMetres()}, {@link
 * #accessMinAreaHectares()}) and compared with the template parameters {@code
 * green-space.access.distance-m} and {@code green-space.access.min-area-ha}. There is deliberately
 * no rule on m² per inhabitant: the often-quoted "WHO minimum of 9 m²" has no WHO source
 * (DOMAIN.md §1.9).
 *
 * @param year the year the figures describe
 * @param accessDistanceMetres the distance the access count used, in metres
 * @param accessMinAreaHectares the minimum green space size the access count used, in hectares
 * @param districts the figures per district
 */
public record GreenSpace(
    int year, BigDecimal accessDistanceMetres, BigDecimal accessMinAreaHectares, List<District> districts)
    implements Annex {

  /** The annex kind. */
  public static final String KIND = "green-space";

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal M2_PER_HA = BigDecimal.valueOf(10_000);

  /**
   * Figures of one district.
   *
   * @param name the district's name
   * @param population its residents
   * @param greenAreaM2 its public green area in m², exact
   * @param residentsWithAccess residents within the access distance of a green space of the access
   *     size, if analysed
   */
  public record District(String name, long population, BigDecimal greenAreaM2, Optional<Long> residentsWithAccess) {

    /**
     * Creates an instance from its components.
     *
     * @param name the district's name
     * @param population its residents
     * @param greenAreaM2 its public green area in m², exact
     * @param residentsWithAccess residents within the access distance of a green space of the
     *     access size, if analysed
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the name is blank or a number is negative
     */
    public District {
      Objects.requireNonNull(name, "name");
      if (name.isBlank()) {
        throw new IllegalArgumentException("district name must not be blank");
      }
      Decimals.nonNegative(population, "population of district " + name);
      greenAreaM2 = Decimals.nonNegative(greenAreaM2, "green area (m²) of district " + name);
      Objects.requireNonNull(residentsWithAccess, "residentsWithAccess");
      residentsWithAccess.ifPresent(n -> Decimals.nonNegative(n, "residents with access of district " + name));
    }

    /**
     * {@return the green area per inhabitant in m², rounded half-even to 2 decimals; empty with no
     * residents}
     */
    public Optional<BigDecimal> areaPerInhabitant() {
      return perInhabitant(greenAreaM2, population);
    }
  }

  /**
   * Creates an instance from its components.
   *
   * @param year the year the figures describe
   * @param accessDistanceMetres the distance the access count used, in metres
   * @param accessMinAreaHectares the minimum green space size the access count used, in hectares
   * @param districts the figures per district
   * @throws NullPointerException if an argument or a district is null
   * @throws IllegalArgumentException if the year is out of range or the access criteria are negative
   */
  public GreenSpace {
    Objects.requireNonNull(accessDistanceMetres, "accessDistanceMetres");
    Objects.requireNonNull(accessMinAreaHectares, "accessMinAreaHectares");
    Objects.requireNonNull(districts, "districts");
    PlanDate.ofYear(year);
    accessDistanceMetres = Decimals.nonNegative(accessDistanceMetres, "access distance (m)");
    accessMinAreaHectares = Decimals.nonNegative(accessMinAreaHectares, "access minimum area (ha)");
    districts = List.copyOf(districts);
  }

  @Override
  public String kind() {
    return KIND;
  }

  /** {@return the residents of all districts} */
  public long population() {
    return districts.stream().mapToLong(District::population).sum();
  }

  /** {@return the green area of all districts in m², exact} */
  public BigDecimal greenAreaM2() {
    return Decimals.normalise(districts.stream().map(District::greenAreaM2).reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  /**
   * {@return the green area per inhabitant in m², rounded half-even to 2 decimals; empty with no
   * residents}
   */
  public Optional<BigDecimal> areaPerInhabitant() {
    return perInhabitant(greenAreaM2(), population());
  }

  /**
   * Green area in hectares per 100 000 inhabitants (ISO 37120 indicator 19.1, catalogue {@code
   * CLI-10}), rounded half-even to 2 decimals; empty with no residents.
   *
   * @return the green area in hectares per 100 000 inhabitants, rounded half-even to 2 decimals;
   *     empty with no residents
   */
  public Optional<BigDecimal> hectaresPer100000() {
    long population = population();
    if (population == 0) {
      return Optional.empty();
    }
    return Optional.of(
        Decimals.normalise(
            greenAreaM2().multiply(BigDecimal.valueOf(100_000))
                .divide(M2_PER_HA.multiply(BigDecimal.valueOf(population)), 2, RoundingMode.HALF_EVEN)));
  }

  /**
   * {@return the share of residents with access, in percent (catalogue {@code CLI-12}), rounded
   * half-even to 2 decimals, over the districts whose access was analysed; empty when none was or
   * they have no residents}
   */
  public Optional<BigDecimal> accessSharePercent() {
    long residents = 0;
    long withAccess = 0;
    for (District d : districts) {
      if (d.residentsWithAccess().isPresent()) {
        residents += d.population();
        withAccess += d.residentsWithAccess().get();
      }
    }
    if (residents == 0) {
      return Optional.empty();
    }
    return Optional.of(
        Decimals.normalise(
            BigDecimal.valueOf(withAccess).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(residents), 2, RoundingMode.HALF_EVEN)));
  }

  /**
   * {@return a copy with these districts}
   *
   * @param newDistricts the districts of the copy
   */
  public GreenSpace withDistricts(List<District> newDistricts) {
    return new GreenSpace(year, accessDistanceMetres, accessMinAreaHectares, newDistricts);
  }

  private static Optional<BigDecimal> perInhabitant(BigDecimal area, long population) {
    if (population == 0) {
      return Optional.empty();
    }
    return Optional.of(
        Decimals.normalise(area.divide(BigDecimal.valueOf(population), 2, RoundingMode.HALF_EVEN)));
  }
}
