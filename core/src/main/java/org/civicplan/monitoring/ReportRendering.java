package org.civicplan.monitoring;

import java.util.Locale;
import java.util.Objects;

/**
 * Renders a {@link MonitoringReport} for people and spreadsheets: CSV, Markdown and a
 * self-contained HTML page with inline SVG charts. Plain string building, no template engine;
 * equal reports give equal text. Labels are Romanian for a locale whose language is {@code ro},
 * English otherwise; document texts use the {@link org.civicplan.base.LocalizedText} fallback.
 *
 * <p>An indicator with values but no assessment (status {@link ProgressStatus#NO_DATA} because it
 * has no baseline, no target the method needs, or no value after the baseline) is worded "not
 * assessed" ("neevaluat"), and one without any value "no data" ("fără date"); the status code in
 * the CSV and JSON stays {@code no-data}.
 *
 * <p>Sections contributed by templates and core's list of values derived from annexes ({@link
 * MonitoringReport#contributions()}) follow the budget in Markdown and HTML, in report order; the
 * CSV, one row per indicator and action, does not carry them (the JSON does).
 *
 * <p>The JSON form of the frozen report is written in the {@code document} package.
 */
public final class ReportRendering {

  private ReportRendering() {}

  /**
   * CSV (RFC 4180: comma separated, CRLF line ends, fields with a comma, quote or line break
   * quoted, quotes doubled): a header, then one row per indicator ({@code record} = {@code
   * indicator}) and one per action ({@code record} = {@code action}), in document order. Codes
   * (statuses, freshness) are the stable lower-case kebab labels; numbers use a decimal point;
   * titles and lateness reasons are in the locale's language.
   *
   * @throws NullPointerException if an argument is null
   */
  public static String csv(MonitoringReport report, Locale locale) {
    return ReportCsv.render(Objects.requireNonNull(report, "report"), ReportLabels.of(locale));
  }

  /**
   * Markdown (CommonMark with GitHub tables): headings, tables of alerts, objectives, indicators,
   * actions, budget and changes. Document text is escaped so that it cannot add markup.
   *
   * @throws NullPointerException if an argument is null
   */
  public static String markdown(MonitoringReport report, Locale locale) {
    return ReportMarkdown.render(Objects.requireNonNull(report, "report"), ReportLabels.of(locale));
  }

  /**
   * A self-contained HTML page, written as well-formed XHTML (it parses as XML): inline CSS, inline
   * SVG charts (indicator trajectories against their target lines, status bars per objective,
   * budget planned and actual per year), no scripts and no external references. All document text
   * is escaped.
   *
   * @throws NullPointerException if an argument is null
   */
  public static String html(MonitoringReport report, Locale locale) {
    return ReportHtml.render(Objects.requireNonNull(report, "report"), ReportLabels.of(locale));
  }
}
