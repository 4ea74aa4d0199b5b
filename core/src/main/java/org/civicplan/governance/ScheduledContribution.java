package org.civicplan.governance;

import java.time.LocalDate;
import java.util.Objects;
import org.civicplan.base.Money;

/**
 * One yearly contribution in a {@link ContributionSchedule}.
 *
 * @param membership the membership id
 * @param year the contribution year
 * @param dueOn the due date
 * @param due the amount due
 * @param paid the amount paid for this year in the contribution's currency
 * @param outstanding what is still owed, never negative
 * @param status paid, upcoming or overdue
 */
public record ScheduledContribution(
    String membership, int year, LocalDate dueOn, Money due, Money paid, Money outstanding, ContributionStatus status) {

  /**
   * @throws NullPointerException if an argument is null
   */
  public ScheduledContribution {
    Objects.requireNonNull(membership, "membership");
    Objects.requireNonNull(dueOn, "dueOn");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(paid, "paid");
    Objects.requireNonNull(outstanding, "outstanding");
    Objects.requireNonNull(status, "status");
  }
}
