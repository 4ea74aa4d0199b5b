package org.civicplan.governance;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.civicplan.base.Money;

/**
 * The membership contributions that are overdue or fall due soon, at a given date.
 *
 * <p>A contribution for a year is due on the membership's due day of that year (29 February
 * falls back to 28 February in common years). It is <em>overdue</em> when its due date is before
 * the date and it is not paid in full; <em>upcoming</em> when it falls due from the date up to
 * {@code horizonDays} later and is not paid in full. Only payments in the contribution's currency
 * count. Entries are ordered by due date, then membership id.
 *
 * @param on the date of the schedule
 * @param entries the overdue and upcoming contributions
 */
public record ContributionSchedule(LocalDate on, List<ScheduledContribution> entries) {

  /**
   * @throws NullPointerException if an argument or an entry is null
   */
  public ContributionSchedule {
    Objects.requireNonNull(on, "on");
    entries = List.copyOf(entries);
  }

  /**
   * The schedule of {@code memberships} at {@code on}, looking {@code horizonDays} ahead.
   *
   * @throws IllegalArgumentException if {@code horizonDays} is negative
   */
  public static ContributionSchedule of(List<Membership> memberships, LocalDate on, int horizonDays) {
    if (horizonDays < 0) {
      throw new IllegalArgumentException("schedule horizon must be >= 0 days but was " + horizonDays);
    }
    LocalDate horizon = on.plusDays(horizonDays);
    List<ScheduledContribution> entries = new ArrayList<>();
    for (Membership m : memberships) {
      int last = m.untilYear().orElse(horizon.getYear());
      for (int year = m.sinceYear(); year <= Math.min(last, horizon.getYear()); year++) {
        ScheduledContribution c = contribution(m, year, on);
        boolean overdue = c.dueOn().isBefore(on) && c.status() != ContributionStatus.PAID;
        boolean upcoming = !c.dueOn().isBefore(on) && !c.dueOn().isAfter(horizon) && c.status() != ContributionStatus.PAID;
        if (overdue || upcoming) {
          entries.add(c);
        }
      }
    }
    entries.sort(Comparator.comparing(ScheduledContribution::dueOn).thenComparing(ScheduledContribution::membership));
    return new ContributionSchedule(on, entries);
  }

  /** The overdue entries. */
  public List<ScheduledContribution> overdue() {
    return entries.stream().filter(e -> e.status() == ContributionStatus.OVERDUE).toList();
  }

  /** The upcoming entries. */
  public List<ScheduledContribution> upcoming() {
    return entries.stream().filter(e -> e.status() == ContributionStatus.UPCOMING).toList();
  }

  /** The contribution of {@code membership} for {@code year} as it stands at {@code on}. */
  static ScheduledContribution contribution(Membership membership, int year, LocalDate on) {
    LocalDate dueOn = membership.dueOn().atYear(year);
    if (!Year.isLeap(year) && membership.dueOn().getMonthValue() == 2 && membership.dueOn().getDayOfMonth() == 29) {
      dueOn = LocalDate.of(year, 2, 28);
    }
    Money due = membership.annualContribution();
    Money paid = Money.zero(due.currency());
    for (ContributionPayment p : membership.payments()) {
      if (p.year() == year && p.amount().currency().equals(due.currency())) {
        paid = paid.plus(p.amount());
      }
    }
    Money outstanding = due.minus(paid);
    if (outstanding.isNegative()) {
      outstanding = Money.zero(due.currency());
    }
    ContributionStatus status =
        outstanding.amount().signum() == 0
            ? ContributionStatus.PAID
            : dueOn.isBefore(on) ? ContributionStatus.OVERDUE : ContributionStatus.UPCOMING;
    return new ScheduledContribution(membership.id(), year, dueOn, due, paid, outstanding, status);
  }
}
