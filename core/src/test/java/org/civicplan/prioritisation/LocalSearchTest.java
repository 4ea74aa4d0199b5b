// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The local search that improves the first incumbent: it leaves one or two selected units out,
 * takes the other selected units back and fills greedily, as long as that improves the incumbent.
 */
class LocalSearchTest {

  private static PortfolioProblem single(long budget, int[][] valueCost) {
    List<Project> ps = new ArrayList<>();
    for (int i = 0; i < valueCost.length; i++) {
      ps.add(Project.of("p" + i, valueCost[i][0], Map.of("y", BigDecimal.valueOf(valueCost[i][1]))));
    }
    return PortfolioProblem.of(Map.of("y", BigDecimal.valueOf(budget)), ps);
  }

  private record Run(PortfolioState st, Incumbent incumbent, LocalSearch search) {
    static Run of(PortfolioProblem p) {
      PortfolioModel m = PortfolioModelBuilder.build(p);
      PortfolioState st = new PortfolioState(m);
      assertTrue(st.forceMandatory());
      Incumbent incumbent = new Incumbent(m);
      return new Run(st, incumbent, new LocalSearch(st, incumbent, Long.MAX_VALUE));
    }
  }

  @Test
  void withoutAnIncumbent_thereIsNothingToImprove() {
    Run r = Run.of(single(10, new int[][] {{6, 6}, {5, 5}}));
    assertFalse(r.search().improve(r.st().m.order));
    assertFalse(r.incumbent().exists());
  }

  /** The greedy selection takes a (7 for 6) and then nothing fits; leaving a out, b and c fit: 10. */
  @Test
  void leavingOneUnitOut_makesRoomForTwo() {
    Run r = Run.of(single(10, new int[][] {{7, 6}, {5, 5}, {5, 5}}));
    r.search().greedyStart();
    assertEquals(7, r.incumbent().value());
    byte[] free = r.st().state.clone();
    assertTrue(r.search().improve(r.st().m.order));
    assertEquals(10, r.incumbent().value());
    assertArrayEquals(new byte[] {PortfolioState.OUT, PortfolioState.IN, PortfolioState.IN}, r.incumbent().state());
    assertArrayEquals(free, r.st().state, "the state is as it was");
    assertEquals(0, r.st().value);
    assertFalse(r.search().improve(r.st().m.order), "a local optimum stays");
  }

  /** Greedy takes a and b (12 for 10 of 12); leaving both out, c, d and e (15 for 12) fit. */
  @Test
  void leavingTwoUnitsOut() {
    Run r = Run.of(single(12, new int[][] {{7, 5}, {5, 5}, {5, 4}, {5, 4}, {5, 4}}));
    r.search().greedyStart();
    assertEquals(12, r.incumbent().value());
    assertTrue(r.search().improve(r.st().m.order));
    assertEquals(15, r.incumbent().value());
  }

  /** On random instances: never worse than the greedy start, never better than the optimum, feasible. */
  @Test
  void betweenTheGreedyStartAndTheOptimum() {
    SplittableRandom g = new SplittableRandom(5);
    int improved = 0;
    for (int k = 0; k < 200; k++) {
      int n = 4 + g.nextInt(7);
      int[][] vc = new int[n][];
      long total = 0;
      for (int i = 0; i < n; i++) {
        vc[i] = new int[] {1 + g.nextInt(30), 1 + g.nextInt(30)};
        total += vc[i][1];
      }
      PortfolioProblem p = single(total / 2, vc);
      Run r = Run.of(p);
      r.search().greedyStart();
      double greedy = r.incumbent().value();
      boolean better = r.search().improve(r.st().m.order);
      double value = r.incumbent().value();
      assertEquals(better, value > greedy, "improve says whether it improved");
      improved += better ? 1 : 0;
      assertTrue(value <= Portfolio.select(p).value() + 1e-9);
      Set<String> chosen = new HashSet<>();
      for (int u = 0; u < n; u++) {
        if (r.incumbent().state()[u] == PortfolioState.IN) {
          chosen.addAll(r.st().m.memberIds(r.st().m.units[u]));
        }
      }
      assertTrue(PortfolioTest.feasible(p, chosen));
      assertEquals(value, chosen.stream().mapToDouble(id -> vc[Integer.parseInt(id.substring(1))][0]).sum(), 1e-9);
    }
    assertTrue(improved > 10, improved + " of 200 improved");
  }
}
