package org.civicplan.governance;

import java.util.Objects;
import java.util.Optional;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.TextLength;

/**
 * An organisation that takes part in a strategy: responsible body, partner, member of a body.
 *
 * @param id unique among the organisations of a document
 * @param name the localized name
 * @param category what kind of organisation it is
 * @param contactRole the role of the contact person in the stakeholder registry (e.g. {@code
 *     "director"}, {@code "president"}); empty when unknown
 */
public record Organisation(OrganisationId id, @TextLength(max = 300) LocalizedText name, OrganisationCategory category,
    Optional<String> contactRole) {

  /**
   * An organisation with no contact role.
   *
   * @throws NullPointerException if an argument is null
   */
  public Organisation(OrganisationId id, LocalizedText name, OrganisationCategory category) {
    this(id, name, category, Optional.empty());
  }

  /**
   * @throws NullPointerException if an argument is null
   */
  public Organisation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(contactRole, "contactRole");
  }

  /** An organisation. */
  public static Organisation of(String id, LocalizedText name, OrganisationCategory category) {
    return new Organisation(OrganisationId.of(id), name, category);
  }

  /** A copy with this contact role. */
  public Organisation withContactRole(String role) {
    return new Organisation(id, name, category, Optional.of(role));
  }
}
