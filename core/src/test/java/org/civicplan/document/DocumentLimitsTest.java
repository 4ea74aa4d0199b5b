// SPDX-License-Identifier: Apache-2.0
package org.civicplan.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import org.civicplan.fixture.StrategyFixture;
import org.civicplan.strategy.RawAnnex;
import org.civicplan.strategy.Strategy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DocumentLimitsTest {

  private static ReadProblem onlyProblem(DocumentLimits limits, String text, DocumentFormat format) {
    ReadResult r = StrategyDocuments.builder().limits(limits).build().read(text, format);
    assertTrue(r.strategy().isEmpty(), "no strategy");
    assertEquals(1, r.problems().size(), r.problems().toString());
    return r.problems().get(0);
  }

  private static String fixture(DocumentFormat format) {
    return StrategyDocuments.standard().write(StrategyFixture.valid(), format);
  }

  private static void assertNamesLimit(String limit, long value, ReadProblem p) {
    assertTrue(p.message().contains(limit + " = " + value), "expected " + limit + " = " + value + " in: " + p);
  }

  @Test
  void defaults_areTheDocumentedValues() {
    DocumentLimits d = DocumentLimits.defaults();
    assertEquals(64, d.maxNestingDepth());
    assertEquals(8L * 1024 * 1024, d.maxDocumentLength());
    assertEquals(1_000_000, d.maxStringLength());
    assertEquals(100, d.maxNumberLength());
    assertEquals(256, d.maxNameLength());
    assertEquals(StrategyDocuments.standard().limits(), d);
  }

  @Test
  void of_nonPositiveLimit_isRejectedNamingIt() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> DocumentLimits.defaults().withMaxNameLength(0));
    assertEquals("maxNameLength must be at least 1 but was 0", e.getMessage());
  }

  @ParameterizedTest
  @EnumSource(DocumentFormat.class)
  void fixture_isWellWithinTheDefaults(DocumentFormat format) {
    assertTrue(StrategyDocuments.standard().read(fixture(format), format).isSuccess());
  }

  @ParameterizedTest
  @EnumSource(DocumentFormat.class)
  void nestingDepth(DocumentFormat format) {
    ReadProblem p = onlyProblem(DocumentLimits.defaults().withMaxNestingDepth(5), fixture(format), format);
    assertNamesLimit("maxNestingDepth", 5, p);
    assertTrue(p.line() > 0, p.toString());
  }

  @ParameterizedTest
  @EnumSource(DocumentFormat.class)
  void nestingDepth_default_stopsDeepAnnexData(DocumentFormat format) {
    String deep = "[".repeat(70) + "]".repeat(70);
    Strategy s = StrategyFixture.builder().annex(new RawAnnex("deep", deep)).build();
    StrategyDocuments writer = StrategyDocuments.builder().limits(DocumentLimits.defaults().withMaxNestingDepth(1000)).build();
    ReadProblem p = onlyProblem(DocumentLimits.defaults(), writer.write(s, format), format);
    assertNamesLimit("maxNestingDepth", 64, p);
    assertTrue(p.path().startsWith("/annexes/1/data"), p.toString());
  }

  @ParameterizedTest
  @EnumSource(DocumentFormat.class)
  void documentLength_ofText(DocumentFormat format) {
    String text = fixture(format);
    ReadProblem p = onlyProblem(DocumentLimits.defaults().withMaxDocumentLength(1000), text, format);
    assertNamesLimit("maxDocumentLength", 1000, p);
    assertTrue(p.message().contains(text.length() + " characters"), p.toString());
  }

  @Test
  void documentLength_ofStream_isCheckedBeforeParsing() {
    byte[] bytes = fixture(DocumentFormat.JSON).getBytes(StandardCharsets.UTF_8);
    StrategyDocuments docs = StrategyDocuments.builder().limits(DocumentLimits.defaults().withMaxDocumentLength(bytes.length - 1)).build();
    ReadResult r = docs.read(new ByteArrayInputStream(bytes), DocumentFormat.JSON, "in");
    assertNamesLimit("maxDocumentLength", bytes.length - 1, r.problems().get(0));
    StrategyDocuments exact = StrategyDocuments.builder().limits(DocumentLimits.defaults().withMaxDocumentLength(bytes.length)).build();
    assertTrue(exact.read(new ByteArrayInputStream(bytes), DocumentFormat.JSON, "in").isSuccess());
  }

  @ParameterizedTest
  @EnumSource(DocumentFormat.class)
  void stringLength(DocumentFormat format) {
    ReadProblem p = onlyProblem(DocumentLimits.defaults().withMaxStringLength(20), fixture(format), format);
    assertNamesLimit("maxStringLength", 20, p);
  }

  @ParameterizedTest
  @EnumSource(DocumentFormat.class)
  void numberLength(DocumentFormat format) {
    ReadProblem p = onlyProblem(DocumentLimits.defaults().withMaxNumberLength(5), fixture(format), format);
    assertNamesLimit("maxNumberLength", 5, p);
  }

  @Test
  void numberLength_default_stopsAHugeNumber() {
    String text = fixture(DocumentFormat.JSON).replace("\"amount\": 1250000.5", "\"amount\": 1" + "0".repeat(200));
    assertNamesLimit("maxNumberLength", 100, onlyProblem(DocumentLimits.defaults(), text, DocumentFormat.JSON));
  }

  @ParameterizedTest
  @EnumSource(DocumentFormat.class)
  void nameLength(DocumentFormat format) {
    ReadProblem p = onlyProblem(DocumentLimits.defaults().withMaxNameLength(8), fixture(format), format);
    assertNamesLimit("maxNameLength", 8, p);
  }

  @Test
  void limits_justAboveTheFixture_pass() {
    UnaryOperator<DocumentLimits> tight =
        l -> l.withMaxNestingDepth(8).withMaxNumberLength(10).withMaxNameLength(13).withMaxStringLength(40);
    for (DocumentFormat format : DocumentFormat.values()) {
      ReadResult r = StrategyDocuments.builder().limits(tight.apply(DocumentLimits.defaults())).build().read(fixture(format), format);
      assertEquals(java.util.List.of(), r.problems(), format.toString());
    }
  }
}
