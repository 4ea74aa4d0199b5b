// SPDX-License-Identifier: Apache-2.0
package org.civicplan.governance;

import java.util.Objects;
import java.util.Optional;

/**
 * A person named in the minutes of a public debate. A name is personal data: the minutes may name a
 * person only with their consent, and a rule reports a name recorded without it.
 *
 * @param name the person's name
 * @param organisation the organisation they spoke for, if any
 * @param consent whether they agreed to be named
 */
public record NamedParticipant(String name, Optional<OrganisationId> organisation, boolean consent) {

  /**
   * Creates an instance from its components.
   *
   * @param name the person's name
   * @param organisation the organisation they spoke for, if any
   * @param consent whether they agreed to be named
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the name is blank
   */
  public NamedParticipant {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(organisation, "organisation");
    if (name.isBlank()) {
      throw new IllegalArgumentException("participant name must not be blank");
    }
  }
}
