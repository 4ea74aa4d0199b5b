// SPDX-License-Identifier: Apache-2.0
package org.civicplan.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.civicplan.base.LocalizedText;
import org.civicplan.strategy.Strategy;
import org.civicplan.fixture.StrategyFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Characters outside the Basic Multilingual Plane (two UTF-16 chars each) survive a write and a
 * read in both formats wherever they fall relative to the parsers' read buffers. SnakeYAML Engine
 * reads 1,024 characters at a time; before 3.2 a high surrogate at the end of a read made it throw
 * {@code IndexOutOfBoundsException} ("Range [1025, 1025 + 1) out of bounds for length 1025"), so a
 * strategy written to YAML could not be read back.
 */
class SupplementaryCharacterBoundaryTest {

  /** An emoji, a CJK Extension B ideograph, a mathematical bold letter, an old Italic letter. */
  static final List<String> SUPPLEMENTARY = List.of("\uD83D\uDE00", "\uD840\uDC00", "\uD835\uDC00", "\uD800\uDF00");

  private final StrategyDocuments docs = StrategyDocuments.standard();

  /** The minimal case: 1,016 'a's after {@code title: "} put the emoji's high surrogate at 1,024. */
  @Test
  void theMinimalYamlCaseReads() {
    String text = "title: \"" + "a".repeat(1016) + "\uD83D\uDE00" + "b".repeat(50) + "\"\n";
    ReadResult r = docs.read(text, DocumentFormat.YAML);
    // not a strategy, but a read result with problems — never an exception
    assertTrue(r.problems().stream().noneMatch(p -> p.toString().contains("out of bounds")), r.problems()::toString);
  }

  @ParameterizedTest
  @EnumSource(DocumentFormat.class)
  void everySupplementaryCharacterAtEveryOffsetAroundTheBuffersRoundTrips(DocumentFormat format) {
    Strategy base = StrategyFixture.valid();
    String head = docs.write(base.toBuilder().vision(LocalizedText.of("", "")).build(), format);
    int visionAt = Math.max(0, head.indexOf("vision"));
    int checked = 0;
    for (String c : SUPPLEMENTARY) {
      for (int boundary : new int[] {1024, 8000, 8192}) {  // SnakeYAML reads 1,024 chars, Jackson 8,000
        // sweep the padding so that the character crosses the boundary wherever the writer puts it
        for (int pad = Math.max(0, boundary - visionAt - 12); pad <= boundary - visionAt + 12; pad++) {
          String vision = "v".repeat(pad) + c + " " + c + c;
          Strategy s = base.toBuilder().vision(LocalizedText.of(vision, "ă" + vision)).build();
          String text = docs.write(s, format);
          ReadResult r = docs.read(text, format);
          int at = pad;
          assertEquals(s, r.strategy().orElseThrow(() -> new AssertionError(format + " pad " + at + " " + r.problems())));
          ReadResult bytes = docs.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), format, "in-memory");
          assertEquals(s, bytes.strategy().orElseThrow(() -> new AssertionError(format + " bytes pad " + at + bytes.problems())));
          checked++;
        }
      }
    }
    assertEquals(4 * 3 * 25, checked);
  }
}
