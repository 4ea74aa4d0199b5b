// SPDX-License-Identifier: Apache-2.0
package org.civicplan.sport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.civicplan.base.ActionId;
import org.civicplan.planning.StrategyPrioritisation;
import org.civicplan.planning.StrategyRanking;
import org.civicplan.prioritisation.CriteriaSet;
import org.civicplan.prioritisation.Criterion;
import org.civicplan.prioritisation.DecisionMatrix;
import org.civicplan.prioritisation.PrioritisationRecord;
import org.civicplan.prioritisation.RankingMethod;
import org.civicplan.prioritisation.Sensitivity;
import org.civicplan.prioritisation.WeightInterval;
import org.civicplan.strategy.Strategy;
import org.junit.jupiter.api.Test;

/**
 * How stable the sample's first place is under one-at-a-time weight changes (core's {@link
 * Sensitivity}): a weight moved just past the end of its interval gives the first place to
 * another investment, and inside it the first place stays.
 */
class SportSensitivityTest {

  private final SportTemplate template = new SportTemplate();
  private final CriteriaSet criteria = template.criteriaSets().get(0);
  private final Strategy sample = SportSample.valid();
  private final PrioritisationRecord record = sample.prioritisations().get(0);

  private DecisionMatrix matrix() {
    List<String> ids = new ArrayList<>();
    List<double[]> rows = new ArrayList<>();
    for (PrioritisationRecord.RankedAction a : record.actions()) {
      ids.add(a.action().value());
      rows.add(criteria.criteria().stream().mapToDouble(c -> a.values().get(c.id())).toArray());
    }
    return new DecisionMatrix(criteria.criteria(), ids, rows.toArray(double[][]::new));
  }

  /** The first investment when criterion {@code id} has weight {@code t} and the others share 1 − t in proportion. */
  private ActionId firstWith(String id, double t) {
    double w = criteria.criteria().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow().weight();
    Map<String, Double> weights = new TreeMap<>();
    for (Criterion c : criteria.criteria()) {
      weights.put(c.id(), c.id().equals(id) ? t : c.weight() * (1 - t) / (1 - w));
    }
    StrategyRanking r = SportPrioritisation.rank(SportSample.draft(), StrategyPrioritisation.withWeights(criteria, weights),
        template.parameters(), RankingMethod.topsis(), SportSample.DECIDED_ON);
    return r.record().orElseThrow().actions().get(0).action();
  }

  @Test
  void theFirstTwoAreCloseAndAWeightChangeSwapsThem() {
    assertEquals(ActionId.of("I-03"), record.actions().get(0).action());
    assertEquals(ActionId.of("I-02"), record.actions().get(1).action());
    List<WeightInterval> intervals = Sensitivity.weightIntervals(matrix(), RankingMethod.topsis()::apply);
    assertEquals(8, intervals.size());
    // energy-climate (0.10): I-02 saves 900 MWh a year, I-03 400; more weight on it puts I-02 first
    WeightInterval energy = intervals.stream().filter(i -> i.criterion().equals("energy-climate")).findFirst().orElseThrow();
    assertTrue(energy.upper() < 1, energy::toString);
    assertEquals(ActionId.of("I-03"), firstWith("energy-climate", (energy.weight() + energy.upper()) / 2));
    ActionId past = firstWith("energy-climate", Math.min(1, energy.upper() + 0.01));
    assertNotEquals(ActionId.of("I-03"), past);
    assertEquals(ActionId.of("I-02"), past);
  }
}
