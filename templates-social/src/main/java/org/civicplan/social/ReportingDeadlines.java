// SPDX-License-Identifier: Apache-2.0
package org.civicplan.social;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.Parameters;

/**
 * The reporting deadlines of a social services strategy at a date, from its social-services annex:
 *
 * <ul>
 *   <li>the data on social services of each year, due to the ministry by 31 May of the following
 *       year (Law 292/2011 art. 115(3)), for the years from the one before the strategy's period to
 *       its last;
 *   <li>each annual action plan, due to the county public social assistance service (art. 115(2))
 *       on the day of its year set by parameter {@code reporting.annual-plan.due} ({@code MM-DD});
 *       the law's term was not read (DOMAIN.md §4), so without the parameter the plans have no
 *       deadline.
 * </ul>
 *
 * <p>At the date {@code asOf}, a deadline is {@link State#SENT} or {@link State#SENT_LATE} when
 * sent on or before {@code asOf}, and otherwise {@link State#LATE} after its day, {@link State#DUE}
 * within parameter {@code reporting.warning-days} days before it (its day included), and {@link
 * State#OPEN} before that. Ordered by due date, then obligation, then year.
 *
 * @param asOf the date the states are computed at
 * @param deadlines the deadlines
 */
public record ReportingDeadlines(LocalDate asOf, List<Deadline> deadlines) {

  /** Parameter: the day of its year an annual plan is due to the county ({@code MM-DD}). */
  public static final String ANNUAL_PLAN_DUE = "reporting.annual-plan.due";
  /** Parameter: how many days before a deadline it is due. */
  public static final String WARNING_DAYS = "reporting.warning-days";
  /** Parameter: the date at which the reporting rule checks the deadlines. */
  public static final String AS_OF = "reporting.as-of";

  /** The day of the following year the data of a year is due to the ministry (art. 115(3)). */
  public static final MonthDay DATA_DUE = MonthDay.of(5, 31);

  /**
   * Creates an instance from its components.
   *
   * @param asOf the date the states are computed at
   * @param deadlines the deadlines
   * @throws NullPointerException if an argument or a list element is null
   */
  public ReportingDeadlines {
    Objects.requireNonNull(asOf, "asOf");
    deadlines = List.copyOf(deadlines);
  }

  /** What is to be sent, to whom. */
  public enum Obligation {
    /** The annual action plan to the county public social assistance service (art. 115(2)). */
    ANNUAL_PLAN,
    /** The data on social services of a year to the ministry (art. 115(3)). */
    DATA
  }

  /** Where a deadline stands at the date. */
  public enum State {
    /** Sent on or before its day. */
    SENT,
    /** Sent after its day. */
    SENT_LATE,
    /** Not sent; its day is more than the warning days away. */
    OPEN,
    /** Not sent; its day is within the warning days. */
    DUE,
    /** Not sent; its day has passed. */
    LATE
  }

  /**
   * One deadline.
   *
   * @param obligation what is to be sent
   * @param year the plan's year or the year the data is about
   * @param due the last day
   * @param sentOn the day it was sent, if by the date
   * @param state where it stands at the date
   * @param index the index of the annual plan in the annex (for {@link Obligation#ANNUAL_PLAN}); -1 otherwise
   */
  public record Deadline(Obligation obligation, int year, LocalDate due, Optional<LocalDate> sentOn, State state, int index) {

    /**
     * Creates an instance from its components.
     *
     * @param obligation what is to be sent
     * @param year the plan's year or the year the data is about
     * @param due the last day
     * @param sentOn the day it was sent, if by the date
     * @param state where it stands at the date
     * @param index the index of the annual plan in the annex, or -1
     * @throws NullPointerException if an argument is null
     */
    public Deadline {
      Objects.requireNonNull(obligation, "obligation");
      Objects.requireNonNull(due, "due");
      Objects.requireNonNull(sentOn, "sentOn");
      Objects.requireNonNull(state, "state");
    }
  }

  /**
   * {@return the deadlines of {@code strategy}'s first social-services annex at {@code asOf}; none
   * without one}
   *
   * @param strategy the strategy
   * @param asOf the date
   * @param parameters the template's parameters in force
   * @throws IllegalStateException naming the parameter when {@value #ANNUAL_PLAN_DUE} is not a
   *     month and day
   */
  public static ReportingDeadlines of(Strategy strategy, LocalDate asOf, Parameters parameters) {
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(asOf, "asOf");
    int warning = parameters.text(WARNING_DAYS).map(t -> parameters.integer(WARNING_DAYS)).orElse(30);
    Optional<SocialServices> annex = strategy.annexes(SocialServices.class).stream().findFirst();
    List<Deadline> out = new ArrayList<>();
    if (annex.isPresent()) {
      Optional<MonthDay> planDue = parameters.text(ANNUAL_PLAN_DUE).filter(t -> !t.isBlank()).map(ReportingDeadlines::monthDay);
      if (planDue.isPresent()) {
        List<SocialServices.AnnualPlan> plans = annex.get().annualPlans();
        for (int i = 0; i < plans.size(); i++) {
          SocialServices.AnnualPlan p = plans.get(i);
          out.add(deadline(Obligation.ANNUAL_PLAN, p.year(), planDue.get().atYear(p.year()), p.sentToCountyOn(), asOf, warning, i));
        }
      }
      for (int y = strategy.period().startYear() - 1; y <= strategy.period().endYear(); y++) {
        int year = y;
        Optional<LocalDate> sent = annex.get().dataReports().stream().filter(r -> r.year() == year)
            .map(SocialServices.DataReport::sentOn).min(Comparator.naturalOrder());
        out.add(deadline(Obligation.DATA, y, DATA_DUE.atYear(y + 1), sent, asOf, warning, -1));
      }
    }
    out.sort(Comparator.comparing(Deadline::due).thenComparing(Deadline::obligation).thenComparingInt(Deadline::year));
    return new ReportingDeadlines(asOf, out);
  }

  private static Deadline deadline(Obligation o, int year, LocalDate due, Optional<LocalDate> sent, LocalDate asOf,
      int warning, int index) {
    Optional<LocalDate> known = sent.filter(d -> !d.isAfter(asOf));
    State state;
    if (known.isPresent()) {
      state = known.get().isAfter(due) ? State.SENT_LATE : State.SENT;
    } else if (asOf.isAfter(due)) {
      state = State.LATE;
    } else if (!asOf.isBefore(due.minusDays(warning))) {
      state = State.DUE;
    } else {
      state = State.OPEN;
    }
    return new Deadline(o, year, due, known, state, index);
  }

  static MonthDay monthDay(String text) {
    try {
      return MonthDay.parse("--" + text.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalStateException("parameter " + ANNUAL_PLAN_DUE + " must be a month and day as MM-DD but was \""
          + text + "\"", e);
    }
  }
}
