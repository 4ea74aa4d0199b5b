// SPDX-License-Identifier: Apache-2.0
package org.civicplan.governance;

import java.util.Objects;
import java.util.Optional;

/**
 * How to reach an organisation in the stakeholder registry. A contact that names a person or gives
 * their own phone or e-mail is personal data and is marked so: reports and exports leave it out
 * unless the caller asks for it ({@code org.civicplan.report.PersonalData}).
 *
 * @param person the contact person's name, if any
 * @param email an e-mail address
 * @param phone a phone number
 * @param address a postal address
 * @param personalData whether this contact is personal data (a person's name, own phone or e-mail)
 */
public record Contact(
    Optional<String> person, Optional<String> email, Optional<String> phone, Optional<String> address,
    boolean personalData) {

  /**
   * Creates an instance from its components.
   *
   * @param person the contact person's name, if any
   * @param email an e-mail address
   * @param phone a phone number
   * @param address a postal address
   * @param personalData whether this contact is personal data
   * @throws NullPointerException if an argument is null
   */
  public Contact {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(phone, "phone");
    Objects.requireNonNull(address, "address");
  }
}
