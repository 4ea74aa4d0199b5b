// SPDX-License-Identifier: Apache-2.0
package org.civicplan.governance;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.civicplan.base.IdSyntax;

/**
 * An entry of the stakeholder engagement log: an invitation sent, or a meeting or workshop held,
 * with the organisations concerned, participants by category, topics and outcome.
 *
 * @param id unique among the entries of the log
 * @param kind invitation, meeting or workshop
 * @param date when it was sent or held
 * @param organisations the organisations invited (invitation) or that took part (meeting, workshop)
 * @param participants how many took part, by category (meetings and workshops)
 * @param topics what was discussed or what the invitation was about
 * @param outcome what came out of it, if recorded
 */
public record Engagement(
    String id,
    EngagementKind kind,
    LocalDate date,
    List<OrganisationId> organisations,
    List<ParticipantCount> participants,
    List<String> topics,
    Optional<String> outcome) {

  /**
   * Creates an instance from its components.
   *
   * @param id unique among the entries of the log
   * @param kind invitation, meeting or workshop
   * @param date when it was sent or held
   * @param organisations the organisations invited or that took part
   * @param participants how many took part, by category
   * @param topics the topics
   * @param outcome what came out of it
   * @throws NullPointerException if an argument or an element is null
   * @throws IllegalArgumentException if the id is not a valid id
   */
  public Engagement {
    IdSyntax.requireValid(id, "engagement");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(date, "date");
    organisations = List.copyOf(organisations);
    participants = List.copyOf(participants);
    topics = List.copyOf(topics);
    Objects.requireNonNull(outcome, "outcome");
  }
}
