// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class OrderIntervalTest {

  private static final Function<DecisionMatrix, Ranking> SUM = d -> Mcda.weightedSum(d, Normalization.NONE);

  /** Weighted sum without normalisation of x (1, 0, 0), y (0, 0.5, 0), z (0, 0, 0.6); w = 0.4, 0.3, 0.3. */
  private static DecisionMatrix matrix() {
    return new DecisionMatrix(
        List.of(Criterion.of("a", CriterionDirection.BENEFIT, 0.4), Criterion.of("b", CriterionDirection.BENEFIT, 0.3),
            Criterion.of("c", CriterionDirection.BENEFIT, 0.3)),
        List.of("x", "y", "z"),
        new double[][] {{1, 0, 0}, {0, 0.5, 0}, {0, 0, 0.6}});
  }

  @Test
  void onePlaceGivesTheWeightIntervals() {
    List<WeightInterval> leader = Sensitivity.weightIntervals(matrix(), SUM);
    List<OrderInterval> one = Sensitivity.orderIntervals(matrix(), SUM, 1);
    assertEquals(3, one.size());
    for (int j = 0; j < 3; j++) {
      assertEquals(leader.get(j).criterion(), one.get(j).criterion());
      assertEquals(leader.get(j).lower(), one.get(j).lower(), 0);
      assertEquals(leader.get(j).upper(), one.get(j).upper(), 0);
      assertEquals(List.of("x"), one.get(j).order());
    }
  }

  @Test
  void firstTwoEndWhereTheirOrderChangesAndSayWhatFollows() {
    // scores: x 0.4, z 0.18, y 0.15. With a = t, b and c = (1 − t)/2 each: x = t, y = (1 − t)/4,
    // z = 0.3 (1 − t). x stays first while t > 0.3 (1 − t), i.e. t > 3/13; z stays above y until
    // t = 1, where both are 0 and the tie is broken by id (y first)
    OrderInterval a = Sensitivity.orderIntervals(matrix(), SUM, 2).get(0);
    assertEquals(List.of("x", "z"), a.order());
    assertEquals(3.0 / 13, a.lower(), 1e-6);
    assertEquals(List.of("z", "x"), a.orderBelow());
    assertTrue(a.changesBelow());
    assertEquals(1.0, a.upper(), 1e-6);
    assertEquals(List.of("x", "y"), a.orderAbove());
    // c = t: z = 0.6 t passes x = 4/7 (1 − t) at t = 20/41 and holds to 1, where y = 0 ties nothing
    OrderInterval c = Sensitivity.orderIntervals(matrix(), SUM, 1).get(2);
    assertEquals(20.0 / 41, c.upper(), 1e-6);
    assertEquals(List.of("z"), c.orderAbove());
    assertEquals(0.0, c.lower(), 0);
    assertFalse(c.changesBelow());
    // with b = t, a = 4/7 (1 − t), c = 3/7 (1 − t): y = t/2 passes z = 1.8/7 (1 − t) at t = 18/53
    OrderInterval b = Sensitivity.orderIntervals(matrix(), SUM, 2).get(1);
    assertEquals(18.0 / 53, b.upper(), 1e-6);
    assertEquals(List.of("x", "y"), b.orderAbove());
  }

  @Test
  void refusesFewerThanOnePlace() {
    assertThrows(IllegalArgumentException.class, () -> Sensitivity.orderIntervals(matrix(), SUM, 0));
  }
}
