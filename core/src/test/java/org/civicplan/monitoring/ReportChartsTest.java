// SPDX-License-Identifier: Apache-2.0
package org.civicplan.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.Money;
import org.civicplan.base.PlanDate;
import org.civicplan.base.StrategyPeriod;
import org.civicplan.indicator.Direction;
import org.civicplan.indicator.Target;
import org.civicplan.monitoring.MonitoringReport.IndicatorEntry;
import org.civicplan.monitoring.MonitoringReport.ObjectiveEntry;
import org.civicplan.strategy.ActionStatus;
import org.civicplan.template.MonitoringContribution;
import org.civicplan.template.MonitoringContribution.Chart;
import org.civicplan.template.MonitoringContribution.Line;
import org.junit.jupiter.api.Test;

/**
 * The geometry of the HTML report's SVG charts, on a report made by hand with round numbers.
 * Every expected coordinate is worked out in the comment above it from the chart's frame (the
 * trajectory plot spans x 58–328 and y 152 (bottom) to 12 (top); values are padded by 8 % of
 * their range, or by a tenth of the value, at least 1, when flat) and is written as the report
 * writes it: rounded to one decimal, without a trailing ".0".
 */
class ReportChartsTest {

  private static final LocalizedText NAME = LocalizedText.of("Name", "Nume");

  private static IndicatorEntry indicator(String id, Optional<Observation> baseline, Optional<Target> target,
      List<Observation> milestones, List<Observation> observations) {
    return new IndicatorEntry(id, NAME, "u", Direction.INCREASE, List.of("O-1"), baseline, target, milestones,
        observations, ProgressStatus.ON_TRACK, Optional.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
        Freshness.FRESH, LocalizedText.of("why", "de ce"));
  }

  private static <E extends Enum<E>> Map<E, Integer> counts(Class<E> type, Object... pairs) {
    Map<E, Integer> m = new EnumMap<>(type);
    for (int k = 0; k < pairs.length; k += 2) {
      m.put(type.cast(pairs[k]), (Integer) pairs[k + 1]);
    }
    return m;
  }

  private static Money ron(String amount) {
    return Money.of(new BigDecimal(amount), java.util.Currency.getInstance("RON"));
  }

  private static String html() {
    IndicatorEntry rising = indicator("rising", Optional.of(Observation.of(PlanDate.ofYear(2020), 100)),
        Optional.of(Target.of(PlanDate.ofYear(2024), 200)),
        List.of(Observation.of(PlanDate.ofYear(2022), 140)),
        List.of(Observation.of(PlanDate.ofYear(2020), 100), Observation.of(PlanDate.ofYear(2022), 150)));
    IndicatorEntry single = indicator("single", Optional.empty(), Optional.empty(), List.of(),
        List.of(Observation.of(PlanDate.ofYear(2023), 50)));
    IndicatorEntry ranged = indicator("ranged", Optional.of(Observation.of(PlanDate.ofYear(2020), 0)),
        Optional.of(Target.ofRange(PlanDate.ofYear(2030), 10, 20)), List.of(), List.of());
    IndicatorEntry empty = indicator("empty", Optional.empty(), Optional.empty(), List.of(), List.of());
    ObjectiveEntry top = new ObjectiveEntry("O-1", NAME, 0, OptionalDouble.empty(),
        counts(ProgressStatus.class, ProgressStatus.AT_RISK, 3, ProgressStatus.ON_TRACK, 1), counts(ActionStatus.class));
    ObjectiveEntry child = new ObjectiveEntry("O-1.1", NAME, 1, OptionalDouble.empty(),
        counts(ProgressStatus.class, ProgressStatus.ON_TRACK, 2),
        counts(ActionStatus.class, ActionStatus.ON_TIME, 1, ActionStatus.COMPLETED, 1));
    List<BudgetFigure> budget = List.of(
        new BudgetFigure("year", "2026", ron("1000"), ron("500"), Optional.of(new BigDecimal("0.5")), ron("0")),
        new BudgetFigure("year", "2027", ron("2000"), ron("2500"), Optional.of(new BigDecimal("1.25")), ron("500")));
    Chart chart = new Chart(LocalizedText.of("Lines", "Linii"), "t", List.of("a", "b", "c"),
        List.of(new Line(LocalizedText.of("rising", "crește"), List.of(new BigDecimal("10"), new BigDecimal("20"), new BigDecimal("30")), false),
            new Line(LocalizedText.of("flat", "constant"), List.of(new BigDecimal("30"), new BigDecimal("30"), new BigDecimal("30")), true)));
    Chart one = new Chart(LocalizedText.of("One", "Unu"), "", List.of("only"),
        List.of(new Line(LocalizedText.of("v", "v"), List.of(new BigDecimal("7")), false)));
    MonitoringContribution contribution = new MonitoringContribution("test.charts", LocalizedText.of("Charts", "Grafice"),
        List.of(), List.of(), List.of(), List.of(chart, one));
    MonitoringReport r = new MonitoringReport("s", NAME, "Timișoara", LocalDate.of(2027, 6, 30), StrategyPeriod.of(2026, 2030),
        AssessmentMethod.LINEAR, OptionalDouble.empty(), List.of(top, child), List.of(rising, single, ranged, empty), List.of(),
        budget, List.of(), Optional.empty(), List.of(), List.of(contribution));
    return ReportRendering.html(r, Locale.ENGLISH);
  }

  /**
   * The figure with the given id, from its opening tag to its end, of a report rendered afresh (a
   * rendering kept in a static field would be made once, before a mutation-testing run changes the
   * code that renders it).
   */
  private static String figure(String id) {
    String html = html();
    int start = html.indexOf("id=\"" + id + "\"");
    assertTrue(start >= 0, id);
    return html.substring(start, html.indexOf("</figure>", start));
  }

  private static void assertHas(String svg, String... parts) {
    for (String part : parts) {
      assertTrue(svg.contains(part), () -> "missing " + part + " in\n" + svg);
    }
  }

  @Test
  void aTrajectoryMapsYearsAndValuesLinearlyIntoItsFrame() {
    String svg = figure("chart-indicator-rising");
    // years 2020..2024 over x 58..328: 67.5 px a year, so 2020 -> 58, 2022 -> 193, 2024 -> 328
    // values 100..200 padded by 8 -> 92..208 over y 152..12: y(v) = 152 - (v - 92) * 140 / 116,
    // so 100 -> 142.3, 140 -> 94.1, 150 -> 82, 200 -> 21.7
    assertHas(svg,
        "<line x1=\"58\" y1=\"152\" x2=\"328\" y2=\"152\"",
        "<line x1=\"58\" y1=\"12\" x2=\"58\" y2=\"152\"",
        // the value axis is labelled at the lowest and highest value, 4 px below their level
        "<text x=\"54\" y=\"146.3\"", "<text x=\"54\" y=\"25.7\"",
        // the first and last year under the axis
        "<text x=\"58\" y=\"166\" font-size=\"10\" text-anchor=\"middle\">2020</text>",
        "<text x=\"328\" y=\"166\" font-size=\"10\" text-anchor=\"middle\">2024</text>",
        "<line class=\"target\" x1=\"58\" y1=\"21.7\" x2=\"328\" y2=\"21.7\"",
        // the plan runs from the baseline through the milestone to the target
        "<polyline class=\"plan\" fill=\"none\" stroke=\"#0969da\" stroke-width=\"1.5\" stroke-dasharray=\"5 4\" "
            + "points=\"58,142.3 193,94.1 328,21.7\"/>",
        // measured: the baseline, then the observations after it (the 2020 one is the baseline itself)
        "<polyline class=\"measured\" fill=\"none\" stroke=\"#1f2328\" stroke-width=\"2\" points=\"58,142.3 193,82\"/>",
        "<circle class=\"measured\" cx=\"58\" cy=\"142.3\" r=\"3\"",
        "<circle class=\"measured\" cx=\"193\" cy=\"82\" r=\"3\"",
        // the legend 14 px above the bottom of the 200 px figure
        "<line x1=\"58\" y1=\"186\" x2=\"74\" y2=\"186\" stroke=\"#1f2328\" stroke-width=\"2\"/><text x=\"78\" y=\"190\"",
        "<line x1=\"168\" y1=\"186\" x2=\"184\" y2=\"186\" stroke=\"#0969da\" stroke-dasharray=\"5 4\"/><text x=\"188\" y=\"190\"");
    assertEquals(2, svg.split("<circle").length - 1, svg);
  }

  @Test
  void aSingleObservationIsCentredWithAYearEachSide() {
    String svg = figure("chart-indicator-single");
    // one date, 2023: the span becomes 2022..2024, so 2023 is at the middle, 193;
    // one value, 50: padded by a tenth, 45..55, so 50 is at the middle, 82
    assertHas(svg, "<circle class=\"measured\" cx=\"193\" cy=\"82\" r=\"3\"",
        "<text x=\"58\" y=\"166\" font-size=\"10\" text-anchor=\"middle\">2022</text>",
        "<text x=\"328\" y=\"166\" font-size=\"10\" text-anchor=\"middle\">2024</text>",
        "<text x=\"54\" y=\"86\"");
    assertFalse(svg.contains("<polyline"), "one point draws no line");
  }

  @Test
  void aTargetRangeDrawsBothEndsAndWidensTheScale() {
    String svg = figure("chart-indicator-ranged");
    // values 0..20 (the range's upper end counts), padded by 1.6 -> -1.6..21.6 over 152..12:
    // y(v) = 152 - (v + 1.6) * 140 / 23.2, so 0 -> 142.3, 10 -> 82, 20 -> 21.7
    assertHas(svg,
        "<line class=\"target\" x1=\"58\" y1=\"82\" x2=\"328\" y2=\"82\"",
        "<line class=\"target\" x1=\"58\" y1=\"21.7\" x2=\"328\" y2=\"21.7\"",
        "points=\"58,142.3 328,82\"",
        "<circle class=\"measured\" cx=\"58\" cy=\"142.3\" r=\"3\"");
    assertFalse(svg.contains("class=\"measured\" fill"), "one measured point draws no line");
  }

  @Test
  void anIndicatorWithoutDataSaysSo() {
    String svg = figure("chart-indicator-empty");
    assertHas(svg, "<text x=\"10\" y=\"30\" font-size=\"12\">");
    assertFalse(svg.contains("<line"), svg);
  }

  @Test
  void statusBarsSplitTheirWidthByCount() {
    String svg = figure("chart-objectives");
    // two objectives: 10 + 2 x 40 + 60 = 150 high, 140 + 520 + 20 = 680 wide
    assertHas(svg, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"680\" height=\"150\" viewBox=\"0 0 680 150\"");
    // the objective's id is indented 10 px a level, 14 px below its row's top (rows at 10 and 50)
    assertHas(svg, "<text x=\"4\" y=\"24\" font-size=\"12\">O-1</text>", "<text x=\"14\" y=\"64\" font-size=\"12\">O-1.1</text>");
    // O-1: 3 at risk and 1 on track over 520 px -> 390 and 130, from x 140
    assertHas(svg, "<rect class=\"bar\" x=\"140\" y=\"10\" width=\"390\" height=\"14\"",
        "<rect class=\"bar\" x=\"530\" y=\"10\" width=\"130\" height=\"14\"");
    // no action: an empty outline 17 px lower
    assertHas(svg, "<rect x=\"140\" y=\"27\" width=\"520\" height=\"14\" fill=\"none\"");
    // O-1.1: 2 on track fill the bar; 1 on time and 1 completed halve the action bar
    assertHas(svg, "<rect class=\"bar\" x=\"140\" y=\"50\" width=\"520\" height=\"14\"",
        "<rect class=\"bar\" x=\"140\" y=\"67\" width=\"260\" height=\"14\"",
        "<rect class=\"bar\" x=\"400\" y=\"67\" width=\"260\" height=\"14\"");
    // the legends below the rows: statuses at 96, action statuses at 118, starting at x 4
    assertHas(svg, "<rect x=\"4\" y=\"96\" width=\"10\" height=\"10\"", "<text x=\"18\" y=\"105\" font-size=\"11\">",
        "<rect x=\"4\" y=\"118\" width=\"10\" height=\"10\"");
  }

  @Test
  void budgetBarsRiseFromZeroToTheirAmount() {
    String svg = figure("chart-budget-RON");
    // two years: 70 + 2 x 56 + 20 = 202, drawn at least 300 wide; the axis ends 10 px short of 202
    assertHas(svg, "width=\"300\" height=\"220\"", "<line x1=\"70\" y1=\"170\" x2=\"192\" y2=\"170\"",
        "<text x=\"66\" y=\"16\" font-size=\"10\" text-anchor=\"end\">");
    // 0..2,500 over y 170..12: 63.2 px per 1,000
    // 2026: planned 1,000 -> top 106.8, 63.2 high at x 76; actual 500 -> top 138.4, 31.6 high at x 96
    assertHas(svg, "<rect class=\"planned\" x=\"76\" y=\"106.8\" width=\"18\" height=\"63.2\" fill=\"#8c959f\"",
        "<rect class=\"actual\" x=\"96\" y=\"138.4\" width=\"18\" height=\"31.6\" fill=\"#0969da\"",
        "<text x=\"96\" y=\"184\" font-size=\"10\" text-anchor=\"middle\">2026</text>");
    // 2027, 56 px on: planned 2,000 -> top 43.6, 126.4 high; actual 2,500 (overspent, red) -> top 12, 158 high
    assertHas(svg, "<rect class=\"planned\" x=\"132\" y=\"43.6\" width=\"18\" height=\"126.4\"",
        "<rect class=\"actual\" x=\"152\" y=\"12\" width=\"18\" height=\"158\" fill=\"#cf222e\"",
        "<text x=\"152\" y=\"184\" font-size=\"10\" text-anchor=\"middle\">2027</text>");
    // the legend 16 px above the bottom
    assertHas(svg, "<rect x=\"70\" y=\"195\" width=\"10\" height=\"10\" fill=\"#8c959f\"/><text x=\"84\" y=\"204\"",
        "<rect x=\"180\" y=\"195\" width=\"10\" height=\"10\" fill=\"#0969da\"/><text x=\"194\" y=\"204\"");
  }

  @Test
  void aContributionChartSpreadsItsCategoriesAndScalesItsLines() {
    String svg = figure("chart-test.charts-0");
    // 3 categories: 360 wide (at least), 220 + 14 x 2 lines = 248 high; x from 64 to 348
    assertHas(svg, "width=\"360\" height=\"248\"", "<line x1=\"64\" y1=\"172\" x2=\"348\" y2=\"172\"",
        "<line x1=\"64\" y1=\"12\" x2=\"64\" y2=\"172\"");
    // categories at 64, 206, 348; values 10..30 padded by 1.6 -> 8.4..31.6 over 172..12:
    // y(v) = 172 - (v - 8.4) * 160 / 23.2, so 10 -> 161, 20 -> 92, 30 -> 23
    assertHas(svg, "<text x=\"64\" y=\"186\" font-size=\"10\" text-anchor=\"middle\">a</text>",
        "<text x=\"206\" y=\"186\" font-size=\"10\" text-anchor=\"middle\">b</text>",
        "<text x=\"348\" y=\"186\" font-size=\"10\" text-anchor=\"middle\">c</text>",
        "<text x=\"60\" y=\"165\"", "<text x=\"60\" y=\"27\"",
        "<polyline fill=\"none\" stroke=\"#1f2328\" stroke-width=\"2\" points=\"64,161 206,92 348,23\">",
        "<polyline fill=\"none\" stroke=\"#0969da\" stroke-width=\"2\" stroke-dasharray=\"5 4\" points=\"64,23 206,23 348,23\">",
        // one legend line a line, 14 px apart, from 32 px below the axis
        "<line x1=\"64\" y1=\"204\" x2=\"80\" y2=\"204\" stroke=\"#1f2328\" stroke-width=\"2\"/><text x=\"84\" y=\"208\"",
        "<line x1=\"64\" y1=\"218\" x2=\"80\" y2=\"218\" stroke=\"#0969da\" stroke-width=\"2\" stroke-dasharray=\"5 4\"/>");
  }

  @Test
  void aContributionChartWithOneCategoryCentresIt() {
    String svg = figure("chart-test.charts-1");
    // one category: at the middle of 64..348, 206; one value, 7, padded by 1 -> 6..8, at the middle, 92
    assertHas(svg, "<text x=\"206\" y=\"186\" font-size=\"10\" text-anchor=\"middle\">only</text>",
        "points=\"206,92\"");
    assertTrue(svg.contains("<title>One</title>"), "no unit, no parentheses: " + svg);
  }
}
