// SPDX-License-Identifier: Apache-2.0
package org.civicplan.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.civicplan.base.LocalizedText;

/**
 * Which days are working days: Monday to Friday, except a country's {@link PublicHolidays} and the
 * host's own days off (a city's extra days off, a "bridge" day the Government grants, a local
 * feast). Immutable and safe to share; holidays are computed once per year asked.
 *
 * <pre>{@code
 * WorkingDays days = WorkingDays.of(PublicHolidays.romania())
 *     .withDaysOff(List.of(new Holiday(LocalDate.of(2026, 1, 5), LocalizedText.of("Bridge day", "Zi liberă punte"), "HG")));
 * days.isWorkingDay(LocalDate.of(2026, 4, 10));                 // false: Orthodox Good Friday
 * days.add(LocalDate.of(2026, 3, 20), 30, DayCount.WORKING).due(); // 2026-05-05
 * }</pre>
 */
public final class WorkingDays {

  private static final WorkingDays ROMANIA = new WorkingDays(PublicHolidays.romania(), Map.of());

  private final PublicHolidays holidays;
  private final Map<LocalDate, Holiday> daysOff;
  private final Map<Integer, Map<LocalDate, Holiday>> byYear = new ConcurrentHashMap<>();

  private WorkingDays(PublicHolidays holidays, Map<LocalDate, Holiday> daysOff) {
    this.holidays = holidays;
    this.daysOff = Map.copyOf(daysOff);
  }

  /**
   * {@return the working days of a country: weekdays that are not its public holidays}
   *
   * @param holidays the country's public holidays
   * @throws NullPointerException if {@code holidays} is null
   */
  public static WorkingDays of(PublicHolidays holidays) {
    Objects.requireNonNull(holidays, "holidays");
    return holidays == PublicHolidays.romania() ? ROMANIA : new WorkingDays(holidays, Map.of());
  }

  /** {@return Romania's working days, without local days off} */
  public static WorkingDays romania() {
    return ROMANIA;
  }

  /**
   * {@return these working days with {@code extra} days off added (a day already off stays under
   * its first name)}
   *
   * @param extra the host's own days off
   * @throws NullPointerException if {@code extra} or an element is null
   */
  public WorkingDays withDaysOff(Collection<Holiday> extra) {
    Objects.requireNonNull(extra, "extra");
    Map<LocalDate, Holiday> all = new HashMap<>(daysOff);
    for (Holiday h : extra) {
      Objects.requireNonNull(h, "extra day off");
      all.putIfAbsent(h.date(), h);
    }
    return new WorkingDays(holidays, all);
  }

  /** {@return the public holidays these working days are built on} */
  public PublicHolidays holidays() {
    return holidays;
  }

  /** {@return the host's own days off, by date} */
  public List<Holiday> daysOff() {
    return List.copyOf(new TreeMap<>(daysOff).values());
  }

  /**
   * {@return the day off on {@code date}: a public holiday or a host's day off (not a weekend)}
   *
   * @param date the day
   */
  public Optional<Holiday> dayOff(LocalDate date) {
    Objects.requireNonNull(date, "date");
    Holiday h = ofYear(date.getYear()).get(date);
    return h != null ? Optional.of(h) : Optional.ofNullable(daysOff.get(date));
  }

  /**
   * {@return whether {@code date} is a working day: a weekday that is neither a public holiday nor
   * a host's day off}
   *
   * @param date the day
   */
  public boolean isWorkingDay(LocalDate date) {
    DayOfWeek d = date.getDayOfWeek();
    return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY && dayOff(date).isEmpty();
  }

  /**
   * The deadline {@code days} days of the given kind after {@code from}: the day of {@code from} is
   * not counted; the due date is the {@code days}-th counted day after it (with zero days, {@code
   * from} itself). The deadline lists every date it skipped and why.
   *
   * @param from the day of the event the term runs from
   * @param days the length of the term, at least 0
   * @param count whether working or calendar days are counted
   * @return the deadline
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code days} is negative
   */
  public Deadline add(LocalDate from, int days, DayCount count) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(count, "count");
    if (days < 0) {
      throw new IllegalArgumentException("a term must be at least 0 days but was " + days);
    }
    if (count == DayCount.CALENDAR) {
      return new Deadline(from, days, count, from.plusDays(days), List.of());
    }
    List<Deadline.Skipped> skipped = new ArrayList<>();
    LocalDate d = from;
    int counted = 0;
    while (counted < days) {
      d = d.plusDays(1);
      if (isWorkingDay(d)) {
        counted++;
      } else {
        Optional<Holiday> off = dayOff(d);
        skipped.add(new Deadline.Skipped(d, off.map(Holiday::name).orElse(weekend(d))));
      }
    }
    return new Deadline(from, days, count, d, skipped);
  }

  static final LocalizedText SATURDAY = LocalizedText.of("Saturday", "sâmbătă");
  static final LocalizedText SUNDAY = LocalizedText.of("Sunday", "duminică");

  private static LocalizedText weekend(LocalDate d) {
    return d.getDayOfWeek() == DayOfWeek.SATURDAY ? SATURDAY : SUNDAY;
  }

  private Map<LocalDate, Holiday> ofYear(int year) {
    return byYear.computeIfAbsent(year, y -> {
      Map<LocalDate, Holiday> m = new HashMap<>();
      for (Holiday h : holidays.in(y)) {
        m.putIfAbsent(h.date(), h);
      }
      return Map.copyOf(m);
    });
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WorkingDays w && w.holidays.equals(holidays) && w.daysOff.equals(daysOff);
  }

  @Override
  public int hashCode() {
    return Objects.hash(holidays, daysOff);
  }

  @Override
  public String toString() {
    return "WorkingDays[" + holidays + ", " + daysOff.size() + " own days off]";
  }
}
