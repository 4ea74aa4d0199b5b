package org.civicplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.civicplan.report.AlignmentReport;
import org.civicplan.alignment.ReferenceFramework;
import org.civicplan.document.ReportJson;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.TemplateRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code civicplan alignment FILE}: the alignment matrix and coverage report of a strategy against
 * reference frameworks. The report is printed even when links are wrong; those are listed on
 * standard error and the exit code is 1.
 */
@Command(
    name = "alignment",
    mixinStandardHelpOptions = true,
    description = {
      "Print the alignment of a strategy with national and European reference frameworks.",
      "For each reference objective: the local objectives and actions that serve it; then the"
          + " reference objectives nothing serves (gaps) and the local objectives aligned to nothing.",
      "Frameworks: those given with --framework; otherwise those the strategy's links name; for a"
          + " strategy with no link, its template's frameworks (or every shipped one), all listed as gaps."
    },
    footerHeading = "%nExample:%n",
    footer = {
      "  civicplan alignment samples/data/climate-strategy.json \\",
      "      --framework sdg --format json"
    },
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:the report is printed",
      "1:the report is printed, but a link starts at an unknown objective or action or names an unknown reference objective (listed on standard error)",
      "2:the file cannot be read, an unknown framework is asked for, or wrong usage"
    })
final class AlignmentCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin ReportOptions options;

  @Option(names = "--framework", paramLabel = "ID",
      description = "report on this framework (repeatable), e.g. sdg or covenant-of-mayors")
  List<String> frameworks = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Locale loc = options.locale();
    Path file = options.file;
    ReportFormat format = options.format;
    TemplateRegistry registry = Cli.templates();
    Optional<Strategy> read = Cli.read(Cli.documents(registry), file, err);
    if (read.isEmpty()) {
      return Civicplan.USAGE;
    }
    Strategy s = read.get();
    List<ReferenceFramework> selected;
    if (frameworks.isEmpty()) {
      selected = GovernanceOptions.defaultFrameworks(registry, s);
    } else {
      Map<String, ReferenceFramework> available = GovernanceOptions.frameworks(registry, s);
      selected = new ArrayList<>();
      for (String id : frameworks) {
        ReferenceFramework f = available.get(id);
        if (f == null) {
          err.println("civicplan: no framework is called \"" + id + "\"; available: " + String.join(", ", available.keySet()));
          return Civicplan.USAGE;
        }
        if (!selected.contains(f)) {
          selected.add(f);
        }
      }
    }
    AlignmentReport report = AlignmentReport.of(s, selected);
    out.print(format == ReportFormat.JSON ? ReportJson.write(ReportJson.alignment(report)) : report.toMarkdown(loc));
    out.flush();
    List<String> errors = GovernanceOptions.alignmentErrors(registry, s, loc);
    GovernanceOptions.printAll(err, file, errors);
    return errors.isEmpty() ? Civicplan.OK : Civicplan.INVALID;
  }
}
