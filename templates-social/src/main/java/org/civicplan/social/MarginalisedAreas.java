// SPDX-License-Identifier: Apache-2.0
package org.civicplan.social;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.EnumSet;

/**
 * The marginalised-areas annex, kind {@value #KIND}: the city's urban areas (districts or census
 * sectors) with their scores on the three dimensions of the World Bank 2014 Atlas of Urban
 * Marginalized Communities in Romania (human capital, employment, housing) and the dimensions on
 * which the Atlas, or the city's own study, classifies them disadvantaged. {@link AreaAnalysis}
 * classifies, ranks and relates them to the partnership projects of the strategy (core's {@link
 * org.civicplan.governance.PartnershipProject}, whose target areas are ids of this annex).
 *
 * @param source where the scores and classification come from
 * @param areas the areas
 */
public record MarginalisedAreas(String source, List<Area> areas) implements org.civicplan.strategy.Annex {

  /** The annex kind. */
  public static final String KIND = "marginalised-areas";

  /**
   * Creates an instance from its components.
   *
   * @param source where the scores and classification come from
   * @param areas the areas
   * @throws NullPointerException if an argument or a list element is null
   */
  public MarginalisedAreas {
    Objects.requireNonNull(source, "source");
    areas = List.copyOf(areas);
  }

  @Override
  public String kind() {
    return KIND;
  }

  /**
   * {@return the area {@code id}, if the annex has it}
   *
   * @param id the area's id
   */
  public Optional<Area> area(String id) {
    return areas.stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /**
   * An urban area with its deprivation scores: the higher a score, the more deprived the area on
   * that dimension.
   *
   * @param id the id projects name as target area, unique within the annex
   * @param name what the city calls it
   * @param district the district it lies in
   * @param population its inhabitants
   * @param humanCapital its score on human capital
   * @param employment its score on employment
   * @param housing its score on housing
   * @param disadvantaged the dimensions on which the source classifies it disadvantaged, in
   *     declaration order without repeats; used for a dimension whose threshold parameter is not set
   */
  public record Area(String id, String name, String district, int population, BigDecimal humanCapital,
      BigDecimal employment, BigDecimal housing, List<Dimension> disadvantaged) {

    /**
     * Creates an instance from its components.
     *
     * @param id the id projects name
     * @param name what the city calls it
     * @param district the district it lies in
     * @param population its inhabitants
     * @param humanCapital its score on human capital
     * @param employment its score on employment
     * @param housing its score on housing
     * @param disadvantaged the dimensions on which the source classifies it disadvantaged
     * @throws NullPointerException if an argument or an element is null
     * @throws IllegalArgumentException if the id is blank or the population negative
     */
    public Area {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(district, "district");
      Objects.requireNonNull(humanCapital, "humanCapital");
      Objects.requireNonNull(employment, "employment");
      Objects.requireNonNull(housing, "housing");
      disadvantaged = disadvantaged.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(disadvantaged));
      if (id.isBlank()) {
        throw new IllegalArgumentException("area id must not be blank");
      }
      if (population < 0) {
        throw new IllegalArgumentException("population must not be negative but was " + population + " (area \"" + id + "\")");
      }
    }

    /**
     * {@return the score on {@code dimension}}
     *
     * @param dimension the dimension
     */
    public BigDecimal score(Dimension dimension) {
      return switch (dimension) {
        case HUMAN_CAPITAL -> humanCapital;
        case EMPLOYMENT -> employment;
        case HOUSING -> housing;
      };
    }
  }
}
