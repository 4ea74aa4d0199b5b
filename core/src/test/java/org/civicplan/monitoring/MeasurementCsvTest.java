// SPDX-License-Identifier: Apache-2.0
package org.civicplan.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.civicplan.fixture.StrategyFixture;
import org.civicplan.indicator.IndicatorId;
import org.civicplan.indicator.Measurement;
import org.civicplan.base.PlanDate;
import org.civicplan.strategy.Strategy;
import org.junit.jupiter.api.Test;

class MeasurementCsvTest {

  private static final Set<IndicatorId> KNOWN = Set.of(StrategyFixture.CO2, StrategyFixture.TREES);

  private static String rows(MeasurementImport m) {
    return m.rejected().stream().map(r -> r.row() + ":" + r.column() + ":" + r.code()).toList().toString();
  }

  @Test
  void readsValidFile_withQuotesBomAndCrlf() {
    String csv = "\uFEFFindicator,date,value,source\r\n"
        + "co2-total,2025,1090000.5,\"MEI, 2025 \"\"final\"\"\"\r\n"
        + "\r\n"
        + "street-trees,2026-05-31,420,\r\n";
    MeasurementImport m = MeasurementCsv.read(csv, KNOWN, MeasurementCsv.Mode.ALL_OR_NOTHING);
    assertTrue(m.isComplete(), rows(m));
    assertEquals(2, m.rowsRead());
    assertEquals(List.of(
        new MeasurementImport.Accepted(2, StrategyFixture.CO2,
            Measurement.of(PlanDate.ofYear(2025), 1090000.5, "MEI, 2025 \"final\"")),
        new MeasurementImport.Accepted(4, StrategyFixture.TREES, Measurement.of(PlanDate.of(2026, 5, 31), 420))),
        m.accepted());
  }

  @Test
  void readsTheSemicolonFileOfARomanianSpreadsheet_withDecimalCommas() {
    // what Excel in a Romanian locale writes when saving as CSV: ';' between fields, ',' as decimal mark
    String csv = "\uFEFFindicator;date;value;source\r\n"
        + "co2-total;2025;1090000,5;MEI, 2025\r\n"
        + "street-trees;2026-05-31;420;\r\n";
    MeasurementImport m = MeasurementCsv.read(csv, KNOWN, MeasurementCsv.Mode.ALL_OR_NOTHING);
    assertTrue(m.isComplete(), rows(m));
    assertEquals(List.of(
        new MeasurementImport.Accepted(2, StrategyFixture.CO2, Measurement.of(PlanDate.ofYear(2025), 1090000.5, "MEI, 2025")),
        new MeasurementImport.Accepted(3, StrategyFixture.TREES, Measurement.of(PlanDate.of(2026, 5, 31), 420))),
        m.accepted());
  }

  @Test
  void aDecimalCommaInACommaSeparatedFile_isTwoFields() {
    // with ',' as the separator "12,5" cannot be one value: the row has a field too many
    MeasurementImport m = MeasurementCsv.read("indicator,date,value\nco2-total,2025,12,5\n", KNOWN, MeasurementCsv.Mode.ALL_OR_NOTHING);
    assertEquals("[2::import.fields]", rows(m));
  }

  @Test
  void tabSeparatedFile_isRead() {
    MeasurementImport m = MeasurementCsv.read("indicator\tdate\tvalue\nstreet-trees\t2026\t420.5\n", KNOWN, MeasurementCsv.Mode.ALL_OR_NOTHING);
    assertTrue(m.isComplete(), rows(m));
    assertEquals(420.5, m.accepted().get(0).measurement().value());
  }

  @Test
  void badRows_reportedWithRowAndColumn_andNothingImportedByDefault() {
    String csv = String.join("\n",
        "date,indicator,value,source",
        "2025,co2-total,1000,ok",
        "2025-13,co2-total,1000,x",
        "2026,nope,1000,x",
        "2026,street-trees,\"1,5\",x",
        "2026,street-trees,NaN,x",
        "2026,,12,x",
        "2027,street-trees,5",
        "2025,co2-total,999,dup",
        "\"2028\",street-trees,\"multi",
        "line\",x",
        "2028,street-trees,7,x");
    MeasurementImport m = MeasurementCsv.read(csv, KNOWN, MeasurementCsv.Mode.ALL_OR_NOTHING);
    assertEquals("[3:date:import.date.invalid, 4:indicator:import.indicator.unknown, 5:value:import.value.invalid, "
        + "6:value:import.value.invalid, 7:indicator:import.indicator.blank, 8::import.fields, 9:date:import.duplicate, "
        + "10:value:import.value.invalid]", rows(m));
    assertEquals(List.of(), m.accepted(), "all or nothing");
    assertTrue(m.rejected().get(0).reason().get(Locale.ENGLISH).contains("2025-13"));
    assertTrue(m.rejected().get(0).reason().get(Locale.forLanguageTag("ro")).contains("nu este scrisă"));
    assertTrue(m.rejected().get(6).reason().get(Locale.ENGLISH).contains("row 2"), m.rejected().get(6).toString());

    MeasurementImport partial = MeasurementCsv.read(csv, KNOWN, MeasurementCsv.Mode.VALID_ROWS);
    assertEquals(m.rejected(), partial.rejected());
    assertEquals(List.of(2, 12), partial.accepted().stream().map(MeasurementImport.Accepted::row).toList());
  }

  @Test
  void header_required_andChecked() {
    assertEquals("[1::import.empty]", rows(MeasurementCsv.read("")));
    assertEquals("[1::import.header.unknown, 1:value:import.header.missing]",
        rows(MeasurementCsv.read("indicator,date,valeur\nco2-total,2025,1\n")));
    assertEquals("[1::import.header.duplicate]", rows(MeasurementCsv.read("indicator,date,value,date\n")));
    assertEquals("[2::import.quote]", rows(MeasurementCsv.read("indicator,date,value\n\"co2-total,2025,1\n")));
    // a header with no data rows is a complete, empty import
    MeasurementImport empty = MeasurementCsv.read("indicator,date,value\n");
    assertTrue(empty.isComplete());
    assertEquals(0, empty.rowsRead());
  }

  @Test
  void applyTo_appendsMeasurements_soTheyCountAsCorrections() {
    Strategy s = StrategyFixture.valid();
    MeasurementImport m = MeasurementCsv.read("indicator,date,value\nco2-total,2024,1000000\n");
    Strategy after = m.applyTo(s);
    var co2 = after.indicator(StrategyFixture.CO2).orElseThrow();
    assertEquals(2, co2.measurements().size());
    Assessment a = IndicatorAssessor.linear().assess(co2, PlanDate.ofYear(2025));
    assertEquals(Optional.of(1_000_000.0), a.latest().map(Observation::value));
    assertFalse(s.equals(after));
    assertEquals(s, MeasurementCsv.read("indicator,date,value\n").applyTo(s));
  }

  @Test
  void textAfterAClosingQuote_isRejectedWithItsLineAndColumn_andNothingIsImported() {
    MeasurementImport m = MeasurementCsv.read(
        "indicator,date,value\nco2-total,2025,1\nco2-total,\"2026\"x,2\nco2-total,2027,3\n",
        KNOWN, MeasurementCsv.Mode.VALID_ROWS);
    assertEquals("[3::import.quote.text]", rows(m));
    assertEquals(List.of(), m.accepted());
    assertTrue(m.rejected().get(0).reason().get(Locale.ENGLISH).contains("column 11"), m.rejected().toString());
    assertTrue(m.rejected().get(0).reason().get(Locale.forLanguageTag("ro")).contains("coloana 11"), m.rejected().toString());
  }

  /** A million data rows, made as they are read: the text is never held whole, here or in the import. */
  private static java.io.Reader millionRows(String second) {
    return new java.io.Reader() {
      private int row = -1;
      private String pending = "";
      private int at;

      @Override
      public int read(char[] buf, int off, int len) {
        if (at == pending.length()) {
          row++;
          if (row > 1_000_000) {
            return -1;
          }
          pending = row == 0 ? "indicator,date,value\n" : row == 2 ? second : "co2-total," + date(row) + "," + row + "\n";
          at = 0;
        }
        int n = Math.min(len, pending.length() - at);
        pending.getChars(at, at + n, buf, off);
        at += n;
        return n;
      }

      @Override
      public void close() {}
    };
  }

  /** 50 years × 12 months × 28 days: the dates of rows r and r + 16,800 are equal, none closer. */
  private static String date(int row) {
    return String.format(Locale.ROOT, "%d-%02d-%02d", 2000 + row % 50, 1 + row / 50 % 12, 1 + row / 600 % 28);
  }

  @Test
  void aMillionRowFile_reportsItsFirstErrorWithLine_andCountsTheRest() {
    MeasurementImport m = MeasurementCsv.read(millionRows("no-such-indicator,2025,1\n"), KNOWN, MeasurementCsv.Mode.ALL_OR_NOTHING,
        org.civicplan.io.CsvLimits.defaults());

    // data row 2 is line 3 of the file
    RejectedRow first = m.rejected().get(0);
    assertEquals("3:indicator:import.indicator.unknown", first.row() + ":" + first.column() + ":" + first.code());
    assertEquals(1_000_000, m.rowsRead());
    assertEquals(List.of(), m.accepted());
    assertEquals(1_000, m.rejected().size(), "the first 1,000 are listed");
    // then rows 16,801 to 1,000,000 repeat the date of the row 16,800 before, except row 16,802,
    // whose earlier twin was row 2, rejected: 1 + (1,000,000 − 16,800 − 1) rejected in all
    assertEquals(1 + (1_000_000 - 16_800 - 1), m.rejectedCount());
    assertEquals(1 + (1_000_000 - 16_800 - 1) - 1_000, m.moreRejected(), "the rest are counted");
  }

  @Test
  void limits_keepTheFirstRejections_stopAtTheRowLimit_andAtALongField() {
    String five = "indicator,date,value\nx,2021,1\nx,2022,1\nx,2023,1\nx,2024,1\nx,2025,1\n";
    MeasurementImport kept = MeasurementCsv.read(new java.io.StringReader(five), KNOWN, MeasurementCsv.Mode.ALL_OR_NOTHING,
        org.civicplan.io.CsvLimits.defaults().withMaxRejections(2));
    assertEquals("[2:indicator:import.indicator.unknown, 3:indicator:import.indicator.unknown]", rows(kept));
    assertEquals(3, kept.moreRejected());
    assertEquals(5, kept.rejectedCount());

    String three = "indicator,date,value\nco2-total,2021,1\nco2-total,2022,1\nco2-total,2023,1\n";
    MeasurementImport rows = MeasurementCsv.read(new java.io.StringReader(three), KNOWN, MeasurementCsv.Mode.VALID_ROWS,
        org.civicplan.io.CsvLimits.defaults().withMaxRows(2));
    assertEquals("[4::import.rows.limit]", rows(rows));
    assertEquals(2, rows.rowsRead());
    assertEquals(2, rows.accepted().size(), "the rows before the limit, in VALID_ROWS mode");
    assertEquals("The file has more than 2 data rows, the limit of an import; the rest of the file was not read.",
        rows.rejected().get(0).reason().get(Locale.ENGLISH));
    assertEquals("Fișierul are mai mult de 2 rânduri de date, limita unui import; restul fișierului nu a fost citit.",
        rows.rejected().get(0).reason().get(Locale.forLanguageTag("ro")));

    MeasurementImport longField = MeasurementCsv.read(new java.io.StringReader("indicator,date,value\nco2-total,2021," + "1".repeat(30) + "\n"),
        KNOWN, MeasurementCsv.Mode.ALL_OR_NOTHING, org.civicplan.io.CsvLimits.defaults().withMaxFieldLength(20));
    assertEquals("[2::import.field.long]", rows(longField));
    assertEquals("A field is longer than 20 characters, the limit of an import; the rest of the file was not read.",
        longField.rejected().get(0).reason().get(Locale.ENGLISH));
  }

  @Test
  void moreRejected_isNotNegative() {
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> new MeasurementImport(List.of(), List.of(), 0, -1));
    assertEquals("moreRejected must be at least 0 but was -1", e.getMessage());
  }
}
