package org.civicplan.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.civicplan.document.DocumentFormat;
import org.civicplan.document.StrategyDocuments;
import org.civicplan.strategy.Municipality;
import org.civicplan.strategy.Strategy;
import org.civicplan.base.StrategyId;
import org.civicplan.base.StrategyPeriod;
import org.civicplan.template.NewStrategyRequest;
import org.civicplan.template.StrategyTemplate;
import org.civicplan.base.TemplateId;
import org.civicplan.template.TemplateRegistry;
import org.civicplan.template.UnknownTemplateException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code civicplan new}: a draft strategy from a template. */
@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    description = {
      "Create a draft strategy from a template's skeleton.",
      "The draft goes to --out (JSON or YAML by its extension) or to standard output as JSON. An"
          + " existing file is not overwritten unless --force is given; the overlay file never is."
    },
    footerHeading = "%nExample:%n",
    footer = {
      "  civicplan new --template climate --municipality Timișoara \\",
      "      --from 2026 --to 2030 --out tm.yaml"
    })
final class NewCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--template", required = true, description = "template id, see 'civicplan templates'")
  String template;

  @Option(names = "--municipality", required = true, description = "municipality name, e.g. Timișoara")
  String municipality;

  @Option(names = "--country", defaultValue = "RO", description = "ISO 3166 country code (default: ${DEFAULT-VALUE})")
  String country;

  @Option(names = "--from", required = true, description = "first year of the strategy")
  int from;

  @Option(names = "--to", required = true, description = "last year of the strategy")
  int to;

  @Option(names = "--id", description = "strategy id (default: derived from municipality, template and years)")
  Optional<String> id;

  @Option(names = "--overlay", description = "overlay file (YAML or JSON) adapting the template")
  Optional<Path> overlay;

  @Option(names = "--out", description = "file to write (.json, .yaml or .yml); standard output as JSON if absent")
  Optional<Path> out;

  @Option(names = "--force", description = "overwrite --out if it exists")
  boolean force;

  @Override
  public Integer call() throws IOException {
    Optional<TemplateRegistry> adapted =
        Cli.templates(overlay, spec.commandLine().getErr(), Locale.ENGLISH);
    if (adapted.isEmpty()) {
      return Civicplan.USAGE;
    }
    TemplateRegistry registry = adapted.get();
    StrategyTemplate t;
    try {
      t = registry.get(TemplateId.of(template));
    } catch (UnknownTemplateException e) {
      spec.commandLine().getErr().println("civicplan: " + e.getMessage());
      return Civicplan.USAGE;
    }
    DocumentFormat format = DocumentFormat.JSON;
    if (out.isPresent()) {
      Optional<DocumentFormat> f = Cli.formatOf(out.get());
      if (f.isEmpty()) {
        spec.commandLine().getErr().println(
            "civicplan: --out must end in .json, .yaml or .yml but was " + out.get());
        return Civicplan.USAGE;
      }
      format = f.get();
    }
    Strategy s;
    try {
      StrategyId sid = StrategyId.of(id.orElseGet(this::defaultId));
      s = t.newStrategy(
          NewStrategyRequest.of(sid, Municipality.of(municipality, country), StrategyPeriod.of(from, to)));
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("civicplan: " + e.getMessage());
      return Civicplan.USAGE;
    }
    StrategyDocuments docs = Cli.documents(registry);
    String text = docs.write(s, format);
    if (out.isPresent()) {
      if (!Cli.write(out.get(), text, force, overlay.stream().toList(), spec.commandLine().getErr())) {
        return Civicplan.USAGE;
      }
      spec.commandLine().getOut().println(
          "Wrote a draft " + t.id() + " strategy for " + municipality + " (" + from + "–" + to + ") to " + out.get());
    } else {
      spec.commandLine().getOut().print(text);
    }
    return Civicplan.OK;
  }

  private String defaultId() {
    String slug = java.text.Normalizer.normalize(municipality, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-")
        .replaceAll("(^-|-$)", "");
    return (slug.isEmpty() ? "city" : slug) + "-" + template + "-" + from;
  }
}
