// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Multi-period selection (2–5 periods, dependencies, several exclusive groups, integer or
 * fractional values, tight budgets) against the brute-force oracle: the branch and bound with the
 * Lagrangian bound, reduced-cost fixing and the integer-value cut must find the same optimum and
 * claim optimality only then.
 */
class PortfolioMultiPeriodTest {

  static Stream<Long> seeds() {
    return LongStream.range(0, 400).boxed();
  }

  static PortfolioProblem generate(RandomGenerator g, int n) {
    int periods = 2 + g.nextInt(4);
    boolean integral = g.nextBoolean();
    Map<String, BigDecimal> budget = new TreeMap<>();
    long[] demand = new long[periods];
    List<Project> ps = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Map<String, BigDecimal> cost = new TreeMap<>();
      int start = g.nextInt(periods);
      int len = 1 + g.nextInt(3);
      long sum = 0;
      for (int t = start; t < Math.min(periods, start + len); t++) {
        int c = 10 + g.nextInt(90);
        cost.put(String.valueOf(2026 + t), BigDecimal.valueOf(c));
        demand[t] += c;
        sum += c;
      }
      Set<String> req = new HashSet<>();
      if (i > 0 && g.nextInt(3) == 0) {
        req.add("p" + g.nextInt(i));
      }
      if (i > 1 && g.nextInt(8) == 0) {
        req.add("p" + g.nextInt(i));
      }
      double value =
          integral
              ? (g.nextBoolean() ? 1 + g.nextInt(100) : Math.round(sum * (0.8 + 0.4 * g.nextDouble())))
              : sum * (0.8 + 0.4 * g.nextDouble());
      ps.add(new Project("p" + i, value, cost, req, false));
    }
    for (int t = 0; t < periods; t++) {
      budget.put(String.valueOf(2026 + t), BigDecimal.valueOf(Math.max(1, demand[t] / (2 + g.nextInt(3)))));
    }
    List<Set<String>> ex = new ArrayList<>();
    int groups = g.nextInt(4);
    for (int k = 0; k < groups; k++) {
      Set<String> grp = new HashSet<>();
      int size = 2 + g.nextInt(2);
      for (int m = 0; m < size; m++) {
        grp.add("p" + g.nextInt(n));
      }
      ex.add(grp);
    }
    return new PortfolioProblem(budget, ps, ex, List.of(), 10_000_000, Duration.ofSeconds(20));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void multiPeriodWithDependenciesAndGroupsEqualsBruteForce(long seed) {
    RandomGenerator g = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
    int n = 6 + g.nextInt(seed % 20 == 0 ? 11 : 7);
    PortfolioProblem p = generate(g, n);
    Selection s = Portfolio.select(p);
    double oracle = PortfolioTest.bruteForce(p);
    String ctx = "seed " + seed + ", n " + n + ", problem " + p + ", result " + s;
    assertTrue(oracle > Double.NEGATIVE_INFINITY, ctx); // the empty selection is always feasible here
    assertTrue(s.feasible(), ctx);
    assertTrue(s.optimal(), ctx);
    assertTrue(PortfolioTest.feasible(p, new HashSet<>(s.selected())), ctx);
    assertEquals(oracle, s.value(), 1e-6 * Math.max(1, Math.abs(oracle)), ctx);
    assertEquals(s.value(), s.bound(), 0, ctx);
    // a stop after the root still reports a valid bound
    Selection root = Portfolio.select(p.withLimits(1, Duration.ofSeconds(20)));
    if (!root.optimal()) {
      assertTrue(root.bound() >= oracle - 1e-6 * Math.max(1, Math.abs(oracle)), ctx + ", root " + root);
      assertFalse(root.findings().isEmpty(), ctx);
    }
  }
}
