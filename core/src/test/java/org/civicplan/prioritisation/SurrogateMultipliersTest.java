// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The surrogate multipliers (F. Glover, "Surrogate constraints", Operations Research 16 (1968)
 * 741–749): the budgets are folded into one, Σ_t λ_t c_tu ≤ Σ_t λ_t b_t, whose fractional knapsack
 * bounds every selection for any λ ≥ 0; the model starts from λ_t = 1 / b_t and, with several
 * periods, tunes λ to lower that bound. The bound is computed here from the definition.
 */
class SurrogateMultipliersTest {

  /** The fractional knapsack of the folded budget, units in decreasing value per weight. */
  static double surrogateBound(PortfolioModel m, double[] lambda) {
    double cap = 0;
    for (int t = 0; t < lambda.length; t++) {
      cap += lambda[t] * m.budget[t];
    }
    double[] w = new double[m.units.length];
    for (int u = 0; u < w.length; u++) {
      for (int t = 0; t < lambda.length; t++) {
        w[u] += lambda[t] * m.units[u].cost[t];
      }
    }
    Integer[] idx = IntStream.range(0, w.length).boxed().toArray(Integer[]::new);
    Arrays.sort(idx, Comparator.comparingDouble(u -> w[u] == 0 ? Double.NEGATIVE_INFINITY : -m.units[u].value / w[u]));
    double b = 0;
    for (int u : idx) {
      if (m.units[u].value <= 0) {
        continue;
      }
      double x = w[u] <= cap ? 1 : cap / w[u];
      b += x * m.units[u].value;
      cap -= x * w[u];
    }
    return b;
  }

  @Test
  void oneBudget_oneOverTheBudget_andWeightsTheCostsOverIt() {
    PortfolioModel m = PortfolioModelBuilder.build(SearchEffortTest.pisinger(0, 50, 100, 3));
    assertEquals(1, m.lambda.length);
    assertEquals(1.0 / m.budget[0], m.lambda[0]);
    for (PortfolioUnit u : m.units) {
      assertEquals(m.lambda[0] * u.cost[0], u.weight, 0);
    }
  }

  @ParameterizedTest(name = "{0} projects, seed {1}")
  @CsvSource({"36, 2, 1328.2232038", "60, 6, 2344.3109424", "120, 8, 4317.2260189"})
  void severalBudgets_tunedBelowTheStart_andNoWeakerThanThisBuilds(int n, long seed, double ceiling) {
    PortfolioProblem p = SearchEffortTest.multiPeriod(n, seed, 10, 90);
    PortfolioModel m = PortfolioModelBuilder.build(p);
    double[] start = new double[m.periods.length];
    for (int t = 0; t < start.length; t++) {
      start[t] = 1.0 / m.budget[t];
    }
    double tuned = surrogateBound(m, m.lambda);
    double untuned = surrogateBound(m, start);
    String ctx = "tuned " + tuned + ", from " + untuned + ", multipliers " + Arrays.toString(m.lambda);
    assertTrue(tuned < untuned - 1e-6, ctx);
    assertTrue(tuned <= ceiling + 1e-6, ctx);
    assertTrue(tuned >= Portfolio.greedy(p).value(), ctx);
    assertTrue(new PortfolioState(m).bound() <= tuned + 1e-9 * tuned, "the state's root bound is at most this bound: " + ctx);
    for (PortfolioUnit u : m.units) {
      double w = 0;
      for (int t = 0; t < m.lambda.length; t++) {
        w += m.lambda[t] * u.cost[t];
      }
      assertEquals(w, u.weight, 1e-15 * Math.max(1, w));
    }
  }

  @Test
  void aPeriodWithoutBudget_weighsNothing() {
    PortfolioProblem p = SearchEffortTest.multiPeriod(20, 1, 10, 90);
    Map<String, BigDecimal> budget = new LinkedHashMap<>(p.budget());
    budget.put("2030", BigDecimal.ZERO);
    PortfolioModel m = PortfolioModelBuilder.build(new PortfolioProblem(budget, p.projects(), p.exclusive(), p.minimumShares(), 1000, p.maxTime()));
    assertEquals(0, m.lambda[4]);
    assertTrue(Arrays.stream(m.lambda).limit(4).allMatch(l -> l > 0), Arrays.toString(m.lambda));
  }

  @Test
  void aUnitOfNoWeight_firstIfItIsWorthAnything() {
    PortfolioUnit u = new PortfolioUnit();
    u.value = 3;
    assertEquals(Double.MAX_VALUE, SurrogateMultipliers.ratio(u));
    u.value = 0;
    assertEquals(0, SurrogateMultipliers.ratio(u));
    u.value = -1;
    assertEquals(-Double.MAX_VALUE, SurrogateMultipliers.ratio(u));
    u.weight = 2;
    assertArrayEquals(new double[] {-0.5}, new double[] {SurrogateMultipliers.ratio(u)});
  }
}
