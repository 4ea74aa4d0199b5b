// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Lagrangian bound that keeps one budget exact ({@link LagrangianBound#keptBound}): for any
 * multipliers it bounds the brute-force optimum from above and is at most the plain Lagrangian
 * bound with the same multipliers; tuning it ({@link LagrangianBound#optimiseKept}) keeps it
 * valid.
 */
class KeptBudgetBoundTest {

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
    PortfolioState st = new PortfolioState(m);
    assertTrue(st.forceMandatory(), "seed " + seed);
    LagrangianBound l = new LagrangianBound(m);
    // arbitrary non-negative multipliers: the bounds hold for any
    for (int k = 0; k < l.mu.length; k++) {
      l.mu[k] = g.nextDouble();
    }
    for (int k = 0; k < l.nu.length; k++) {
      l.nu[k] = 10 * g.nextDouble();
    }
    l.reduce();
    double tol = 1e-9 * Math.max(1, Math.abs(optimum));
    double plain = l.bound(st.state);
    String ctx = "seed " + seed + ", problem " + p;
    for (int t = 0; t < m.periods.length; t++) {
      double kept = l.keptBound(st.state, t, null);
      assertTrue(kept >= optimum - tol, ctx + ", period " + t + ": " + kept + " < " + optimum);
      assertTrue(kept <= plain + tol, ctx + ", period " + t + ": " + kept + " > " + plain);
    }
    double tuned = l.optimiseKept(st.state, 0, optimum, 200, Long.MAX_VALUE);
    assertTrue(tuned >= optimum - tol, ctx + ": tuned " + tuned + " < " + optimum);
    assertTrue(l.keptBound(st.state, 0, null) >= optimum - tol, ctx);
  }
}
