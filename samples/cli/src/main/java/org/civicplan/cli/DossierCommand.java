// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.civicplan.document.ReportJson;
import org.civicplan.report.DossierReport;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.TemplateRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code civicplan dossier FILE}: the dossier of the strategy's latest council decision and what is
 * missing from it for approval. The report is printed in every case; when something is missing or
 * a dossier rule finds a problem, the findings go to standard error and the exit code is 1.
 */
@Command(
    name = "dossier",
    mixinStandardHelpOptions = true,
    description = {
      "Print the dossier of a strategy's latest council decision and what is missing from it.",
      "The dossier holds the approval report, the specialist report and the committee opinions, the"
          + " vote against the majority its kind needs, and the communication to the prefect and the"
          + " publication in the local official gazette against the terms the city set (template"
          + " parameters; an overlay changes them)."
    },
    footerHeading = "%nExample:%n",
    footer = {
      "  civicplan dossier samples/data/climate-strategy.json --as-of 2026-06-30 \\",
      "      --locale ro"
    },
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:the report is printed; the dossier is complete",
      "1:the report is printed, but something is missing or a dossier rule finds a problem (on standard error)",
      "2:the file cannot be read, or wrong usage"
    })
final class DossierCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin ReportOptions options;

  @Option(names = "--as-of", paramLabel = "DATE", converter = GovernanceOptions.DateConverter.class,
      description = "the date to look from: a communication or publication not recorded by then is overdue when its"
          + " term has passed (default: today, UTC)")
  Optional<LocalDate> asOf;

  @Option(names = "--overlay", description = "overlay file adapting the installed template (e.g. the dossier items, the majority, the terms)")
  Optional<Path> overlay;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Locale loc = options.locale();
    Path file = options.file;
    Optional<TemplateRegistry> registry = Cli.templates(overlay, err, loc);
    if (registry.isEmpty()) {
      return Civicplan.USAGE;
    }
    Optional<Strategy> read = Cli.read(Cli.documents(registry.get()), file, err);
    if (read.isEmpty()) {
      return Civicplan.USAGE;
    }
    Strategy s = read.get();
    DossierReport report = DossierReport.of(s, GovernanceOptions.decisionRules(registry.get(), s),
        asOf.orElseGet(() -> LocalDate.now(ZoneOffset.UTC)));
    out.print(options.format == ReportFormat.JSON ? ReportJson.write(ReportJson.dossier(report)) : report.toMarkdown(loc));
    out.flush();
    if (report.decision().isEmpty()) {
      err.println("civicplan: " + file + ": " + Cli.say(loc, "no council decision is recorded",
          "nu este înregistrată nicio hotărâre a consiliului"));
      return Civicplan.INVALID;
    }
    if (!report.missing().isEmpty()) {
      err.println("civicplan: " + file + ": " + Cli.say(loc, "the dossier of council decision ", "dosarului hotărârii ")
          + report.decision().get().number() + Cli.say(loc, " lacks: ", " îi lipsesc: ")
          + String.join(", ", report.missing().stream()
              .map(m -> org.civicplan.validation.DossierCheck.item(m).get(loc)).toList()));
    }
    GovernanceOptions.printAll(err, file, report.findings().stream().map(f -> GovernanceOptions.describe(f, loc)).toList());
    return report.complete() ? Civicplan.OK : Civicplan.INVALID;
  }
}
