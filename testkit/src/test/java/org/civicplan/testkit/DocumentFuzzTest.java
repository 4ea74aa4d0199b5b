// SPDX-License-Identifier: Apache-2.0
package org.civicplan.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.civicplan.document.DocumentFormat;
import org.civicplan.document.ReadProblem;
import org.civicplan.document.ReadResult;
import org.civicplan.document.StrategyDocuments;
import org.civicplan.strategy.Strategy;
import org.civicplan.validation.StrategyValidator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Seeded mutation fuzzing of strategy documents, JSON and YAML (issue 19): {@link Fuzzing}'s
 * byte-level, structural and Unicode mutations of generated documents, each read, validated,
 * written in both formats and read back. Nothing escapes reading, validation or writing; a
 * document that reads round-trips equal in both formats; every refusal has a {@code document.*}
 * code and names a path or a line (except the kinds about the whole file: not UTF-8, too long).
 *
 * <p>CI runs {@value Fuzzing#DEFAULT_CASES} cases per format; {@code -Pfuzz} runs 100,000 and fails
 * a case slower than a second (see {@link Fuzzing}).
 */
class DocumentFuzzTest {

  private static final StrategyDocuments DOCS = StrategyDocuments.standard();
  private static final StrategyValidator VALIDATOR = StrategyValidator.coreOnly();

  /** Kinds that are about the whole file and so have no path or line. */
  private static final Set<ReadProblem.Kind> WHOLE_FILE =
      EnumSet.of(ReadProblem.Kind.NOT_UTF8, ReadProblem.Kind.LIMIT_EXCEEDED, ReadProblem.Kind.EMPTY);

  @ParameterizedTest
  @EnumSource(DocumentFormat.class)
  void mutatedDocumentsReadValidateAndRoundTripOrAreRefusedWithAPlace(DocumentFormat format) {
    String name = format.name().toLowerCase(Locale.ROOT);
    Fuzzing.Tally t = Fuzzing.run("document-" + name, name,
        (rng, i) -> Fuzzing.mutate(DOCS.write(StrategyGenerator.of(rng)
            .strategy(i % 5 == 0 ? GenerationSize.small() : GenerationSize.tiny()), format), rng),
        input -> check(input, format));
    // the mutations are neither all fatal nor all harmless: both paths are exercised
    assertTrue(t.accepted() > t.cases() / 20 && t.refused() > t.cases() / 20, t::toString);
  }

  /** Reads, validates, writes and reads back; {@return whether the input was a readable document} */
  static boolean check(byte[] input, DocumentFormat format) {
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
}
