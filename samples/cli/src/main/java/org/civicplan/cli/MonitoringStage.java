// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import org.civicplan.template.MonitoringContribution;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.civicplan.monitoring.MeasurementImport;
import org.civicplan.monitoring.MonitoringReport;
import org.civicplan.monitoring.ProgressStatus;
import org.civicplan.monitoring.RejectedRow;
import org.civicplan.strategy.Strategy;

/**
 * Demo stage: the monitoring report of the sample as of {@link DemoStage#AS_OF} (a fixed date, so
 * the demo writes the same bytes every time) with the bundled measurements {@value #MEASUREMENTS},
 * made and written exactly as {@code civicplan report} does ({@link ReportCommand}): {@code
 * report.json}, {@code report.csv}, {@code report.md} and {@code report.html} in the demo folder. It
 * prints one line per indicator status (best first), the alerts by kind, and one line per section the
 * strategy's template contributed (for the climate sample: the emission trajectory, the target gap
 * analysis and the Covenant reporting cadence).
 */
final class MonitoringStage implements DemoStage {

  /** The bundled illustrative measurements: {@code indicator,date,value,source}. */
  static final String MEASUREMENTS = "/demo/measurements-2026.csv";

  @Override
  public void run(Context c, int step) throws IOException {
    PrintWriter o = c.printer();
    String csv;
    try (InputStream in = MonitoringStage.class.getResourceAsStream(MEASUREMENTS)) {
      if (in == null) {
        o.println(step + ". Monitoring report: the measurements " + MEASUREMENTS + " are missing from this build; no report");
        return;
      }
      csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    MeasurementImport imported = ReportCommand.importMeasurements(c.strategy(), csv);
    if (!imported.isComplete()) {
      o.println(step + ". Monitoring report: " + imported.rejected().size() + " rejected measurement row(s); no report");
      for (RejectedRow r : imported.rejected()) {
        o.println("   row " + r.row() + ": " + (r.column().isEmpty() ? "" : r.column() + ": ") + r.reason().get(c.locale()));
      }
      return;
    }
    Strategy measured = imported.applyTo(c.strategy());
    MonitoringReport report = ReportCommand.report(measured, AS_OF, Optional.empty());
    Map<String, String> files = ReportCommand.renderings(report, c.locale());
    ReportCommand.write(files, c.outDir());
    o.println(step + ". Monitoring report as of " + AS_OF + " with " + imported.accepted().size()
        + " measurements from " + MEASUREMENTS.substring(MEASUREMENTS.lastIndexOf('/') + 1) + ": wrote "
        + files.keySet().stream().map(f -> c.outDir().resolve(f).toString()).collect(Collectors.joining(", ")));
    for (String line : statusLines(report)) {
      o.println("   " + line);
    }
    o.println("   " + alertLine(report));
    for (MonitoringContribution section : report.contributions()) {
      o.println("   " + sectionLine(section, c.locale()));
    }
  }

  /**
   * A section a template contributed: its title, then what its paragraphs say after the first (the
   * first introduces the section): {@code Target gap analysis to 2030: Baseline … reach the target.}
   */
  static String sectionLine(MonitoringContribution section, java.util.Locale locale) {
    String rest = section.paragraphs().stream().skip(1).map(p -> p.get(locale)).collect(Collectors.joining(" "));
    return section.title().get(locale) + (rest.isEmpty() ? "" : ": " + rest);
  }

  /** One line per indicator status that occurs, best status first: {@code on-track: 2 (CLI-05, CLI-12)}. */
  static List<String> statusLines(MonitoringReport report) {
    Map<ProgressStatus, List<String>> byStatus = new EnumMap<>(ProgressStatus.class);
    for (MonitoringReport.IndicatorEntry i : report.indicators()) {
      byStatus.computeIfAbsent(i.status(), k -> new java.util.ArrayList<>()).add(i.id());
    }
    List<ProgressStatus> order = new java.util.ArrayList<>(byStatus.keySet());
    java.util.Collections.reverse(order);
    return order.stream()
        .map(s -> s.label() + ": " + byStatus.get(s).size() + (byStatus.get(s).size() == 1 ? " indicator (" : " indicators (")
            + String.join(", ", byStatus.get(s)) + ")")
        .toList();
  }

  /** The number of alerts and how many of each kind: {@code alerts: 5 (late 2, stale 3)}. */
  static String alertLine(MonitoringReport report) {
    Map<String, Long> byKind = new TreeMap<>();
    for (MonitoringReport.Alert a : report.alerts()) {
      byKind.merge(a.kind().label(), 1L, Long::sum);
    }
    return "alerts: " + report.alerts().size() + (byKind.isEmpty() ? "" : " ("
        + byKind.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")) + ")");
  }
}
