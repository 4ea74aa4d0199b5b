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
   * {@link #pisinger(int, int, int, long)} with values raised by a quarter of {@code i % 4} for
   * project {@code i} when {@code quarters}: values that are not integers, which the core knapsack
   * cuts without the integer step of one.
   */
  static PortfolioProblem pisinger(int kind, int n, int range, long seed, boolean quarters) {
    PortfolioProblem p = pisinger(kind, n, range, seed);
    if (!quarters) {
      return p;
    }
    List<Project> ps = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Project pr = p.projects().get(i);
      ps.add(Project.of(pr.id(), pr.value() + 0.25 * (i % 4), pr.cost()));
    }
    return PortfolioProblem.of(p.budget(), ps);
  }

  /**
   * The states of the core knapsack pinned exactly on 68 small instances of the three classes,
   * with integer values and with quarters: not only no more than this build needs but exactly as
   * many, so that a change to the break solution, the greedy fill, the dominance test, the bound's
   * cut or the order in which the core grows shows even where it costs nothing. The answer is the
   * textbook dynamic programme's (over four times the values when they are in quarters). Counts of
   * 6 December 2026; a deliberate change to the search sets them anew.
   */
  @ParameterizedTest(name = "kind {0}, n = {1}, range {2}, seed {3}, quarters {4}: {5} states")
  @CsvSource({
    "0, 20, 100, 1, false, 0",
    "0, 20, 100, 1, true, 0",
    "0, 20, 100, 2, false, 30",
    "0, 20, 100, 2, true, 31",
    "0, 20, 1000, 1, false, 1",
    "0, 20, 1000, 1, true, 1",
    "0, 20, 1000, 2, false, 19",
    "0, 20, 1000, 2, true, 19",
    "0, 60, 100, 1, false, 20",
    "0, 60, 100, 1, true, 33",
    "0, 60, 100, 2, false, 45",
    "0, 60, 100, 2, true, 72",
    "0, 60, 1000, 1, false, 21",
    "0, 60, 1000, 1, true, 21",
    "0, 60, 1000, 2, false, 91",
    "0, 60, 1000, 2, true, 92",
    "0, 200, 100, 1, false, 41",
    "0, 200, 100, 1, true, 85",
    "0, 200, 100, 2, false, 385",
    "0, 200, 100, 2, true, 761",
    "0, 200, 1000, 1, false, 139",
    "0, 200, 1000, 1, true, 163",
    "0, 200, 1000, 2, false, 209",
    "0, 200, 1000, 2, true, 213",
    "1, 20, 100, 1, false, 30",
    "1, 20, 100, 1, true, 33",
    "1, 20, 100, 2, false, 0",
    "1, 20, 100, 2, true, 4",
    "1, 20, 1000, 1, false, 206",
    "1, 20, 1000, 1, true, 192",
    "1, 20, 1000, 2, false, 23",
    "1, 20, 1000, 2, true, 28",
    "1, 60, 100, 1, false, 149",
    "1, 60, 100, 1, true, 274",
    "1, 60, 100, 2, false, 237",
    "1, 60, 100, 2, true, 726",
    "1, 60, 1000, 1, false, 4",
    "1, 60, 1000, 1, true, 4",
    "1, 60, 1000, 2, false, 728",
    "1, 60, 1000, 2, true, 865",
    "1, 200, 100, 1, false, 968",
    "1, 200, 100, 1, true, 232",
    "1, 200, 100, 2, false, 534",
    "1, 200, 100, 2, true, 184",
    "1, 200, 1000, 1, false, 799",
    "1, 200, 1000, 1, true, 846",
    "1, 200, 1000, 2, false, 2450",
    "1, 200, 1000, 2, true, 2853",
    "2, 20, 100, 1, false, 76",
    "2, 20, 100, 1, true, 105",
    "2, 20, 100, 2, false, 61",
    "2, 20, 100, 2, true, 64",
    "2, 20, 1000, 1, false, 291",
    "2, 20, 1000, 1, true, 299",
    "2, 20, 1000, 2, false, 189",
    "2, 20, 1000, 2, true, 196",
    "2, 60, 100, 1, false, 2071",
    "2, 60, 100, 1, true, 5108",
    "2, 60, 100, 2, false, 118",
    "2, 60, 100, 2, true, 198",
    "2, 60, 1000, 1, false, 2160",
    "2, 60, 1000, 1, true, 8097",
    "2, 60, 1000, 2, false, 9497",
    "2, 60, 1000, 2, true, 35941",
    "2, 200, 100, 1, false, 7047",
    "2, 200, 100, 1, true, 23941",
    "2, 200, 100, 2, false, 5698",
    "2, 200, 100, 2, true, 26431"
  })
  void theCoreKnapsacksStates_arePinned(int kind, int n, int range, long seed, boolean quarters, long states) {
    PortfolioProblem p = pisinger(kind, n, range, seed, quarters);
    assertTrue(CoreKnapsack.applies(PortfolioModelBuilder.build(p)));
    Selection s = Portfolio.select(p);
    assertTrue(s.optimal(), s::toString);
    List<Project> times4 = new ArrayList<>();
    for (Project pr : p.projects()) {
      times4.add(Project.of(pr.id(), pr.value() * 4, pr.cost()));
    }
    assertEquals(dynamicProgramme(PortfolioProblem.of(p.budget(), times4)), 4 * s.value(), 0);
    assertEquals(s.value(), s.bound(), 0);
    assertTrue(PortfolioTest.feasible(p, new HashSet<>(s.selected())), s::toString);
    assertEquals(states, s.nodes(), "states");
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
   * The path of a model with more copies of units than the decomposition bound takes (the search
   * told not to use it): each knapsack table is within the 1,000,000 cells of the bound that keeps
   * one budget exact.
   */
  @ParameterizedTest(name = "{0} projects, seed {1}: at most {2} nodes")
  @CsvSource({"30, 4, 398"})
  void severalBudgets_withOneBudgetKeptExact(int n, long seed, long ceiling) {
    PortfolioProblem p = multiPeriod(n, seed, 3000, 20000);
    PortfolioModel m = PortfolioModelBuilder.build(p);
    LagrangianBound l = new LagrangianBound(m);
    assertTrue(l.knapsackFits(0));
    Selection s = new BranchAndBound(m, Long.MAX_VALUE, Long.MAX_VALUE, false).run();
    assertTrue(s.optimal(), s::toString);
    assertTrue(PortfolioTest.feasible(p, new HashSet<>(s.selected())), s::toString);
    assertTrue(s.nodes() > 1 && s.nodes() <= ceiling, s.nodes() + " nodes, at most " + ceiling + " expected");
  }

  /**
   * Stopped by a node limit (which, unlike the clock, stops the search at the same node every run):
   * a feasible selection at least as good as this build finds within the limit, and a bound that
   * holds the optimum and is no weaker than this build's. The bound is the largest of the open
   * nodes' bounds, so it tests the root's tuning of the Lagrangian, decomposition and kept-budget
   * bounds; the value tests the primal heuristics (local search, repair, the neighbourhood
   * searches). Measured on 6 December 2026; tighten when the search improves.
   */
  @ParameterizedTest(name = "{0} projects, seed {1}, costs from {2}, {4} nodes at most")
  @CsvSource({
    // the decomposition bound, and the neighbourhood searches in the tree
    "36, 2, 10, 90, 1, 1209.238244798, 1251.769166553, 1",
    "36, 2, 10, 90, 50, 1219.818681529, 1251.769162473, 57",
    "36, 2, 10, 90, 200, 1220.155746230, 1251.769156802, 204",
    "36, 2, 10, 90, 400, 1220.155746230, 1245.438551234, 402",
    "60, 6, 10, 90, 1, 2296.747104552, 2306.395620228, 1",
    "60, 6, 10, 90, 200, 2301.354891976, 2306.395616574, 204",
  })
  void aNodeLimit_stopsWithAFeasibleSelection_andABoundNoWeakerThanThisBuilds(
      int n, long seed, int lo, int span, long maxNodes, double floor, double ceiling, long nodes) {
    stopsByTheNodeLimit(multiPeriod(n, seed, lo, span), true, maxNodes, floor, ceiling, nodes);
  }

  /** As {@link #aNodeLimit_stopsWithAFeasibleSelection_andABoundNoWeakerThanThisBuilds}, one budget kept exact. */
  @ParameterizedTest(name = "{0} projects, seed {1}, costs from {2}, {4} nodes at most")
  @CsvSource({
    "30, 4, 3000, 20000, 1, 289163.281165295, 296937.599695290, 1",
    "30, 4, 3000, 20000, 200, 289163.281165295, 295235.724184843, 208",
  })
  void aNodeLimit_withOneBudgetKeptExact(
      int n, long seed, int lo, int span, long maxNodes, double floor, double ceiling, long nodes) {
    stopsByTheNodeLimit(multiPeriod(n, seed, lo, span), false, maxNodes, floor, ceiling, nodes);
  }

  private static Selection search(PortfolioProblem p, boolean decomposes) {
    if (decomposes) {
      return Portfolio.select(p);
    }
    long deadline = PortfolioModelBuilder.deadline(p);
    return new BranchAndBound(PortfolioModelBuilder.build(p, deadline), p.maxNodes(), deadline, false).run();
  }

  private static void stopsByTheNodeLimit(
      PortfolioProblem p, boolean decomposes, long maxNodes, double floor, double ceiling, long nodes) {
    Selection optimum = search(p, decomposes);
    assertTrue(optimum.optimal(), optimum::toString);
    Selection s = search(p.withLimits(maxNodes, Duration.ofSeconds(120)), decomposes);
    String ctx = s.value() + " / " + s.bound() + " after " + s.nodes() + " nodes; optimum " + optimum.value();
    assertFalse(s.optimal(), ctx);
    assertTrue(PortfolioTest.feasible(p, new HashSet<>(s.selected())), ctx);
    assertTrue(s.value() >= floor - 1e-6 && s.value() <= optimum.value() + 1e-9, ctx);
    assertTrue(s.bound() >= optimum.value() - 1e-9 && s.bound() <= ceiling + 1e-6, ctx);
    assertEquals((s.bound() - s.value()) / s.bound(), s.gap(), 1e-12, ctx);
    assertTrue(s.nodes() >= maxNodes && s.nodes() <= nodes, ctx);
    assertTrue(s.findings().stream().anyMatch(f -> f.code().equals(PrioritisationCodes.PORTFOLIO_LIMIT)), ctx);
  }

  /**
   * Out of time before the search starts (the limit is a nanosecond): the greedy selection, the
   * bound of the root without tuning, one node: the selection of {@link Portfolio#greedy} on the
   * same problem (whose surrogate multipliers, out of time too, are not tuned either), and a bound
   * no weaker than its.
   */
  @ParameterizedTest(name = "{0} projects, seed {1}, costs from {2}")
  @CsvSource({"36, 2, 10, 90", "60, 6, 10, 90", "30, 4, 3000, 20000"})
  void outOfTimeBeforeTheSearch_theGreedySelection(int n, long seed, int lo, int span) {
    PortfolioProblem p = multiPeriod(n, seed, lo, span);
    Selection optimum = Portfolio.select(p);
    PortfolioProblem outOfTime = p.withLimits(Long.MAX_VALUE, Duration.ofNanos(1));
    Selection greedy = Portfolio.greedy(outOfTime);
    Selection s = Portfolio.select(outOfTime);
    String ctx = s + " against greedy " + greedy;
    assertFalse(s.optimal(), ctx);
    assertEquals(greedy.selected(), s.selected(), ctx);
    assertEquals(greedy.value(), s.value(), 1e-9, ctx);
    assertTrue(s.bound() >= optimum.value() - 1e-9 && s.bound() <= greedy.bound() + 1e-9, ctx);
    assertEquals(1, s.nodes(), ctx);
  }

  /**
   * The bounds the search tunes at the root, on the search's own number of steps from the greedy
   * selection's value: the plain Lagrangian bound (the linear-programming bound when its
   * multipliers are optimal) and, for each period whose knapsack table is small enough, the bound
   * that keeps that budget exact from the plain bound's multipliers. Each holds the optimum; each is
   * no weaker than this build's (measured on 6 December 2026); keeping a budget exact never loosens
   * the bound; and {@link LagrangianBound#bound} at the tuned multipliers is what the tuning returned.
   */
  @ParameterizedTest(name = "{0} projects, seed {1}, costs from {2}")
  @CsvSource(delimiter = ';', value = {
    "36; 2; 10; 90; 1307.934878059; 1274.494354958, 1296.820170338, 1297.502039287, 1303.503719627, 1304.449471716",
    "30; 4; 3000; 20000; 300052.386618560; 299393.221138200, -1, 296943.016435273, 299530.236064427, 298982.241186391",
    "60; 6; 10; 90; 2338.234522391; 2324.975077633, 2331.918115269, 2335.639236362, 2334.050196300, 2333.046509052",
  })
  void theRootBounds_holdTheOptimum_andAreNoWeakerThanThisBuilds(int n, long seed, int lo, int span, double plainCeiling, String keptCeilings) {
    PortfolioProblem p = multiPeriod(n, seed, lo, span);
    double optimum = Portfolio.select(p).value();
    PortfolioModel m = PortfolioModelBuilder.build(p);
    PortfolioState st = new PortfolioState(m);
    assertTrue(st.forceMandatory());
    double lower = Portfolio.greedy(p).value();
    LagrangianBound plain = new LagrangianBound(m);
    double untuned = plain.bound(st.state);
    double tuned = plain.optimise(st.state, lower, Math.min(30_000, 200 * m.units.length));
    String ctx = "optimum " + optimum + ", untuned " + untuned + ", tuned " + tuned;
    assertTrue(tuned >= optimum - 1e-9 && tuned <= plainCeiling + 1e-6 && tuned < untuned, ctx);
    assertEquals(tuned, plain.bound(st.state), 1e-9 * tuned, ctx);
    double[] snapshot = new double[plain.snapshotSize()];
    plain.save(snapshot);
    String[] ceilings = keptCeilings.split(",\\s*");
    assertEquals(m.periods.length, ceilings.length);
    for (int t = 0; t < m.periods.length; t++) {
      double ceiling = Double.parseDouble(ceilings[t]);
      assertEquals(ceiling >= 0, plain.knapsackFits(t), "period " + t);
      if (ceiling < 0) {
        continue;
      }
      LagrangianBound kept = new LagrangianBound(m);
      kept.restore(snapshot);
      double b = kept.optimiseKept(st.state, t, lower, BranchAndBound.KEPT_ITERATIONS, Long.MAX_VALUE);
      String at = ctx + ", period " + t + " kept: " + b;
      assertTrue(b >= optimum - 1e-9 && b <= ceiling + 1e-6 && b <= tuned + 1e-9, at);
    }
  }

  /**
   * The decomposition bound tuned at the root as the search tunes it (from the tuned plain
   * Lagrangian multipliers, toward the greedy value), no weaker than this build's (6 December
   * 2026), at most the plain bound, at least the optimum; its multipliers saved and restored give
   * the same bound.
   */
  @ParameterizedTest(name = "{0} projects, seed {1}")
  @CsvSource({"36, 2, 1251.848290224", "60, 6, 2306.320279788"})
  void theRootDecompositionBound(int n, long seed, double ceiling) {
    PortfolioProblem p = multiPeriod(n, seed, 10, 90);
    double optimum = Portfolio.select(p).value();
    PortfolioModel m = PortfolioModelBuilder.build(p);
    assertTrue(DecompositionBound.fits(m));
    PortfolioState st = new PortfolioState(m);
    assertTrue(st.forceMandatory());
    Incumbent greedy = new Incumbent(m);
    greedy.replace(Portfolio.greedy(p).value(), new byte[m.units.length]);
    LagrangianBound plain = new LagrangianBound(m);
    double lagrangian = plain.optimise(st.state, greedy.value(), Math.min(30_000, 200 * m.units.length));
    DecompositionBound d = new DecompositionBound(plain);
    double b = d.optimise(st.state, greedy, BranchAndBound.DECOMPOSITION_ITERATIONS, Long.MAX_VALUE);
    String ctx = "decomposition " + b + ", Lagrangian " + lagrangian + ", optimum " + optimum;
    assertTrue(b >= optimum - 1e-9 && b <= lagrangian + 1e-9, ctx);
    assertTrue(b <= ceiling + 1e-6, ctx);
    double[] snapshot = new double[d.snapshotSize()];
    d.save(snapshot);
    double saved = d.bound(st.state);
    d.optimise(st.state, greedy, 50, Long.MAX_VALUE);
    d.restore(snapshot);
    assertEquals(saved, d.bound(st.state), 1e-9 * saved, ctx);
  }
}
