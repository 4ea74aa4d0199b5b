// SPDX-License-Identifier: Apache-2.0
package org.civicplan.spreadsheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * The layout an XLSX workbook is written with, read from its XML parts: sheet names in the locale's
 * language, the header row frozen, each column's width, and the number and date formats of the
 * locale.
 */
class LayoutTest {

  private static Map<String, String> parts(byte[] xlsx) throws IOException {
    Map<String, String> parts = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        parts.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return parts;
  }

  private static List<String> all(String regex, String text) {
    Matcher m = Pattern.compile(regex).matcher(text);
    List<String> out = new java.util.ArrayList<>();
    while (m.find()) {
      out.add(InjectionTest.unescape(m.group(1)));
    }
    return out;
  }

  @Test
  void romanianActionPlan() throws IOException {
    Map<String, String> parts = parts(Samples.xlsx(SpreadsheetExport.actionPlan(Samples.climate(), Locale.forLanguageTag("ro"))));
    assertEquals(List.of("Obiective", "Acțiuni", "Buget", "Organizații"), all("<sheet name=\"([^\"]*)\"", parts.get("xl/workbook.xml")));
    for (int i = 1; i <= 4; i++) {
      String sheet = parts.get("xl/worksheets/sheet" + i + ".xml");
      assertTrue(sheet.matches("(?s).*<pane [^>]*ySplit=\"1\"[^>]*state=\"frozen\".*"), "header frozen in sheet " + i);
    }
    // The widths of Tables.BUDGET_COLUMNS, in order: 10, 7, 16, 16, 9, 16, 30.
    List<Double> widths = all("<col [^>]*width=\"([0-9.]+)\"", parts.get("xl/worksheets/sheet3.xml")).stream()
        .map(Double::valueOf).toList();
    assertEquals(List.of(10.0, 7.0, 16.0, 16.0, 9.0, 16.0, 30.0), widths);
    List<String> formats = all("formatCode=\"([^\"]*)\"", parts.get("xl/styles.xml"));
    assertTrue(formats.contains("#,##0.00") && formats.contains("0"), formats.toString());
  }

  /** The climate sample with a measurement of CLI-02 on a day, 2026-06-30 (its dates are years otherwise). */
  private static org.civicplan.strategy.Strategy withADay() {
    var s = Samples.climate();
    return s.toBuilder().indicators(s.indicators().stream()
        .map(i -> i.id().value().equals("CLI-02")
            ? i.withMeasurements(List.of(org.civicplan.indicator.Measurement.of(org.civicplan.base.PlanDate.of(2026, 6, 30), 4.5)))
            : i)
        .toList()).build();
  }

  @Test
  void dateFormatOfTheLocale() throws IOException {
    String ro = parts(Samples.xlsx(SpreadsheetExport.indicators(withADay(), java.util.Optional.empty(), Locale.forLanguageTag("ro"))))
        .get("xl/styles.xml");
    String en = parts(Samples.xlsx(SpreadsheetExport.indicators(withADay(), java.util.Optional.empty(), Locale.ENGLISH)))
        .get("xl/styles.xml");
    assertTrue(all("formatCode=\"([^\"]*)\"", ro).contains("dd.mm.yyyy"), ro);
    assertTrue(!all("formatCode=\"([^\"]*)\"", ro).contains("yyyy-mm-dd"), ro);
    assertTrue(all("formatCode=\"([^\"]*)\"", en).contains("yyyy-mm-dd"), en);
  }

  @Test
  void englishReport_usesPercentagesAndAmounts() throws IOException {
    var report = org.civicplan.monitoring.MonitoringReporter.of(Samples.TEMPLATES)
        .report(Samples.climate(), java.time.LocalDate.of(2026, 6, 30));
    Map<String, String> parts = parts(Samples.xlsx(SpreadsheetExport.report(report, Locale.ENGLISH)));
    assertEquals(List.of("Indicators", "Actions", "Budget", "Alerts"), all("<sheet name=\"([^\"]*)\"", parts.get("xl/workbook.xml")));
    List<String> formats = all("formatCode=\"([^\"]*)\"", parts.get("xl/styles.xml"));
    assertTrue(formats.contains("0.0%") && formats.contains("#,##0.00"), formats.toString());
  }
}
