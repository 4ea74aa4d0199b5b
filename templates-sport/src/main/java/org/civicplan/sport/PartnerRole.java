// SPDX-License-Identifier: Apache-2.0
package org.civicplan.sport;

import java.util.Objects;
import java.util.Set;
import org.civicplan.base.LocalizedText;
import org.civicplan.governance.OrganisationCategory;

/**
 * A row of the partner-role catalogue ({@code partner-roles.csv}): a sport partner role, its names,
 * and the organisation categories an organisation with that role may have.
 *
 * @param type the role
 * @param name its localized name
 * @param categories the organisation categories it fits
 */
record PartnerRole(PartnerType type, LocalizedText name, Set<OrganisationCategory> categories) {

  PartnerRole {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    categories = Set.copyOf(categories);
  }
}
