// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * More brute-force oracle cases for the multi-period search (local search of the incumbent, few
 * subgradient steps per node): larger instances than {@link PortfolioMultiPeriodTest}'s usual
 * ones, with seeds of their own.
 */
class PortfolioSearchOracleTest {

  static Stream<Long> seeds() {
    return LongStream.range(10_000, 10_600).boxed();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void searchEqualsBruteForce(long seed) {
    RandomGenerator g = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
    int n = 10 + g.nextInt(7);
    PortfolioProblem p = PortfolioMultiPeriodTest.generate(g, n);
    Selection s = Portfolio.select(p);
    double oracle = PortfolioTest.bruteForce(p);
    String ctx = "seed " + seed + ", n " + n + ", problem " + p + ", result " + s;
    assertTrue(s.feasible(), ctx);
    assertTrue(s.optimal(), ctx);
    assertTrue(PortfolioTest.feasible(p, new HashSet<>(s.selected())), ctx);
    assertEquals(oracle, s.value(), 1e-6 * Math.max(1, Math.abs(oracle)), ctx);
    assertEquals(s.value(), s.bound(), 0, ctx);
  }
}
