// SPDX-License-Identifier: Apache-2.0
package org.civicplan.climate;

import java.math.BigDecimal;
import java.util.Objects;
import org.civicplan.base.PlanDate;

/**
 * The emissions a business-as-usual scenario projects for a year: what the territory would emit
 * without the action plan.
 *
 * @param year the year
 * @param tonnesCo2 the projected t CO2 of the inventory scope, exact and not negative
 * @param source how the projection was made
 */
public record ProjectedEmissions(int year, BigDecimal tonnesCo2, String source) {

  /**
   * Creates an instance from its components.
   *
   * @param year the year
   * @param tonnesCo2 the projected t CO2 of the inventory scope, exact and not negative
   * @param source how the projection was made
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the year is out of range or the emissions are negative
   */
  public ProjectedEmissions {
    Objects.requireNonNull(tonnesCo2, "tonnesCo2");
    Objects.requireNonNull(source, "source");
    PlanDate.ofYear(year);
    tonnesCo2 = Decimals.nonNegative(tonnesCo2, "business-as-usual emissions (t CO2) of " + year);
  }
}
