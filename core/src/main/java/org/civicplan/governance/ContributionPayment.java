package org.civicplan.governance;

import java.time.LocalDate;
import java.util.Objects;
import org.civicplan.base.Money;

/**
 * A payment of a membership contribution.
 *
 * @param year the contribution year it pays
 * @param paidOn when it was paid
 * @param amount how much, in the contribution's currency (a rule reports other currencies)
 */
public record ContributionPayment(int year, LocalDate paidOn, Money amount) {

  /**
   * @throws NullPointerException if an argument is null
   */
  public ContributionPayment {
    Objects.requireNonNull(paidOn, "paidOn");
    Objects.requireNonNull(amount, "amount");
  }
}
