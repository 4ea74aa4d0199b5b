// SPDX-License-Identifier: Apache-2.0
package org.civicplan.sport;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.civicplan.governance.OrganisationId;
import org.civicplan.strategy.Annex;

/**
 * The sport partners annex, kind {@value #KIND}: the organisations of the strategy that take part in
 * the city's sport, each typed by its role (club, federation, association, school, university,
 * public sport institution), with the sports it serves and, for clubs, its registered athletes.
 *
 * @param partners the partners
 */
public record SportPartners(List<Partner> partners) implements Annex {

  /** The annex kind. */
  public static final String KIND = "sport-partners";

  /**
   * Creates an instance from its components.
   *
   * @param partners the partners
   * @throws NullPointerException if the list or an element is null
   */
  public SportPartners {
    partners = List.copyOf(partners);
  }

  @Override
  public String kind() {
    return KIND;
  }

  /**
   * One partner.
   *
   * @param organisation the organisation, declared in the strategy's organisations
   * @param role its role in the city's sport
   * @param sports the sports it serves, as the city names them
   * @param athletes its registered athletes, if it has any and they are counted
   */
  public record Partner(OrganisationId organisation, PartnerType role, List<String> sports, Optional<Integer> athletes) {

    /**
     * Creates an instance from its components.
     *
     * @param organisation the organisation
     * @param role its role
     * @param sports the sports it serves
     * @param athletes its registered athletes, if counted
     * @throws NullPointerException if an argument or a list element is null
     * @throws IllegalArgumentException if the athletes are negative
     */
    public Partner {
      Objects.requireNonNull(organisation, "organisation");
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(athletes, "athletes");
      sports = List.copyOf(sports);
      if (athletes.filter(a -> a < 0).isPresent()) {
        throw new IllegalArgumentException(
            "athletes must not be negative but was " + athletes.get() + " (partner \"" + organisation.value() + "\")");
      }
    }
  }
}
