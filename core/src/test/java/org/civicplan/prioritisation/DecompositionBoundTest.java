// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Lagrangian decomposition bound ({@link DecompositionBound}): for any multipliers (the copies'
 * of either sign) it bounds the brute-force optimum from above, also with every unit fixed as in
 * the optimal selection; started from Lagrangian multipliers it is at most the plain Lagrangian
 * bound, and tuning it keeps it valid and never loosens it.
 */
class DecompositionBoundTest {

  static Stream<Long> seeds() {
    return LongStream.range(0, 150).boxed();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void boundsTheOptimumAndTightensTheLagrangian(long seed) {
    RandomGenerator g = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
    PortfolioProblem p = PortfolioMultiPeriodTest.generate(g, 6 + g.nextInt(8));
    double optimum = PortfolioTest.bruteForce(p);
    PortfolioModel m = PortfolioModelBuilder.build(p);
    if (m.refused()) {
      return;
    }
    String ctx = "seed " + seed + ", problem " + p;
    double tol = 1e-9 * Math.max(1, Math.abs(optimum));
    PortfolioState st = new PortfolioState(m);
    assertTrue(st.forceMandatory(), ctx);
    assertTrue(DecompositionBound.fits(m), ctx);
    LagrangianBound l = new LagrangianBound(m);
    for (int k = 0; k < l.mu.length; k++) {
      l.mu[k] = g.nextDouble();
    }
    for (int k = 0; k < l.nu.length; k++) {
      l.nu[k] = 10 * g.nextDouble();
    }
    l.reduce();
    DecompositionBound d = new DecompositionBound(l);
    double start = d.bound(st.state);
    assertTrue(start >= optimum - tol, ctx + ": " + start + " < " + optimum);
    assertTrue(start <= l.bound(st.state) + tol, ctx + ": " + start + " > Lagrangian " + l.bound(st.state));
    Incumbent target = new Incumbent(m);
    target.replace(optimum, new byte[m.units.length]);
    double tuned = d.optimise(st.state, target, 200, Long.MAX_VALUE);
    assertTrue(tuned >= optimum - tol, ctx + ": tuned " + tuned + " < " + optimum);
    assertTrue(tuned <= start + tol, ctx + ": tuned " + tuned + " > " + start);
    assertTrue(d.bound(st.state) >= optimum - tol, ctx);
    // arbitrary multipliers, the copies' of either sign
    for (double[] row : d.pi) {
      for (int u = 0; u < row.length; u++) {
        row[u] = 40 * g.nextDouble() - 10;
      }
    }
    d.reduce();
    assertTrue(d.bound(st.state) >= optimum - tol, ctx + ": arbitrary multipliers");
    // with every unit fixed as in an optimal selection the bound still covers it
    Set<String> chosen = new HashSet<>(Portfolio.select(p).selected());
    for (int u = 0; u < m.units.length; u++) {
      boolean in = m.memberIds(m.units[u]).stream().anyMatch(chosen::contains);
      assertTrue(in ? st.take(u) : st.leave(u), ctx + ", unit " + u);
    }
    assertTrue(d.bound(st.state) >= optimum - tol, ctx + ": fixed as the optimum");
  }

  /**
   * The side-by-side benchmark's 50 × 5 instance with values tracking cost ({@code
   * SideBySide.multiPeriod(50, 5, 42, true, …)}), made by {@link SearchEffortTest#multiPeriod} with
   * the same draws.
   */
  static PortfolioProblem fiftyByFive() {
    return SearchEffortTest.multiPeriod(50, 42, 10, 90);
  }

  /**
   * A search long enough for the neighbourhood searches in the tree (from the 256th node) proves
   * the optimum that CP-SAT, CBC and SCIP each proved for this instance, 1984.535 (as printed to
   * three decimals by the side-by-side benchmark, docs/performance.md), with a feasible selection.
   */
  @Test
  void provesTheOptimumOfTheFiftyByFiveValueTrackingCostInstance() {
    PortfolioProblem p = fiftyByFive();
    Selection s = Portfolio.select(p);
    assertTrue(s.optimal(), s.toString());
    assertEquals(1984.535, s.value(), 5e-4, s.toString());
    assertTrue(PortfolioTest.feasible(p, new HashSet<>(s.selected())), s.toString());
    assertTrue(s.nodes() > 256, "the tree searches beyond the first neighbourhood search: " + s.nodes());
  }

  /**
   * A period's knapsack takes a unit that fills exactly what is left of its budget: with the whole
   * value on the first period's copy, the bound is that knapsack's optimum, 7 (a alone fills 10;
   * b with c would cost 11), which is also the optimum of the problem.
   */
  @Test
  void aUnitThatFillsThePeriodsBudgetExactlyIsTakenByItsKnapsack() {
    PortfolioProblem p = PortfolioProblem.of(PortfolioTest.money("2026", "10", "2027", "100"), List.of(
        Project.of("a", 7, PortfolioTest.money("2026", "10", "2027", "1")),
        Project.of("b", 5, PortfolioTest.money("2026", "6", "2027", "1")),
        Project.of("c", 4, PortfolioTest.money("2026", "5", "2027", "1"))));
    PortfolioModel m = PortfolioModelBuilder.build(p);
    PortfolioState st = new PortfolioState(m);
    assertTrue(st.forceMandatory());
    DecompositionBound d = new DecompositionBound(new LagrangianBound(m));
    for (int u = 0; u < m.units.length; u++) {
      d.pi[0][u] = m.units[u].value;
      d.pi[1][u] = 0;
    }
    java.util.Arrays.fill(d.mu, 0);
    java.util.Arrays.fill(d.nu, 0);
    d.reduce();
    assertEquals(7, d.bound(st.state), 1e-9); // the knapsack's tolerance above it
    int a = PortfolioModelBuilderTest.unitOf(m, "a");
    for (int u = 0; u < m.units.length; u++) {
      assertEquals(u == a ? 1 : 0, d.y[0][u], "unit " + m.units[u].id);
    }
    assertEquals(7, PortfolioTest.bruteForce(p), 0);
  }

  /**
   * The subgradient search is deterministic: on the 50 × 5 instance from the Lagrangian root
   * multipliers, the bounds it returns after 1, 5, 20, 60 and 200 steps towards the optimum are
   * pinned (recorded from this implementation, so that any change to the step rule, the stall
   * rule or the multipliers' projections shows here); each is a valid bound, and more steps never
   * loosen it.
   */
  @Test
  void theSubgradientSearchIsPinned() {
    PortfolioProblem p = fiftyByFive();
    PortfolioModel m = PortfolioModelBuilder.build(p);
    PortfolioState st = new PortfolioState(m);
    assertTrue(st.forceMandatory());
    LagrangianBound l = new LagrangianBound(m);
    l.optimise(st.state, 1900, 400);
    Incumbent target = new Incumbent(m);
    target.replace(1984.535, new byte[m.units.length]);
    double[] pinned = {2029.9687644424812, 2029.9687644424812, 2029.9687644424812, 2002.6433007344156, 1995.0015368190145};
    int[] steps = {1, 5, 20, 60, 200};
    double before = Double.POSITIVE_INFINITY;
    for (int i = 0; i < steps.length; i++) {
      DecompositionBound d = new DecompositionBound(l);
      double b = d.optimise(st.state, target, steps[i], Long.MAX_VALUE);
      assertEquals(pinned[i], b, 0, steps[i] + " steps");
      assertTrue(b >= 1984.535 && b <= before, steps[i] + " steps: " + b);
      before = b;
    }
  }
}
