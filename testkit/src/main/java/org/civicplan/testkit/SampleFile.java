// SPDX-License-Identifier: Apache-2.0
package org.civicplan.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.civicplan.document.DocumentFormat;
import org.civicplan.document.ReadResult;
import org.civicplan.document.StrategyDocuments;
import org.civicplan.strategy.Strategy;

/**
 * Checks that a sample document shipped with a template (for example {@code
 * samples/data/climate-strategy.json}) is exactly its fixture as the document writer writes it, and
 * that the reader gives the fixture back, so that a sample can never drift from the code that
 * describes it.
 *
 * <pre>{@code
 * @Test
 * void sampleFileIsTheFixture() {
 *   SampleFile.of(Path.of("..", "samples", "data", "climate-strategy.json"), documents)
 *       .rewriteWhen("climate.sample.write")      // -Dclimate.sample.write=true rewrites the file
 *       .check(ClimateSample.valid());
 * }
 * }</pre>
 *
 * <p>Failures are {@link AssertionError}s naming the file, the first line that differs and how to
 * rewrite the file, so any test framework reports them as failures.
 */
public final class SampleFile {

  /** The phrases by which a sample says, in English and in Romanian, that it is no official document. */
  public static final List<String> ILLUSTRATIVE = List.of(
      "illustrative example, not an official document", "exemplu ilustrativ, nu este un document oficial");

  private final Path file;
  private final StrategyDocuments documents;
  private final String rewriteProperty;

  private SampleFile(Path file, StrategyDocuments documents, String rewriteProperty) {
    this.file = file;
    this.documents = documents;
    this.rewriteProperty = rewriteProperty;
  }

  /**
   * {@return a check of {@code file}, written and read by {@code documents} in the format its name
   * ends with ({@code .json}, {@code .yaml} or {@code .yml})}
   *
   * @param file the sample document
   * @param documents the writer and reader, knowing the template's annexes
   * @throws NullPointerException if an argument is null
   */
  public static SampleFile of(Path file, StrategyDocuments documents) {
    return new SampleFile(Objects.requireNonNull(file, "file"), Objects.requireNonNull(documents, "documents"), "");
  }

  /**
   * {@return this check, rewriting the file from the fixture when the system property {@code
   * property} is {@code true} (after a deliberate change of the fixture)}
   *
   * @param property the system property's name, e.g. {@code climate.sample.write}
   */
  public SampleFile rewriteWhen(String property) {
    return new SampleFile(file, documents, Objects.requireNonNull(property, "property"));
  }

  /**
   * Checks that the file is {@code fixture} as written, that reading it gives {@code fixture} back
   * without problems, and that it says in both languages that it is illustrative ({@link
   * #ILLUSTRATIVE}).
   *
   * @param fixture the strategy the sample is
   * @throws AssertionError naming what differs
   * @throws UncheckedIOException if the file cannot be read or rewritten
   */
  public void check(Strategy fixture) {
    Objects.requireNonNull(fixture, "fixture");
    String name = file.getFileName().toString();
    DocumentFormat format = name.endsWith(".json") ? DocumentFormat.JSON : DocumentFormat.YAML;
    String expected = documents.write(fixture, format);
    try {
      if (!rewriteProperty.isEmpty() && Boolean.getBoolean(rewriteProperty)) {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Files.writeString(file, expected, StandardCharsets.UTF_8);
      }
      String actual = Files.readString(file, StandardCharsets.UTF_8);
      if (!actual.equals(expected)) {
        throw new AssertionError(file + " is not its fixture as the document writer writes it: " + firstDifference(expected, actual)
            + (rewriteProperty.isEmpty() ? "" : "; after a deliberate change run the test with -D" + rewriteProperty + "=true"));
      }
      for (String phrase : ILLUSTRATIVE) {
        if (!actual.contains(phrase)) {
          throw new AssertionError(file + " does not say \"" + phrase + "\": a sample must say it is illustrative");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ReadResult read = documents.read(file);
    if (!read.problems().isEmpty()) {
      throw new AssertionError(file + " cannot be read back: " + read.problems());
    }
    if (!fixture.equals(read.strategy().orElseThrow())) {
      throw new AssertionError(file + " reads back as a strategy other than its fixture");
    }
  }

  private static String firstDifference(String expected, String actual) {
    String[] e = expected.split("\n", -1);
    String[] a = actual.split("\n", -1);
    for (int i = 0; i < Math.min(e.length, a.length); i++) {
      if (!e[i].equals(a[i])) {
        return "line " + (i + 1) + " is \"" + a[i].strip() + "\" but the writer writes \"" + e[i].strip() + "\"";
      }
    }
    return "it has " + a.length + " lines but the writer writes " + e.length;
  }
}
