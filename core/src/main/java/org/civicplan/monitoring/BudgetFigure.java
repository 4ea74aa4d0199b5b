package org.civicplan.monitoring;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.civicplan.base.Money;

/**
 * Planned against actual money of one group of budget lines, in one currency.
 *
 * @param dimension {@code action}, {@code objective}, {@code source} or {@code year}
 * @param key the action id, objective id, source ({@code kind} or {@code kind:programme}) or year
 * @param planned the sum planned
 * @param actual the sum spent (lines with no actual amount count as zero)
 * @param absorptionRate actual / planned, rounded half-even to 4 decimals; empty when nothing is planned
 * @param overspend the sum, over lines, of what each line spent beyond its plan (never offset by
 *     another line's underspend)
 */
public record BudgetFigure(
    String dimension, String key, Money planned, Money actual, Optional<BigDecimal> absorptionRate, Money overspend) {

  /**
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the amounts are in different currencies
   */
  public BudgetFigure {
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(absorptionRate, "absorptionRate");
    if (!planned.currency().equals(actual.currency()) || !planned.currency().equals(overspend.currency())) {
      throw new IllegalArgumentException(
          "budget figure amounts must share one currency but were " + planned + ", " + actual + ", " + overspend
              + " (" + dimension + " \"" + key + "\")");
    }
  }

  /** Whether any line spent more than planned. */
  public boolean isOverspent() {
    return overspend.amount().signum() > 0;
  }
}
