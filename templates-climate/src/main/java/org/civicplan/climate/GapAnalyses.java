// SPDX-License-Identifier: Apache-2.0
package org.civicplan.climate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicplan.base.ObjectiveId;
import org.civicplan.strategy.Action;
import org.civicplan.strategy.ActionStatus;
import org.civicplan.strategy.Objective;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.Parameters;

/** The computation behind {@link ClimateMonitoring#gapAnalysis}, as {@link GapAnalysis} describes it. */
final class GapAnalyses {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private GapAnalyses() {}

  static Optional<GapAnalysis> of(Strategy strategy, Parameters parameters) {
    int targetYear = parameters.integer(ClimateTemplate.COM_TARGET_YEAR);
    Optional<ReductionTarget> target = strategy.annexes(CovenantCommitment.class).stream().findFirst()
        .flatMap(c -> c.target(targetYear))
        .filter(t -> t.basis() == TargetBasis.ABSOLUTE);
    Optional<EmissionInventory> baseline = strategy.annexes(EmissionInventory.class).stream()
        .filter(e -> e.type() == InventoryType.BASELINE).findFirst();
    if (target.isEmpty() || baseline.isEmpty() || targetYear <= baseline.get().year()) {
      return Optional.empty();
    }
    BigDecimal b = Factors.of(parameters).emissions(baseline.get()).keySectorTotal();
    if (b.signum() <= 0) {
      return Optional.empty();
    }
    int y0 = baseline.get().year();
    BigDecimal tv = Decimals.normalise(b.multiply(HUNDRED.subtract(target.get().reductionPercent())).divide(HUNDRED));
    MitigationImpacts annex = strategy.annexes(MitigationImpacts.class).stream().findFirst()
        .orElse(new MitigationImpacts(List.of(), List.of()));
    List<ActionImpact> counted = counted(strategy, annex);

    List<ProjectedEmissions> bau = annex.businessAsUsual().stream()
        .filter(p -> p.year() > y0)
        .sorted(Comparator.comparingInt(ProjectedEmissions::year))
        .toList();
    int first = Math.min(Math.max(strategy.period().startYear(), y0 + 1), targetYear);
    List<GapAnalysis.Year> years = new ArrayList<>();
    for (int y = first; y <= targetYear; y++) {
      BigDecimal without = withoutPlan(y0, b, bau, y);
      int year = y;
      BigDecimal committed = counted.stream().filter(i -> i.sector().isKey() && i.year() <= year)
          .map(ActionImpact::co2ReducedTonnes).reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal projected = without.subtract(committed);
      BigDecimal path = interpolate(y0, b, targetYear, tv, y);
      years.add(new GapAnalysis.Year(y, without, committed, projected, path, projected.subtract(tv)));
    }
    Map<Sector, GapAnalysis.Totals> bySector = new EnumMap<>(Sector.class);
    Map<ObjectiveId, GapAnalysis.Totals> byPillar = new LinkedHashMap<>();
    strategy.objectives().forEach(o -> byPillar.put(o.id(), GapAnalysis.Totals.NONE));
    Map<ObjectiveId, ObjectiveId> pillars = pillars(strategy);
    for (ActionImpact i : counted) {
      bySector.merge(i.sector(), GapAnalysis.Totals.NONE.plus(i), GapAnalyses::sum);
      strategy.action(i.action())
          .flatMap(a -> a.objectiveIds().stream().findFirst())
          .map(pillars::get)
          .ifPresent(p -> byPillar.merge(p, GapAnalysis.Totals.NONE.plus(i), GapAnalyses::sum));
    }
    byPillar.values().removeIf(t -> t.actions() == 0);
    return Optional.of(new GapAnalysis(baseline.get().id(), y0, b, target.get(), tv, !bau.isEmpty(), years, bySector,
        byPillar));
  }

  /** The estimates of actions of the strategy that are not cancelled, the first per action. */
  static List<ActionImpact> counted(Strategy strategy, MitigationImpacts annex) {
    Map<String, ActionImpact> byAction = new LinkedHashMap<>();
    for (ActionImpact i : annex.impacts()) {
      boolean live = strategy.action(i.action()).map(a -> a.status() != ActionStatus.CANCELLED).orElse(false);
      if (live) {
        byAction.putIfAbsent(i.action().value(), i);
      }
    }
    return List.copyOf(byAction.values());
  }

  /** The top-level objective (pillar) of every objective of the strategy. */
  static Map<ObjectiveId, ObjectiveId> pillars(Strategy strategy) {
    Map<ObjectiveId, ObjectiveId> map = new HashMap<>();
    for (Objective pillar : strategy.objectives()) {
      pillar.flatten().forEach(o -> map.put(o.id(), pillar.id()));
    }
    return map;
  }

  /** Whether {@code action} serves an objective of pillar {@code pillar} or is tagged {@code mitigation}. */
  static boolean isMitigation(Action action, Map<ObjectiveId, ObjectiveId> pillars, Optional<ObjectiveId> pillar) {
    return action.tags().contains("mitigation")
        || action.objectiveIds().stream().anyMatch(o -> pillar.isPresent() && pillar.get().equals(pillars.get(o)));
  }

  private static GapAnalysis.Totals sum(GapAnalysis.Totals a, GapAnalysis.Totals b) {
    return new GapAnalysis.Totals(a.actions() + b.actions(), a.energySavedMwh().add(b.energySavedMwh()),
        a.renewableMwh().add(b.renewableMwh()), a.co2ReducedTonnes().add(b.co2ReducedTonnes()));
  }

  /** Business as usual in {@code year}: linear between its points, from the baseline, held after the last. */
  private static BigDecimal withoutPlan(int y0, BigDecimal b, List<ProjectedEmissions> bau, int year) {
    int fromYear = y0;
    BigDecimal from = b;
    for (ProjectedEmissions p : bau) {
      if (p.year() >= year) {
        return interpolate(fromYear, from, p.year(), p.tonnesCo2(), year);
      }
      fromYear = p.year();
      from = p.tonnesCo2();
    }
    return from;
  }

  /** The value in {@code year} of the straight line from (y0, v0) to (y1, v1), rounded to the scale. */
  static BigDecimal interpolate(int y0, BigDecimal v0, int y1, BigDecimal v1, int year) {
    if (year >= y1) {
      return v1;
    }
    BigDecimal step = v1.subtract(v0).multiply(BigDecimal.valueOf(year - y0));
    return Decimals.normalise(v0.add(step.divide(BigDecimal.valueOf(y1 - y0), GapAnalysis.VALUE_SCALE, RoundingMode.HALF_EVEN)));
  }
}
