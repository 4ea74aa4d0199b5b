package org.civicplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.civicplan.document.ReportJson;
import org.civicplan.report.ConsultationReport;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.TemplateRegistry;
import org.civicplan.base.Finding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code civicplan consultation-report FILE}: the transparency report of the strategy's latest
 * public consultation (Law 52/2003): announcement, proposals period, debate, and every proposal
 * with its answer. The report is printed even when the consultation has errors; those are listed
 * on standard error and the exit code is 1.
 */
@Command(
    name = "consultation-report",
    mixinStandardHelpOptions = true,
    description = {
      "Print the public consultation report of a strategy (Law 52/2003).",
      "It says when the draft was announced, until when proposals were received, the public debate,"
          + " and every proposal with its answer. A strategy with no consultation recorded gets a"
          + " report saying so."
    },
    footerHeading = "%nExample:%n",
    footer = {
      "  civicplan consultation-report samples/data/climate-strategy.json \\",
      "      --locale ro"
    },
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:the report is printed",
      "1:the report is printed, but the consultation or the council decisions have errors (on standard error)",
      "2:the file cannot be read, or wrong usage"
    })
final class ConsultationReportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin ReportOptions options;

  @Option(names = "--overlay", description = "overlay file adapting the installed template (e.g. the consultation day counts)")
  Optional<Path> overlay;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Locale loc = options.locale();
    Path file = options.file;
    ReportFormat format = options.format;
    Optional<TemplateRegistry> registry = Cli.templates(overlay, err, loc);
    if (registry.isEmpty()) {
      return Civicplan.USAGE;
    }
    Optional<Strategy> read = Cli.read(Cli.documents(registry.get()), file, err);
    if (read.isEmpty()) {
      return Civicplan.USAGE;
    }
    Strategy s = read.get();
    ConsultationReport report = ConsultationReport.of(s, GovernanceOptions.terms(registry.get(), s));
    out.print(format == ReportFormat.JSON ? ReportJson.write(ReportJson.consultation(report)) : report.toMarkdown(loc));
    out.flush();
    List<Finding> errors = GovernanceOptions.consultationErrors(registry.get(), s);
    GovernanceOptions.printAll(err, file, errors.stream().map(f -> GovernanceOptions.describe(f, loc)).toList());
    return errors.isEmpty() ? Civicplan.OK : Civicplan.INVALID;
  }
}
