package org.civicplan.strategy;

import org.civicplan.base.Money;
import org.civicplan.base.PlanDate;
import java.util.Objects;
import java.util.Optional;
import jakarta.validation.Valid;
import org.civicplan.base.NonNegativeAmount;

/**
 * The money an action plans, and has spent, in one year from one source.
 *
 * @param year the budget year
 * @param planned the planned amount
 * @param actual the amount actually spent, once known; in the currency of {@code planned}
 * @param source where the money comes from
 */
@ConsistentCurrency
public record BudgetLine(int year, @NonNegativeAmount Money planned, Optional<@NonNegativeAmount Money> actual, @Valid FundingSource source) {

  /**
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the year is out of the range {@link PlanDate} accepts
   */
  public BudgetLine {
    Objects.requireNonNull(planned, "planned");
    Objects.requireNonNull(actual, "actual");
    Objects.requireNonNull(source, "source");
    PlanDate.ofYear(year);
  }

  /** A planned line with nothing spent yet. */
  public static BudgetLine planned(int year, Money planned, FundingSource source) {
    return new BudgetLine(year, planned, Optional.empty(), source);
  }

  /** A copy with the actual amount set. */
  public BudgetLine withActual(Money amount) {
    return new BudgetLine(year, planned, Optional.of(amount), source);
  }
}
