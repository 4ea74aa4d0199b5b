// SPDX-License-Identifier: Apache-2.0
package org.civicplan.climate;

import java.math.BigDecimal;
import java.util.Objects;
import org.civicplan.base.PlanDate;

/**
 * An emission reduction target against the baseline inventory.
 *
 * @param year the target year, e.g. 2030
 * @param reductionPercent the reduction in percent of the baseline, exact, in [0, 100]
 * @param basis absolute or per capita
 */
public record ReductionTarget(int year, BigDecimal reductionPercent, TargetBasis basis) {

  /**
   * Creates an instance from its components.
   *
   * @param year the target year, e.g. 2030
   * @param reductionPercent the reduction in percent of the baseline, exact, in [0, 100]
   * @param basis absolute or per capita
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the year is out of range or the percentage is outside [0,
   *     100]
   */
  public ReductionTarget {
    Objects.requireNonNull(reductionPercent, "reductionPercent");
    Objects.requireNonNull(basis, "basis");
    PlanDate.ofYear(year);
    reductionPercent = Decimals.nonNegative(reductionPercent, "reduction target (%) for " + year);
    if (reductionPercent.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new IllegalArgumentException(
          "reduction target must be in [0, 100] % but was " + reductionPercent.toPlainString() + " for " + year);
    }
  }

  /**
   * {@return a target from its decimal text, e.g. {@code of(2030, "40", TargetBasis.ABSOLUTE)}}
   *
   * @param year the target year, e.g. 2030
   * @param reductionPercent the reduction in percent of the baseline, exact, in [0, 100]
   * @param basis absolute or per capita
   */
  public static ReductionTarget of(int year, String reductionPercent, TargetBasis basis) {
    Objects.requireNonNull(reductionPercent, "reductionPercent");
    Objects.requireNonNull(basis, "basis");
    return new ReductionTarget(year, new BigDecimal(reductionPercent), basis);
  }
}
