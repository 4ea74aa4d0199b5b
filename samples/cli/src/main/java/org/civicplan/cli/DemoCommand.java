package org.civicplan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.civicplan.document.DocumentFormat;
import org.civicplan.document.ReadProblem;
import org.civicplan.document.ReadResult;
import org.civicplan.document.StrategyDocuments;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.StrategyTemplate;
import org.civicplan.template.TemplateRegistry;
import org.civicplan.base.Finding;
import org.civicplan.base.Severity;
import org.civicplan.validation.StrategyValidator;
import org.civicplan.validation.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code civicplan demo}: the main job on the bundled illustrative sample strategy. It lists the
 * templates, reads and validates the sample, writes it as JSON and YAML and checks that nothing is
 * lost, then runs the later stages (prioritisation, monitoring report, governance reports) that
 * the installed capabilities provide.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Run civicplan on the bundled illustrative sample strategy and show what it does.",
      "The outputs go to --out, which must be empty or new unless --force is given."
    },
    footerHeading = "%nExample:%n",
    footer = "  civicplan demo --out civicplan-demo --locale ro")
final class DemoCommand implements Callable<Integer> {

  /** The bundled sample: illustrative data, not an official document of any city. */
  static final String SAMPLE = "/demo/climate-strategy.json";

  @Spec CommandSpec spec;

  @Option(names = "--out", defaultValue = "civicplan-demo", description = "folder for the outputs (default: ${DEFAULT-VALUE})")
  Path out;

  @Option(names = "--locale", defaultValue = "en", description = "language of the texts, a BCP 47 tag (default: ${DEFAULT-VALUE})")
  String locale;

  @Option(names = "--force", description = "write into --out even if it already holds files")
  boolean force;

  @Override
  public Integer call() throws IOException {
    PrintWriter o = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Locale loc = Cli.locale(locale);
    if (!force && Files.isDirectory(out)) {
      try (var entries = Files.list(out)) {
        if (entries.findAny().isPresent()) {
          err.println("civicplan: " + out + " already holds files; add --force to overwrite them, or choose another --out");
          return Civicplan.USAGE;
        }
      }
    } else if (!Files.isDirectory(out) && Files.exists(out)) {
      err.println("civicplan: " + out + " is a file, not a folder; choose another --out");
      return Civicplan.USAGE;
    }
    TemplateRegistry registry = Cli.templates();
    StrategyDocuments docs = Cli.documents(registry);

    o.println("civicplan demo — illustrative sample data, not an official document");
    o.println();
    o.println("1. Installed templates:" + (registry.isEmpty() ? " none" : ""));
    for (StrategyTemplate t : registry.all()) {
      o.println("   " + t.id() + " " + t.version() + " — " + t.name().get(loc));
    }

    String text;
    try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLE)) {
      if (in == null) {
        err.println("civicplan: the sample strategy " + SAMPLE + " is missing from this build");
        return Civicplan.USAGE;
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    ReadResult read = docs.read(text, DocumentFormat.JSON);
    if (read.strategy().isEmpty()) {
      for (ReadProblem p : read.problems()) {
        err.println(Cli.describe(Path.of("sample:" + SAMPLE), p));
      }
      return Civicplan.USAGE;
    }
    Strategy s = read.strategy().get();
    o.println();
    o.println("2. Read the sample strategy \"" + s.title().get(loc) + "\"");
    o.println("   " + s.municipality().name() + ", " + s.period() + ": "
        + s.allObjectives().count() + " objectives, " + s.actions().size() + " actions, "
        + s.indicators().size() + " indicators, " + s.annexes().size() + " annexes");

    ValidationReport report = StrategyValidator.of(registry).validate(s);
    o.println();
    o.println("3. Validated it: " + (report.isValid() ? "valid" : "INVALID") + " — "
        + report.bySeverity(Severity.ERROR).size() + " errors, "
        + report.bySeverity(Severity.WARNING).size() + " warnings, "
        + report.bySeverity(Severity.INFO).size() + " infos");
    for (Finding f : report.findings()) {
      o.println("   " + f.severity().label() + " " + f.code() + " at " + f.path() + ": " + f.message(loc));
    }

    Files.createDirectories(out);
    Path json = out.resolve("strategy.json");
    Path yaml = out.resolve("strategy.yaml");
    Files.writeString(json, docs.write(s, DocumentFormat.JSON));
    Files.writeString(yaml, docs.write(s, DocumentFormat.YAML));
    boolean lossless =
        docs.read(json).strategy().map(s::equals).orElse(false)
            && docs.read(yaml).strategy().map(s::equals).orElse(false);
    o.println();
    o.println("4. Wrote " + json + " and " + yaml + "; read back: " + (lossless ? "identical" : "DIFFERENT"));

    int step = 5;
    for (DemoStage stage : DemoStage.all()) {
      o.println();
      stage.run(new DemoStage.Context(s, registry, docs, out, loc, o), step++);
    }
    return lossless ? Civicplan.OK : Civicplan.INVALID;
  }
}
