// SPDX-License-Identifier: Apache-2.0
package org.civicplan.governance;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The minutes (minuta) of a public debate on a draft, which Law 52/2003 asks the authority to
 * keep and publish (../shared/reference/DOMAIN.md §5, Law 52/2003 [2nd]): where it was held online,
 * who took part (counts by category; persons named only with their consent), and the positions and
 * proposals made with the answers given.
 *
 * @param link the online meeting link, when held online
 * @param participants how many took part, by category, in document order
 * @param named the persons named, each with their consent
 * @param interventions the positions and proposals made, in the order made
 */
public record DebateMinutes(
    Optional<String> link,
    List<ParticipantCount> participants,
    List<NamedParticipant> named,
    List<DebateIntervention> interventions) {

  /**
   * Creates an instance from its components.
   *
   * @param link the online meeting link, when held online
   * @param participants how many took part, by category
   * @param named the persons named
   * @param interventions the positions and proposals made
   * @throws NullPointerException if an argument or an element is null
   */
  public DebateMinutes {
    Objects.requireNonNull(link, "link");
    participants = List.copyOf(participants);
    named = List.copyOf(named);
    interventions = List.copyOf(interventions);
  }

  /**
   * {@return minutes of a debate held in person, with these participants and interventions and no
   * one named}
   *
   * @param participants how many took part, by category
   * @param interventions the positions and proposals made
   */
  public static DebateMinutes of(List<ParticipantCount> participants, List<DebateIntervention> interventions) {
    return new DebateMinutes(Optional.empty(), participants, List.of(), interventions);
  }

  /** {@return how many took part, all categories together} */
  public int participantTotal() {
    return participants.stream().mapToInt(ParticipantCount::count).sum();
  }
}
