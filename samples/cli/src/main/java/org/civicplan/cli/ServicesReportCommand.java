// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.civicplan.social.ServicesMonitoringReport;
import org.civicplan.social.SocialTemplate;
import org.civicplan.strategy.Strategy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code civicplan services-report}: the annual report of the independent monitoring of social services. */
@Command(
    name = "services-report",
    mixinStandardHelpOptions = true,
    description = {
      "Render the annual social services monitoring report of a social services strategy.",
      "For the monitoring plan of --year: per target group and per service, the visits planned and done,",
      "the quality standards met, partly met and not met, and the recommendations still open."
    },
    footerHeading = "%nExample:%n",
    footer = "  civicplan services-report samples/data/social-strategy.json --year 2026 --format html --locale ro")
final class ServicesReportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "the strategy document")
  Path file;

  @Option(names = "--year", required = true, description = "the year of the monitoring plan")
  int year;

  @Option(names = "--format", defaultValue = "markdown", description = "markdown, json or html (default: ${DEFAULT-VALUE})")
  String format;

  @Option(names = "--locale", defaultValue = "en", description = "language of the report, a BCP 47 tag: ro gives Romanian, any other English (default: ${DEFAULT-VALUE})")
  String locale;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<Cli.TemplateReport<SocialTemplate>> input =
        Cli.templateReport(format, SocialTemplate.ID, SocialTemplate.class, file, err);
    if (input.isEmpty()) {
      return Civicplan.USAGE;
    }
    SocialTemplate template = input.get().template();
    Strategy s = input.get().strategy();
    String f = input.get().format();
    Locale loc = Cli.locale(locale);
    ServicesMonitoringReport report = template.servicesReport(s, year);
    switch (f) {
      case "json" -> out.print(report.toJson());
      case "html" -> out.print(report.toHtml(loc));
      default -> out.print(report.toMarkdown(loc));
    }
    return Civicplan.OK;
  }
}
