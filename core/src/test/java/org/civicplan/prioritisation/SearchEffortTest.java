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
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How much search the exact solvers need, on fixed instances: the answer is optimal and feasible,
 * and the search takes no more states ({@link CoreKnapsack}) or nodes ({@link BranchAndBound}) than
 * this build took. A weaker bound, a lost dominance test or a worse branching order shows here as
 * more work even when the answer stays right, which the brute-force comparisons of {@link
 * PortfolioTest} and {@link CoreKnapsackTest} cannot see. The ceilings are the counts measured on
 * 6 December 2026; lower them when the search improves. Every count is deterministic: no instance
 * comes near its time limit.
 */
class SearchEffortTest {

  /**
   * A single-budget instance of one of Pisinger's classes (D. Pisinger, "Core problems in knapsack
   * algorithms", Operations Research 47 (1999) 570–575): costs U(1, range); values U(1, range)
   * (uncorrelated, kind 0), cost ± range/10 (weakly correlated, kind 1) or cost + range/10
   * (strongly correlated, kind 2); the budget half the total cost.
   */
  static PortfolioProblem pisinger(int kind, int n, int range, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Project> ps = new ArrayList<>();
    long total = 0;
    for (int i = 0; i < n; i++) {
      int w = 1 + r.nextInt(range);
      int v =
          switch (kind) {
            case 0 -> 1 + r.nextInt(range);
            case 1 -> Math.max(1, w - range / 10 + r.nextInt(range / 5 + 1));
            default -> w + range / 10;
          };
      total += w;
      ps.add(Project.of("p" + i, v, Map.of("y", BigDecimal.valueOf(w))));
    }
    return PortfolioProblem.of(Map.of("y", BigDecimal.valueOf(total / 2)), ps);
  }

  /**
   * The best value of a single-budget instance by the textbook dynamic programme over capacities
   * (R. Bellman, <em>Dynamic Programming</em>, 1957), independent of the solver.
   */
  static long dynamicProgramme(PortfolioProblem p) {
    int c = p.budget().get("y").intValueExact();
    long[] best = new long[c + 1];
    for (Project pr : p.projects()) {
      int w = pr.costIn("y").intValueExact();
      long v = (long) pr.value();
      for (int k = c; k >= w; k--) {
        best[k] = Math.max(best[k], best[k - w] + v);
      }
    }
    return best[c];
  }

  @ParameterizedTest(name = "kind {0}, n = {1}: at most {2} states")
  @CsvSource({
    // uncorrelated and weakly correlated: a small core around the break item suffices
    "0, 1000, 542",
    "1, 1000, 5364",
    // strongly correlated: hundreds of thousands of states
    "2, 300, 607298",
  })
  void singleBudget(int kind, int n, long ceiling) {
    PortfolioProblem p = pisinger(kind, n, 1000, 7);
    assertTrue(CoreKnapsack.applies(PortfolioModelBuilder.build(p)));
    Selection s = Portfolio.select(p);
    assertTrue(s.optimal(), s::toString);
    assertEquals(dynamicProgramme(p), s.value(), 0);
    assertEquals(s.value(), s.bound(), 0);
    assertTrue(PortfolioTest.feasible(p, new HashSet<>(s.selected())), s::toString);
    assertTrue(s.nodes() > 0 && s.nodes() <= ceiling, s.nodes() + " states, at most " + ceiling + " expected");
  }

  /**
   * The tree of flipped items from which the core knapsack reads its selection, started at a few
   * nodes so that it is compacted many times (at its usual size, 65,536 nodes, none of these
   * instances fills it): the same selection as with the usual size, and the optimum.
   */
  @ParameterizedTest(name = "kind {0}, n = {1}, tree of {2} nodes")
  @CsvSource({"2, 300, 16", "2, 300, 1000", "1, 1000, 64", "0, 1000, 8"})
  void aCompactedTreeGivesTheSameSelection(int kind, int n, int initialNodes) {
    PortfolioProblem p = pisinger(kind, n, 1000, 7);
    PortfolioModel usual = PortfolioModelBuilder.build(p);
    Selection expected = CoreKnapsack.trySolve(usual, Long.MAX_VALUE).orElseThrow();
    Selection small = CoreKnapsack.trySolve(PortfolioModelBuilder.build(p), Long.MAX_VALUE, initialNodes).orElseThrow();
    assertTrue(small.optimal(), small::toString);
    assertEquals(expected.selected(), small.selected());
    assertEquals(dynamicProgramme(p), small.value(), 0);
    assertEquals(expected.nodes(), small.nodes(), "compaction changes no state");
  }

  /**
   * A multi-period instance of the side-by-side benchmark's kind ({@code SideBySide.multiPeriod}):
   * 5 years, each project costing U(lo, lo + span − 1) in one to three consecutive years, budgets a
   * third of the yearly demand, every fifth project requiring an earlier one, an exclusive pair per
   * ten projects, values cost × U(0.8, 1.2).
   */
  static PortfolioProblem multiPeriod(int n, long seed, int lo, int span) {
    int years = 5;
    SplittableRandom r = new SplittableRandom(seed);
    List<Project> ps = new ArrayList<>();
    long[] totals = new long[years];
    for (int i = 0; i < n; i++) {
      Map<String, BigDecimal> cost = new TreeMap<>();
      int start = r.nextInt(years);
      int len = 1 + r.nextInt(3);
      long sum = 0;
      for (int y = start; y < Math.min(years, start + len); y++) {
        int c = lo + r.nextInt(span);
        cost.put(String.valueOf(2026 + y), BigDecimal.valueOf(c));
        totals[y] += c;
        sum += c;
      }
      Set<String> req = i > 0 && r.nextInt(5) == 0 ? Set.of(String.format("p%04d", r.nextInt(i))) : Set.of();
      ps.add(new Project(String.format("p%04d", i), sum * (0.8 + 0.4 * r.nextDouble()), cost, req, false));
    }
    Map<String, BigDecimal> budget = new TreeMap<>();
    for (int y = 0; y < years; y++) {
      budget.put(String.valueOf(2026 + y), BigDecimal.valueOf(totals[y] / 3));
    }
    List<Set<String>> ex = new ArrayList<>();
    for (int g = 0; 10 * g + 5 < n; g++) {
      ex.add(Set.of(String.format("p%04d", 10 * g), String.format("p%04d", 10 * g + 5)));
    }
    return new PortfolioProblem(budget, ps, ex, List.of(), Long.MAX_VALUE, Duration.ofSeconds(120));
  }

  @ParameterizedTest(name = "{0} projects, seed {1}: at most {2} nodes")
  @CsvSource({"32, 1, 1472", "32, 3, 1995", "36, 2, 1800", "36, 4, 1792"})
  void severalBudgets_withTheDecompositionBound(int n, long seed, long ceiling) {
    PortfolioProblem p = multiPeriod(n, seed, 10, 90);
    assertTrue(DecompositionBound.fits(PortfolioModelBuilder.build(p)));
    Selection s = Portfolio.select(p);
    assertTrue(s.optimal(), s::toString);
    assertTrue(PortfolioTest.feasible(p, new HashSet<>(s.selected())), s::toString);
    assertTrue(s.nodes() > 1 && s.nodes() <= ceiling, s.nodes() + " nodes, at most " + ceiling + " expected");
  }

  /**
   * Costs in the thousands: the five knapsack tables together are past the decomposition bound's
   * 2,000,000 cells, but each is within the 1,000,000 of the bound that keeps one budget exact.
   */
  @ParameterizedTest(name = "{0} projects, seed {1}: at most {2} nodes")
  @CsvSource({"30, 4, 398"})
  void severalBudgets_withOneBudgetKeptExact(int n, long seed, long ceiling) {
    PortfolioProblem p = multiPeriod(n, seed, 3000, 20000);
    PortfolioModel m = PortfolioModelBuilder.build(p);
    assertFalse(DecompositionBound.fits(m));
    LagrangianBound l = new LagrangianBound(m);
    assertTrue(l.knapsackFits(0));
    Selection s = Portfolio.select(p);
    assertTrue(s.optimal(), s::toString);
    assertTrue(PortfolioTest.feasible(p, new HashSet<>(s.selected())), s::toString);
    assertTrue(s.nodes() > 1 && s.nodes() <= ceiling, s.nodes() + " nodes, at most " + ceiling + " expected");
  }
}
