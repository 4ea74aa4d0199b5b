// SPDX-License-Identifier: Apache-2.0
package org.civicplan.report;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.civicplan.governance.Consultation;
import org.civicplan.governance.DebateMinutes;
import org.civicplan.governance.Engagement;
import org.civicplan.governance.Organisation;
import org.civicplan.governance.OrganisationCategory;
import org.civicplan.governance.OrganisationId;
import org.civicplan.governance.ParticipantCount;
import org.civicplan.governance.Proposal;
import org.civicplan.strategy.Strategy;

/**
 * Which stakeholder categories a public consultation reached, and which it only invited: the
 * answer to "which categories were reached in this consultation?".
 *
 * <p>A category is <em>reached</em> when, from the announcement to the close of the consultation
 * (to today's end of the log while it is open), an organisation of that category took part in a
 * meeting or workshop of the engagement log, participants of that category were counted there or
 * in the minutes of the consultation's public debate, or an organisation of that category sent a
 * written proposal. It is <em>invited</em> when an organisation of that category was sent an
 * invitation in that period. Organisations the document does not list are left out (a rule
 * reports them).
 *
 * @param reached the categories reached, in declaration order
 * @param invited the categories invited, in declaration order
 */
public record EngagementCoverage(Set<OrganisationCategory> reached, Set<OrganisationCategory> invited) {

  /**
   * Creates an instance from its components.
   *
   * @param reached the categories reached
   * @param invited the categories invited
   * @throws NullPointerException if an argument or an element is null
   */
  public EngagementCoverage {
    reached = copy(reached);
    invited = copy(invited);
  }

  /**
   * {@return the coverage of {@code consultation}, one of {@code strategy}'s consultations}
   *
   * @param strategy the strategy, for its organisations and engagement log
   * @param consultation the consultation
   * @throws NullPointerException if an argument is null
   */
  public static EngagementCoverage of(Strategy strategy, Consultation consultation) {
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(consultation, "consultation");
    Map<OrganisationId, OrganisationCategory> categories = new HashMap<>();
    for (Organisation o : strategy.organisations()) {
      categories.put(o.id(), o.category());
    }
    LocalDate from = consultation.announcedOn();
    Optional<LocalDate> until = consultation.closedOn();
    Set<OrganisationCategory> reached = EnumSet.noneOf(OrganisationCategory.class);
    Set<OrganisationCategory> invited = EnumSet.noneOf(OrganisationCategory.class);
    for (Engagement e : strategy.governance().engagements()) {
      if (e.date().isBefore(from) || until.map(e.date()::isAfter).orElse(false)) {
        continue;
      }
      Set<OrganisationCategory> into = e.kind().reaches() ? reached : invited;
      e.organisations().stream().map(categories::get).filter(Objects::nonNull).forEach(into::add);
      if (e.kind().reaches()) {
        e.participants().stream().filter(p -> p.count() > 0).map(ParticipantCount::category).forEach(reached::add);
      }
    }
    consultation.debate().flatMap(d -> d.minutes()).map(DebateMinutes::participants).ifPresent(
        counts -> counts.stream().filter(p -> p.count() > 0).map(ParticipantCount::category).forEach(reached::add));
    for (Proposal p : consultation.proposals()) {
      p.organisation().map(categories::get).ifPresent(reached::add);
    }
    return new EngagementCoverage(reached, invited);
  }

  /**
   * {@return the categories of {@code required} not reached, in declaration order}
   *
   * @param required the categories that must be reached
   */
  public Set<OrganisationCategory> missing(Set<OrganisationCategory> required) {
    Set<OrganisationCategory> missing = EnumSet.noneOf(OrganisationCategory.class);
    missing.addAll(required);
    missing.removeAll(reached);
    return Collections.unmodifiableSet(missing);
  }

  private static Set<OrganisationCategory> copy(Set<OrganisationCategory> set) {
    Set<OrganisationCategory> out = EnumSet.noneOf(OrganisationCategory.class);
    set.forEach(c -> out.add(Objects.requireNonNull(c, "category")));
    return Collections.unmodifiableSet(out);
  }
}
