// SPDX-License-Identifier: Apache-2.0
package org.civicplan.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.civicplan.base.LocalizedText;
import org.civicplan.document.MonitoringReportJson;
import org.civicplan.fixture.TemplateStub;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.MonitoringContribution;
import org.civicplan.template.MonitoringContribution.Chart;
import org.civicplan.template.MonitoringContribution.Line;
import org.civicplan.template.Parameters;
import org.civicplan.template.TemplateRegistry;
import org.junit.jupiter.api.Test;

/** A template's section may carry line charts: drawn as inline SVG in HTML, written in JSON, left out of Markdown. */
class ContributionChartTest {

  private static final Chart CHART = new Chart(LocalizedText.of("Emissions", "Emisii"), "t CO2", List.of("2029", "2030"),
      List.of(new Line(LocalizedText.of("Projected", "Proiectat"), List.of(new BigDecimal("620000"), new BigDecimal("609705")), false),
          new Line(LocalizedText.of("Path", "Traiectorie"), List.of(new BigDecimal("635000"), new BigDecimal("612040")), true)));

  static class ChartTemplate extends TemplateStub {
    @Override
    public List<MonitoringContribution> monitoring(Strategy strategy, LocalDate asOf, Parameters parameters) {
      return List.of(new MonitoringContribution("test.gap", LocalizedText.of("Gap", "Decalaj"), List.of(), List.of(), List.of(),
          List.of(CHART)));
    }
  }

  private static MonitoringReport report() {
    return MonitoringReporter.of(TemplateRegistry.of(new ChartTemplate())).report(ReportFixture.demo(), LocalDate.of(2027, 6, 30));
  }

  @Test
  void htmlDrawsOnePolylinePerLineWithTheLegendInTheReadersLanguage() {
    String html = ReportRendering.html(report(), Locale.forLanguageTag("ro"));
    String figure = html.substring(html.indexOf("<figure class=\"contribution-chart\" id=\"chart-test.gap-0\">"));
    figure = figure.substring(0, figure.indexOf("</figure>"));
    assertEquals(2, figure.split("<polyline", -1).length - 1, figure);
    assertTrue(figure.contains(">Traiectorie</text>"), figure);
    assertTrue(figure.contains("stroke-dasharray=\"5 4\""), figure);
    assertTrue(figure.contains("<figcaption>Emisii (t CO2)</figcaption>"), figure);
  }

  @Test
  void jsonWritesTheExactValuesAndMarkdownLeavesTheChartOut() {
    String json = MonitoringReportJson.write(report());
    assertTrue(json.contains("\"categories\" : [ \"2029\", \"2030\" ]") || json.contains("\"categories\":[\"2029\",\"2030\"]"), json);
    assertTrue(json.contains("609705"), json);
    assertFalse(ReportRendering.markdown(report(), Locale.ENGLISH).contains("<svg"));
  }

  @Test
  void aLineNeedsOneValuePerCategory() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Chart(LocalizedText.of("x", "x"), "",
        List.of("2030"), List.of(new Line(LocalizedText.of("a", "a"), List.of(BigDecimal.ONE, BigDecimal.TEN), false))));
    assertEquals("line 0 must have 1 values, one per category, but has 2", e.getMessage());
  }

  @Test
  void sectionsWithoutChartsAreWrittenAsBefore() {
    MonitoringContribution plain = new MonitoringContribution("test.x", LocalizedText.of("X", "X"), List.of(), List.of(), List.of());
    assertEquals(List.of(), plain.charts());
    assertEquals(List.of(CHART), plain.withCharts(List.of(CHART)).charts());
  }
}
