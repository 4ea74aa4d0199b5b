package org.civicplan.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
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
}
