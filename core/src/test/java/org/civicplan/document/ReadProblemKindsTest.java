// SPDX-License-Identifier: Apache-2.0
package org.civicplan.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.civicplan.fixture.StrategyFixture;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of read problem has its own stable code and a message in English and Romanian. */
class ReadProblemKindsTest {

  private static final Locale RO = Locale.forLanguageTag("ro");

  private final StrategyDocuments docs = StrategyDocuments.standard();
  private final String json = docs.write(StrategyFixture.valid(), DocumentFormat.JSON);

  private ReadProblem onlyProblem(String text) {
    ReadResult r = docs.read(text, DocumentFormat.JSON);
    assertEquals(1, r.problems().size(), r.problems().toString());
    return r.problems().get(0);
  }

  private String replaceOnce(String from, String to) {
    int i = json.indexOf(from);
    assertTrue(i >= 0, "fixture text contains " + from);
    return json.substring(0, i) + to + json.substring(i + from.length());
  }

  @Test
  void everyKindHasADistinctCodeInTheDocumentNamespace() {
    Set<String> codes = Arrays.stream(ReadProblem.Kind.values()).map(ReadProblem.Kind::code).collect(Collectors.toSet());
    assertEquals(ReadProblem.Kind.values().length, codes.size());
    assertTrue(codes.stream().allMatch(c -> c.startsWith("document.")), codes::toString);
  }

  @Nested
  class Text {

    @Test
    void syntax() {
      ReadProblem p = onlyProblem("{\n  \"schemaVersion\": 1,\n  \"id\": \n}\n");
      assertEquals("document.syntax", p.code());
      assertEquals(4, p.line());
      assertTrue(p.message().startsWith("syntax error: "), p::toString);
      assertTrue(p.message(RO).startsWith("eroare de sintaxă: "), () -> p.message(RO));
    }

    @Test
    void empty() {
      ReadProblem p = onlyProblem("");
      assertEquals("document.empty", p.code());
      assertEquals("document is empty; it must be an object", p.message());
      assertEquals("documentul este gol; trebuie să fie un obiect", p.message(RO));
      assertEquals(1, p.line());
    }

    @Test
    void notAnObject() {
      ReadProblem p = onlyProblem("[1, 2]");
      assertEquals("document.not-object", p.code());
      assertEquals("document must be an object but was array", p.message());
      assertEquals("documentul trebuie să fie un obiect, dar este un tablou", p.message(RO));
    }

    @Test
    void tooDeep() {
      ReadProblem p = onlyProblem("{\"a\":".repeat(2000) + "1" + "}".repeat(2000));
      assertEquals("document.limit-exceeded", p.code());
      // 64 objects are allowed; the 65th, the value of the 64th "a", is the first one too deep
      assertEquals("nesting depth 65 is deeper than the limit maxNestingDepth = 64", p.message());
      assertEquals("adâncimea de imbricare 65 depășește limita maxNestingDepth = 64", p.message(RO));
      assertEquals(1, p.line());
      assertEquals(5 * 64 + 1, p.column(), p::toString);
      assertEquals("/a".repeat(64), p.path());
    }

    @Test
    void tooLong() {
      StrategyDocuments small = StrategyDocuments.builder().limits(DocumentLimits.defaults().withMaxDocumentLength(10)).build();
      ReadProblem p = small.read("{\"schemaVersion\": 1}", DocumentFormat.JSON).problems().get(0);
      assertEquals("document.limit-exceeded", p.code());
      assertEquals("document is longer than the limit maxDocumentLength = 10 (20 characters)", p.message());
      assertEquals("documentul este mai lung decât limita maxDocumentLength = 10 (20 caractere)", p.message(RO));
    }

    @Test
    void notUtf8() {
      ReadResult r = docs.read(new ByteArrayInputStream(new byte[] {'{', (byte) 0xC3, '}'}), DocumentFormat.JSON, "x");
      assertEquals("document.not-utf8", r.problems().get(0).code());
      assertTrue(r.problems().get(0).message(RO).startsWith("documentul trebuie să fie text UTF-8, dar nu este: "));
    }
  }

  @Nested
  class Schema {

    @Test
    void schemaVersionNewerThanRead() {
      ReadProblem p = onlyProblem(replaceOnce("\"schemaVersion\": 1", "\"schemaVersion\": 99"));
      assertEquals("document.schema-version", p.code());
      assertEquals("/schemaVersion", p.path());
      assertEquals("schemaVersion 99 is newer than this library reads (1 to 1); use a newer civicplan to read this document", p.message());
      assertTrue(p.message(RO).startsWith("schemaVersion 99 este mai nouă"), () -> p.message(RO));
    }

    @Test
    void missingMember() {
      ReadProblem p = onlyProblem(replaceOnce("\"unit\": \"trees\",", ""));
      assertEquals("document.missing-member", p.code());
      assertEquals("missing required member \"unit\"", p.message());
      assertEquals("lipsește membrul obligatoriu „unit”", p.message(RO));
    }

    @Test
    void nullMember() {
      ReadProblem p = onlyProblem(replaceOnce("\"id\": \"A-3\"", "\"id\": null"));
      assertEquals("document.null-member", p.code());
      assertEquals("/actions/2/id", p.path());
      assertEquals("membrul „id” nu poate fi null", p.message(RO));
    }

    @Test
    void unknownMember() {
      ReadProblem p = onlyProblem(replaceOnce("\"unit\": \"trees\",", "\"unit\": \"trees\", \"colour\": \"green\","));
      assertEquals("document.unknown-member", p.code());
      assertTrue(p.message().startsWith("unknown member \"colour\"; allowed members: "), p::toString);
      assertTrue(p.message(RO).startsWith("membru necunoscut „colour”; membri permiși: "), () -> p.message(RO));
    }

    @Test
    void valueOfTheWrongTypeInACivicplanValue() {
      ReadProblem p = onlyProblem(replaceOnce("\"currency\": \"EUR\"", "\"currency\": [\"EUR\"]"));
      assertEquals("document.wrong-type", p.code());
      assertEquals("/actions/0/budget/1/planned/currency", p.path());
      assertEquals("currency must be a string such as \"RON\" or \"EUR\" but was an array", p.message());
      assertEquals("valoare de alt tip decât cel așteptat: " + p.message(), p.message(RO));
    }

    @Test
    void textWhereANumberIsExpected() {
      ReadProblem p = onlyProblem(replaceOnce("\"year\": 2027", "\"year\": \"next\""));
      assertEquals("document.wrong-type", p.code());
      assertTrue(p.path().endsWith("/year"), p::toString);
      assertTrue(p.message().contains("\"next\""), p::toString);
    }

    @Test
    void textWhereAListIsExpected() {
      ReadProblem p = onlyProblem(replaceOnce("\"budget\": [", "\"budget\": \"much\", \"x\": ["));
      assertEquals("document.wrong-type", p.code());
      assertEquals("/actions/0/budget", p.path());
    }

    @Test
    void textWhereAnObjectIsExpected() {
      ReadProblem p = onlyProblem(replaceOnce("\"title\": {", "\"title\": \"Parks\", \"x\": {"));
      assertEquals("document.wrong-type", p.code());
      assertTrue(p.message().startsWith("localized text must be an object"), p::toString);
    }

    @Test
    void unknownEnumConstantIsAnInvalidValueNotAWrongType() {
      ReadProblem p = onlyProblem(replaceOnce("\"kind\": \"output\"", "\"kind\": \"outptu\""));
      assertEquals("document.invalid-value", p.code());
      assertTrue(p.message().contains("\"outptu\""), p::toString);
    }

    @Test
    void invalidValue() {
      ReadProblem p = onlyProblem(replaceOnce("\"currency\": \"EUR\"", "\"currency\": \"EURO\""));
      assertEquals("document.invalid-value", p.code());
      assertTrue(p.message().contains("ISO 4217"), p::toString);
      assertEquals("valoare nevalidă: " + p.message(), p.message(RO));
    }
  }

  @Nested
  class Files_ {

    @TempDir Path dir;

    @Test
    void unknownExtension() throws Exception {
      ReadProblem p = docs.read(Files.writeString(dir.resolve("s.txt"), "{}")).problems().get(0);
      assertEquals("document.format-unknown", p.code());
      assertEquals("cannot tell the format of \"s.txt\": the file name must end in .json, .yaml or .yml", p.message());
    }

    @Test
    void missingFile() {
      ReadProblem p = docs.read(dir.resolve("absent.json")).problems().get(0);
      assertEquals("document.io-error", p.code());
      assertTrue(p.message(RO).startsWith("fișierul „"), () -> p.message(RO));
    }
  }

  @Test
  void aProblemMadeFromAMessageKeepsTheEarlierCode() {
    ReadProblem p = new ReadProblem("bad", 1, 2, "/id");
    assertEquals("document.unreadable", p.code());
    assertEquals("bad", p.message());
    assertEquals("bad", p.message(RO));
  }
}
