// SPDX-License-Identifier: Apache-2.0
package org.civicplan.governance;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A position or proposal made at a public debate, with the answer given, linked to the written
 * proposals of the consultation it concerns (by their ids; a link to no proposal is reported by a
 * rule).
 *
 * @param category the kind of participant who spoke
 * @param organisation the organisation they spoke for, if declared
 * @param position what was said or proposed
 * @param answer the answer given at the debate, if any
 * @param proposals the ids of the consultation's proposals it concerns
 */
public record DebateIntervention(
    OrganisationCategory category,
    Optional<OrganisationId> organisation,
    String position,
    Optional<String> answer,
    List<String> proposals) {

  /**
   * Creates an instance from its components.
   *
   * @param category the kind of participant who spoke
   * @param organisation the organisation they spoke for, if declared
   * @param position what was said or proposed
   * @param answer the answer given at the debate, if any
   * @param proposals the ids of the consultation's proposals it concerns
   * @throws NullPointerException if an argument or an id is null
   * @throws IllegalArgumentException if the position is blank
   */
  public DebateIntervention {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(answer, "answer");
    proposals = List.copyOf(proposals);
    if (position.isBlank()) {
      throw new IllegalArgumentException("position of a debate intervention must not be blank");
    }
  }
}
