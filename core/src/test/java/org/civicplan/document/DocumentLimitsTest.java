// SPDX-License-Identifier: Apache-2.0
package org.civicplan.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

  /**
   * JSON and YAML apply every limit alike. Each case is one text read both as JSON and as YAML (a
   * JSON document is a YAML flow mapping), so the two problems must agree in everything: code,
   * message in English and Romanian, line, column and path.
   */
  @org.junit.jupiter.api.Nested
  class SameInBothFormats {

    private static final java.util.Locale RO = java.util.Locale.forLanguageTag("ro");

    /** The fixture as JSON with one raw annex whose data is {@code data}; the annex is the second. */
    private String withAnnexData(String data) {
      Strategy s = StrategyFixture.builder().annex(new RawAnnex("limits", data)).build();
      StrategyDocuments unlimited = StrategyDocuments.builder()
          .limits(new DocumentLimits(1000, Long.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE))
          .build();
      return unlimited.write(s, DocumentFormat.JSON);
    }

    private void assertReadInBoth(DocumentLimits limits, String text) {
      StrategyDocuments docs = StrategyDocuments.builder().limits(limits).build();
      for (DocumentFormat format : DocumentFormat.values()) {
        ReadResult r = docs.read(text, format);
        assertEquals(java.util.List.of(), r.problems(), format + " reads the text");
      }
    }

    /** The one problem both formats report, after checking that they report the same one. */
    private ReadProblem refusedAlikeInBoth(DocumentLimits limits, String text) {
      ReadProblem json = onlyProblem(limits, text, DocumentFormat.JSON);
      ReadProblem yaml = onlyProblem(limits, text, DocumentFormat.YAML);
      assertEquals("document.limit-exceeded", json.code());
      assertEquals(json, yaml, "JSON and YAML report the same problem");
      assertEquals(json.message(RO), yaml.message(RO));
      return json;
    }

    /** Line (1-based) of the first occurrence of {@code needle}, and its column (1-based). */
    private int[] place(String text, String needle) {
      int at = text.indexOf(needle);
      assertTrue(at >= 0, needle);
      int line = 1 + (int) text.substring(0, at).chars().filter(c -> c == '\n').count();
      int column = at - text.lastIndexOf('\n', at - 1);
      return new int[] {line, column};
    }

    private void assertAt(String text, String needle, ReadProblem p) {
      int[] place = place(text, needle);
      assertEquals(place[0], p.line(), p::toString);
      assertEquals(place[1], p.column(), p::toString);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"1.", "-1.", "1"})
    void numberOfTheDefaultLength_100_isReadByBoth_101_isRefusedByBoth(String prefix) {
      // a decimal, a negative decimal and an integer of exactly n characters, sign and point included
      String hundred = prefix + "2".repeat(100 - prefix.length());
      String hundredOne = prefix + "2".repeat(101 - prefix.length());
      assertEquals(100, hundred.length());
      assertReadInBoth(DocumentLimits.defaults(), withAnnexData("{\"n\": " + hundred + "}"));
      String text = withAnnexData("{\"n\": " + hundredOne + "}");
      ReadProblem p = refusedAlikeInBoth(DocumentLimits.defaults(), text);
      assertEquals("number of 101 characters is longer than the limit maxNumberLength = 100", p.message());
      assertEquals("numărul de 101 caractere este mai lung decât limita maxNumberLength = 100", p.message(RO));
      assertEquals("/annexes/1/data/n", p.path());
      assertAt(text, hundredOne, p);
    }

    /**
     * A number's exponent is at most 100,000 in magnitude, as written: {@code 1e400600000} is eleven
     * characters that any exact sum or plain writing would expand to 400,600,001 digits (the fuzzer
     * of {@code civicplan select} found such an amount stalling every reader after it).
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
      "1e100001", "-2.5E+100001", "1e-100001", "1e400600000", "-1e-400600000", "1e99999999999", "1e999999999999999999999"})
    void aNumberWithAnExponentBeyond100000_isRefusedAlikeInBoth(String number) {
      // written by hand: Jackson cannot write a decimal whose exponent does not fit an int
      String text = withAnnexData("{\"n\": 0}").replace("\"n\" : 0", "\"n\" : " + number).replace("\"n\": 0", "\"n\": " + number);
      assertTrue(text.contains(number), text);
      ReadProblem p = refusedAlikeInBoth(DocumentLimits.defaults(), text);
      String exponent = number.substring(number.toLowerCase(java.util.Locale.ROOT).indexOf('e') + 1);
      assertEquals("number with the exponent " + exponent + " is beyond the largest exponent a number may have, ±100000",
          p.message());
      assertEquals("numărul cu exponentul " + exponent + " depășește cel mai mare exponent pe care îl poate avea un"
          + " număr, ±100000", p.message(RO));
      assertEquals("/annexes/1/data/n", p.path());
      assertAt(text, number, p);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"1e100000", "-2.5E-100000", "1e400", "4.9E-324"})
    void aNumberWithAnExponentUpTo100000_isRead(String number) {
      String text = withAnnexData("{\"n\": 0}").replace("\"n\" : 0", "\"n\" : " + number).replace("\"n\": 0", "\"n\": " + number);
      assertTrue(text.contains(number), text);
      assertReadInBoth(DocumentLimits.defaults(), text);
    }

    @Test
    void theWrittenExponent_andTheScanBeforeParsing() {
      assertEquals(400600000, LimitScan.exponent("1e400600000", 2));
      assertEquals(5, LimitScan.exponent("2.5E-5", 4));
      assertEquals(7, LimitScan.exponent("2.5E+7", 4));
      assertEquals(0, LimitScan.exponent("12.5", 4));
      assertEquals(1_000_000_000, LimitScan.exponent("1e999999999999999999999", 2));
      assertEquals(1_000_000_000, LimitScan.exponent("1e-999999999999999999999", 2));
      String doc = "{\"a\": 1e100001}";
      assertTrue(LimitScan.mayHoldLongNumber(doc, 100));
      assertTrue(LimitScan.mayHoldLongNumber(doc.getBytes(java.nio.charset.StandardCharsets.UTF_8), 100));
      assertFalse(LimitScan.mayHoldLongNumber("{\"a\": 1e100000, \"b\": \"e\"}", 100));
    }

    @Test
    void stringLength_atAndOverTheLimit() {
      String ten = "abcdefghij";
      DocumentLimits limits = DocumentLimits.defaults().withMaxStringLength(40);
      // the fixture's longest text is below 40 characters (limits_justAboveTheFixture_pass)
      assertReadInBoth(limits, withAnnexData("{\"s\": \"" + ten.repeat(4) + "\"}"));
      String text = withAnnexData("{\"s\": \"" + ten.repeat(4) + "k\"}");
      ReadProblem p = refusedAlikeInBoth(limits, text);
      assertEquals("text of 41 characters is longer than the limit maxStringLength = 40", p.message());
      assertEquals("textul de 41 caractere este mai lung decât limita maxStringLength = 40", p.message(RO));
      assertEquals("/annexes/1/data/s", p.path());
      assertAt(text, "\"" + ten, p);
    }

    @Test
    void nameLength_atAndOverTheLimit() {
      String thirteen = "abcdefghijklm";
      DocumentLimits limits = DocumentLimits.defaults().withMaxNameLength(13);
      assertReadInBoth(limits, withAnnexData("{\"" + thirteen + "\": 1}"));
      String text = withAnnexData("{\"" + thirteen + "n\": 1}");
      ReadProblem p = refusedAlikeInBoth(limits, text);
      assertEquals("member name of 14 characters is longer than the limit maxNameLength = 13", p.message());
      assertEquals("numele de membru de 14 caractere este mai lung decât limita maxNameLength = 13", p.message(RO));
      assertEquals("/annexes/1/data/" + thirteen + "n", p.path());
      assertAt(text, "\"" + thirteen, p);
    }

    @Test
    void nestingDepth_atAndOverTheLimit() {
      // the annex data sits at depth 4 (document, annexes, annex, data): 16 more arrays reach 20
      DocumentLimits limits = DocumentLimits.defaults().withMaxNestingDepth(20);
      assertReadInBoth(limits, withAnnexData("{\"d\": " + "[".repeat(16) + "]".repeat(16) + "}"));
      String text = withAnnexData("{\"d\": " + "[".repeat(17) + "]".repeat(17) + "}");
      ReadProblem p = refusedAlikeInBoth(limits, text);
      assertEquals("nesting depth 21 is deeper than the limit maxNestingDepth = 20", p.message());
      assertEquals("adâncimea de imbricare 21 depășește limita maxNestingDepth = 20", p.message(RO));
      assertEquals("/annexes/1/data/d" + "/0".repeat(16), p.path());
      // the 17th bracket of the annex data is the first too deep
      int at = text.indexOf("\"d\": ");
      for (int i = 0; i < 17; i++) {
        at = text.indexOf('[', at + 1);
      }
      assertAt(text.substring(0, at) + "\u0000", "\u0000", p);
    }

    @Test
    void documentLength_atAndOverTheLimit() {
      String text = withAnnexData("{}");
      assertReadInBoth(DocumentLimits.defaults().withMaxDocumentLength(text.length()), text);
      ReadProblem p = refusedAlikeInBoth(DocumentLimits.defaults().withMaxDocumentLength(text.length() - 1), text);
      assertEquals("document is longer than the limit maxDocumentLength = " + (text.length() - 1)
          + " (" + text.length() + " characters)", p.message());
      assertEquals("", p.path());
    }
  }
}
