// SPDX-License-Identifier: Apache-2.0
package org.civicplan.solver.ortools;

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
import java.util.stream.Stream;
import org.civicplan.prioritisation.MinimumShare;
import org.civicplan.prioritisation.PortfolioProblem;
import org.civicplan.prioritisation.PortfolioSolver;
import org.civicplan.prioritisation.PortfolioSolvers;
import org.civicplan.prioritisation.PrioritisationCodes;
import org.civicplan.prioritisation.Project;
import org.civicplan.prioritisation.Selection;
import org.civicplan.testkit.PortfolioOracle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every backend the {@link java.util.ServiceLoader} finds (the embedded solver and the three of
 * this module) against a brute-force oracle on small seeded instances: one to three periods with
 * decimal budgets and costs, dependencies (some in cycles), exclusive groups, mandatory projects and
 * minimum shares. Each must reach the oracle's optimum, claim optimality, report the bound equal
 * to the value, never break a constraint, and refuse infeasible instances with the same findings.
 */
class BackendPropertiesTest {
  static final int SEEDS = 120;

  static Stream<Object[]> cases() {
    List<Object[]> l = new ArrayList<>();
    for (PortfolioSolver s : PortfolioSolvers.available()) {
      for (long seed = 0; seed < SEEDS; seed++) {
        l.add(new Object[] {s.id(), seed});
      }
    }
    return l.stream();
  }

  @Test
  void serviceLoaderFindsEveryBackend() {
    List<String> ids = PortfolioSolvers.available().stream().map(PortfolioSolver::id).toList();
    assertEquals(List.of("civicplan", "ortools-cbc", "ortools-cp-sat", "ortools-scip"), ids);
  }

  @ParameterizedTest(name = "{0} seed {1}")
  @MethodSource("cases")
  void equalsBruteForceAndBreaksNoConstraint(String solver, long seed) {
    RandomGenerator g = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
    PortfolioProblem p = generate(g, 1 + g.nextInt(11));
    Selection s = PortfolioSolvers.find(solver).orElseThrow().select(p);
    Selection embedded = PortfolioSolvers.embedded().select(p);
    double oracle = PortfolioOracle.bestValue(p);
    String ctx = solver + ", seed " + seed + ", problem " + p + ", result " + s;
    if (oracle == Double.NEGATIVE_INFINITY) {
      assertFalse(s.feasible(), ctx);
      assertTrue(s.findings().stream().anyMatch(f -> f.isError() && f.code().startsWith(PrioritisationCodes.PORTFOLIO_INFEASIBLE)), ctx);
      assertEquals(embedded.findings(), s.findings(), ctx);
      return;
    }
    assertTrue(s.feasible() && s.optimal(), ctx);
    assertTrue(PortfolioOracle.feasible(p, new HashSet<>(s.selected())), ctx);
    assertEquals(oracle, s.value(), 1e-6 * Math.max(1, Math.abs(oracle)), ctx);
    assertEquals(s.value(), s.bound(), 0, ctx);
    assertEquals(0, s.gap(), 0, ctx);
    // the cost per period is that of the selection, exactly
    for (String period : p.budget().keySet()) {
      BigDecimal sum = BigDecimal.ZERO;
      for (Project x : p.projects()) {
        if (s.selected().contains(x.id())) {
          sum = sum.add(x.costIn(period));
        }
      }
      assertEquals(0, sum.compareTo(s.cost().get(period)), ctx);
    }
    assertEquals(embedded.findings(), s.findings(), ctx);
  }

  static PortfolioProblem generate(RandomGenerator g, int n) {
    int periods = 1 + g.nextInt(3);
    Map<String, BigDecimal> budget = new TreeMap<>();
    for (int t = 0; t < periods; t++) {
      budget.put("202" + t, BigDecimal.valueOf(50 + g.nextInt(200), g.nextInt(3)));
    }
    boolean integral = g.nextBoolean();
    List<Project> ps = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Map<String, BigDecimal> cost = new TreeMap<>();
      for (String period : budget.keySet()) {
        if (g.nextInt(4) > 0) {
          cost.put(period, BigDecimal.valueOf(g.nextInt(80), g.nextInt(3)));
        }
      }
      Set<String> req = new HashSet<>();
      if (i > 0 && g.nextInt(4) == 0) {
        req.add("p" + g.nextInt(n));
      }
      req.remove("p" + i);
      double value = g.nextInt(6) == 0 ? 0 : 1 + g.nextInt(100) + (integral ? 0 : g.nextDouble());
      ps.add(new Project("p" + i, value, cost, req, g.nextInt(15) == 0));
    }
    List<Set<String>> ex = new ArrayList<>();
    if (n > 3 && g.nextBoolean()) {
      ex.add(Set.of("p" + g.nextInt(n / 2), "p" + (n / 2 + g.nextInt(n - n / 2))));
    }
    List<MinimumShare> shares = new ArrayList<>();
    if (g.nextInt(3) == 0) {
      String period = budget.keySet().iterator().next();
      shares.add(new MinimumShare(period, new HashSet<>(List.of("p0", "p" + (n - 1))), new BigDecimal("0.1")));
    }
    return new PortfolioProblem(budget, ps, ex, shares, 10_000_000, Duration.ofSeconds(20));
  }
}
