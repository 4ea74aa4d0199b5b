// SPDX-License-Identifier: Apache-2.0
package org.civicplan.climate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.civicplan.indicator.Direction;
import org.civicplan.indicator.Target;
import org.civicplan.monitoring.Assessment;
import org.civicplan.monitoring.IndicatorAssessor;
import org.civicplan.monitoring.IndicatorSeries;
import org.civicplan.monitoring.Observation;
import org.civicplan.base.PlanDate;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.Parameters;
import org.civicplan.base.Finding;
import org.civicplan.template.RuleContext;

/**
 * Monitoring of a climate strategy: emissions against the trajectory to the reduction target, and
 * the Covenant of Mayors reporting cadence at a date.
 *
 * <pre>{@code
 * PlanDate today = PlanDate.of(LocalDate.now());
 * ClimateMonitoring.emissionTrajectory(strategy, today)
 *     .ifPresent(t -> System.out.println(t.status() + " " + t.latest()));
 * ClimateMonitoring.cadence(strategy, today).forEach(f -> System.out.println(f.message(locale)));
 * }</pre>
 *
 * <p>Nothing here reads the clock: the caller passes the as-of date, so the same strategy and date
 * always give the same result. Stateless and thread-safe.
 */
public final class ClimateMonitoring {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final IndicatorAssessor LINEAR = IndicatorAssessor.linear();

  private ClimateMonitoring() {}

  /**
   * The emissions of {@code strategy} against the linear path from its baseline inventory to the
   * target of its {@code covenant-commitment} annex for the template's target year (parameter
   * {@value ClimateTemplate#COM_TARGET_YEAR}, default 2030), at {@code asOf}.
   *
   * @param strategy the strategy whose annexes hold the inventories and the commitment
   * @param asOf the date of the assessment
   * @return the trajectory; empty when there is no commitment, no target for the target year, or
   *     no trajectory as {@link #emissionTrajectory(Strategy, ReductionTarget, PlanDate)} says
   * @throws NullPointerException if an argument is null
   */
  public static Optional<EmissionTrajectory> emissionTrajectory(Strategy strategy, PlanDate asOf) {
    return emissionTrajectory(strategy, asOf, new ClimateTemplate().parameters());
  }

  /**
   * As {@link #emissionTrajectory(Strategy, PlanDate)}, with the target year taken from {@code
   * parameters} (for instance those of a template adapted by an overlay).
   *
   * @param strategy the strategy whose annexes hold the inventories and the commitment
   * @param asOf the date of the assessment
   * @param parameters the template parameters to take the target year from
   * @return the trajectory; empty as for {@link #emissionTrajectory(Strategy, PlanDate)}
   * @throws NullPointerException if an argument is null
   * @throws IllegalStateException if the target-year parameter is not a whole number
   */
  public static Optional<EmissionTrajectory> emissionTrajectory(Strategy strategy, PlanDate asOf, Parameters parameters) {
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(asOf, "asOf");
    int year = wholeNumber(parameters, ClimateTemplate.COM_TARGET_YEAR, 2030);
    return strategy.annexes(CovenantCommitment.class).stream()
        .findFirst()
        .flatMap(c -> c.target(year))
        .flatMap(t -> emissionTrajectory(strategy, t, asOf, parameters));
  }

  /**
   * The emissions of {@code strategy} against the linear path from its baseline inventory (the
   * first {@link InventoryType#BASELINE} emission inventory in document order) to {@code target},
   * at {@code asOf}, with the template's default parameters. Emissions are those of the four key
   * sectors (the scope of {@code CLI-01}), computed with the inventories' own factors, their local
   * heat factor, the national electricity factor if set and the shipped IPCC defaults; the points
   * are the monitoring inventories dated after the baseline year and in or before the year of
   * {@code asOf}.
   *
   * @param strategy the strategy whose annexes hold the inventories and the commitment
   * @param target the reduction target the path leads to
   * @param asOf the date of the assessment
   * @return the trajectory; empty when there is no baseline inventory, its fossil total is zero,
   *     or the target year is not after the baseline year
   * @throws NullPointerException if an argument is null
   */
  public static Optional<EmissionTrajectory> emissionTrajectory(
      Strategy strategy, ReductionTarget target, PlanDate asOf) {
    return emissionTrajectory(strategy, target, asOf, new ClimateTemplate().parameters());
  }

  private static Optional<EmissionTrajectory> emissionTrajectory(
      Strategy strategy, ReductionTarget target, PlanDate asOf, Parameters parameters) {
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(asOf, "asOf");
    List<EmissionInventory> inventories = strategy.annexes(EmissionInventory.class);
    Optional<EmissionInventory> baseline =
        inventories.stream().filter(e -> e.type() == InventoryType.BASELINE).findFirst();
    if (baseline.isEmpty() || target.year() <= baseline.get().year()) {
      return Optional.empty();
    }
    Factors defaults = Factors.of(parameters);
    int y0 = baseline.get().year();
    BigDecimal b = value(defaults.emissions(baseline.get()), target.basis());
    if (b.signum() <= 0) {
      return Optional.empty();
    }
    BigDecimal tv = Decimals.normalise(b.multiply(HUNDRED.subtract(target.reductionPercent())).divide(HUNDRED));
    List<EmissionInventory> monitoring =
        inventories.stream()
            .filter(e -> e.type() == InventoryType.MONITORING && e.year() > y0 && e.year() <= asOf.year())
            .sorted(Comparator.comparingInt(EmissionInventory::year))
            .toList();
    List<EmissionTrajectory.Point> points = new ArrayList<>();
    List<Observation> observations = new ArrayList<>();
    for (EmissionInventory inventory : monitoring) {
      BigDecimal v = value(defaults.emissions(inventory), target.basis());
      int elapsed = Math.min(inventory.year(), target.year()) - y0;
      int span = target.year() - y0;
      BigDecimal expected =
          Decimals.normalise(
              b.subtract(b.subtract(tv).multiply(BigDecimal.valueOf(elapsed))
                      .divide(BigDecimal.valueOf(span), EmissionTrajectory.VALUE_SCALE + 10, RoundingMode.HALF_EVEN))
                  .setScale(EmissionTrajectory.VALUE_SCALE, RoundingMode.HALF_EVEN));
      BigDecimal expectedPercent =
          Decimals.normalise(
              target.reductionPercent().multiply(BigDecimal.valueOf(elapsed))
                  .divide(BigDecimal.valueOf(span), InventoryEmissions.PERCENT_SCALE, RoundingMode.HALF_EVEN));
      BigDecimal percent =
          Decimals.normalise(
              b.subtract(v).multiply(HUNDRED).divide(b, InventoryEmissions.PERCENT_SCALE, RoundingMode.HALF_EVEN));
      points.add(
          new EmissionTrajectory.Point(
              inventory.id(), inventory.year(), v, expected, Decimals.normalise(v.subtract(expected)), percent,
              expectedPercent));
      observations.add(Observation.of(PlanDate.ofYear(inventory.year()), v.doubleValue()));
    }
    IndicatorSeries series =
        IndicatorSeries.of(
            Direction.DECREASE,
            Observation.of(PlanDate.ofYear(y0), b.doubleValue()),
            Target.of(PlanDate.ofYear(target.year()), tv.doubleValue()),
            observations);
    Assessment assessment = LINEAR.assess(series, asOf);
    return Optional.of(
        new EmissionTrajectory(target.basis(), baseline.get().id(), y0, b, target, tv, points, assessment));
  }

  /**
   * The target gap analysis of {@code strategy}: its baseline inventory, the absolute reduction
   * target of its {@code covenant-commitment} annex for the target year (parameter {@value
   * ClimateTemplate#COM_TARGET_YEAR}), the business-as-usual projection and the action estimates of
   * its {@code mitigation-impacts} annex, year by year to the target year, as {@link GapAnalysis}
   * describes.
   *
   * @param strategy the strategy whose annexes hold the inventories, the commitment and the estimates
   * @param parameters the template parameters in force (target year, national electricity factor)
   * @return the analysis; empty when there is no commitment, no absolute target for the target
   *     year, no baseline inventory, the baseline's key-sector total is zero or the target year is
   *     not after the baseline year
   * @throws NullPointerException if an argument is null
   * @throws IllegalStateException if the target-year parameter is not a whole number
   */
  public static Optional<GapAnalysis> gapAnalysis(Strategy strategy, Parameters parameters) {
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(parameters, "parameters");
    return GapAnalyses.of(strategy, parameters);
  }

  /**
   * The Covenant of Mayors reporting cadence at {@code asOf} with the template's default
   * parameters: the findings {@link ClimateCodes#COM_MONITORING_REPORT_DUE} (info) and {@link
   * ClimateCodes#COM_MONITORING_REPORT_LATE} (warning) for the monitoring report (first within 4
   * years of signing, then every 2 years), {@link ClimateCodes#COM_MONITORING_INVENTORY_DUE} and
   * {@link ClimateCodes#COM_MONITORING_INVENTORY_LATE} for the monitoring emission inventory (at
   * least every 4 years). Years are compared, as the validation rule does when the parameter
   * {@value ClimateTemplate#COM_AS_OF} is set; this is that rule with the date passed directly.
   *
   * @param strategy the strategy whose {@code covenant-commitment} annex is checked
   * @param asOf the date at which reports and inventories are due or late
   * @return the findings, in the order report then inventory; empty when the strategy has no
   *     {@code covenant-commitment} annex or nothing is due
   * @throws NullPointerException if an argument is null
   */
  public static List<Finding> cadence(Strategy strategy, PlanDate asOf) {
    return cadence(strategy, asOf, new ClimateTemplate().parameters());
  }

  /**
   * As {@link #cadence(Strategy, PlanDate)}, with the intervals of {@code parameters} (for instance
   * those of a template adapted by an overlay); an {@value ClimateTemplate#COM_AS_OF} among them is
   * replaced by {@code asOf}.
   *
   * @param strategy the strategy whose {@code covenant-commitment} annex is checked
   * @param asOf the date at which reports and inventories are due or late
   * @param parameters the template parameters to take the reporting intervals from
   * @return the findings, as for {@link #cadence(Strategy, PlanDate)}
   * @throws NullPointerException if an argument is null
   * @throws IllegalStateException if an interval parameter is not a whole number
   */
  public static List<Finding> cadence(Strategy strategy, PlanDate asOf, Parameters parameters) {
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(asOf, "asOf");
    Parameters effective = parameters.with(Map.of(ClimateTemplate.COM_AS_OF, asOf.toString()));
    List<Finding> findings = new ArrayList<>();
    new CovenantCadenceRule(ClimateTemplate.sharedMessages())
        .check(
            strategy,
            new RuleContext() {
              @Override
              public Parameters parameters() {
                return effective;
              }

              @Override
              public void report(Finding finding) {
                findings.add(finding);
              }
            });
    return List.copyOf(findings);
  }

  private static BigDecimal value(InventoryEmissions e, TargetBasis basis) {
    return basis == TargetBasis.PER_CAPITA ? Decimals.normalise(e.keySectorPerCapita()) : e.keySectorTotal();
  }


  private static int wholeNumber(Parameters p, String name, int defaultValue) {
    BigDecimal value = p.decimal(name, BigDecimal.valueOf(defaultValue));
    try {
      return value.intValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalStateException(
          "parameter " + name + " must be a whole number but was \"" + value.toPlainString() + "\"", e);
    }
  }
}
