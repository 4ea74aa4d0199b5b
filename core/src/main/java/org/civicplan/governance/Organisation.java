// SPDX-License-Identifier: Apache-2.0
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
 * @param contact how to reach it; personal data when so marked, left out of reports and exports
 *     unless asked for
 */
public record Organisation(OrganisationId id, @TextLength(max = 300) LocalizedText name, OrganisationCategory category,
    Optional<String> contactRole, Optional<Contact> contact) {

  /**
   * An organisation with no contact role.
   *
   * @param id unique among the organisations of a document
   * @param name the localized name
   * @param category what kind of organisation it is
   * @throws NullPointerException if an argument is null
   */
  public Organisation(OrganisationId id, LocalizedText name, OrganisationCategory category) {
    this(id, name, category, Optional.empty(), Optional.empty());
  }

  /**
   * Creates an instance from its components.
   *
   * @param id unique among the organisations of a document
   * @param name the localized name
   * @param category what kind of organisation it is
   * @param contactRole the role of the contact person in the stakeholder registry (e.g. {@code
   *     "director"}, {@code "president"}); empty when unknown
   * @param contact how to reach it
   * @throws NullPointerException if an argument is null
   */
  public Organisation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(contactRole, "contactRole");
    Objects.requireNonNull(contact, "contact");
  }


  /**
   * {@return an organisation}
   *
   * @param id unique among the organisations of a document
   * @param name the localized name
   * @param category what kind of organisation it is
   */
  public static Organisation of(String id, LocalizedText name, OrganisationCategory category) {
    return new Organisation(OrganisationId.of(id), name, category);
  }

  /**
   * {@return a copy with this contact role}
   *
   * @param role the contact person's role
   */
  public Organisation withContactRole(String role) {
    return new Organisation(id, name, category, Optional.of(role), contact);
  }

  /**
   * {@return a copy with these contact details}
   *
   * @param newContact how to reach it
   */
  public Organisation withContact(Contact newContact) {
    return new Organisation(id, name, category, contactRole, Optional.of(newContact));
  }

  /** {@return a copy without contact details that are personal data} */
  public Organisation withoutPersonalData() {
    return contact.filter(Contact::personalData).isPresent()
        ? new Organisation(id, name, category, contactRole, Optional.empty())
        : this;
  }
}
