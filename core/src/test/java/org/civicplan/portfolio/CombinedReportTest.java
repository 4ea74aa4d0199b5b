// SPDX-License-Identifier: Apache-2.0
package org.civicplan.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.civicplan.monitoring.MonitoringReporter;
import org.civicplan.monitoring.ProgressStatus;
import org.junit.jupiter.api.Test;

class CombinedReportTest {

  static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  private static CombinedReport report() {
    return CombinedReport.of(PortfolioFixture.portfolio(), MonitoringReporter.standard(), AS_OF);
  }

  @Test
  void sharedIndicatorIsReportedOnceInTheStrategyThatOwnsItsSeries() {
    CombinedReport r = report();
    CombinedReport.Section integrated = r.sections().get(0);
    assertEquals(List.of("street-trees"), integrated.report().indicators().stream().map(i -> i.id()).toList());
    assertEquals(List.of("tm-green-2026/indicator/co2-total"),
        integrated.sharedIndicators().stream().map(s -> s.with().toString()).toList());
    assertEquals(List.of("co2-total", "street-trees"),
        r.sections().get(1).report().indicators().stream().map(i -> i.id()).toList());
  }

  /**
   * The integrated strategy's OS-1.1 is measured only by the shared CO2 indicator, whose series
   * (one measurement, 2024) the sectoral strategy records: both objectives count the status that
   * series has (without it the integrated objective would count "no data"). Their progress differs:
   * it also rolls up the actions serving each objective, which differ.
   */
  @Test
  void sharedIndicatorMeasuresTheSharingStrategysObjectivesWithTheOwnersSeries() {
    CombinedReport r = report();
    var mine = r.sections().get(0).report().objectives().stream().filter(o -> o.id().equals("OS-1.1")).findFirst().orElseThrow();
    var owner = r.sections().get(1).report().objectives().stream().filter(o -> o.id().equals("OS-1.1")).findFirst().orElseThrow();
    assertEquals(owner.indicatorStatuses(), mine.indicatorStatuses());
    assertEquals(1, mine.indicatorStatuses().values().stream().mapToInt(Integer::intValue).sum());
    assertFalse(mine.indicatorStatuses().containsKey(ProgressStatus.NO_DATA), mine::toString);
  }

  @Test
  void delegatedObjectiveTakesTheStatusOfItsSectoralObjective() {
    CombinedReport r = report();
    assertEquals(1, r.delegated().size());
    CombinedReport.DelegatedObjective d = r.delegated().get(0);
    assertEquals("OS-2.1", d.objective());
    assertEquals("tm-green-2026/objective/OS-2.1", d.to().toString());
    var target = r.sections().get(1).report().objectives().stream().filter(o -> o.id().equals("OS-2.1")).findFirst().orElseThrow();
    assertEquals(target.progress(), d.progress());
    assertEquals(target.indicatorStatuses(), d.indicatorStatuses());
    // the street-trees indicator has a baseline and a target but no measurement yet
    assertEquals(java.util.Map.of(ProgressStatus.NO_DATA, 1), d.indicatorStatuses());
  }

  @Test
  void coverageListsTheShippedFrameworkObjectivesNoStrategyServes() {
    CombinedReport r = report();
    // the fixture strategies have no alignment link: nothing is served
    assertEquals(r.coverage(), r.uncovered());
    assertTrue(r.coverage().stream().anyMatch(c -> c.framework().equals("sdg") && c.objective().equals("11.7")));
  }

  /**
   * Hand-checked at 2026-06-30, one year ahead: CO2 was last measured in 2024 and is annual, so its
   * next value was due on 2025-12-31 (overdue); street trees have only a baseline of 2025-12-31, so
   * their first value is due on 2026-12-31 in both strategies (the integrated strategy owns its
   * copy: it is not shared); task T-2 of A-1 is due in December 2026. The integrated strategy's
   * shared CO2 indicator is not listed: its series is the sectoral one's.
   */
  @Test
  void calendarListsWhatIsDueAcrossTheStrategies() {
    List<String> due = report().calendar().stream()
        .map(d -> d.date() + " " + d.strategy().value() + " " + d.kind().label() + " " + d.subject() + (d.overdue() ? " overdue" : ""))
        .toList();
    assertEquals(List.of(
        "2025-12-31 tm-green-2026 measurement co2-total overdue",
        "2026-12-31 tm-integrated-2026 measurement street-trees",
        "2026-12-31 tm-green-2026 measurement street-trees",
        "2026-12-31 tm-green-2026 task A-1/T-2"), due);
  }

  @Test
  void markdownShowsNamesAndFormatsForTheReader() {
    String ro = CombinedRendering.markdown(report(), Locale.forLanguageTag("ro"));
    assertTrue(ro.startsWith("# Raport de monitorizare combinat: Timișoara\n"), ro);
    assertTrue(ro.contains("| 2026 | bugetul local | 1.700.000 RON | 1.250.000,5 RON |"), ro);
    assertTrue(ro.contains("Strategia integrată de dezvoltare"), ro);
    assertTrue(ro.contains("Linii de buget ale acțiunilor partajate numărate o singură dată: 1, deci 1.500.000 RON nu se numără din nou."), ro);
    String en = CombinedRendering.markdown(report(), Locale.ENGLISH);
    assertTrue(en.contains("| 2026 | local budget | 1,700,000 RON | 1,250,000.5 RON |"), en);
    assertTrue(en.contains("| More street trees | More street trees (Green streets strategy) | – | no data: 1 |"), en);
    assertFalse(en.contains("OS-2.1 "), "names, not ids: " + en);
  }

  @Test
  void htmlIsSelfContained() {
    String html = CombinedRendering.html(report(), Locale.forLanguageTag("ro"));
    assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"ro\">"), html);
    assertFalse(html.contains("http"), "no external resource");
    assertFalse(html.contains("<script"), "no script");
    assertTrue(html.contains("<td>1.700.000 RON</td>"), html);
  }

  @Test
  void jsonCarriesExactFigures() {
    String json = CombinedRendering.json(report());
    assertTrue(json.contains("\"amount\" : 1250000.5"), json);
    assertTrue(json.contains("\"owner\" : \"tm-green-2026/action/A-1\""), json);
    assertEquals(json, CombinedRendering.json(report()), "deterministic");
  }

  @Test
  void eachStrategyHasItsSectionWithObjectivesAndItsOwnIndicatorsOnly() {
    String en = CombinedRendering.markdown(report(), Locale.ENGLISH);
    // the integrated strategy reports its own indicator; the shared CO2 indicator is in the sectoral
    // section only, with the fixture's 2024 measurement and 2030 target
    assertTrue(en.contains("## Integrated development strategy\n\nPeriod 2026/2030; progress 20.8 %; 2 actions; one alert.\n"), en);
    assertTrue(en.contains("| Street trees planted | – | 5,000 trees (2030) | no data |\n\n"
        + "One shared indicator is reported once, with: Green streets strategy.\n"), en);
    assertTrue(en.contains("| Total CO2 emissions | 1,100,000 t CO2/yr (2024) | 720,000 t CO2/yr (2030) | on track |"), en);
    assertEquals(1, en.split("\\| Total CO2 emissions \\|", -1).length - 1, "the shared indicator once: " + en);
    String ro = CombinedRendering.markdown(report(), Locale.forLanguageTag("ro"));
    assertTrue(ro.contains("| Emisii totale de CO2 | 1.100.000 t CO2/yr (2024) | 720.000 t CO2/yr (2030) | pe traiectorie |"), ro);
    assertTrue(ro.contains("Un indicator comun este raportat o singură dată, la: "), ro);
  }
}
