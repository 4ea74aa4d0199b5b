// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.civicplan.document.StrategyDocuments;
import org.civicplan.social.AreaAnalysis;
import org.civicplan.social.SocialTemplate;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.TemplateRegistry;
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
    String f = format.toLowerCase(Locale.ROOT);
    if (!f.equals("markdown") && !f.equals("md") && !f.equals("json") && !f.equals("html")) {
      err.println("civicplan: --format must be markdown, json or html but was \"" + format + "\"");
      return Civicplan.USAGE;
    }
    TemplateRegistry registry = Cli.templates();
    if (!registry.ids().contains(SocialTemplate.ID)) {
      err.println("civicplan: the social template is not installed; add civicplan-templates-social");
      return Civicplan.USAGE;
    }
    SocialTemplate template = (SocialTemplate) registry.get(SocialTemplate.ID);
    StrategyDocuments docs = Cli.documents(registry);
    Optional<Strategy> s = Cli.read(docs, file, err);
    if (s.isEmpty()) {
      return Civicplan.USAGE;
    }
    AreaAnalysis analysis = template.areas(s.get());
    Locale loc = Cli.locale(locale);
    switch (f) {
      case "json" -> out.print(analysis.toJson());
      case "html" -> out.print(analysis.toHtml(loc));
      default -> out.print(analysis.toMarkdown(loc));
    }
    return Civicplan.OK;
  }
}
