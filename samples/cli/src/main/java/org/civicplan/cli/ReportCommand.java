// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.civicplan.document.MonitoringReportJson;
import org.civicplan.monitoring.MeasurementCsv;
import org.civicplan.monitoring.MeasurementImport;
import org.civicplan.monitoring.MonitoringReport;
import org.civicplan.monitoring.MonitoringReporter;
import org.civicplan.monitoring.RejectedRow;
import org.civicplan.monitoring.ReportRendering;
import org.civicplan.base.PlanDate;
import org.civicplan.strategy.Strategy;
import org.civicplan.base.StrategyPeriod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code civicplan report STRATEGY --measurements FILE.csv --as-of DATE [--period YEAR] [--locale
 * ro|en] --out DIR}: imports the measurements (all or nothing), makes the frozen monitoring report
 * and writes {@code report.json}, {@code report.csv}, {@code report.md} and {@code report.html} into
 * {@code DIR}. Exit 0 when written; 1 when a CSV row is rejected (each is printed as {@code
 * civicplan: FILE:ROW: column: reason}, nothing is written); 2 when a file cannot be read or the
 * usage is wrong.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = "Write the monitoring report of a strategy at a date: report.json, report.csv, report.md, report.html.",
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:report written",
      "1:a measurements row is rejected (nothing is written)",
      "2:a file cannot be read, a report file would be overwritten, or wrong usage"
    },
    footerHeading = "%nExample:%n",
    footer = {
      "  civicplan report samples/data/climate-strategy.json \\",
      "      --measurements samples/data/measurements-2026.csv \\",
      "      --as-of 2026-06-30 --locale ro --out report/"
    })
final class ReportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "STRATEGY", description = "strategy document (JSON or YAML)")
  Path strategyFile;

  @Option(names = "--measurements", required = true, paramLabel = "FILE.csv",
      description = "measurements: UTF-8 CSV with header indicator,date,value[,source]")
  Path measurements;

  @Option(names = "--as-of", required = true, paramLabel = "DATE",
      description = "report date, YYYY-MM-DD (YYYY or YYYY-MM mean their last day)")
  String asOf;

  @Option(names = "--period", paramLabel = "YEAR",
      description = "the year reported on (budget years); default: the strategy's whole period")
  Optional<Integer> period;

  @Option(names = "--locale", defaultValue = "en", description = "language of the report, a BCP 47 tag: ro gives Romanian, any other English (default: ${DEFAULT-VALUE})")
  String locale;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "directory to write the report files into")
  Path out;

  @Option(names = "--force", description = "overwrite report files that already exist in --out")
  boolean force;

  /** The most rejected rows printed; the count of the rest follows them. */
  static final int MAX_REJECTIONS_SHOWN = 20;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Locale loc;
    LocalDate date;
    try {
      loc = Cli.locale(locale);
      date = PlanDate.parse(asOf).lastDay();
    } catch (IllegalArgumentException e) {
      err.println("civicplan: " + e.getMessage());
      return Civicplan.USAGE;
    }
    if (period.isPresent() && (period.get() < PlanDate.MIN_YEAR || period.get() > PlanDate.MAX_YEAR)) {
      err.println("civicplan: --period must be a year in [" + PlanDate.MIN_YEAR + ", " + PlanDate.MAX_YEAR
          + "] but was " + period.get());
      return Civicplan.USAGE;
    }
    if (!Files.isRegularFile(strategyFile)) {
      err.println("civicplan: " + strategyFile + ": no such file");
      return Civicplan.USAGE;
    }
    if (Files.notExists(measurements)) {
      err.println("civicplan: " + measurements + ": no such file");
      return Civicplan.USAGE;
    }
    Optional<Strategy> read = Cli.read(Cli.documents(Cli.templates()), strategyFile, err);
    if (read.isEmpty()) {
      return Civicplan.USAGE;
    }
    Strategy strategy = read.get();
    MeasurementImport imported;
    // read row by row: a long file is never held, and its first rejected rows come out all the same
    try (java.io.Reader csv = InputFile.reader(measurements, InputFile.MAX_BYTES)) {
      imported = importMeasurements(strategy, csv);
    } catch (InputFile.Unreadable e) {
      err.println("civicplan: " + e.getMessage());
      return Civicplan.USAGE;
    } catch (java.io.UncheckedIOException | IOException e) {
      Throwable cause = e instanceof java.io.UncheckedIOException u ? u.getCause() : e;
      err.println("civicplan: " + (cause instanceof InputFile.StoppedReading ? cause.getMessage()
          : "cannot read " + measurements + ": " + cause.getMessage()));
      return Civicplan.USAGE;
    }
    if (!imported.isComplete()) {
      for (RejectedRow r : imported.rejected().subList(0, Math.min(MAX_REJECTIONS_SHOWN, imported.rejected().size()))) {
        err.println("civicplan: " + measurements + ":" + r.row() + ": " + (r.column().isEmpty() ? "" : r.column() + ": ")
            + r.reason().get(loc));
      }
      if (imported.rejectedCount() > MAX_REJECTIONS_SHOWN) {
        err.println("civicplan: " + measurements + ": … and " + (imported.rejectedCount() - MAX_REJECTIONS_SHOWN)
            + " more rejected row(s) not shown");
      }
      err.println("civicplan: " + imported.rejectedCount() + " rejected row(s); nothing imported, no report written");
      return Civicplan.INVALID;
    }
    Strategy measured = imported.applyTo(strategy);
    MonitoringReport report = report(measured, date, period.map(y -> StrategyPeriod.of(y, y)));
    Map<String, String> files = renderings(report, loc);
    for (String name : files.keySet()) {
      Optional<String> refused = Cli.refusal(out.resolve(name), force, List.of(strategyFile, measurements));
      if (refused.isPresent()) {
        err.println("civicplan: " + refused.get() + "; nothing written");
        return Civicplan.USAGE;
      }
    }
    try {
      write(files, out);
    } catch (IOException e) {
      err.println("civicplan: " + out + ": cannot write the report: " + e.getMessage());
      return Civicplan.USAGE;
    }
    stdout.println("imported " + imported.accepted().size() + " measurement(s); report of " + report.strategyId()
        + " as of " + date + " (" + report.alerts().size() + " alert(s))");
    files.keySet().forEach(f -> stdout.println("wrote " + out.resolve(f)));
    return Civicplan.OK;
  }

  /**
   * Reads measurements CSV text for the indicators of {@code strategy}, all or nothing: when a row
   * is rejected, nothing is accepted.
   */
  static MeasurementImport importMeasurements(Strategy strategy, String csv) {
    return importMeasurements(strategy, new java.io.StringReader(csv));
  }

  /**
   * Reads measurements CSV row by row, within {@link org.civicplan.io.CsvLimits#defaults()}, for the
   * indicators of {@code strategy}, all or nothing.
   */
  static MeasurementImport importMeasurements(Strategy strategy, java.io.Reader csv) {
    return MeasurementCsv.read(csv,
        strategy.indicators().stream().map(i -> i.id()).collect(Collectors.toSet()), MeasurementCsv.Mode.ALL_OR_NOTHING,
        org.civicplan.io.CsvLimits.defaults());
  }

  /**
   * The frozen monitoring report of a strategy (its measurements already applied) at {@code asOf},
   * for {@code period} or, when empty, the strategy's whole period; linear method, default
   * freshness, no previous report; the installed templates add their derived measurements and
   * sections.
   */
  static MonitoringReport report(Strategy measured, LocalDate asOf, Optional<StrategyPeriod> period) {
    return MonitoringReporter.of(Cli.templates())
        .report(measured, asOf, period.orElse(measured.period()));
  }

  /** The four renderings by file name, in the order they are written: JSON, CSV, Markdown, HTML. */
  static Map<String, String> renderings(MonitoringReport report, Locale locale) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("report.json", MonitoringReportJson.write(report));
    files.put("report.csv", ReportRendering.csv(report, locale));
    files.put("report.md", ReportRendering.markdown(report, locale));
    files.put("report.html", ReportRendering.html(report, locale));
    return files;
  }

  /** Writes each rendering into {@code dir} (created if needed) as UTF-8. */
  static void write(Map<String, String> files, Path dir) throws IOException {
    Files.createDirectories(dir);
    for (Map.Entry<String, String> f : files.entrySet()) {
      Files.writeString(dir.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
    }
  }
}
