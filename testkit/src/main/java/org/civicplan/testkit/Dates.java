package org.civicplan.testkit;

import java.time.LocalDate;
import java.time.YearMonth;
import org.civicplan.base.PlanDate;

/** Random {@link PlanDate}s that lie wholly inside a span of days. */
final class Dates {

  private Dates() {}

  /**
   * A date of random precision whose first day is not before {@code from} and whose last day is
   * not after {@code to}; falls back to a finer precision when a coarser one does not fit.
   */
  static PlanDate within(Rng rng, LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("empty span " + from + ".." + to);
    }
    int precision = rng.below(10);
    if (precision < 3) {
      int yMin = from.getDayOfYear() == 1 ? from.getYear() : from.getYear() + 1;
      int yMax = to.getDayOfYear() == to.lengthOfYear() ? to.getYear() : to.getYear() - 1;
      if (yMin <= yMax) {
        return PlanDate.ofYear(rng.between(yMin, yMax));
      }
    }
    if (precision < 6) {
      YearMonth mMin = from.getDayOfMonth() == 1 ? YearMonth.from(from) : YearMonth.from(from).plusMonths(1);
      YearMonth mMax = to.getDayOfMonth() == to.lengthOfMonth() ? YearMonth.from(to) : YearMonth.from(to).minusMonths(1);
      if (!mMin.isAfter(mMax)) {
        long span = mMin.until(mMax, java.time.temporal.ChronoUnit.MONTHS);
        YearMonth m = mMin.plusMonths(rng.betweenLong(0, span));
        return PlanDate.ofMonth(m.getYear(), m.getMonthValue());
      }
    }
    return PlanDate.of(LocalDate.ofEpochDay(rng.betweenLong(from.toEpochDay(), to.toEpochDay())));
  }

  static LocalDate firstDay(int year) {
    return LocalDate.of(year, 1, 1);
  }

  static LocalDate lastDay(int year) {
    return LocalDate.of(year, 12, 31);
  }
}
