package org.civicplan.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.civicplan.template.Parameters;

/**
 * The numbers a public consultation is checked against. They are parameters, not constants,
 * because a city may follow a newer law or its own rules.
 *
 * <ul>
 *   <li>{@code announcementDays} (parameter {@value #ANNOUNCEMENT_DAYS}, default 30): the
 *       announcement of a draft normative act is made at least 30 days before it is submitted for
 *       endorsement or adoption (Law 52/2003 on decisional transparency, republished MO 749/3 Dec
 *       2013; expertforum.ro "ghidul alesului local").
 *   <li>{@code proposalDays} (parameter {@value #PROPOSAL_DAYS}, default 10): the period for
 *       written proposals. Practice examples use 10 days (DGASPC Gorj; primaria-bilca.ro); the
 *       minimum in the legal text is not verified, so a shorter period is only a warning.
 * </ul>
 *
 * @param announcementDays minimum days from announcement to submission, at least 0
 * @param proposalDays minimum days for written proposals, at least 0
 */
public record ConsultationTerms(int announcementDays, int proposalDays) {

  /** Parameter name of {@link #announcementDays()}. */
  public static final String ANNOUNCEMENT_DAYS = "governance.consultation.announcement-days";

  /** Parameter name of {@link #proposalDays()}. */
  public static final String PROPOSAL_DAYS = "governance.consultation.proposal-days";

  private static final ConsultationTerms STANDARD = new ConsultationTerms(30, 10);

  /**
   * @throws IllegalArgumentException if a number is negative
   */
  public ConsultationTerms {
    if (announcementDays < 0) {
      throw new IllegalArgumentException("announcement days must be >= 0 but was " + announcementDays);
    }
    if (proposalDays < 0) {
      throw new IllegalArgumentException("proposal days must be >= 0 but was " + proposalDays);
    }
  }

  /** 30 days from announcement to submission, 10 days for proposals. */
  public static ConsultationTerms standard() {
    return STANDARD;
  }

  /**
   * The terms in {@code parameters}, falling back to {@link #standard()} for absent ones.
   *
   * @throws IllegalStateException naming the parameter if a value is not a whole number
   * @throws IllegalArgumentException if a value is negative
   */
  public static ConsultationTerms from(Parameters parameters) {
    return new ConsultationTerms(
        whole(parameters, ANNOUNCEMENT_DAYS, STANDARD.announcementDays),
        whole(parameters, PROPOSAL_DAYS, STANDARD.proposalDays));
  }

  /** The earliest date the draft announced on {@code announcedOn} may be submitted to the council. */
  public LocalDate earliestSubmission(LocalDate announcedOn) {
    return announcedOn.plusDays(announcementDays);
  }

  /** The earliest last day of proposals for a draft announced on {@code announcedOn}. */
  public LocalDate minimumProposalsUntil(LocalDate announcedOn) {
    return announcedOn.plusDays(proposalDays);
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
}
