package org.civicplan.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.civicplan.template.AnnexType;
import org.civicplan.template.StrategyTemplate;
import org.civicplan.template.TemplateRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code civicplan templates}: the installed templates. */
@Command(
    name = "templates",
    mixinStandardHelpOptions = true,
    description = "List the installed strategy templates (id, version, name, annex kinds).",
    footerHeading = "%nExample:%n",
    footer = "  civicplan templates --format json")
final class TemplatesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
  OutputFormat format;

  @Option(names = "--locale", defaultValue = "en", description = "language of the template names, a BCP 47 tag (default: ${DEFAULT-VALUE})")
  String locale;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Locale loc = Cli.locale(locale);
    TemplateRegistry registry = Cli.templates();
    if (format == OutputFormat.JSON) {
      ObjectNode root = Cli.JSON.createObjectNode();
      ArrayNode list = root.putArray("templates");
      for (StrategyTemplate t : registry.all()) {
        ObjectNode n = list.addObject();
        n.put("id", t.id().value());
        n.put("version", t.version());
        n.put("name", t.name().get(loc));
        ArrayNode kinds = n.putArray("annexKinds");
        t.annexTypes().stream().map(AnnexType::kind).sorted().forEach(kinds::add);
      }
      out.println(Cli.JSON.writeValueAsString(root));
      return Civicplan.OK;
    }
    if (registry.isEmpty()) {
      out.println("No template is installed. Add a template artifact such as civicplan-templates-climate.");
      return Civicplan.OK;
    }
    for (StrategyTemplate t : registry.all()) {
      String kinds = String.join(", ", t.annexTypes().stream().map(AnnexType::kind).sorted().toList());
      out.printf("%-16s %-10s %s%n", t.id(), t.version(), t.name().get(loc));
      if (!kinds.isEmpty()) {
        out.printf("%-16s %-10s annexes: %s%n", "", "", kinds);
      }
    }
    return Civicplan.OK;
  }
}
