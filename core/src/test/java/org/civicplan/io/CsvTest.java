// SPDX-License-Identifier: Apache-2.0
package org.civicplan.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;

class CsvTest {

  @Test
  void parse_quotedFieldsWithCommasQuotesAndLineBreaks_rfc4180() {
    Csv.Parsed p = Csv.parse("a,\"b,c\",\"say \"\"hi\"\"\"\r\nx,\"line\nbreak\",\n");
    assertEquals(
        List.of(new Csv.Row(1, List.of("a", "b,c", "say \"hi\"")), new Csv.Row(2, List.of("x", "line\nbreak", ""))),
        p.rows());
    assertEquals(OptionalInt.empty(), p.unterminatedQuoteLine());
  }

  @Test
  void separator_isTheOneTheFirstLineUsesOutsideQuotes() {
    assertEquals(',', Csv.separator("indicator,date,value\n"));
    assertEquals(';', Csv.separator("\uFEFFindicator;date;value;source\r\nco2;2024;12,5;x\r\n"));
    assertEquals('\t', Csv.separator("indicator\tdate\tvalue\n"));
    assertEquals(',', Csv.separator("\"a;b;c\",d\n"), "a semicolon inside quotes does not count");
    assertEquals(';', Csv.separator("\n\n  a;b\n"), "blank lines before the header are skipped");
    assertEquals(',', Csv.separator("a;b,c\n"), "a tie goes to the comma");
    assertEquals(',', Csv.separator(""));
  }

  @Test
  void parse_withASemicolonOrTab_keepsCommasInsideFields() {
    assertEquals(List.of(new Csv.Row(1, List.of("co2", "12,5", "a \"b\"; c"))),
        Csv.parse("co2;12,5;\"a \"\"b\"\"; c\"\n", ';').rows());
    assertEquals(List.of(new Csv.Row(1, List.of("x,y", "2"))), Csv.parse("x,y\t2\n", '\t').rows());
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Csv.parse("a|b", '|'));
  }

  @Test
  void parse_blankLinesAreSkipped_andLineNumbersCountThem() {
    Csv.Parsed p = Csv.parse("h\n\n\"two\nlines\"\nlast");
    assertEquals(List.of(1, 3, 5), p.rows().stream().map(Csv.Row::line).toList());
  }

  @Test
  void parse_unterminatedQuote_isReportedWithItsLine_notThrown() {
    Csv.Parsed p = Csv.parse("h\nok\n\"never closed\nmore");
    assertEquals(OptionalInt.of(3), p.unterminatedQuoteLine());
    assertEquals(2, p.rows().size());
  }

  @Test
  void table_keysRowsByHeader() {
    assertEquals(
        List.of(Map.of("id", "1", "name", "Timișoara")),
        Csv.table("id,name\n1,Timișoara\n", "cities.csv", List.of("id")));
  }

  @Test
  void table_rejectsWrongHeaderAndRaggedRows_namingSourceAndLine() {
    IllegalStateException header =
        assertThrows(IllegalStateException.class, () -> Csv.table("x,y\n", "cities.csv", List.of("id")));
    assertTrue(header.getMessage().contains("cities.csv must start with the header id"), header.getMessage());
    IllegalStateException ragged =
        assertThrows(IllegalStateException.class, () -> Csv.table("id,name\n1\n", "cities.csv", List.of()));
    assertTrue(ragged.getMessage().contains("cities.csv line 2 has 1 fields but the header has 2"), ragged.getMessage());
  }

  @Test
  void parse_unterminatedQuote_namesTheLineAndColumnWhereTheQuoteOpens() {
    Csv.Parsed p = Csv.parse("h\nok\na,\"x\ny\",\"never closed\nmore");
    assertEquals(Optional.of(new Csv.Malformed(4, 4, Csv.Malformed.Kind.UNTERMINATED_QUOTE)), p.malformed());
    assertEquals(OptionalInt.of(4), p.unterminatedQuoteLine());
    assertEquals(List.of(new Csv.Row(1, List.of("h")), new Csv.Row(2, List.of("ok"))), p.rows());
  }

  @Test
  void parse_textAfterClosingQuote_isReportedWithLineAndColumn_notThrown() {
    Csv.Parsed p = Csv.parse("h\nx,\"abc\"def,y\nlast");
    assertEquals(Optional.of(new Csv.Malformed(2, 3, Csv.Malformed.Kind.TEXT_AFTER_QUOTE)), p.malformed());
    assertEquals(OptionalInt.empty(), p.unterminatedQuoteLine());
    assertEquals(List.of(new Csv.Row(1, List.of("h"))), p.rows());
  }

  @Test
  void parse_textAfterClosingQuote_atTheVeryEnd() {
    assertEquals(Optional.of(new Csv.Malformed(1, 1, Csv.Malformed.Kind.TEXT_AFTER_QUOTE)),
        Csv.parse("\"a\"\"b\"c").malformed());
  }

  @Test
  void parse_spacesAfterClosingQuote_areAllowed() {
    assertEquals(List.of(new Csv.Row(1, List.of("a", "b", "c"))), Csv.parse("a,\"b\"  ,c").rows());
  }

  @Test
  void parse_crAloneEndsARecord_andSpacesAreKept() {
    Csv.Parsed p = Csv.parse("a\rb\r\n  c , d \n");
    assertEquals(
        List.of(new Csv.Row(1, List.of("a")), new Csv.Row(2, List.of("b")), new Csv.Row(3, List.of("  c ", " d "))),
        p.rows());
  }

  @Test
  void parse_emptyText_hasNoRecords() {
    assertEquals(new Csv.Parsed(List.of(), Optional.empty()), Csv.parse(""));
    assertEquals(new Csv.Parsed(List.of(), Optional.empty()), Csv.parse("\n\r\n\n"));
  }

  @Test
  void table_reportsMalformedQuoteWithSourceLineAndColumn() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Csv.table("id,name\n1,\"x\n", "cities.csv", List.of()));
    assertTrue(e.getMessage().contains("cities.csv line 2, column 3: quoted field is never closed"), e.getMessage());
  }

  @Test
  void format_quotesOnlyWhenNeeded_andEndsEachRecordWithCrlf() {
    assertEquals("plain,x y,a;b,#x,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\",\r\n",
        Csv.format(List.of(List.of("plain", "x y", "a;b", "#x", "a,b", "say \"hi\"", "two\nlines", "cr\rhere", ""))));
    assertEquals("", Csv.format(List.of()));
  }

  @Test
  void format_neutralisesEveryFieldThatASpreadsheetWouldReadAsAFormula() {
    // Each formula start of OWASP "CSV Injection" gets an apostrophe; plain numbers, with a sign,
    // a decimal point or comma or an exponent, stay numbers.
    assertEquals("'=1+1,'+1+1,'-1+1,'@SUM(A1),'\tx,\"'\rx\",-12.5,+3,\"-1,5\",-2e3,a=b\r\n",
        Csv.format(List.of(List.of("=1+1", "+1+1", "-1+1", "@SUM(A1)", "\tx", "\rx", "-12.5", "+3", "-1,5", "-2e3", "a=b"))));
    // An apostrophe already in front of a formula start gets one more, so restore is exact.
    assertEquals("''=x,'x,''''-\r\n", Csv.format(List.of(List.of("'=x", "'x", "'''-"))));
  }

  @Test
  void restore_undoesNeutralise_forEveryShortTextOverTheTriggerAlphabet() {
    String alphabet = "'=+-@\t\r1a.";
    List<String> texts = new ArrayList<>(List.of(""));
    for (int length = 1; length <= 4; length++) {
      List<String> longer = new ArrayList<>();
      for (String t : texts) {
        if (t.length() == length - 1) {
          for (char c : alphabet.toCharArray()) {
            longer.add(t + c);
          }
        }
      }
      texts.addAll(longer);
    }
    for (String t : texts) {
      String safe = Csv.neutralise(t);
      assertEquals(t, Csv.restore(safe), "text " + t.replace("\t", "\\t").replace("\r", "\\r"));
      boolean formulaStart = !safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0;
      assertTrue(!formulaStart || safe.matches("[+-]?[0-9.]*[0-9][0-9.]*"), "written as a formula: " + safe);
    }
  }

  @Test
  void format_thenParse_givesBackTheRecords_seeded() {
    String alphabet = "ab ,\"\n\r\u0219#";
    for (long seed = 1; seed <= 200; seed++) {
      RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
      List<List<String>> records = new ArrayList<>();
      int count = random.nextInt(1, 5);
      for (int r = 0; r < count; r++) {
        List<String> record = new ArrayList<>();
        int width = random.nextInt(2, 5);
        for (int f = 0; f < width; f++) {
          StringBuilder field = new StringBuilder();
          int length = random.nextInt(0, 6);
          for (int c = 0; c < length; c++) {
            field.append(alphabet.charAt(random.nextInt(alphabet.length())));
          }
          record.add(field.toString());
        }
        records.add(record);
      }
      String text = Csv.format(records);
      Csv.Parsed parsed = Csv.parse(text);
      String replay = "seed " + seed + ": " + records + " written as " + text;
      assertEquals(Optional.empty(), parsed.malformed(), replay);
      assertEquals(records, parsed.rows().stream().map(r -> r.fields().stream().map(Csv::restore).toList()).toList(), replay);
    }
  }

  @Test
  void parse_neverThrows_andReportsEveryRecordOrAProblem_onRandomText_seeded() {
    String alphabet = "a,\"\r\n ";
    for (long seed = 1; seed <= 2000; seed++) {
      RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(0, 24);
      for (int i = 0; i < length; i++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      Csv.Parsed parsed = Csv.parse(text);
      String replay = "seed " + seed + ": " + text.toString().replace("\r", "\\r").replace("\n", "\\n");
      int last = 0;
      for (Csv.Row row : parsed.rows()) {
        assertTrue(row.line() > last, replay);
        last = row.line();
      }
      parsed.malformed().ifPresent(m -> assertTrue(m.line() >= 1 && m.column() >= 1, replay));
      if (text.indexOf("\"") < 0) {
        assertEquals(Optional.empty(), parsed.malformed(), replay);
      }
    }
  }

  @Test
  void stream_givesTheRecordsAndTheMalformationOfParse_onRandomText_seeded() {
    // the oracle is parse, which holds the whole text; stream must agree record for record
    String alphabet = "a;,\"\r\n ";
    for (long seed = 1; seed <= 2000; seed++) {
      RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(0, 24);
      for (int i = 0; i < length; i++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      char separator = seed % 2 == 0 ? ',' : ';';
      String replay = "seed " + seed + ": " + text.toString().replace("\r", "\\r").replace("\n", "\\n");
      Csv.Parsed parsed = Csv.parse(text, separator);
      List<Csv.Row> rows = new java.util.ArrayList<>();
      Optional<Csv.Malformed> malformed = Csv.stream(new java.io.StringReader(text.toString()), separator, 100, rows::add);
      assertEquals(parsed.rows(), rows, replay);
      assertEquals(parsed.malformed(), malformed, replay);
    }
  }

  @Test
  void stream_classifiesAQuotingMistakeFarBeyondTheParsersBuffer() {
    String ok = "x,y\n".repeat(20_000);
    assertEquals(Optional.of(new Csv.Malformed(20_001, 3, Csv.Malformed.Kind.TEXT_AFTER_QUOTE)),
        Csv.stream(new java.io.StringReader(ok + "a,\"b\"c\n" + ok), ',', 100, r -> true));
    // the unterminated field runs to the end: 80,000 characters, within this limit
    assertEquals(Optional.of(new Csv.Malformed(20_001, 3, Csv.Malformed.Kind.UNTERMINATED_QUOTE)),
        Csv.stream(new java.io.StringReader(ok + "a,\"b\n" + ok), ',', 100_000, r -> true));
    // and past this one
    assertEquals(Csv.Malformed.Kind.FIELD_TOO_LONG,
        Csv.stream(new java.io.StringReader(ok + "a,\"b\n" + ok), ',', 100, r -> true).orElseThrow().kind());
  }

  @Test
  void stream_stopsAtAFieldLongerThanTheLimit_andWhenTheConsumerSaysSo() {
    Optional<Csv.Malformed> m = Csv.stream(new java.io.StringReader("ab,c\n" + "x".repeat(11) + "\nnever read\n"), ',', 10, r -> true);
    assertEquals(Csv.Malformed.Kind.FIELD_TOO_LONG, m.orElseThrow().kind());
    assertEquals(2, m.orElseThrow().line());
    List<Csv.Row> rows = new java.util.ArrayList<>();
    assertEquals(Optional.empty(), Csv.stream(new java.io.StringReader("a\nb\nc\n"), ',', 10, r -> rows.add(r) && rows.size() < 2));
    assertEquals(List.of(new Csv.Row(1, List.of("a")), new Csv.Row(2, List.of("b"))), rows);
  }

  @Test
  void stream_rejectsAnUnknownSeparatorAndALimitBelowOne() {
    IllegalArgumentException sep = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> Csv.stream(new java.io.StringReader("a"), '|', 10, r -> true));
    assertEquals("CSV separator must be ',', ';' or a tab but was '|'", sep.getMessage());
    IllegalArgumentException lim = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> Csv.stream(new java.io.StringReader("a"), ',', 0, r -> true));
    assertEquals("maxFieldLength must be at least 1 but was 0", lim.getMessage());
  }

  @Test
  void csvLimits_defaultsAndRejections() {
    CsvLimits d = CsvLimits.defaults();
    long mib256 = 256L * 1024 * 1024;
    assertEquals(new CsvLimits(1_000_000, 10_000, 1_000, mib256), d);
    assertEquals(new CsvLimits(5, 10_000, 1_000, mib256), d.withMaxRows(5));
    assertEquals(new CsvLimits(1_000_000, 7, 1_000, mib256), d.withMaxFieldLength(7));
    assertEquals(new CsvLimits(1_000_000, 10_000, 3, mib256), d.withMaxRejections(3));
    assertEquals(new CsvLimits(1_000_000, 10_000, 1_000, 9), d.withMaxBytes(9));
    assertEquals("maxRows must be at least 1 but was 0",
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> d.withMaxRows(0)).getMessage());
    assertEquals("maxFieldLength must be at least 1 but was -1",
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> d.withMaxFieldLength(-1)).getMessage());
    assertEquals("maxRejections must be at least 1 but was 0",
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> d.withMaxRejections(0)).getMessage());
    assertEquals("maxBytes must be at least 1 but was 0",
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> d.withMaxBytes(0)).getMessage());
  }
}
