// SPDX-License-Identifier: Apache-2.0
package org.civicplan.benchmarks;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.civicplan.prioritisation.Portfolio;
import org.civicplan.prioritisation.PortfolioProblem;
import org.civicplan.prioritisation.Project;
import org.civicplan.prioritisation.Selection;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Exact single-budget selection on 1,000 candidates (Pisinger's uncorrelated, weakly and strongly
 * correlated knapsack classes, fixed seed, capacity half the total weight) against ojAlgo's MIP
 * solver on the same instance, and multi-period selection (200 candidates × 5 years, dependencies
 * and exclusive groups).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class SelectionBenchmark {

  @Param({"uncorrelated", "weakly", "strongly"})
  public String kind;

  PortfolioProblem single;
  PortfolioProblem multi;
  int[] w;
  int[] p;
  long capacity;

  @Setup
  public void setup() {
    single = knapsack(kind, 1000, 42);
    multi = multiPeriod(200, 5, 42, kind.equals("strongly"));
  }

  static PortfolioProblem knapsack(String kind, int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int range = 1000;
    List<Project> ps = new ArrayList<>();
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
      ps.add(Project.of(String.format("p%04d", i), pi, Map.of("y", BigDecimal.valueOf(wi))));
    }
    return PortfolioProblem.of(Map.of("y", BigDecimal.valueOf(total / 2)), ps).withLimits(50_000_000, Duration.ofSeconds(30));
  }

  /**
   * 200 candidates over 5 years, budgets a third of the yearly demand, every fifth project
   * requiring an earlier one, 20 exclusive pairs; values are scores independent of cost, or (when
   * {@code correlated}) cost × U(0.8, 1.2), the hard case.
   */
  static PortfolioProblem multiPeriod(int n, int years, long seed, boolean correlated) {
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
      Set<String> req = i > 0 && r.nextInt(5) == 0 ? Set.of(String.format("p%03d", r.nextInt(i))) : Set.of();
      double value = correlated ? sum * (0.8 + 0.4 * r.nextDouble()) : 1 + r.nextInt(100);
      ps.add(new Project(String.format("p%03d", i), value, cost, req, false));
    }
    for (int y = 0; y < years; y++) {
      budget.put(String.valueOf(2026 + y), BigDecimal.valueOf(totals[y] / 3));
    }
    List<Set<String>> ex = new ArrayList<>();
    for (int g = 0; g < 20; g++) {
      ex.add(Set.of(String.format("p%03d", 10 * g), String.format("p%03d", 10 * g + 5)));
    }
    return new PortfolioProblem(budget, ps, ex, List.of(), 50_000_000, Duration.ofSeconds(60));
  }

  @Benchmark
  public Selection singleBudgetBranchAndBound() {
    return Portfolio.select(single);
  }

  @Benchmark
  public Optimisation.Result singleBudgetOjAlgo() {
    return ojalgo(single);
  }

  @Benchmark
  public Selection multiPeriodBranchAndBound() {
    return Portfolio.select(multi);
  }

  static Optimisation.Result ojalgo(PortfolioProblem pb) {
    ExpressionsBasedModel model = new ExpressionsBasedModel();
    List<Variable> vars = new ArrayList<>();
    for (Project p : pb.projects()) {
      vars.add(model.addVariable(p.id()).binary().weight(p.value()));
    }
    for (String period : pb.budget().keySet()) {
      Expression e = model.addExpression(period).upper(pb.budget().get(period));
      for (int i = 0; i < vars.size(); i++) {
        e.set(vars.get(i), pb.projects().get(i).costIn(period));
      }
    }
    // a time limit keeps the comparison finite; the result's state says whether ojAlgo proved it
    model.options.time_abort = 60_000;
    model.options.time_suffice = 60_000;
    return model.maximise();
  }

  /**
   * Prints (ojAlgo skipped with {@code --no-mip}; single-budget instances skipped with {@code
   * --multi-only}), per instance, the optimum of both solvers, whether ours is proven, its nodes
   * and time.
   */
  public static void main(String[] args) {
    List<String> kinds = List.of(args).contains("--multi-only") ? List.of() : List.of("uncorrelated", "weakly", "strongly");
    for (String kind : kinds) {
      PortfolioProblem pb = knapsack(kind, 1000, 42);
      long t0 = System.nanoTime();
      Selection s = Portfolio.select(pb);
      long t1 = System.nanoTime();
      boolean mip = !List.of(args).contains("--no-mip");
      Optimisation.Result o = mip ? ojalgo(pb) : null;
      long t2 = System.nanoTime();
      System.out.printf(
          "%-12s ours %.1f optimal=%s nodes=%d %.1f ms | ojAlgo %.1f %s %.1f ms%n",
          kind, s.value(), s.optimal(), s.nodes(), (t1 - t0) / 1e6,
          o == null ? Double.NaN : o.getValue(), o == null ? "skipped" : o.getState(), (t2 - t1) / 1e6);
    }
    for (boolean correlated : List.of(false, true)) {
      PortfolioProblem m = multiPeriod(200, 5, 42, correlated);
      long t0 = System.nanoTime();
      Selection s = Portfolio.select(m);
      long t1 = System.nanoTime();
      System.out.printf(
          "multi-period 200x5 %s ours %.3f optimal=%s bound=%.3f gap=%.5f nodes=%d %.1f ms%n",
          correlated ? "value~cost" : "scores", s.value(), s.optimal(), s.bound(), s.gap(), s.nodes(), (t1 - t0) / 1e6);
    }
  }
}
