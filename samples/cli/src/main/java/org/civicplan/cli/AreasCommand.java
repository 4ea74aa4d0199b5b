// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.civicplan.social.AreaAnalysis;
import org.civicplan.social.SocialTemplate;
import org.civicplan.strategy.Strategy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code civicplan areas}: the marginalised areas of a strategy, ranked, and their coverage by projects. */
@Command(
    name = "areas",
    mixinStandardHelpOptions = true,
    description = {
      "Rank the marginalised areas of a strategy and show their coverage by partnership projects.",
      "Each area is classified on human capital, employment and housing (World Bank 2014 Atlas) and ranked",
      "by its composite deprivation; then the marginalised areas no project targets and the projects",
      "outside any disadvantaged area."
    },
    footerHeading = "%nExample:%n",
    footer = "  civicplan areas samples/data/social-strategy.json --format json")
final class AreasCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "the strategy document")
  Path file;

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
    AreaAnalysis analysis = template.areas(s);
    Locale loc = Cli.locale(locale);
    switch (f) {
      case "json" -> out.print(analysis.toJson());
      case "html" -> out.print(analysis.toHtml(loc));
      default -> out.print(analysis.toMarkdown(loc));
    }
    return Civicplan.OK;
  }
}
