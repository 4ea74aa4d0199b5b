// SPDX-License-Identifier: Apache-2.0
package org.civicplan.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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

  /** Pisinger's classes ({@link SideBySide#knapsack}) with this benchmark's limits. */
  static PortfolioProblem knapsack(String kind, int n, long seed) {
    return SideBySide.knapsack(kind, n, seed, Duration.ofSeconds(30)).withLimits(50_000_000, Duration.ofSeconds(30));
  }

  /**
   * The multi-period family of {@link SideBySide#multiPeriod} (at 200 candidates over 5 years:
   * budgets a third of the yearly demand, every fifth project requiring an earlier one, 20 exclusive
   * pairs; values are scores independent of cost, or (when {@code correlated}) cost × U(0.8, 1.2),
   * the hard case), with this benchmark's limits.
   */
  static PortfolioProblem multiPeriod(int n, int years, long seed, boolean correlated) {
    return SideBySide.multiPeriod(n, years, seed, correlated, Duration.ofSeconds(60))
        .withLimits(50_000_000, Duration.ofSeconds(60));
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
