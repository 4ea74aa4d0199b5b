package org.civicplan.testkit.heat;

import java.util.List;
import org.civicplan.base.StrategyId;
import org.civicplan.base.StrategyPeriod;
import org.civicplan.strategy.Municipality;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.NewStrategyRequest;

/** A valid strategy of {@link HeatTemplate} and its single-defect copies. */
public final class HeatSample {

  private HeatSample() {}

  /** Arad's heat strategy for 2026–2030: the template's draft with a heatwave plan of three centres. */
  public static Strategy valid() {
    Strategy draft = new HeatTemplate().newStrategy(NewStrategyRequest.of(
        StrategyId.of("arad-heat-2026"), Municipality.of("Arad", "RO"), StrategyPeriod.of(2026, 2030)));
    return draft.toBuilder().annex(new HeatTemplate.HeatPlan(3, List.of("Centru", "Micălaca"))).build();
  }

  /** The sample with a heatwave plan of {@code centres} cooling centres instead. */
  public static Strategy withCentres(int centres) {
    return withoutPlan().toBuilder().annex(new HeatTemplate.HeatPlan(centres, List.of("Centru"))).build();
  }

  /** The sample without its heatwave plan. */
  public static Strategy withoutPlan() {
    return valid().toBuilder().annexes(List.of()).build();
  }
}
