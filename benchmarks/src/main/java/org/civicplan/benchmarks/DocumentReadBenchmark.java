// SPDX-License-Identifier: Apache-2.0
package org.civicplan.benchmarks;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.civicplan.document.DocumentFormat;
import org.civicplan.document.DocumentLimits;
import org.civicplan.document.ReadResult;
import org.civicplan.document.StrategyDocuments;
import org.civicplan.strategy.Strategy;
import org.civicplan.testkit.GenerationSize;
import org.civicplan.testkit.StrategyGenerator;
import org.civicplan.validation.StrategyValidator;
import org.civicplan.validation.ValidationReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading and validating generated strategy documents of about 1, 8 and 64 MB of JSON (a testkit
 * strategy grown by its number of actions), warm: {@code read} is UTF-8 bytes to a {@link Strategy}
 * through {@link StrategyDocuments#read(java.io.InputStream, DocumentFormat, String)}, as a file is
 * read (the default limits, but for a document length of 128 MiB); {@code validate} runs core's rules and Bean Validation on the strategy read. The time per MB
 * shows whether any step grows faster than the document.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar DocumentReadBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx6g")
public class DocumentReadBenchmark {

  @Param({"1", "8", "64"})
  public int megabytes;

  byte[] json;
  Strategy strategy;
  /** The default limits but a document length of 128 MiB, so that the 64 MB document is read. */
  final StrategyDocuments documents = StrategyDocuments.builder()
      .limits(DocumentLimits.defaults().withMaxDocumentLength(128L * 1024 * 1024)).build();
  final StrategyValidator validator = StrategyValidator.coreOnly();

  /** A generated strategy whose JSON is about {@code megabytes} MB, with its actions scaled to it. */
  static byte[] document(int megabytes) {
    int actions = 60;
    byte[] bytes = generate(actions);
    long target = megabytes * 1_000_000L;
    for (int round = 0; round < 4 && Math.abs(bytes.length - target) > target / 20; round++) {
      actions = (int) Math.max(1, actions * (double) target / bytes.length);
      bytes = generate(actions);
    }
    return bytes;
  }

  private static byte[] generate(int actions) {
    GenerationSize size = new GenerationSize(8, 4, 3, Math.max(25, actions / 4), actions,
        Math.max(12, actions / 20), 8, 5, 4, 3, 4, 6, 5);
    Strategy s = StrategyGenerator.seeded(42).strategy(size);
    return StrategyDocuments.standard().write(s, DocumentFormat.JSON).getBytes(StandardCharsets.UTF_8);
  }

  @Setup(Level.Trial)
  public void setup() {
    json = document(megabytes);
    ReadResult r = read();
    strategy = r.strategy().orElseThrow(() -> new IllegalStateException(r.problems().toString()));
    System.out.printf("%n%d MB parameter: %,d bytes, %d actions%n", megabytes, json.length, strategy.actions().size());
  }

  @Benchmark
  public ReadResult read() {
    return documents.read(new ByteArrayInputStream(json), DocumentFormat.JSON, "benchmark.json");
  }

  @Benchmark
  public ValidationReport validate() {
    return validator.validate(strategy);
  }

  /** A quick look without JMH: {@code java -cp benchmarks.jar org.civicplan.benchmarks.DocumentReadBenchmark [MB]}. */
  public static void main(String[] args) {
    DocumentReadBenchmark b = new DocumentReadBenchmark();
    b.megabytes = args.length > 0 ? Integer.parseInt(args[0]) : 8;
    b.setup();
    for (int i = 0; i < 12; i++) {
      long t0 = System.nanoTime();
      b.read();
      long t1 = System.nanoTime();
      b.validate();
      long t2 = System.nanoTime();
      System.out.printf("read %.1f ms (%.1f MB/s), validate %.1f ms%n", (t1 - t0) / 1e6,
          b.json.length / 1e6 / ((t1 - t0) / 1e9), (t2 - t1) / 1e6);
    }
  }
}
