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
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.civicplan.base.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The expanding-core dynamic program for one budget ({@link CoreKnapsack}) against the brute-force
 * oracle on small instances of Pisinger's classes (uncorrelated, weakly and strongly correlated,
 * with integer or fractional values and decimal costs), against the branch and bound on larger
 * ones, and its result when the time limit stops it; the solver over arrays that the decomposition
 * bound calls, with real values of either magnitude, against enumeration.
 */
class CoreKnapsackTest {

  /**
   * The solver over arrays, as {@link DecompositionBound} calls it (real values, a tolerance of
   * 10<sup>−12</sup>, one instance reused): its best value is the enumerated optimum within the
   * tolerance, its chosen items fit and add up to it; with a deadline already past it stops and
   * its bound still covers the optimum. Trees of one to eight nodes at first make it compact them
   * while it adds a node: a node's parent was once read before the compaction renumbered it, and
   * the walk back from the best node could then loop for ever (hence the timeout).
   */
  @ParameterizedTest
  @MethodSource("seeds")
  @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void overArrays_theEnumeratedOptimum(long seed) {
    RandomGenerator g = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
    CoreKnapsack k = new CoreKnapsack(1 + g.nextInt(8));
    for (int round = 0; round < 3; round++) {
      int n = 1 + g.nextInt(14);
      long capacity = 1 + g.nextInt(200);
      long[] w = new long[n];
      double[] p = new double[n];
      double[] eff = new double[n];
      for (int i = 0; i < n; i++) {
        w[i] = 1 + g.nextLong(capacity);
        // values tracking cost (near-ties of value per cost) or unrelated, small or large
        p[i] = (g.nextBoolean() ? w[i] * (0.9 + 0.2 * g.nextDouble()) : 100 * g.nextDouble() + 1e-3) * (g.nextBoolean() ? 1 : 1e6);
        eff[i] = p[i] / w[i];
      }
      int[] order = IndexSort.byScore(eff, true);
      long[] sw = new long[n];
      double[] sp = new double[n];
      for (int i = 0; i < n; i++) {
        sw[i] = w[order[i]];
        sp[i] = p[order[i]];
      }
      double optimum = 0;
      for (int mask = 0; mask < 1 << n; mask++) {
        long c = 0;
        double v = 0;
        for (int i = 0; i < n; i++) {
          if ((mask >> i & 1) == 1) {
            c += sw[i];
            v += sp[i];
          }
        }
        if (c <= capacity) {
          optimum = Math.max(optimum, v);
        }
      }
      String ctx = "seed " + seed + ", round " + round;
      double tol = 1e-12 * Math.max(1, optimum);
      assertTrue(k.solve(sw, sp, n, capacity, false, 1e-12, Long.MAX_VALUE), ctx);
      assertEquals(optimum, k.best(), 2 * tol, ctx);
      boolean[] x = new boolean[n];
      k.chosen(x);
      long c = 0;
      double v = 0;
      for (int i = 0; i < n; i++) {
        if (x[i]) {
          c += sw[i];
          v += sp[i];
        }
      }
      assertTrue(c <= capacity, ctx);
      assertEquals(k.best(), v, 1e-9 * Math.max(1, v), ctx);
      boolean ended = k.solve(sw, sp, n, capacity, false, 1e-12, Long.MIN_VALUE);
      assertTrue(ended ? k.best() >= optimum - 2 * tol : k.bound() >= optimum - 2 * tol, ctx + ": stopped");
    }
  }

  static Stream<Long> seeds() {
    return LongStream.range(0, 600).boxed();
  }

  /** A plain single-budget instance: n items, costs 1..range with up to 2 decimals. */
  static PortfolioProblem plain(RandomGenerator g, int n, int range) {
    int kind = g.nextInt(3);
    boolean fractional = g.nextInt(3) == 0;
    int decimals = g.nextInt(3);
    List<Project> ps = new ArrayList<>();
    long total = 0;
    for (int i = 0; i < n; i++) {
      int w = 1 + g.nextInt(range);
      double v =
          switch (kind) {
            case 0 -> 1 + g.nextInt(range);
            case 1 -> Math.max(1, w - range / 10 + g.nextInt(range / 5 + 1));
            default -> w + range / 10;
          };
      if (fractional) {
        v += g.nextDouble();
      }
      if (g.nextInt(20) == 0) {
        w = 0; // free items are taken whenever worth something
      }
      if (g.nextInt(20) == 0) {
        v = 0;
      }
      total += w;
      ps.add(new Project("p" + i, v, Map.of("y", BigDecimal.valueOf(w, decimals)), Set.of(), g.nextInt(30) == 0));
    }
    long budget = Math.max(0, total * (1 + g.nextInt(7)) / 8);
    return PortfolioProblem.of(Map.of("y", BigDecimal.valueOf(budget, decimals)), ps);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void equalsBruteForceAndKeepsTheBudget(long seed) {
    RandomGenerator g = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
    int n = 1 + g.nextInt(seed % 50 == 0 ? 18 : 13);
    PortfolioProblem p = plain(g, n, seed % 2 == 0 ? 100 : 1000);
    assertTrue(CoreKnapsack.applies(PortfolioModelBuilder.build(p)));
    Selection s = Portfolio.select(p);
    double oracle = PortfolioTest.bruteForce(p);
    String ctx = "seed " + seed + ", problem " + p + ", result " + s;
    if (oracle == Double.NEGATIVE_INFINITY) {
      assertFalse(s.feasible(), ctx);
      return;
    }
    assertTrue(s.feasible() && s.optimal(), ctx);
    assertTrue(PortfolioTest.feasible(p, new HashSet<>(s.selected())), ctx);
    assertEquals(oracle, s.value(), 1e-9 * Math.max(1, Math.abs(oracle)), ctx);
    assertEquals(s.value(), s.bound(), 0, ctx);
    assertEquals(0, s.gap(), 0, ctx);
  }

  /**
   * A project worth nothing is never selected, even where the greedy fill after the break item
   * would have room for it: a (5 for 6) fills the budget of 10 but for 4, b (4 for 5) is the break
   * item, the worthless z (0 for 1) would fit in the rest; the optimum is a alone.
   */
  @Test
  void aProjectWorthNothing_isNotSelected() {
    PortfolioProblem p = PortfolioProblem.of(Map.of("y", BigDecimal.TEN), List.of(
        Project.of("a", 5, Map.of("y", BigDecimal.valueOf(6))),
        Project.of("b", 4, Map.of("y", BigDecimal.valueOf(5))),
        Project.of("z", 0, Map.of("y", BigDecimal.ONE))));
    assertTrue(CoreKnapsack.applies(PortfolioModelBuilder.build(p)));
    Selection s = Portfolio.select(p);
    assertTrue(s.optimal(), s::toString);
    assertEquals(List.of("a"), List.copyOf(s.selected()));
    assertEquals(5, s.value(), 0);
  }

  /**
   * Projects that fill the budget exactly in value-per-cost order: the break solution is the whole
   * budget, so it is the optimum, found with no state beyond the first step (a 6 for 3, b 4 for
   * 2, c 5 for 5 fill 10; d 1 for 1 is left out).
   */
  @Test
  void projectsThatFillTheBudgetExactly_areTheOptimum() {
    PortfolioProblem p = PortfolioProblem.of(Map.of("y", BigDecimal.TEN), List.of(
        Project.of("a", 6, Map.of("y", BigDecimal.valueOf(3))),
        Project.of("b", 4, Map.of("y", BigDecimal.valueOf(2))),
        Project.of("c", 5, Map.of("y", BigDecimal.valueOf(5))),
        Project.of("d", 1, Map.of("y", BigDecimal.ONE))));
    Selection s = Portfolio.select(p);
    assertTrue(s.optimal(), s::toString);
    assertEquals(Set.of("a", "b", "c"), Set.copyOf(s.selected()));
    assertEquals(15, s.value(), 0);
    assertEquals(15, s.bound(), 0);
  }

  @Test
  void equalsBranchAndBoundOnLargerInstances() {
    RandomGenerator g = RandomGeneratorFactory.of("L64X128MixRandom").create(5);
    for (int round = 0; round < 30; round++) {
      PortfolioProblem p = plain(g, 40 + g.nextInt(40), 1000);
      Selection core = Portfolio.select(p);
      // an exclusive group naming one project changes nothing but sends the problem to branch and bound
      PortfolioProblem viaSearch = p.withExclusive(List.of(Set.of("p0")));
      assertFalse(CoreKnapsack.applies(PortfolioModelBuilder.build(viaSearch)));
      Selection bb = Portfolio.select(viaSearch.withLimits(100_000_000, Duration.ofSeconds(60)));
      String ctx = "round " + round + ", problem " + p;
      assertTrue(core.optimal() && bb.optimal(), ctx);
      assertEquals(bb.value(), core.value(), 1e-9 * Math.max(1, bb.value()), ctx);
      assertTrue(PortfolioTest.feasible(p, new HashSet<>(core.selected())), ctx);
    }
  }

  @Test
  void stoppedByTheTimeLimitKeepsAFeasibleSelectionAndAValidBound() {
    RandomGenerator g = RandomGeneratorFactory.of("L64X128MixRandom").create(9);
    List<Project> ps = new ArrayList<>();
    long total = 0;
    for (int i = 0; i < 2000; i++) {
      int w = 1 + g.nextInt(1000);
      total += w;
      ps.add(Project.of("p" + i, w + 100, Map.of("y", BigDecimal.valueOf(w))));
    }
    PortfolioProblem p = PortfolioProblem.of(Map.of("y", BigDecimal.valueOf(total / 2)), ps);
    Selection full = Portfolio.select(p);
    // a nanosecond has passed before the model is built: the search stops before its first step
    Selection stopped = Portfolio.select(p.withLimits(1_000_000, Duration.ofNanos(1)));
    assertTrue(full.optimal());
    assertFalse(stopped.optimal());
    assertTrue(stopped.feasible());
    assertTrue(PortfolioTest.feasible(p, new HashSet<>(stopped.selected())));
    assertTrue(stopped.value() <= full.value());
    assertTrue(stopped.bound() >= full.value() - 1e-9, stopped.bound() + " < " + full.value());
    assertTrue(stopped.gap() >= 0);
    assertTrue(stopped.findings().stream().anyMatch(f -> f.code().equals(PrioritisationCodes.PORTFOLIO_LIMIT)));
  }

  /**
   * Stopped before its first step, the search returns what it starts from, both computed here
   * independently: the greedy selection (items in decreasing value per cost, ties by id, each taken
   * when it still fits) and G. B. Dantzig's bound ("Discrete-variable extremum problems", Operations
   * Research 5 (1957) 266–288: the items before the break item, and the break item's fraction that
   * fills the budget); the gap and the finding's sentence follow from them.
   */
  @Test
  void stoppedBeforeTheFirstStep_returnsTheGreedySelection_andDantzigsBound() {
    // uncorrelated, 500 items, costs and values U(1, 1000), the budget half the total cost
    PortfolioProblem p = SearchEffortTest.pisinger(0, 500, 1000, 11);
    long budget = p.budget().get("y").longValueExact();
    List<Project> byRatio = new ArrayList<>(p.projects());
    byRatio.sort(java.util.Comparator.comparingDouble((Project q) -> -q.value() / q.costIn("y").doubleValue())
        .thenComparing(Project::id));
    double greedy = 0;
    double dantzig = Double.NaN;
    long room = budget;
    for (Project q : byRatio) {
      long w = q.costIn("y").longValueExact();
      if (w <= room) {
        room -= w;
        greedy += q.value();
      } else if (Double.isNaN(dantzig)) {
        dantzig = greedy + q.value() * room / w;
      }
    }
    Selection stopped = Portfolio.select(p.withLimits(1_000_000, Duration.ofNanos(1)));
    assertFalse(stopped.optimal());
    assertEquals(greedy, stopped.value(), 1e-9);
    assertEquals(dantzig, stopped.bound(), 1e-9);
    assertEquals((dantzig - greedy) / dantzig, stopped.gap(), 1e-12);
    assertTrue(PortfolioTest.feasible(p, new HashSet<>(stopped.selected())));
    Finding limit = stopped.findings().stream()
        .filter(f -> f.code().equals(PrioritisationCodes.PORTFOLIO_LIMIT)).findFirst().orElseThrow();
    assertEquals("/limits", limit.path());
    assertEquals("The search stopped at its node or time limit after 0 nodes; the best selection found is within "
        + Messages.number((dantzig - greedy) / dantzig) + " of the bound " + Messages.number(dantzig) + ".",
        limit.message().get(java.util.Locale.ENGLISH));
    assertEquals("Căutarea s-a oprit la limita de noduri sau de timp (noduri parcurse: 0); cea mai bună selecție găsită "
        + "este la cel mult " + Messages.number((dantzig - greedy) / dantzig) + " de marginea " + Messages.number(dantzig) + ".",
        limit.message().get(java.util.Locale.forLanguageTag("ro")));
  }
}
