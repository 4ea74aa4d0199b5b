// SPDX-License-Identifier: Apache-2.0
package org.civicplan.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.civicplan.document.DocumentFormat;
import org.civicplan.document.ReadProblem;
import org.civicplan.document.ReadResult;
import org.civicplan.document.StrategyDocuments;
import org.civicplan.strategy.Strategy;
import org.civicplan.validation.StrategyValidator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Seeded mutation fuzzing of strategy documents, JSON and YAML (issue 19): byte-level, structural
 * and Unicode mutations of generated documents, each read, validated, written in both formats and
 * read back. Nothing escapes reading, validation or writing; a document that reads round-trips
 * equal in both formats; every refusal has a {@code document.*} code and names a path or a line
 * (except the kinds about the whole file: not UTF-8, too long).
 *
 * <p>CI runs {@value #DEFAULT_CASES} cases per format; {@code ./mvnw -Pfuzz verify} runs 100,000
 * (the system properties {@code civicplan.fuzz.cases} and {@code civicplan.fuzz.seed} choose), and
 * with {@code civicplan.fuzz.millis} also fails a case slower than that. A failing case prints its
 * seed and is written to {@code target/fuzz-failures/}.
 */
class DocumentFuzzTest {

  static final int DEFAULT_CASES = 1000;
  private static final long DEFAULT_SEED = 0xF022_2026L;

  private static final StrategyDocuments DOCS = StrategyDocuments.standard();
  private static final StrategyValidator VALIDATOR = StrategyValidator.coreOnly();

  /** Kinds that are about the whole file and so have no path or line. */
  private static final Set<ReadProblem.Kind> WHOLE_FILE =
      EnumSet.of(ReadProblem.Kind.NOT_UTF8, ReadProblem.Kind.LIMIT_EXCEEDED, ReadProblem.Kind.EMPTY);

  /** Texts that have broken parsers: characters outside the Basic Multilingual Plane, marks, controls, escapes. */
  private static final List<String> HOSTILE = List.of(
      "\uD83C\uDF33", "\uD840\uDC00", "\uD835\uDC00", "\u0301", "\u200F", "\u0000", "\uFEFF", "\\ud800",
      "\\udc00x", "\\u0000", "ș", "Ț", "\"", "\\", "\n", "\t", "{", "}", "[", "]", ":", ",", "- ", "#", "&a *a",
      "!!binary", "? ", "1e400", "-0", "NaN", "0x10", "99999999999999999999999999", "'", "%YAML 1.2", "---", "...");

  @ParameterizedTest
  @EnumSource(DocumentFormat.class)
  void mutatedDocumentsReadValidateAndRoundTripOrAreRefusedWithAPlace(DocumentFormat format) throws IOException {
    long runSeed = Long.getLong("civicplan.fuzz.seed", DEFAULT_SEED);
    int cases = Integer.getInteger("civicplan.fuzz.cases", DEFAULT_CASES);
    long millis = Long.getLong("civicplan.fuzz.millis", 0);
    int readable = 0;
    for (int i = 0; i < cases; i++) {
      long seed = StrategyGenerator.caseSeed(runSeed + format.ordinal(), i);
      RandomGenerator rng = StrategyGenerator.random(seed);
      Strategy base = StrategyGenerator.of(rng).strategy(i % 5 == 0 ? GenerationSize.small() : GenerationSize.tiny());
      byte[] input = mutate(DOCS.write(base, format), rng);
      long start = System.nanoTime();
      try {
        if (check(input, format)) {
          readable++;
        }
      } catch (AssertionError | RuntimeException e) {
        Path saved = save(format, seed, input);
        throw new AssertionError("fuzz case " + i + " of seed " + runSeed + "L (case seed " + seed + "L, " + format
            + ") failed; input written to " + saved + ": " + e, e);
      }
      long took = (System.nanoTime() - start) / 1_000_000;
      if (millis > 0 && took > millis && input.length < 1_000_000) {
        Path saved = save(format, seed, input);
        fail("fuzz case " + i + " (case seed " + seed + "L) took " + took + " ms, more than " + millis + " ms; input " + saved);
      }
    }
    // the mutations are neither all fatal nor all harmless: both paths are exercised
    assertTrue(readable > cases / 20 && readable < cases - cases / 20, "readable " + readable + " of " + cases);
  }

  /** Reads, validates, writes and reads back; {@return whether the input was a readable document} */
  private static boolean check(byte[] input, DocumentFormat format) {
    ReadResult r = DOCS.read(new ByteArrayInputStream(input), format, "fuzz");
    if (r.strategy().isEmpty()) {
      assertTrue(!r.problems().isEmpty(), "refused without a problem");
      for (ReadProblem p : r.problems()) {
        assertTrue(p.code().startsWith("document."), p::toString);
        assertTrue(!p.message().isBlank(), p::toString);
        assertTrue(WHOLE_FILE.contains(p.kind()) || p.line() > 0 || !p.path().isEmpty(), () -> "no place: " + p);
      }
      return false;
    }
    Strategy s = r.strategy().get();
    VALIDATOR.validate(s);
    for (DocumentFormat f : DocumentFormat.values()) {
      String written = DOCS.write(s, f);
      ReadResult back = DOCS.read(written, f);
      assertEquals(List.of(), back.problems(), () -> "cannot read back what was written as " + f + ":\n" + written);
      assertEquals(s, back.strategy().get(), () -> "read back differently from " + f);
    }
    return true;
  }

  /** One to three mutations of the text: byte-level, structural or Unicode. */
  static byte[] mutate(String text, RandomGenerator rng) {
    String s = text;
    int n = 1 + rng.nextInt(3);
    for (int k = 0; k < n && !s.isEmpty(); k++) {
      int at = rng.nextInt(s.length());
      switch (rng.nextInt(7)) {
        case 0 -> { // delete a range
          int end = Math.min(s.length(), at + 1 + rng.nextInt(40));
          s = s.substring(0, at) + s.substring(end);
        }
        case 1 -> { // duplicate a line
          int ls = s.lastIndexOf('\n', at) + 1;
          int le = s.indexOf('\n', at);
          le = le < 0 ? s.length() : le + 1;
          s = s.substring(0, le) + s.substring(ls, le) + s.substring(le);
        }
        case 2 -> { // remove a line
          int ls = s.lastIndexOf('\n', at) + 1;
          int le = s.indexOf('\n', at);
          s = s.substring(0, ls) + (le < 0 ? "" : s.substring(le + 1));
        }
        case 3, 4 -> s = s.substring(0, at) + HOSTILE.get(rng.nextInt(HOSTILE.size())) + s.substring(at);
        case 5 -> { // replace a value after a colon by another kind of value
          int colon = s.indexOf(": ", at);
          if (colon >= 0) {
            int end = s.indexOf('\n', colon);
            end = end < 0 ? s.length() : end;
            String[] values = {"null", "[]", "{}", "\"x\"", "0", "-1.5", "true", "\"2027-13\"", "[1, [2]]"};
            String tail = s.substring(colon + 2, end).endsWith(",") ? "," : "";
            s = s.substring(0, colon + 2) + values[rng.nextInt(values.length)] + tail + s.substring(end);
          }
        }
        default -> { // flip a byte
          byte[] b = s.getBytes(StandardCharsets.UTF_8);
          int i = rng.nextInt(b.length);
          b[i] = (byte) (b[i] ^ (1 << rng.nextInt(8)));
          return b;
        }
      }
    }
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static Path save(DocumentFormat format, long seed, byte[] input) throws IOException {
    Path dir = Files.createDirectories(Path.of("target", "fuzz-failures"));
    return Files.write(dir.resolve(seed + (format == DocumentFormat.JSON ? ".json" : ".yaml")), input);
  }
}
