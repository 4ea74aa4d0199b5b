// SPDX-License-Identifier: Apache-2.0
package org.civicplan.strategy;

import java.util.Objects;
import org.civicplan.governance.OrganisationId;

/**
 * An organisation taking part in an action, with its role.
 *
 * @param organisation the organisation, declared in the document's organisations
 * @param role its role
 */
public record Partner(OrganisationId organisation, PartnerRole role) {

  /**
   * Creates an instance from its components.
   *
   * @param organisation the organisation, declared in the document's organisations
   * @param role its role
   * @throws NullPointerException if an argument is null
   */
  public Partner {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(role, "role");
  }

  /**
   * {@return a partner}
   *
   * @param organisationId the organisation's id
   * @param role its role
   */
  public static Partner of(String organisationId, PartnerRole role) {
    return new Partner(OrganisationId.of(organisationId), role);
  }
}
