// SPDX-License-Identifier: Apache-2.0
package org.civicplan.climate;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.civicplan.base.ObjectiveId;

/**
 * The target gap analysis of a climate strategy, as {@link ClimateMonitoring#gapAnalysis} computes
 * it: does the action plan's estimated reduction reach the reduction target?
 *
 * <p>All values are fossil t CO2 per year of the key sectors (the scope of {@code CLI-01} and of
 * the emission trajectory). For each year from the start of the strategy period to the target year:
 * the emissions without the plan (the business-as-usual projection of the {@link MitigationImpacts}
 * annex, interpolated linearly between its years from the baseline and held after its last year;
 * the baseline value when there is no projection), the reductions committed by the actions whose
 * estimate is reached by that year (key-sector estimates of actions that are not cancelled), the
 * projected emissions (the first minus the second), the value of the linear path from the baseline
 * to the target, and the remaining gap (projected emissions minus the target value: positive while
 * the plan falls short). Interpolated values are rounded half-even to {@value #VALUE_SCALE} decimals;
 * sums of estimates are exact.
 *
 * @param baselineInventory the id of the baseline inventory
 * @param baselineYear its year
 * @param baselineTonnes its key-sector fossil t CO2, positive
 * @param target the reduction target (absolute basis)
 * @param targetTonnes the emissions the target allows in the target year: {@code baseline × (100 −
 *     reduction) / 100}, exact
 * @param businessAsUsual whether a business-as-usual projection was used
 * @param years one row per year, in year order, the last for the target year
 * @param bySector the estimates summed per sector (all sectors, in {@link Sector} order)
 * @param byPillar the estimates summed per pillar (the top-level objective of each action's first
 *     objective, so that an action serving several objectives is counted once), in objective order
 */
public record GapAnalysis(
    String baselineInventory,
    int baselineYear,
    BigDecimal baselineTonnes,
    ReductionTarget target,
    BigDecimal targetTonnes,
    boolean businessAsUsual,
    List<Year> years,
    Map<Sector, Totals> bySector,
    Map<ObjectiveId, Totals> byPillar) {

  /** Decimals kept in interpolated values, rounded half-even. */
  public static final int VALUE_SCALE = 4;

  /**
   * Creates an instance from its components.
   *
   * @param baselineInventory the id of the baseline inventory
   * @param baselineYear its year
   * @param baselineTonnes its key-sector fossil t CO2, positive
   * @param target the reduction target (absolute basis)
   * @param targetTonnes the emissions the target allows in the target year
   * @param businessAsUsual whether a business-as-usual projection was used
   * @param years one row per year, in year order, the last for the target year
   * @param bySector the estimates summed per sector
   * @param byPillar the estimates summed per pillar, in objective order
   * @throws NullPointerException if an argument or an element is null
   * @throws IllegalArgumentException if there is no year row
   */
  public GapAnalysis {
    Objects.requireNonNull(baselineInventory, "baselineInventory");
    Objects.requireNonNull(baselineTonnes, "baselineTonnes");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(targetTonnes, "targetTonnes");
    Objects.requireNonNull(years, "years");
    Objects.requireNonNull(bySector, "bySector");
    Objects.requireNonNull(byPillar, "byPillar");
    years = List.copyOf(years);
    if (years.isEmpty()) {
      throw new IllegalArgumentException("a gap analysis needs at least the target year");
    }
    EnumMap<Sector, Totals> sectors = new EnumMap<>(Sector.class);
    sectors.putAll(bySector);
    bySector = Collections.unmodifiableMap(sectors);
    byPillar = Collections.unmodifiableMap(new LinkedHashMap<>(byPillar));
  }

  /** {@return the row of the target year} */
  public Year targetYear() {
    return years.get(years.size() - 1);
  }

  /** {@return whether the projected emissions of the target year are at or below the target} */
  public boolean reachesTarget() {
    return targetYear().remainingGap().signum() <= 0;
  }

  /**
   * {@return the reduction the plan must deliver by the target year: the emissions without the plan
   * in that year minus the target value}
   */
  public BigDecimal requiredReduction() {
    return Decimals.normalise(targetYear().withoutPlan().subtract(targetTonnes));
  }

  /**
   * One year of the analysis.
   *
   * @param year the year
   * @param withoutPlan the emissions without the plan (business as usual, or the baseline)
   * @param committed the reductions of the estimates reached by this year
   * @param projected {@code withoutPlan − committed}
   * @param path the linear path's value from the baseline to the target
   * @param remainingGap {@code projected − target value}: positive while the plan falls short
   */
  public record Year(
      int year, BigDecimal withoutPlan, BigDecimal committed, BigDecimal projected, BigDecimal path,
      BigDecimal remainingGap) {

    /**
     * Creates an instance from its components.
     *
     * @param year the year
     * @param withoutPlan the emissions without the plan
     * @param committed the reductions of the estimates reached by this year
     * @param projected {@code withoutPlan − committed}
     * @param path the linear path's value
     * @param remainingGap {@code projected − target value}
     * @throws NullPointerException if an argument is null
     */
    public Year {
      withoutPlan = Decimals.normalise(withoutPlan);
      committed = Decimals.normalise(committed);
      projected = Decimals.normalise(projected);
      path = Decimals.normalise(path);
      remainingGap = Decimals.normalise(remainingGap);
    }
  }

  /**
   * Estimates summed over a group of actions.
   *
   * @param actions how many estimates
   * @param energySavedMwh the MWh saved per year
   * @param renewableMwh the renewable MWh produced per year
   * @param co2ReducedTonnes the t CO2 reduced per year
   */
  public record Totals(int actions, BigDecimal energySavedMwh, BigDecimal renewableMwh, BigDecimal co2ReducedTonnes) {

    /** No estimate. */
    public static final Totals NONE = new Totals(0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    /**
     * Creates an instance from its components.
     *
     * @param actions how many estimates
     * @param energySavedMwh the MWh saved per year
     * @param renewableMwh the renewable MWh produced per year
     * @param co2ReducedTonnes the t CO2 reduced per year
     * @throws NullPointerException if an argument is null
     */
    public Totals {
      energySavedMwh = Decimals.normalise(energySavedMwh);
      renewableMwh = Decimals.normalise(renewableMwh);
      co2ReducedTonnes = Decimals.normalise(co2ReducedTonnes);
    }

    /**
     * {@return these totals plus one estimate}
     *
     * @param impact the estimate to add
     */
    public Totals plus(ActionImpact impact) {
      return new Totals(actions + 1, energySavedMwh.add(impact.energySavedMwh().orElse(BigDecimal.ZERO)),
          renewableMwh.add(impact.renewableMwh().orElse(BigDecimal.ZERO)), co2ReducedTonnes.add(impact.co2ReducedTonnes()));
    }
  }
}
