package org.civicplan.governance;

import java.util.Objects;
import java.util.Optional;
import jakarta.validation.constraints.Size;

/**
 * A person in a governance body.
 *
 * @param name the person's name
 * @param role the role in the body
 * @param organisation the organisation the person represents
 */
public record Member(@Size(max = 200, message = "{org.civicplan.text.too-long}") String name, MemberRole role, Optional<OrganisationId> organisation) {

  /**
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the name is blank
   */
  public Member {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(organisation, "organisation");
    if (name.isBlank()) {
      throw new IllegalArgumentException("member name must not be blank");
    }
  }

  /** A member representing an organisation. */
  public static Member of(String name, MemberRole role, OrganisationId organisation) {
    return new Member(name, role, Optional.of(organisation));
  }
}
