// SPDX-License-Identifier: Apache-2.0
package org.civicplan.monitoring;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.civicplan.base.PlanDate;
import org.civicplan.document.MonitoringReportJson;
import org.civicplan.indicator.Indicator;
import org.civicplan.indicator.Measurement;
import org.civicplan.monitoring.MonitoringReport.AlertKind;
import org.civicplan.strategy.Strategy;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a council member reads in the Markdown and HTML report: names rather than ids, numbers and
 * amounts grouped and written for the language, shares as percentages everywhere, no data notes;
 * while the JSON keeps the exact values and ids.
 */
class ReportReadingStandardTest {

  private static final Locale RO = Locale.forLanguageTag("ro");
  private static final LocalDate AS_OF = LocalDate.of(2028, 3, 31);
  /**
   * The demo's report, made afresh for each use: a report kept in a static field would be made once,
   * before a mutation-testing run changes the code that makes it, and so would not test that code.
   */
  private static MonitoringReport report() {
    return MonitoringReporter.standard().report(ReportFixture.demo(), AS_OF);
  }

  static Stream<Locale> locales() {
    return Stream.of(Locale.ENGLISH, RO);
  }

  private static List<String> readable(Locale l) {
    return List.of(ReportRendering.html(report(), l), ReportRendering.markdown(report(), l));
  }

  @Nested
  class Names {

    @ParameterizedTest
    @MethodSource("org.civicplan.monitoring.ReportReadingStandardTest#locales")
    void alertSubjectsAreCodesWithTitles_neverPrefixedIds(Locale l) {
      String title = l == RO ? "Plantarea de arbori stradali" : "Plant street trees";
      for (String page : readable(l)) {
        assertFalse(page.contains("action:") || page.contains("indicator:"), page);
        assertTrue(page.contains("A-2 " + title), page);
      }
    }

    @ParameterizedTest
    @MethodSource("org.civicplan.monitoring.ReportReadingStandardTest#locales")
    void responsibleBodyIsTheOrganisationsName(Locale l) {
      String name = l == RO ? "Direcția de mediu" : "Environment directorate";
      for (String page : readable(l)) {
        assertTrue(page.contains(name), page);
        assertFalse(page.contains("dir-environment"), page);
      }
    }

    @Test
    void fundingSourcesAreNamedInTheLanguage() {
      // the fixture funds A-1 from the local budget and EU funds (PR Vest 2021-2027)
      String ro = ReportRendering.html(report(), RO);
      String en = ReportRendering.html(report(), Locale.ENGLISH);
      assertAll(
          () -> assertTrue(ro.contains("<td>Bugetul local</td>"), ro),
          () -> assertTrue(ro.contains("<td>Fonduri UE: PR Vest 2021-2027</td>"), ro),
          () -> assertTrue(en.contains("<td>Local budget</td>"), en),
          () -> assertTrue(en.contains("<td>EU funds: PR Vest 2021-2027</td>"), en),
          () -> assertFalse(ro.contains("local-budget") || en.contains("eu-funds"), ro + en));
    }

    @Test
    void assessmentMethodIsNamedInTheLanguage() {
      assertTrue(ReportRendering.html(report(), RO).contains("Metoda de evaluare: liniară"));
      assertTrue(ReportRendering.markdown(report(), Locale.ENGLISH).contains("Assessment method: linear \\(straight line"));
    }
  }

  @Nested
  class Numbers {

    @Test
    void thousandsAreGroupedForTheLanguage() {
      // co2-total: baseline 1,200,000 t (2020); A-1 plans 1,500,000 RON in 2026. The assessment's
      // audit trail (formula, rule, values used), in the status cell's tooltip, is left out here.
      String ro = ReportRendering.html(report(), RO).replaceAll(" title=\"[^\"]*\"", "");
      String en = ReportRendering.html(report(), Locale.ENGLISH).replaceAll(" title=\"[^\"]*\"", "");
      assertAll(
          () -> assertTrue(ro.contains("1.200.000 (2020)"), ro),
          () -> assertTrue(en.contains("1,200,000 (2020)"), en),
          () -> assertTrue(ro.contains("1.500.000 RON"), ro),
          () -> assertTrue(en.contains("1,500,000 RON"), en),
          () -> assertFalse(ro.contains("1200000") || en.contains("1500000"), ro + en));
    }

    @Test
    void offTrackAlertStatesPercentages_notRawShares() {
      // co2-total moved 50,000 of the 480,000 t to its 2030 target: progress 50,000 / 480,000 = 10.4 %
      MonitoringReport.Alert off = report().alerts().stream().filter(a -> a.kind() == AlertKind.OFF_TRACK)
          .findFirst().orElseThrow(() -> new AssertionError(report().alerts().toString()));
      assertTrue(off.text().get(RO).contains("progres 10,4 %"), off.text().get(RO));
      assertTrue(off.text().get(Locale.ENGLISH).contains("progress 10.4 %"), off.text().get(Locale.ENGLISH));
      for (Locale l : List.of(Locale.ENGLISH, RO)) {
        for (String page : readable(l)) {
          assertFalse(page.contains("progress 0.1042") || page.contains("progres 0,1042")
              || page.contains("progres 0.1042"), page);
        }
      }
    }

    @Test
    void jsonKeepsExactValuesAndIds() {
      String json = MonitoringReportJson.write(report());
      assertAll(
          () -> assertTrue(json.contains("\"subject\" : \"action:A-2\""), json),
          () -> assertTrue(json.contains("dir-environment"), json),
          () -> assertTrue(json.contains("1500000"), json),
          () -> assertFalse(json.contains("1,500,000") || json.contains("1.500.000"), json));
    }
  }

  @Nested
  class Explanations {

    // co2-total, linear: b = 1,200,000 t (2020), T = 720,000 t (2030), latest v = 1,150,000 t (2027);
    // p = 50,000 / 480,000 = 10.42 %; the trajectory runs through the 2028 milestone 1,000,000 t, so
    // at 2027 it stands at 1,200,000 - 7 * 25,000 = 1,025,000 t: e = 175,000 / 480,000 = 36.46 %;
    // gap = e - p = 26.04 %, above the at-risk limit of 15 %: off track.
    private final MonitoringReport.IndicatorEntry co2 = report().indicator("co2-total").orElseThrow();

    @Test
    void resultAndRuleAreWrittenForTheLanguage_sharesAsPercentages() {
      String ro = co2.explanation().get(RO);
      String en = co2.explanation().get(Locale.ENGLISH);
      assertAll(
          () -> assertTrue(ro.contains("Rezultat: 26,0 %."), ro),
          () -> assertTrue(ro.contains("Regula: gap 26,0 % > 15,0 % (limita „la risc”)."), ro),
          () -> assertTrue(ro.contains("Stare: în afara traiectoriei."), ro),
          () -> assertTrue(en.contains("Result: 26.0 %."), en),
          () -> assertTrue(en.contains("Rule: gap 26.0 % > 15.0 % (at-risk limit)."), en));
    }

    @Test
    void valuesUsedAreNamedAndGrouped() {
      String ro = co2.explanation().get(RO);
      String en = co2.explanation().get(Locale.ENGLISH);
      assertAll(
          () -> assertTrue(ro.contains("Metoda: liniară. Valori folosite: valoarea de referință 2020: 1.200.000, "
              + "ultima valoare 2027: 1.150.000, ținta 2030: 720.000, etapa 2028: 1.000.000."), ro),
          () -> assertTrue(en.contains("Method: linear. Values used: baseline 2020: 1,200,000, "
              + "latest value 2027: 1,150,000, target 2030: 720,000, milestone 2028: 1,000,000."), en));
    }

    @Test
    void dayDatesCarryTheMonthsName() {
      // street-trees has its baseline at 2025-12-31 and its latest value at 2027-12-31
      String ro = report().indicator("street-trees").orElseThrow().explanation().get(RO);
      assertTrue(ro.contains("valoarea de referință 31 decembrie 2025: 0, ultima valoare 31 decembrie 2027: 1.900"), ro);
      assertFalse(ro.contains("2025-12-31"), ro);
    }

    @Test
    void latenessReasonsNameTheIndicatorAndDateForTheReader() {
      // A-1 is late: its task T-2 was due in 2026-12 and co2-total is behind its trajectory at the as-of date
      MonitoringReport.Alert late = report().alerts().stream()
          .filter(a -> a.kind() == AlertKind.LATE && a.subject().equals("action:A-1")).findFirst().orElseThrow();
      assertEquals("sarcina T-2 avea termen decembrie 2026; indicatorul Emisii totale de CO2 rămâne în urma"
          + " traiectoriei la 31 martie 2028", late.text().get(RO));
      String html = ReportRendering.html(report(), Locale.ENGLISH);
      assertTrue(html.contains("<li>indicator Total CO2 emissions behind its trajectory at 31 March 2028</li>"), html);
      assertFalse(html.contains("indicator co2-total"), html);
    }

    @Test
    void romanianReportHasNoMachineDecimals() {
      for (String page : List.of(readerText(ReportRendering.html(report(), RO)), ReportRendering.markdown(report(), RO))) {
        java.util.regex.Matcher m = MACHINE_DECIMAL.matcher(page);
        assertFalse(m.find(), () -> "machine decimal at " + m.start() + ": "
            + page.substring(Math.max(0, m.start() - 80), Math.min(page.length(), m.end() + 80)));
      }
    }

    @Test
    void romanianReportHasNoIsoDates() {
      for (String page : List.of(readerText(ReportRendering.html(report(), RO)), ReportRendering.markdown(report(), RO))) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b\\d{4}-\\d{2}(-\\d{2})?\\b").matcher(page);
        assertFalse(m.find(), () -> "ISO date at " + m.start() + ": "
            + page.substring(Math.max(0, m.start() - 80), Math.min(page.length(), m.end() + 80)));
      }
    }

    @Test
    void jsonKeepsTheExactFigures() {
      String json = MonitoringReportJson.write(report());
      // progress p = 50,000 / 480,000 = 0.104166...
      assertTrue(json.contains("\"progress\" : 0.10416666666666667"), json);
    }
  }

  /**
   * A number with a decimal point that is not a Romanian thousands separator (a point followed by
   * exactly three digits), or with a leading {@code 0.}: {@code 0.1658}, {@code 12.5}; a code such
   * as {@code OS-1.1} or {@code A-1.2} is not a number.
   */
  private static final java.util.regex.Pattern MACHINE_DECIMAL =
      java.util.regex.Pattern.compile("(?<![\\w.\\-])\\d+\\.(?!\\d{3}(?!\\d))\\d|(?<![\\w.\\-])0\\.\\d");

  /** What a reader of an HTML page sees: the text and the tooltips, without the style sheet and tags. */
  private static String readerText(String html) {
    String body = html.replaceAll("(?s)<style>.*?</style>", "");
    StringBuilder out = new StringBuilder();
    java.util.regex.Matcher titles = java.util.regex.Pattern.compile("title=\"([^\"]*)\"").matcher(body);
    while (titles.find()) {
      out.append(titles.group(1)).append('\n');
    }
    return out.append(body.replaceAll("(?s)<[^>]*>", " ")).toString();
  }

  @Test
  void dataNotesNeverReachTheReader() {
    String note = "[NV] NOT verified in the sources consulted";
    Strategy s = ReportFixture.demo();
    Strategy noted = s.toBuilder().indicators(s.indicators().stream().map(i -> noted(i, note)).toList()).build();
    MonitoringReport r = MonitoringReporter.standard().report(noted, AS_OF);
    assertEquals(report().indicators().size(), r.indicators().size());
    for (Locale l : List.of(Locale.ENGLISH, RO)) {
      for (String page : List.of(ReportRendering.html(r, l), ReportRendering.markdown(r, l))) {
        assertFalse(page.contains("NOT verified") || page.contains("[NV]") || page.contains("\\[NV\\]"), page);
      }
    }
  }

  private static Indicator noted(Indicator i, String note) {
    List<Measurement> notedValues = i.measurements().stream()
        .map(m -> new Measurement(m.date(), m.value(), java.util.Optional.of(note), java.util.Optional.of(note)))
        .toList();
    return i.toBuilder().dataSource(note).build().withMeasurements(notedValues);
  }

  @Test
  void sameReport_sameText() {
    MonitoringReport again = MonitoringReporter.standard().report(ReportFixture.demo(), AS_OF);
    assertEquals(ReportRendering.html(report(), RO), ReportRendering.html(again, RO));
    assertEquals(PlanDate.ofYear(2020), report().indicator("co2-total").orElseThrow().baseline().orElseThrow().date());
  }
}
