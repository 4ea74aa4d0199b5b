// SPDX-License-Identifier: Apache-2.0
package org.civicplan.climate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.civicplan.monitoring.Assessment;
import org.civicplan.monitoring.ProgressStatus;

/**
 * Emissions against the linear path from the baseline inventory to a reduction target, as {@link
 * ClimateMonitoring#emissionTrajectory} computes it.
 *
 * <p>Values are fossil t CO2 ({@link TargetBasis#ABSOLUTE}) or fossil t CO2 per inhabitant ({@link
 * TargetBasis#PER_CAPITA}, each inventory's total over its population, rounded half-even to {@value
 * InventoryEmissions#PER_CAPITA_SCALE} decimals). The path runs straight from the baseline value in
 * the baseline year to the target value ({@code baseline × (100 − reduction) / 100}, exact) in the
 * target year and stays at the target value after it.
 *
 * @param basis whether the values are totals or per inhabitant (the target's basis)
 * @param baselineInventory the id of the baseline inventory
 * @param baselineYear its year
 * @param baselineValue its value, positive
 * @param target the reduction target the path leads to
 * @param targetValue the value the target asks for in the target year
 * @param points the monitoring inventories after the baseline year up to the as-of year, by year
 *     (document order among inventories of one year)
 * @param assessment the linear-trajectory assessment ({@link
 *     org.civicplan.monitoring.IndicatorAssessor#linear()}) of the values at the as-of date: its
 *     status, progress and explanation
 */
public record EmissionTrajectory(
    TargetBasis basis,
    String baselineInventory,
    int baselineYear,
    BigDecimal baselineValue,
    ReductionTarget target,
    BigDecimal targetValue,
    List<Point> points,
    Assessment assessment) {

  /** Decimals kept in expected values and gaps, rounded half-even. */
  public static final int VALUE_SCALE = 4;

  /**
   * Creates an instance from its components.
   *
   * @param basis whether the values are totals or per inhabitant (the target's basis)
   * @param baselineInventory the id of the baseline inventory
   * @param baselineYear its year
   * @param baselineValue its value, positive
   * @param target the reduction target the path leads to
   * @param targetValue the value the target asks for in the target year
   * @param points the monitoring inventories after the baseline year up to the as-of year, by year
   *     (document order among inventories of one year)
   * @param assessment the linear-trajectory assessment ({@link
   *     org.civicplan.monitoring.IndicatorAssessor#linear()}) of the values at the as-of date: its
   *     status, progress and explanation
   * @throws NullPointerException if an argument or a point is null
   * @throws IllegalArgumentException if the baseline value is not positive or the target year is
   *     not after the baseline year
   */
  public EmissionTrajectory {
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(baselineInventory, "baselineInventory");
    Objects.requireNonNull(baselineValue, "baselineValue");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(targetValue, "targetValue");
    points = List.copyOf(points);
    Objects.requireNonNull(assessment, "assessment");
    if (baselineValue.signum() <= 0) {
      throw new IllegalArgumentException(
          "baseline value must be positive but was " + baselineValue.toPlainString() + " (inventory \""
              + baselineInventory + "\")");
    }
    if (target.year() <= baselineYear) {
      throw new IllegalArgumentException(
          "target year must be after the baseline year " + baselineYear + " but was " + target.year());
    }
  }

  /** {@return the latest monitoring inventory on the path, if any} */
  public Optional<Point> latest() {
    return points.isEmpty() ? Optional.empty() : Optional.of(points.get(points.size() - 1));
  }

  /**
   * {@return the status of the assessment: {@link ProgressStatus#NO_DATA} before any monitoring
   * inventory}
   */
  public ProgressStatus status() {
    return assessment.status();
  }

  /**
   * One monitoring inventory on the path.
   *
   * @param inventory the inventory's id
   * @param year its year
   * @param value its value (t CO2, or t CO2 per inhabitant)
   * @param expectedValue the path's value in that year, rounded half-even to {@value #VALUE_SCALE}
   *     decimals
   * @param gap {@code value − expectedValue}: positive when emissions are above the path (behind),
   *     negative when below it (ahead)
   * @param reductionPercent the reduction from the baseline value in percent, rounded half-even to
   *     {@value InventoryEmissions#PERCENT_SCALE} decimals; negative when emissions grew
   * @param expectedReductionPercent the reduction the path expects in that year, rounded likewise
   */
  public record Point(
      String inventory,
      int year,
      BigDecimal value,
      BigDecimal expectedValue,
      BigDecimal gap,
      BigDecimal reductionPercent,
      BigDecimal expectedReductionPercent) {

    /**
     * Creates an instance from its components.
     *
     * @param inventory the inventory's id
     * @param year its year
     * @param value its value (t CO2, or t CO2 per inhabitant)
     * @param expectedValue the path's value in that year, rounded half-even to {@value
     *     #VALUE_SCALE} decimals
     * @param gap {@code value − expectedValue}: positive when emissions are above the path
     *     (behind), negative when below it (ahead)
     * @param reductionPercent the reduction from the baseline value in percent, rounded half-even
     *     to {@value InventoryEmissions#PERCENT_SCALE} decimals; negative when emissions grew
     * @param expectedReductionPercent the reduction the path expects in that year, rounded likewise
     * @throws NullPointerException if an argument is null
     */
    public Point {
      Objects.requireNonNull(inventory, "inventory");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(expectedValue, "expectedValue");
      Objects.requireNonNull(gap, "gap");
      Objects.requireNonNull(reductionPercent, "reductionPercent");
      Objects.requireNonNull(expectedReductionPercent, "expectedReductionPercent");
    }

    /** {@return whether the value is at or below the path} */
    public boolean onOrBelowPath() {
      return gap.signum() <= 0;
    }
  }
}
