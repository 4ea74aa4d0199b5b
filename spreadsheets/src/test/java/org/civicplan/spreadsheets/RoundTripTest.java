// SPDX-License-Identifier: Apache-2.0
package org.civicplan.spreadsheets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.civicplan.indicator.Indicator;
import org.civicplan.monitoring.MonitoringReporter;
import org.civicplan.strategy.Strategy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Export, import, export again gives the same cells (values and types) for the climate sample: the
 * workbook read back equals what was written, and the rows imported into the sample with its
 * actions, organisations and measurements removed export to the same sheets.
 */
class RoundTripTest {

  @ParameterizedTest
  @ValueSource(strings = {"en", "ro"})
  void everyWorkbookReadsBackAsWritten(String tag) {
    Locale locale = Locale.forLanguageTag(tag);
    Strategy s = Samples.climate();
    var report = MonitoringReporter.of(Samples.TEMPLATES).report(s, LocalDate.of(2026, 6, 30));
    for (Spreadsheet book : List.of(SpreadsheetExport.actionPlan(s, locale),
        SpreadsheetExport.indicators(s, Optional.of(report), locale), SpreadsheetExport.report(report, locale))) {
      SpreadsheetImport.Input read = SpreadsheetImport.read(Samples.xlsx(book), "book.xlsx");
      assertEquals(List.of(), read.problems());
      assertEquals(book.sheets(), read.sheets());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "ro"})
  void actionPlan_exportImportExport_givesTheSameCells(String tag) {
    Locale locale = Locale.forLanguageTag(tag);
    Strategy full = Samples.climate();
    Spreadsheet first = SpreadsheetExport.actionPlan(full, locale);
    // samples/data/climate-strategy.json has 8 actions with 15 budget lines.
    assertEquals(8, first.tables().get(1).rows().size());
    assertEquals(15, first.tables().get(2).rows().size());
    Strategy empty = full.toBuilder().actions(List.of()).organisations(List.of()).build();
    byte[] xlsx = Samples.xlsx(first);
    ImportResult organisations = SpreadsheetImport.apply(empty, SpreadsheetImport.read(xlsx, "plan.xlsx"),
        SpreadsheetImport.What.ORGANISATIONS);
    assertEquals(List.of(), organisations.problems());
    ImportResult actions = SpreadsheetImport.apply(organisations.strategy().get(), SpreadsheetImport.read(xlsx, "plan.xlsx"),
        SpreadsheetImport.What.ACTIONS);
    assertEquals(List.of(), actions.problems());
    Spreadsheet second = SpreadsheetExport.actionPlan(actions.strategy().get(), locale);
    assertEquals(first.sheets(), second.sheets());
    assertEquals(first.sheets(), SpreadsheetImport.read(Samples.xlsx(second), "again.xlsx").sheets());
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "ro"})
  void indicators_exportImportExport_givesTheSameCells(String tag) {
    Locale locale = Locale.forLanguageTag(tag);
    Strategy full = Samples.climate();
    Spreadsheet first = SpreadsheetExport.indicators(full, Optional.empty(), locale);
    // samples/data/climate-strategy.json has 6 measurements.
    assertEquals(6, first.tables().get(2).rows().size());
    Strategy empty = full.toBuilder()
        .indicators(full.indicators().stream().map(i -> i.withMeasurements(List.of())).toList()).build();
    ImportResult imported = SpreadsheetImport.apply(empty, SpreadsheetImport.read(Samples.xlsx(first), "ind.xlsx"),
        SpreadsheetImport.What.MEASUREMENTS);
    assertEquals(List.of(), imported.problems());
    assertEquals(first.sheets(), SpreadsheetExport.indicators(imported.strategy().get(), Optional.empty(), locale).sheets());
    // Imported again into the result, nothing is added twice.
    ImportResult twice = SpreadsheetImport.apply(imported.strategy().get(),
        SpreadsheetImport.read(Samples.xlsx(first), "ind.xlsx"), SpreadsheetImport.What.MEASUREMENTS);
    assertEquals(imported.strategy().get().indicators().stream().map(Indicator::measurements).toList(),
        twice.strategy().get().indicators().stream().map(Indicator::measurements).toList());
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "ro"})
  void measurementsOnADayAndInAMonth_roundTrip(String tag) {
    Locale locale = Locale.forLanguageTag(tag);
    Strategy s = Samples.climate();
    Strategy dated = s.toBuilder().indicators(s.indicators().stream()
        .map(i -> i.id().value().equals("CLI-02") ? i.withMeasurements(List.of(
            org.civicplan.indicator.Measurement.of(org.civicplan.base.PlanDate.of(2026, 6, 30), 4.5, "meter"),
            org.civicplan.indicator.Measurement.of(org.civicplan.base.PlanDate.ofMonth(2026, 9), 4.25))) : i)
        .toList()).build();
    Spreadsheet first = SpreadsheetExport.indicators(dated, Optional.empty(), locale);
    byte[] xlsx = Samples.xlsx(first);
    Sheet measurements = SpreadsheetImport.read(xlsx, "i.xlsx").sheets().get(2);
    // Row 3: after the header and CLI-01's one measurement, in indicator order.
    assertEquals(new Sheet.Row(3, List.of(Cell.text("CLI-02"), new Cell.Date(LocalDate.of(2026, 6, 30)), Cell.number(4.5), Cell.text("meter"))),
        measurements.rows().get(2));
    assertEquals(new Sheet.Row(4, List.of(Cell.text("CLI-02"), Cell.text("2026-09"), Cell.number(4.25))), measurements.rows().get(3));
    ImportResult imported = SpreadsheetImport.apply(s, SpreadsheetImport.read(xlsx, "i.xlsx"), SpreadsheetImport.What.MEASUREMENTS);
    assertEquals(List.of(), imported.problems());
    assertEquals(first.sheets(), SpreadsheetExport.indicators(imported.strategy().get(), Optional.empty(), locale).sheets());
  }

  @Test
  void cellsKeepTheirTypes_amountsAreNumbers_daysAreDates_yearsAreNumbers_monthsAreText() {
    Strategy s = Samples.climate();
    Sheet budget = SpreadsheetImport.read(Samples.xlsx(SpreadsheetExport.actionPlan(s, Locale.ENGLISH)), "p.xlsx")
        .sheets().get(2);
    // First budget line of in samples/data/climate-strategy.json: 2024, 12500000 planned,
    // 11900000 actual, RON, eu-funds, PR Vest 2021-2027.
    assertEquals(List.of(Cell.text("A-1.1"), Cell.number(new BigDecimal("2024")), Cell.number(new BigDecimal("12500000")),
        Cell.number(new BigDecimal("11900000")), Cell.text("RON"), Cell.text("eu-funds"), Cell.text("PR Vest 2021-2027")),
        budget.rows().get(1).cells());
    assertEquals(new Cell.Date(LocalDate.of(2020, 1, 1)), SpreadsheetExport.date(Optional.of(org.civicplan.base.PlanDate.parse("2020-01-01"))));
    assertEquals(Cell.number(new BigDecimal(2023)), SpreadsheetExport.date(Optional.of(org.civicplan.base.PlanDate.parse("2023"))));
    assertEquals(Cell.text("2026-06"), SpreadsheetExport.date(Optional.of(org.civicplan.base.PlanDate.parse("2026-06"))));
  }

  @Test
  void writingTwice_givesTheSameBytes() {
    Spreadsheet book = SpreadsheetExport.actionPlan(Samples.climate(), Locale.forLanguageTag("ro"));
    assertArrayEquals(Samples.xlsx(book), Samples.xlsx(book));
  }
}
