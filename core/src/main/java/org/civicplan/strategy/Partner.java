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
   * @throws NullPointerException if an argument is null
   */
  public Partner {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(role, "role");
  }

  /** A partner. */
  public static Partner of(String organisationId, PartnerRole role) {
    return new Partner(OrganisationId.of(organisationId), role);
  }
}
