// SPDX-License-Identifier: Apache-2.0
package org.civicplan.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.civicplan.base.LocalizedText;

/**
 * A legal term counted from an event: when it falls due, whether it counted working or calendar
 * days, and which dates it did not count.
 *
 * @param from the day of the event (not counted)
 * @param days the length of the term
 * @param count working or calendar days
 * @param due the day the term ends: the {@code days}-th counted day after {@code from}
 * @param skipped the days between {@code from} and {@code due} that were not counted, in order
 *     (empty for calendar days)
 */
public record Deadline(LocalDate from, int days, DayCount count, LocalDate due, List<Skipped> skipped) {

  /**
   * A day a working-day term did not count.
   *
   * @param date the day
   * @param why the holiday's name, or the day of the week for a weekend
   */
  public record Skipped(LocalDate date, LocalizedText why) {

    /**
     * Creates an instance from its components.
     *
     * @param date the day
     * @param why why it was not counted
     * @throws NullPointerException if an argument is null
     */
    public Skipped {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(why, "why");
    }
  }

  /**
   * Creates an instance from its components.
   *
   * @param from the day of the event
   * @param days the length of the term, at least 0
   * @param count working or calendar days
   * @param due the end of the term, not before {@code from}
   * @param skipped the days not counted
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code days} is negative or {@code due} precedes {@code from}
   */
  public Deadline {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(count, "count");
    Objects.requireNonNull(due, "due");
    skipped = List.copyOf(skipped);
    if (days < 0) {
      throw new IllegalArgumentException("a term must be at least 0 days but was " + days);
    }
    if (due.isBefore(from)) {
      throw new IllegalArgumentException("a deadline cannot fall before its event: " + due + " < " + from);
    }
  }

  /**
   * {@return the term in words with the holidays it skipped, e.g. "30 working days after 20 March
   * 2026, not counting weekends and 10 April 2026 (Orthodox Good Friday), 13 April 2026 (Orthodox
   * Easter Monday), 1 May 2026 (Labour Day)"; weekends (with the holidays that fall on them) are
   * summed up, holidays on weekdays named}
   */
  public LocalizedText explanation() {
    return LocalizedText.of(explain(Locale.ENGLISH), explain(Locale.forLanguageTag("ro")));
  }

  private String explain(Locale locale) {
    boolean ro = locale.getLanguage().equals("ro");
    DateTimeFormatter f = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
    StringBuilder b = new StringBuilder(count.span(days).get(locale));
    b.append(ro ? " după " : " after ").append(f.format(from));
    if (count == DayCount.CALENDAR) {
      return b.toString();
    }
    List<String> named = new ArrayList<>();
    boolean weekends = false;
    for (Skipped s : skipped) {
      // a holiday on a Saturday or Sunday moved nothing: it is one of the weekends
      if (isWeekend(s.date())) {
        weekends = true;
      } else {
        named.add(f.format(s.date()) + " (" + s.why().get(locale) + ")");
      }
    }
    if (named.isEmpty()) {
      return b.append(weekends ? (ro ? ", fără sâmbetele și duminicile" : ", not counting weekends") : "").toString();
    }
    b.append(ro ? ", fără " : ", not counting ");
    if (weekends) {
      b.append(ro ? "sâmbetele și duminicile și " : "weekends and ");
    }
    return b.append(String.join(", ", named)).toString();
  }

  private static boolean isWeekend(LocalDate d) {
    return d.getDayOfWeek() == java.time.DayOfWeek.SATURDAY || d.getDayOfWeek() == java.time.DayOfWeek.SUNDAY;
  }
}
