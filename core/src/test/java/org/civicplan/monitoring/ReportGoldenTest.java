// SPDX-License-Identifier: Apache-2.0
package org.civicplan.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.civicplan.base.StrategyPeriod;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Markdown and HTML monitoring reports of the demo strategy ({@link ReportFixture#demo()}),
 * whole, against files read and checked by hand, in English and Romanian: as of 31 March 2028; as
 * of 30 June 2026 (an indicator with no data yet, a progress resting on one of two indicators); as
 * of 31 March 2028 against the report of 30 June 2026 (the changes, in words; of the HTML only that
 * section); and the Markdown of the first two by the Eurostat and Open SDG methods, whose rules
 * read differently. Every word, figure and coordinate of a report is pinned; what a report should
 * say is decided by the tests of each part, so a deliberate change is written out again with
 * {@code -Dcivicplan.golden.update=true} and the difference read before it is kept.
 */
class ReportGoldenTest {

  private static final Path GOLDEN = Path.of("src/test/resources/org/civicplan/monitoring/golden");
  private static final LocalDate AS_OF = LocalDate.of(2028, 3, 31);
  private static final LocalDate EARLY = LocalDate.of(2026, 6, 30);

  static Stream<Arguments> reports() {
    Stream.Builder<Arguments> b = Stream.builder();
    for (String report : new String[] {"demo", "early", "changes", "eurostat", "open-sdg", "early-eurostat", "early-open-sdg"}) {
      for (String lang : new String[] {"en", "ro"}) {
        b.add(Arguments.of(report, lang, "md"));
        if (report.equals("demo") || report.equals("changes")) {
          b.add(Arguments.of(report, lang, "html"));
        }
      }
    }
    return b.build();
  }

  private static MonitoringReport report(String name) {
    MonitoringReporter reporter = MonitoringReporter.standard();
    return switch (name) {
      case "demo" -> reporter.report(ReportFixture.demo(), AS_OF);
      case "early" -> reporter.report(ReportFixture.demo(), EARLY);
      case "eurostat" -> MonitoringReporter.of(IndicatorAssessor.eurostat(), FreshnessPolicy.DEFAULTS).report(ReportFixture.demo(), AS_OF);
      case "open-sdg" -> MonitoringReporter.of(IndicatorAssessor.openSdg(), FreshnessPolicy.DEFAULTS).report(ReportFixture.demo(), AS_OF);
      case "early-eurostat" -> MonitoringReporter.of(IndicatorAssessor.eurostat(), FreshnessPolicy.DEFAULTS).report(ReportFixture.demo(), EARLY);
      case "early-open-sdg" -> MonitoringReporter.of(IndicatorAssessor.openSdg(), FreshnessPolicy.DEFAULTS).report(ReportFixture.demo(), EARLY);
      default -> reporter.report(ReportFixture.demo(), AS_OF, StrategyPeriod.of(2026, 2030),
          reporter.report(ReportFixture.demo(), EARLY));
    };
  }

  @ParameterizedTest(name = "{0}-{1}.{2}")
  @MethodSource("reports")
  void theReportReadsAsChecked(String name, String lang, String format) throws IOException {
    BiFunction<MonitoringReport, Locale, String> render = format.equals("md") ? ReportRendering::markdown : ReportRendering::html;
    String actual = render.apply(report(name), Locale.forLanguageTag(lang));
    if (name.equals("changes") && format.equals("html")) {
      // the rest of the page is the demo's, pinned by demo-LANG.html
      int start = actual.indexOf("<section id=\"changes\">");
      actual = actual.substring(start, actual.indexOf("</section>", start) + "</section>\n".length());
    }
    String file = name + "-" + lang + "." + format;
    if (Boolean.getBoolean("civicplan.golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(GOLDEN.resolve(file), actual, StandardCharsets.UTF_8);
    }
    String expected;
    try (InputStream in = ReportGoldenTest.class.getResourceAsStream("golden/" + file)) {
      assertNotNull(in, "no golden/" + file + "; write it with -Dcivicplan.golden.update=true and read it");
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    if (!Boolean.getBoolean("civicplan.golden.update")) {
      assertEquals(firstDifference(expected, actual), "", file);
      assertEquals(expected, actual, file);
    }
  }

  /** The first line that differs, with its number, or "" when none does. */
  private static String firstDifference(String expected, String actual) {
    String[] e = expected.split("\n", -1);
    String[] a = actual.split("\n", -1);
    for (int i = 0; i < Math.max(e.length, a.length); i++) {
      String x = i < e.length ? e[i] : "(end)";
      String y = i < a.length ? a[i] : "(end)";
      if (!x.equals(y)) {
        return "line " + (i + 1) + ": expected\n" + x + "\nbut was\n" + y;
      }
    }
    return "";
  }
}
