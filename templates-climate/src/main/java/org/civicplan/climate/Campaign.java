package org.civicplan.climate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.civicplan.governance.OrganisationId;
import org.civicplan.indicator.IndicatorId;
import org.civicplan.base.IdSyntax;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.PlanDate;

/**
 * One awareness campaign.
 *
 * @param id unique among the campaigns of the annex
 * @param title the localized title
 * @param topic what it is about
 * @param audiences whom it addresses
 * @param channels how it reaches them
 * @param start when it starts
 * @param end when it ends
 * @param partners organisations of the strategy that take part
 * @param plannedParticipants how many people it should reach
 * @param reachedParticipants how many people it reached so far
 * @param reachIndicator the strategy indicator reporting its reach
 */
public record Campaign(
    String id,
    LocalizedText title,
    Topic topic,
    List<Audience> audiences,
    List<Channel> channels,
    Optional<PlanDate> start,
    Optional<PlanDate> end,
    List<OrganisationId> partners,
    Optional<Long> plannedParticipants,
    Optional<Long> reachedParticipants,
    Optional<IndicatorId> reachIndicator) {

  /** What a campaign is about. */
  public enum Topic {
    /** The effects of climate change in daily life (heat, floods, health). */
    CLIMATE_EFFECTS_DAILY_LIFE,
    /** The importance of green spaces. */
    GREEN_SPACES,
    /** Saving energy at home and at work. */
    ENERGY_SAVING,
    /** Walking, cycling and public transport. */
    SUSTAINABLE_MOBILITY,
    /** What to do in heat waves, floods and storms. */
    EMERGENCY_PREPAREDNESS,
    /** Waste prevention and recycling. */
    WASTE,
    /** Water saving. */
    WATER,
    /** Another topic, named in the title. */
    OTHER
  }

  /** Whom a campaign addresses. */
  public enum Audience {
    /** Everyone. */
    GENERAL_PUBLIC,
    /** Pupils and teachers. */
    SCHOOLS,
    /** University students. */
    STUDENTS,
    /** Older persons. */
    SENIORS,
    /** Groups vulnerable to climate hazards or energy poverty. */
    VULNERABLE_GROUPS,
    /** Businesses. */
    BUSINESSES,
    /** Staff of public institutions. */
    PUBLIC_STAFF,
    /** Homeowners' associations. */
    HOMEOWNERS_ASSOCIATIONS,
    /** Another audience. */
    OTHER
  }

  /** How a campaign reaches its audience. */
  public enum Channel {
    /** Public events. */
    EVENTS,
    /** Workshops and training. */
    WORKSHOPS,
    /** School activities. */
    SCHOOL_ACTIVITIES,
    /** Social media. */
    SOCIAL_MEDIA,
    /** The city's website. */
    WEBSITE,
    /** Leaflets, posters, billboards. */
    PRINT,
    /** Radio and television. */
    BROADCAST,
    /** Another channel. */
    OTHER
  }

  /**
   * @throws NullPointerException if an argument or a list element is null
   * @throws IllegalArgumentException if the id is invalid or a participant count is negative
   */
  public Campaign {
    IdSyntax.requireValid(id, "campaign");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(topic, "topic");
    audiences = List.copyOf(audiences);
    channels = List.copyOf(channels);
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    partners = List.copyOf(partners);
    Objects.requireNonNull(plannedParticipants, "plannedParticipants");
    Objects.requireNonNull(reachedParticipants, "reachedParticipants");
    plannedParticipants.ifPresent(n -> Decimals.nonNegative(n, "planned participants of campaign " + id));
    reachedParticipants.ifPresent(n -> Decimals.nonNegative(n, "reached participants of campaign " + id));
    Objects.requireNonNull(reachIndicator, "reachIndicator");
  }

  /**
   * The share of the planned participants reached, in percent, rounded half-even to 2 decimals;
   * empty unless both counts are known and the planned count is positive.
   */
  public Optional<BigDecimal> reachPercent() {
    if (plannedParticipants.isEmpty() || reachedParticipants.isEmpty() || plannedParticipants.get() == 0) {
      return Optional.empty();
    }
    return Optional.of(
        Decimals.normalise(
            BigDecimal.valueOf(reachedParticipants.get())
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(plannedParticipants.get()), 2, RoundingMode.HALF_EVEN)));
  }
}
