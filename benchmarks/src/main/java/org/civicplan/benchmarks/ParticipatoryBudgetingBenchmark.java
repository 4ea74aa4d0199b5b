// SPDX-License-Identifier: Apache-2.0
package org.civicplan.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGeneratorFactory;
import org.civicplan.participation.PbGenerator;
import org.civicplan.participation.PbInstance;
import org.civicplan.participation.PbOutcome;
import org.civicplan.participation.PbRule;
import org.civicplan.participation.PbRules;
import org.civicplan.participation.ProjectId;
import org.civicplan.participation.Rational;
import org.civicplan.participation.ReferenceEqualShares;
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
 * The Method of Equal Shares with cost utility, alone and with the add1 completion (one currency
 * unit per voter per raise), on two generated instances (fixed seed): {@code district} has 64
 * projects and 6,600 voters, {@code warsaw} the size of Warsaw's city-wide vote, 100 projects and
 * 100,000 voters; about five approvals per ballot, costs up to 300,000 and 1,000,000. The {@code
 * reference…} benchmarks run {@link ReferenceEqualShares}, the straightforward exact
 * implementation (one budget per voter, every candidate every round, every raise from nothing), on
 * the same instance in the same run; their ratio to {@code mes…} is the speed-up. The reference
 * add1 is measured on {@code district} only: on {@code warsaw} it takes hours.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ParticipatoryBudgeting}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class ParticipatoryBudgetingBenchmark {

  @Param({"district", "warsaw"})
  public String instance;

  PbInstance pb;
  static final PbRule MES = PbRule.EqualShares.of(PbRule.Utility.COST);
  static final PbRule MES_ADD1 =
      new PbRule.EqualShares(PbRule.Utility.COST, new PbRule.Completion.Add1(Rational.ONE), PbRule.Fill.NONE);

  @Setup
  public void setup() {
    pb = generate(instance);
  }

  /** The instance named {@code name}, generated with a fixed seed. */
  public static PbInstance generate(String name) {
    return switch (name) {
      case "district" -> PbGenerator.generate(
          RandomGeneratorFactory.of("L64X128MixRandom").create(7), new PbGenerator.Shape(64, 6_600, 5, 300_000, 0.3, 10));
      case "warsaw" -> PbGenerator.generate(
          RandomGeneratorFactory.of("L64X128MixRandom").create(7), new PbGenerator.Shape(100, 100_000, 5, 1_000_000, 0.4, 18));
      default -> throw new IllegalArgumentException("unknown instance " + name + "; known: district, warsaw");
    };
  }

  @Benchmark
  public PbOutcome mesCost() {
    return PbRules.run(pb, MES);
  }

  @Benchmark
  public PbOutcome mesCostAdd1() {
    return PbRules.run(pb, MES_ADD1);
  }

  @Benchmark
  public List<ProjectId> referenceMesCost() {
    return ReferenceEqualShares.run(pb, PbRule.Utility.COST, PbRule.Completion.none());
  }

  @Benchmark
  public List<ProjectId> referenceMesCostAdd1() {
    if (!instance.equals("district")) {
      return List.of();
    }
    return ReferenceEqualShares.run(pb, PbRule.Utility.COST, new PbRule.Completion.Add1(Rational.ONE));
  }
}
