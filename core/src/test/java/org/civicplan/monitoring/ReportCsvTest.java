package org.civicplan.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReportCsvTest {

  /** An independent RFC 4180 reader, to check what the renderer writes. */
  static List<List<String>> readCsv(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder f = new StringBuilder();
    boolean q = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (q) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          f.append('"');
          i++;
        } else if (c == '"') {
          q = false;
        } else {
          f.append(c);
        }
      } else if (c == '"') {
        q = true;
      } else if (c == ',') {
        row.add(f.toString());
        f.setLength(0);
      } else if (c == '\r' && text.charAt(i + 1) == '\n') {
        row.add(f.toString());
        f.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        f.append(c);
      }
    }
    return rows;
  }

  @Test
  void oneRowPerIndicatorAndAction_hostileTextRoundTrips() {
    MonitoringReport r = MonitoringReporter.standard().report(ReportFixture.hostile(), LocalDate.of(2028, 3, 31));
    String csv = ReportRendering.csv(r, Locale.ENGLISH);
    assertTrue(csv.endsWith("\r\n"));
    List<List<String>> rows = readCsv(csv);
    assertEquals(1 + r.indicators().size() + r.actions().size(), rows.size(), csv);
    assertEquals(ReportCsv.HEADER, rows.get(0));
    for (List<String> row : rows) {
      assertEquals(ReportCsv.HEADER.size(), row.size(), row.toString());
    }
    assertEquals(List.of("indicator", "co2-total", ReportFixture.HOSTILE), rows.get(1).subList(0, 3));
    assertEquals(List.of("action", "A-1", ReportFixture.HOSTILE), rows.get(3).subList(0, 3));
    int status = ReportCsv.HEADER.indexOf("status");
    assertEquals("late", rows.get(3).get(status));
    int planned = ReportCsv.HEADER.indexOf("planned");
    assertEquals("800000 EUR; 1500000 RON", rows.get(3).get(planned));
    int reasons = ReportCsv.HEADER.indexOf("reasons");
    assertTrue(rows.get(3).get(reasons).contains("task T-2 past its due date 2026-12"), rows.get(3).toString());
  }

  @Test
  void fieldsAreQuotedOnlyWhenTheyMustBe() {
    MonitoringReport r = MonitoringReporter.standard().report(ReportFixture.hostile(), LocalDate.of(2028, 3, 31));
    String csv = ReportRendering.csv(r, Locale.ENGLISH);
    // spaces and semicolons need no quotes in RFC 4180; a comma, quote or line break does
    assertTrue(csv.contains(",800000 EUR; 1500000 RON,"), csv);
    assertTrue(csv.startsWith("record,id,title,objectives,status,"), csv);
  }
}
