// SPDX-License-Identifier: Apache-2.0
package org.civicplan.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.civicplan.fixture.StrategyFixture;
import org.civicplan.strategy.Strategy;
import org.junit.jupiter.api.Test;

/**
 * What the documents accept they write so that it reads back equal, in JSON and YAML; what they
 * could not write back is refused on read with its path (issue 19: a lone surrogate was accepted
 * and then lost or merged on writing; an amount such as {@code 1e400} was written as 401 digits,
 * longer than the reader takes).
 */
class WriteWhatYouReadTest {

  private final StrategyDocuments docs = StrategyDocuments.standard();
  private final String json = docs.write(StrategyFixture.valid(), DocumentFormat.JSON);

  private String replaceOnce(String from, String to) {
    int i = json.indexOf(from);
    assertTrue(i >= 0, "fixture text contains " + from);
    return json.substring(0, i) + to + json.substring(i + from.length());
  }

  @Test
  void aLoneSurrogateInAText_isRefusedWithItsPath() {
    String title = StrategyFixture.valid().actions().get(0).title().get(Locale.ENGLISH);
    ReadResult r = docs.read(replaceOnce("\"" + title + "\"", "\"ab\\ud800c\""), DocumentFormat.JSON);
    assertEquals(1, r.problems().size(), r.problems()::toString);
    ReadProblem p = r.problems().get(0);
    assertEquals("document.invalid-value", p.code());
    assertEquals("/actions/0/title/en", p.path());
    assertEquals("text holds an unpaired surrogate (U+D800) at character 3, which no UTF-8 file can hold;"
        + " remove it or write the whole character", p.message());
    assertTrue(p.line() > 0, p::toString);
    assertTrue(p.message(Locale.forLanguageTag("ro")).startsWith("textul conține un surogat nepereche (U+D800) la caracterul 3"));
  }

  @Test
  void aLoneSurrogateInAMemberName_isRefusedWithItsLine() {
    ReadResult r = docs.read(replaceOnce("\"schemaVersion\"", "\"x\\udc00\": 1, \"schemaVersion\""), DocumentFormat.JSON);
    assertTrue(r.strategy().isEmpty());
    assertEquals(1, r.problems().size(), r.problems()::toString);
    assertTrue(r.problems().get(0).line() > 0, r.problems()::toString);
  }

  @Test
  void anEscapedSurrogatePair_isOneCharacterAndReadsBackEqual() {
    String title = StrategyFixture.valid().actions().get(0).title().get(Locale.ENGLISH);
    Strategy s = docs.read(replaceOnce("\"" + title + "\"", "\"Trees \\ud83c\\udf33\""), DocumentFormat.JSON).orElseThrow();
    assertEquals("Trees \uD83C\uDF33", s.actions().get(0).title().get(Locale.ENGLISH));
    for (DocumentFormat f : DocumentFormat.values()) {
      assertEquals(s, docs.read(docs.write(s, f), f).orElseThrow(), f.toString());
    }
  }

  @Test
  void aHugeAmount_isWrittenExactlyInAFormTheReadersTake() {
    String planned = "\"planned\": {\n";
    int i = json.indexOf(planned);
    assertTrue(i >= 0);
    int amount = json.indexOf("\"amount\": ", i) + "\"amount\": ".length();
    int end = json.indexOf(',', amount);
    String huge = json.substring(0, amount) + "1e400" + json.substring(end);
    Strategy s = docs.read(huge, DocumentFormat.JSON).orElseThrow();
    for (DocumentFormat f : DocumentFormat.values()) {
      String written = docs.write(s, f);
      assertTrue(written.contains("1E+400"), f + " writes the exponent, not 401 digits");
      ReadResult back = docs.read(written, f);
      assertEquals(java.util.List.of(), back.problems(), f.toString());
      assertEquals(s, back.orElseThrow(), f.toString());
    }
  }
}
