// SPDX-License-Identifier: Apache-2.0
package org.civicplan.monitoring;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.civicplan.base.PlanDate;
import org.civicplan.indicator.Baseline;
import org.civicplan.indicator.Denominator;
import org.civicplan.indicator.Direction;
import org.civicplan.indicator.Indicator;
import org.civicplan.indicator.Target;
import org.civicplan.strategy.Municipality;

/**
 * What an assessment reads: a direction, a baseline, a final target, milestones and observations,
 * as plain dates and numbers. Independent of {@link Indicator}, so that series from elsewhere (a
 * spreadsheet, a statistics API) can be assessed; {@link #from(Indicator)} adapts an indicator.
 *
 * <p>Milestones and observations are kept sorted by date; observations with the same date keep
 * their given order, and the later one counts as the correction of the earlier.
 *
 * @param direction which way is better
 * @param baseline the starting value, if known
 * @param target the final target (a range for {@link Direction#TARGET_RANGE}), if any
 * @param milestones intermediate values the trajectory passes through, sorted by date
 * @param observations measured values, sorted by date
 */
public record IndicatorSeries(
    Direction direction,
    Optional<Observation> baseline,
    Optional<Target> target,
    List<Observation> milestones,
    List<Observation> observations) {

  private static final Comparator<Observation> BY_DATE = Comparator.comparing(Observation::date);

  /**
   * Creates an instance from its components.
   *
   * @param direction which way is better
   * @param baseline the starting value, if known
   * @param target the final target (a range for {@link Direction#TARGET_RANGE}), if any
   * @param milestones intermediate values the trajectory passes through, sorted by date
   * @param observations measured values, sorted by date
   * @throws NullPointerException if an argument or a list element is null
   */
  public IndicatorSeries {
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(target, "target");
    milestones = milestones.stream().sorted(BY_DATE).toList();
    observations = observations.stream().sorted(BY_DATE).toList();
  }

  /**
   * {@return a series with a baseline, a target, no milestones and the given observations}
   *
   * @param direction which way is better
   * @param baseline the starting value, if known
   * @param target the final target (a range for {@link Direction#TARGET_RANGE}), if any
   * @param observations measured values, sorted by date
   */
  public static IndicatorSeries of(
      Direction direction, Observation baseline, Target target, List<Observation> observations) {
    return new IndicatorSeries(direction, Optional.of(baseline), Optional.of(target), List.of(), observations);
  }

  /**
   * {@return a series with a baseline and no target (for the growth-rate methods' no-target
   * variants)}
   *
   * @param direction which way is better
   * @param baseline the starting value, if known
   * @param observations measured values, sorted by date
   */
  public static IndicatorSeries withoutTarget(
      Direction direction, Observation baseline, List<Observation> observations) {
    return new IndicatorSeries(direction, Optional.of(baseline), Optional.empty(), List.of(), observations);
  }

  /**
   * {@return the series of an indicator: its baseline, its first final target in document order
   * (the latest-dated one when several are final targets, since a strategy's horizon is its last
   * target), its milestones and its measurements}
   *
   * @param indicator the indicator
   */
  public static IndicatorSeries from(Indicator indicator) {
    Optional<Observation> base = indicator.baseline().map(IndicatorSeries::observation);
    Optional<Target> target = indicator.finalTargets().stream().max(Comparator.comparing(Target::date));
    List<Observation> milestones =
        indicator.targets().stream().filter(Target::milestone).map(t -> Observation.of(t.date(), t.value())).toList();
    List<Observation> observations =
        indicator.measurements().stream().map(m -> Observation.of(m.date(), m.value())).toList();
    return new IndicatorSeries(indicator.direction(), base, target, milestones, observations);
  }

  /**
   * The series of {@code indicator} in the terms of its {@link Indicator#normalisation()}: every
   * value (baseline, targets, milestones, measurements) recorded as an absolute figure is divided by
   * the denominator of its year — the population {@link Municipality#populationIn} gives for that
   * year ({@link Denominator#PER_CAPITA}; × 1 000 for {@link Denominator#PER_1000_INHABITANTS}) or
   * the municipality's area ({@link Denominator#PER_KM2}).
   *
   * @param indicator the indicator
   * @param municipality the municipality whose population series and area divide the values
   * @return the normalised series; the series as recorded ({@link #from(Indicator)}) when the
   *     normalisation is {@link Denominator#NONE}; empty when the municipality has no population
   *     count (per capita) or no area (per km²)
   * @throws NullPointerException if an argument is null
   */
  public static Optional<IndicatorSeries> normalised(Indicator indicator, Municipality municipality) {
    Objects.requireNonNull(municipality, "municipality");
    Denominator d = indicator.normalisation();
    if (d == Denominator.NONE) {
      return Optional.of(from(indicator));
    }
    boolean known = d == Denominator.PER_KM2 ? municipality.areaKm2().isPresent() : !municipality.populations().isEmpty();
    if (!known) {
      return Optional.empty();
    }
    java.util.function.ToDoubleFunction<PlanDate> divisor = date -> switch (d) {
      case PER_CAPITA -> municipality.populationIn(date.year()).orElseThrow().inhabitants();
      case PER_1000_INHABITANTS -> municipality.populationIn(date.year()).orElseThrow().inhabitants() / 1000.0;
      case PER_KM2 -> municipality.areaKm2().orElseThrow().doubleValue();
      case NONE -> 1.0;
    };
    IndicatorSeries raw = from(indicator);
    java.util.function.UnaryOperator<Observation> divide =
        o -> Observation.of(o.date(), o.value() / divisor.applyAsDouble(o.date()));
    Optional<Target> target = raw.target().map(t -> {
      double by = divisor.applyAsDouble(t.date());
      return new Target(t.date(), t.value() / by,
          t.upper().isPresent() ? java.util.OptionalDouble.of(t.upper().getAsDouble() / by) : java.util.OptionalDouble.empty(),
          t.milestone());
    });
    return Optional.of(new IndicatorSeries(raw.direction(), raw.baseline().map(divide), target,
        raw.milestones().stream().map(divide).toList(), raw.observations().stream().map(divide).toList()));
  }

  /**
   * {@return a copy with one more observation}
   *
   * @param observation the observation to add
   */
  public IndicatorSeries withObservation(Observation observation) {
    List<Observation> more = new java.util.ArrayList<>(observations);
    more.add(observation);
    return new IndicatorSeries(direction, baseline, target, milestones, more);
  }

  private static Observation observation(Baseline b) {
    return Observation.of(b.date(), b.value());
  }
}
