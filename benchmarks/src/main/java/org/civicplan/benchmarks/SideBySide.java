// SPDX-License-Identifier: Apache-2.0
package org.civicplan.benchmarks;

import com.google.ortools.Loader;
import com.google.ortools.algorithms.KnapsackSolver;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.civicplan.prioritisation.PortfolioProblem;
import org.civicplan.prioritisation.PortfolioSolver;
import org.civicplan.prioritisation.PortfolioSolvers;
import org.civicplan.prioritisation.Project;
import org.civicplan.prioritisation.Selection;
import org.civicplan.testkit.PortfolioOracle;
import org.civicplan.solver.ortools.CpSatSolver;
import org.civicplan.solver.ortools.MipSolver;

/**
 * Exact portfolio selection side by side: civicplan's embedded solver and its peers (OR-Tools'
 * knapsack branch and bound for one budget, CP-SAT, CBC and SCIP) on the same instances in the
 * same run, each answer checked for feasibility from the problem itself (exact decimal sums), with
 * the time, whether it is proven optimal, the gap, and how far past its time limit a stopped run
 * went.
 *
 * <p>Instances: Pisinger's uncorrelated, weakly and strongly correlated 0/1 knapsack classes (R =
 * 1,000, capacity half the total weight, fixed seed) at n = 1,000, 10,000 and 100,000, and
 * multi-period instances (5 years, a third of the yearly demand as budget, every fifth project
 * requiring an earlier one, an exclusive pair per ten projects) at 50, 200 and 1,000 candidates
 * with score values or values tracking cost (cost × U(0.8, 1.2)).
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.civicplan.benchmarks.SideBySide
 * [--limit SECONDS] [--repeat N] [--only SUBSTRING]}. Each solver runs each instance N times
 * (default 3; once when a run takes more than 5 s) after one warm-up run of civicplan on a small
 * instance; the median time is reported. Prints a Markdown table.
 */
public final class SideBySide {

  private SideBySide() {}

  record Instance(String name, PortfolioProblem problem, boolean singleBudget) {}

  record Run(String solver, double millis, boolean feasible, boolean proven, double value, double bound, double gap, double overrun, String note) {}

  /** Pisinger's classes: weights U(1, R); profits U(1, R), w ± R/10, or w + R/10. */
  static PortfolioProblem knapsack(String kind, int n, long seed, Duration limit) {
    SplittableRandom r = new SplittableRandom(seed);
    int range = 1000;
    List<Project> ps = new ArrayList<>(n);
    long total = 0;
    for (int i = 0; i < n; i++) {
      int wi = 1 + r.nextInt(range);
      int pi =
          switch (kind) {
            case "uncorrelated" -> 1 + r.nextInt(range);
            case "weakly" -> Math.max(1, wi - range / 10 + r.nextInt(range / 5 + 1));
            default -> wi + range / 10;
          };
      total += wi;
      ps.add(Project.of(String.format("p%06d", i), pi, Map.of("y", BigDecimal.valueOf(wi))));
    }
    return PortfolioProblem.of(Map.of("y", BigDecimal.valueOf(total / 2)), ps).withLimits(Long.MAX_VALUE, limit);
  }

  /**
   * Multi-period instances: {@code years} years from 2026, each project costing U(10, 99) in one
   * to three consecutive years, budgets a third of the yearly demand, every fifth project requiring
   * an earlier one, an exclusive pair per ten projects; values are scores U(1, 100) or (when {@code
   * correlated}) cost × U(0.8, 1.2).
   */
  static PortfolioProblem multiPeriod(int n, int years, long seed, boolean correlated, Duration limit) {
    SplittableRandom r = new SplittableRandom(seed);
    Map<String, BigDecimal> budget = new TreeMap<>();
    List<Project> ps = new ArrayList<>();
    long[] totals = new long[years];
    for (int i = 0; i < n; i++) {
      Map<String, BigDecimal> cost = new TreeMap<>();
      int start = r.nextInt(years);
      int len = 1 + r.nextInt(3);
      long sum = 0;
      for (int y = start; y < Math.min(years, start + len); y++) {
        int c = 10 + r.nextInt(90);
        cost.put(String.valueOf(2026 + y), BigDecimal.valueOf(c));
        totals[y] += c;
        sum += c;
      }
      Set<String> req = i > 0 && r.nextInt(5) == 0 ? Set.of(String.format("p%04d", r.nextInt(i))) : Set.of();
      double value = correlated ? sum * (0.8 + 0.4 * r.nextDouble()) : 1 + r.nextInt(100);
      ps.add(new Project(String.format("p%04d", i), value, cost, req, false));
    }
    for (int y = 0; y < years; y++) {
      budget.put(String.valueOf(2026 + y), BigDecimal.valueOf(totals[y] / 3));
    }
    List<Set<String>> ex = new ArrayList<>();
    for (int g = 0; 10 * g + 5 < n; g++) {
      ex.add(Set.of(String.format("p%04d", 10 * g), String.format("p%04d", 10 * g + 5)));
    }
    return new PortfolioProblem(budget, ps, ex, List.of(), Long.MAX_VALUE, limit);
  }

  static List<Instance> instances(Duration limit) {
    List<Instance> l = new ArrayList<>();
    for (int n : new int[] {1_000, 10_000, 100_000}) {
      for (String kind : List.of("uncorrelated", "weakly", "strongly")) {
        l.add(new Instance(String.format(Locale.ROOT, "single budget, n = %,d, %s", n, kind), knapsack(kind, n, 42, limit), true));
      }
    }
    for (int n : new int[] {50, 200, 1_000}) {
      for (boolean correlated : List.of(false, true)) {
        l.add(
            new Instance(
                String.format(Locale.ROOT, "%,d × 5 years, dependencies and exclusive groups, %s", n, correlated ? "values tracking cost" : "score values"),
                multiPeriod(n, 5, 42, correlated, limit),
                false));
      }
    }
    return l;
  }

  static Run runBackend(PortfolioSolver solver, String name, PortfolioProblem p) {
    long t0 = System.nanoTime();
    Selection s = solver.select(p);
    double ms = (System.nanoTime() - t0) / 1e6;
    Set<String> chosen = new HashSet<>(s.selected());
    double limitMs = p.maxTime().toNanos() / 1e6;
    if (!s.feasible()) {
      // stopped before any selection (the problems here are all feasible: the empty selection is)
      return new Run(name, ms, false, false, Double.NaN, s.bound(), Double.NaN, ms / limitMs - 1, "no answer");
    }
    boolean ok = PortfolioOracle.feasible(p, chosen) && Math.abs(PortfolioOracle.value(p, chosen) - s.value()) <= 1e-6 * Math.max(1, Math.abs(s.value()));
    return new Run(name, ms, ok, s.optimal(), s.value(), s.bound(), s.optimal() ? 0 : s.gap(), ms / limitMs - 1, ok ? "" : "infeasible");
  }

  /** OR-Tools' multidimensional knapsack branch and bound (integer values only). */
  static Run runKnapsackBranchAndBound(PortfolioProblem p) {
    long t0 = System.nanoTime();
    int n = p.projects().size();
    boolean[] x = new boolean[n];
    boolean proven = knapsackBranchAndBound(p, x);
    double ms = (System.nanoTime() - t0) / 1e6;
    Set<String> chosen = new HashSet<>();
    for (int i = 0; i < n; i++) {
      if (x[i]) {
        chosen.add(p.projects().get(i).id());
      }
    }
    double v = PortfolioOracle.value(p, chosen);
    double limitMs = p.maxTime().toNanos() / 1e6;
    boolean ok = PortfolioOracle.feasible(p, chosen);
    return new Run("OR-Tools knapsack B&B", ms, ok, proven, v, proven ? v : Double.NaN, proven ? 0 : Double.NaN, ms / limitMs - 1, ok ? "" : "infeasible");
  }

  /**
   * Solves a single-budget problem (integer values and costs) by OR-Tools' knapsack branch and
   * bound within its time limit: sets {@code chosen[i]} for the projects of the best solution and
   * returns whether it is proven optimal.
   */
  static boolean knapsackBranchAndBound(PortfolioProblem p, boolean[] chosen) {
    String period = p.budget().keySet().iterator().next();
    int n = p.projects().size();
    long[] values = new long[n];
    long[][] weights = new long[1][n];
    for (int i = 0; i < n; i++) {
      values[i] = (long) p.projects().get(i).value();
      weights[0][i] = p.projects().get(i).costIn(period).longValueExact();
    }
    KnapsackSolver solver = new KnapsackSolver(KnapsackSolver.SolverType.KNAPSACK_MULTIDIMENSION_BRANCH_AND_BOUND_SOLVER, "bb");
    try {
      solver.setTimeLimit(p.maxTime().toNanos() / 1e9);
      solver.init(values, weights, new long[] {p.budget().get(period).longValueExact()});
      solver.solve();
      for (int i = 0; i < n; i++) {
        chosen[i] = solver.bestSolutionContains(i);
      }
      return solver.isSolutionOptimal();
    } finally {
      solver.delete();
    }
  }

  /** The median-time run of up to {@code repeat} runs (one when a run exceeds 5 s). */
  static Run measure(int repeat, java.util.function.Supplier<Run> run) {
    List<Run> runs = new ArrayList<>();
    for (int i = 0; i < repeat; i++) {
      Run r = run.get();
      runs.add(r);
      if (r.millis() > 5_000) {
        break;
      }
    }
    runs.sort((a, b) -> Double.compare(a.millis(), b.millis()));
    return runs.get(runs.size() / 2);
  }

  /**
   * Runs the comparison and prints the table.
   *
   * @param args {@code --limit SECONDS} (default 60), {@code --repeat N} (default 3), {@code --only
   *     SUBSTRING} (instances whose name contains it)
   */
  public static void main(String[] args) {
    int limitSeconds = 60;
    int repeat = 3;
    String only = "";
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--limit" -> limitSeconds = Integer.parseInt(args[++i]);
        case "--repeat" -> repeat = Integer.parseInt(args[++i]);
        case "--only" -> only = args[++i];
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    Loader.loadNativeLibraries();
    Duration limit = Duration.ofSeconds(limitSeconds);
    int cores = Runtime.getRuntime().availableProcessors();
    Map<String, PortfolioSolver> peers = new LinkedHashMap<>();
    peers.put("CP-SAT (" + cores + " workers)", new CpSatSolver(cores));
    peers.put("CBC", new MipSolver.Cbc());
    peers.put("SCIP", new MipSolver.Scip());
    // warm-up: the JIT compiles the embedded solver's hot loops before the first timed run (other
    // seeds than the instances'; every kind of values, whose searches take other paths)
    for (String kind : List.of("uncorrelated", "weakly", "strongly")) {
      PortfolioSolvers.embedded().select(knapsack(kind, 2_000, 1, limit));
    }
    for (int i = 0; i < 3; i++) {
      PortfolioSolvers.embedded().select(multiPeriod(60, 5, 1 + i, true, Duration.ofSeconds(5)));
      PortfolioSolvers.embedded().select(multiPeriod(60, 5, 1 + i, false, Duration.ofSeconds(5)));
    }
    System.out.printf(
        Locale.ROOT, "%d cores, JDK %s, load average %.2f, limit %d s, median of %d runs%n%n",
        cores, System.getProperty("java.version"), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), limitSeconds, repeat);
    System.out.println("| instance | solver | time (ms) | proven | value | bound | gap | feasible | past the limit |");
    System.out.println("|---|---|---|---|---|---|---|---|---|");
    List<String[]> summary = new ArrayList<>();
    for (Instance in : instances(limit)) {
      if (!in.name().contains(only)) {
        continue;
      }
      List<Run> runs = new ArrayList<>();
      final int rep = repeat;
      runs.add(measure(rep, () -> runBackend(PortfolioSolvers.embedded(), "civicplan", in.problem())));
      if (in.singleBudget()) {
        runs.add(measure(rep, () -> runKnapsackBranchAndBound(in.problem())));
      }
      for (Map.Entry<String, PortfolioSolver> e : peers.entrySet()) {
        runs.add(measure(rep, () -> runBackend(e.getValue(), e.getKey(), in.problem())));
      }
      for (Run r : runs) {
        System.out.printf(
            Locale.ROOT, "| %s | %s | %.1f | %s | %.3f | %.3f | %.2g | %s | %s |%n",
            in.name(), r.solver(), r.millis(), r.proven() ? "yes" : "no", r.value(), r.bound(), r.gap(), r.feasible() ? "yes" : r.note().equals("no answer") ? "no answer" : "**NO**",
            r.overrun() <= 0 && r.proven() ? "—" : String.format(Locale.ROOT, "%+.1f %%", 100 * r.overrun()));
      }
      summary.add(summary(in.name(), runs));
      System.out.flush();
    }
    System.out.println();
    System.out.println("| instance | civicplan | best peer | ratio / status |");
    System.out.println("|---|---|---|---|");
    for (String[] row : summary) {
      System.out.println("| " + String.join(" | ", row) + " |");
    }
  }

  private static String[] summary(String name, List<Run> runs) {
    Run ours = runs.get(0);
    Run best = null;
    for (Run r : runs.subList(1, runs.size())) {
      if (!r.feasible()) {
        continue;
      }
      if (best == null || better(r, best)) {
        best = r;
      }
    }
    String o = describe(ours);
    if (best == null) {
      return new String[] {name, o, "no peer answered", ours.feasible() ? (ours.proven() ? "ahead" : "ahead (not proven)") : "—"};
    }
    String status;
    if (ours.proven() && best.proven()) {
      double ratio = ours.millis() / best.millis();
      status = ratio <= 1 ? String.format(Locale.ROOT, "%.1f× faster", 1 / ratio) : String.format(Locale.ROOT, "%.1f× slower", ratio);
    } else if (ours.proven()) {
      status = "ahead (peer not proven)";
    } else if (best.proven()) {
      status = "behind (not proven)";
    } else {
      status = "neither proven";
    }
    return new String[] {name, o, best.solver() + " " + describe(best), status};
  }

  private static boolean better(Run a, Run b) {
    if (a.proven() != b.proven()) {
      return a.proven();
    }
    if (a.proven()) {
      return a.millis() < b.millis();
    }
    return a.value() > b.value();
  }

  private static String describe(Run r) {
    String t = r.millis() >= 1000 ? String.format(Locale.ROOT, "%.2f s", r.millis() / 1000) : String.format(Locale.ROOT, "%.1f ms", r.millis());
    if (!r.feasible()) {
      return t + (r.note().equals("no answer") ? ", no selection found" : ", answer infeasible");
    }
    if (r.proven()) {
      return t + " proven";
    }
    return Double.isNaN(r.gap()) ? t + " not proven" : String.format(Locale.ROOT, "%s not proven (gap %.2g %%)", t, 100 * r.gap());
  }
}
