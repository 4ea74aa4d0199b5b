// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.civicplan.document.ReadResult;
import org.civicplan.document.ReportJson;
import org.civicplan.document.StrategyDocuments;
import org.civicplan.report.TransparencyReport;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.TemplateRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code civicplan transparency-report DIR|FILES… --year YEAR}: the annual report on decisional
 * transparency (Law 52/2003) over the strategies of a folder or the files given.
 */
@Command(
    name = "transparency-report",
    mixinStandardHelpOptions = true,
    description = {
      "Print the annual report on decisional transparency (Law 52/2003) for a year.",
      "Over the strategies given (files, or every strategy document in a folder): drafts announced,"
          + " written proposals received and how they were answered, public debates requested and"
          + " held with their participants, council decisions adopted and the legal terms missed."
    },
    footerHeading = "%nExample:%n",
    footer = {
      "  civicplan transparency-report samples/data/climate-strategy.json \\",
      "      samples/data/social-strategy.json --year 2026 --locale ro"
    },
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:the report is printed",
      "2:a file cannot be read, two files hold the same strategy, or wrong usage"
    })
final class TransparencyReportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR|FILE", arity = "1..*",
      description = "strategy documents (JSON or YAML), or folders: every .json, .yaml or .yml file in a folder that is"
          + " a strategy document (the others, and a second file with a strategy already read, are skipped, each named on standard"
          + " error)")
  List<Path> inputs;

  @Option(names = "--year", required = true, paramLabel = "YEAR", description = "the year reported on, e.g. 2026")
  int year;

  @Option(names = "--format", defaultValue = "markdown", converter = PageFormat.Converter.class,
      description = "markdown, json or html (default: ${DEFAULT-VALUE})")
  PageFormat format;

  @Option(names = "--locale", defaultValue = "en", description = "language of the Markdown and HTML report, a BCP 47 tag (default: ${DEFAULT-VALUE})")
  String locale;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (year < 1900 || year > 9999) {
      err.println("civicplan: --year must be between 1900 and 9999 but was " + year);
      return Civicplan.USAGE;
    }
    Locale loc = Cli.locale(locale);
    TemplateRegistry registry = Cli.templates();
    StrategyDocuments docs = Cli.documents(registry);
    List<Strategy> strategies = new ArrayList<>();
    Map<String, Path> seen = new HashMap<>();
    for (Path input : inputs) {
      List<Path> files;
      boolean folder = Files.isDirectory(input);
      if (folder) {
        try (Stream<Path> list = Files.list(input)) {
          files = list.filter(f -> Cli.formatOf(f).isPresent() && Files.isRegularFile(f)).sorted().toList();
        }
      } else {
        files = List.of(input);
      }
      for (Path f : files) {
        Optional<Strategy> s;
        if (folder) {
          ReadResult r = docs.read(f);
          s = r.strategy();
          if (s.isEmpty()) {
            err.println("civicplan: " + f + ": " + Cli.say(loc, "skipped, not a strategy document",
                "omis, nu este un document de strategie"));
            continue;
          }
        } else {
          s = Cli.read(docs, f, err);
          if (s.isEmpty()) {
            return Civicplan.USAGE;
          }
        }
        Path before = seen.putIfAbsent(s.get().id().value(), f);
        if (before != null && folder) {
          err.println("civicplan: " + f + ": " + Cli.say(loc, "skipped, the same strategy as ", "omis, aceeași strategie ca ")
              + before);
          continue;
        }
        if (before != null) {
          err.println("civicplan: " + f + ": strategy \"" + s.get().id().value() + "\" is also in " + before
              + "; give each strategy once");
          return Civicplan.USAGE;
        }
        strategies.add(s.get());
      }
    }
    TransparencyReport report = TransparencyReport.of(strategies, Year.of(year),
        s -> GovernanceOptions.terms(registry, s), s -> GovernanceOptions.decisionRules(registry, s));
    out.print(switch (format) {
      case MARKDOWN -> report.toMarkdown(loc);
      case JSON -> ReportJson.write(ReportJson.transparency(report));
      case HTML -> report.toHtml(loc);
    });
    out.flush();
    return Civicplan.OK;
  }
}
