// SPDX-License-Identifier: Apache-2.0
package org.civicplan.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.civicplan.governance.Consultation;
import org.civicplan.governance.DebateMinutes;
import org.civicplan.governance.NamedParticipant;
import org.civicplan.governance.Organisation;
import org.civicplan.governance.PublicDebate;
import org.civicplan.strategy.Strategy;

/**
 * Personal data in a strategy document, and a copy without it for exports and reports: contact
 * details marked as personal data ({@link org.civicplan.governance.Contact#personalData()}) and the
 * persons named in debate minutes. The reports of this package never show either; a caller that
 * exports a document outside the city hall passes it through {@link #without(Strategy)} unless it
 * means to publish them.
 */
public final class PersonalData {

  private PersonalData() {}

  /**
   * {@return a copy of {@code strategy} without personal contact details and without the persons
   * named in debate minutes (the counts by category stay)}
   *
   * @param strategy the strategy
   * @throws NullPointerException if {@code strategy} is null
   */
  public static Strategy without(Strategy strategy) {
    Objects.requireNonNull(strategy, "strategy");
    List<Organisation> organisations = strategy.organisations().stream().map(Organisation::withoutPersonalData).toList();
    List<Consultation> consultations = strategy.governance().consultations().stream().map(PersonalData::without).toList();
    return strategy.toBuilder().organisations(organisations)
        .governance(strategy.governance().withConsultations(consultations)).build();
  }

  /**
   * {@return whether {@code strategy} holds personal data that {@link #without(Strategy)} removes}
   *
   * @param strategy the strategy
   */
  public static boolean present(Strategy strategy) {
    return !without(strategy).equals(strategy);
  }

  private static Consultation without(Consultation c) {
    if (c.debate().isEmpty() || c.debate().get().minutes().isEmpty()) {
      return c;
    }
    PublicDebate d = c.debate().get();
    DebateMinutes m = d.minutes().get();
    List<NamedParticipant> none = List.of();
    PublicDebate anonymous = d.withMinutes(new DebateMinutes(m.link(), m.participants(), none, m.interventions()));
    return new Consultation(c.announcedOn(), c.proposalsUntil(), c.debateRequests(), Optional.of(anonymous),
        c.proposals(), c.closedOn());
  }
}
