// SPDX-License-Identifier: Apache-2.0
package org.civicplan.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.civicplan.base.LocalizedText;
import org.civicplan.calendar.DayCount;
import org.civicplan.calendar.Deadline;
import org.civicplan.calendar.WorkingDays;
import org.civicplan.template.Parameters;

/**
 * The terms a public consultation is checked against. They are parameters, not constants, because
 * a city may follow a newer law or its own rules, and every term says whether it counts working or
 * calendar days.
 *
 * <ul>
 *   <li>{@code announcementDays} (parameter {@value #ANNOUNCEMENT_DAYS}, default 30) counted in
 *       {@code announcementCount} (parameter {@value #ANNOUNCEMENT_COUNT}, default {@code
 *       working}): the announcement of a draft normative act is made at least 30 working days
 *       before it is submitted for endorsement or adoption (Law 52/2003 on decisional transparency,
 *       republished MO 749/3 Dec 2013, art. 7(2), quoted with "zile lucrătoare" by two
 *       independent secondary sources [2nd]; an older guide, expertforum.ro "ghidul alesului
 *       local", says 30 days: set {@code calendar} to follow it).
 *   <li>{@code proposalDays} (parameter {@value #PROPOSAL_DAYS}, default 10) counted in {@code
 *       proposalCount} (parameter {@value #PROPOSAL_COUNT}, default {@code calendar}): the period
 *       for written proposals (art. 7(4) [2nd]; practice examples use 10 days: DGASPC Gorj,
 *       primaria-bilca.ro); the minimum in the legal text is not verified, so a shorter period is
 *       only a warning.
 *   <li>{@code calendar}: the working days, by default Romania's ({@link WorkingDays#romania()});
 *       a city adds its own days off with {@link WorkingDays#withDaysOff}.
 * </ul>
 *
 * <p>Counting follows {@link org.civicplan.calendar}: the day of the announcement is not counted.
 * Source: ../shared/reference/DOMAIN.md §5, "Update (Dec 2026): working days".
 *
 * @param announcementDays minimum days from announcement to submission, at least 0
 * @param announcementCount whether {@code announcementDays} are working or calendar days
 * @param proposalDays minimum days for written proposals, at least 0
 * @param proposalCount whether {@code proposalDays} are working or calendar days
 * @param calendar the working days the terms are counted on
 */
public record ConsultationTerms(
    int announcementDays, DayCount announcementCount, int proposalDays, DayCount proposalCount, WorkingDays calendar) {

  /** Parameter name of {@link #announcementDays()}. */
  public static final String ANNOUNCEMENT_DAYS = "governance.consultation.announcement-days";

  /** Parameter name of {@link #announcementCount()}: {@code working} or {@code calendar}. */
  public static final String ANNOUNCEMENT_COUNT = "governance.consultation.announcement-count";

  /** Parameter name of {@link #proposalDays()}. */
  public static final String PROPOSAL_DAYS = "governance.consultation.proposal-days";

  /** Parameter name of {@link #proposalCount()}: {@code working} or {@code calendar}. */
  public static final String PROPOSAL_COUNT = "governance.consultation.proposal-count";

  private static final ConsultationTerms STANDARD =
      new ConsultationTerms(30, DayCount.WORKING, 10, DayCount.CALENDAR, WorkingDays.romania());

  /**
   * Creates an instance from its components.
   *
   * @param announcementDays minimum days from announcement to submission, at least 0
   * @param announcementCount whether they are working or calendar days
   * @param proposalDays minimum days for written proposals, at least 0
   * @param proposalCount whether they are working or calendar days
   * @param calendar the working days the terms are counted on
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a number is negative
   */
  public ConsultationTerms {
    Objects.requireNonNull(announcementCount, "announcementCount");
    Objects.requireNonNull(proposalCount, "proposalCount");
    Objects.requireNonNull(calendar, "calendar");
    if (announcementDays < 0) {
      throw new IllegalArgumentException("announcement days must be >= 0 but was " + announcementDays);
    }
    if (proposalDays < 0) {
      throw new IllegalArgumentException("proposal days must be >= 0 but was " + proposalDays);
    }
  }

  /**
   * Terms of {@code announcementDays} working days before submission and {@code proposalDays}
   * calendar days for proposals, on Romania's working days.
   *
   * @param announcementDays minimum working days from announcement to submission, at least 0
   * @param proposalDays minimum calendar days for written proposals, at least 0
   * @throws IllegalArgumentException if a number is negative
   */
  public ConsultationTerms(int announcementDays, int proposalDays) {
    this(announcementDays, DayCount.WORKING, proposalDays, DayCount.CALENDAR, WorkingDays.romania());
  }

  /**
   * 30 working days from announcement to submission, 10 calendar days for proposals, Romania's
   * working days.
   *
   * @return the terms of Law 52/2003
   */
  public static ConsultationTerms standard() {
    return STANDARD;
  }

  /**
   * {@return the terms in {@code parameters}, falling back to {@link #standard()} for absent ones,
   * on Romania's working days}
   *
   * @param parameters the template's parameters
   * @throws IllegalStateException naming the parameter if a value is not a whole number or not
   *     {@code working} or {@code calendar}
   * @throws IllegalArgumentException if a value is negative
   */
  public static ConsultationTerms from(Parameters parameters) {
    return new ConsultationTerms(
        whole(parameters, ANNOUNCEMENT_DAYS, STANDARD.announcementDays),
        count(parameters, ANNOUNCEMENT_COUNT, STANDARD.announcementCount),
        whole(parameters, PROPOSAL_DAYS, STANDARD.proposalDays),
        count(parameters, PROPOSAL_COUNT, STANDARD.proposalCount),
        STANDARD.calendar);
  }

  /**
   * {@return these terms counted on {@code days} (e.g. with the city's own days off)}
   *
   * @param days the working days
   */
  public ConsultationTerms on(WorkingDays days) {
    return new ConsultationTerms(announcementDays, announcementCount, proposalDays, proposalCount, days);
  }

  /**
   * {@return the term from the announcement of a draft on {@code announcedOn} to its earliest
   * submission to the council, with the days it did not count}
   *
   * @param announcedOn the announcement date
   */
  public Deadline submissionTerm(LocalDate announcedOn) {
    return calendar.add(announcedOn, announcementDays, announcementCount);
  }

  /**
   * {@return the earliest date the draft announced on {@code announcedOn} may be submitted to the
   * council}
   *
   * @param announcedOn the announcement date
   */
  public LocalDate earliestSubmission(LocalDate announcedOn) {
    return submissionTerm(announcedOn).due();
  }

  /**
   * {@return the earliest last day of proposals for a draft announced on {@code announcedOn}}
   *
   * @param announcedOn the announcement date
   */
  public LocalDate minimumProposalsUntil(LocalDate announcedOn) {
    return calendar.add(announcedOn, proposalDays, proposalCount).due();
  }

  /** {@return the proposals period in words, e.g. "10 calendar days"} */
  public LocalizedText proposalSpan() {
    return proposalCount.span(proposalDays);
  }

  private static int whole(Parameters parameters, String name, int defaultValue) {
    BigDecimal value = parameters.decimal(name, BigDecimal.valueOf(defaultValue));
    try {
      return value.intValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalStateException(
          "parameter " + name + " must be a whole number of days but was " + value.toPlainString(), e);
    }
  }

  private static DayCount count(Parameters parameters, String name, DayCount defaultValue) {
    String value = parameters.text(name).orElse(defaultValue.label());
    try {
      return DayCount.parse(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("parameter " + name + " must be working or calendar but was \"" + value + "\"", e);
    }
  }
}
