package org.civicplan.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.civicplan.document.DocumentFormat;
import org.civicplan.document.StrategyDocuments;
import org.civicplan.strategy.Strategy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code civicplan convert}: JSON to YAML and back, losslessly. */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description = {
      "Convert a strategy document between JSON and YAML; nothing is lost.",
      "The result goes to --out or to standard output. An existing file is not overwritten unless"
          + " --force is given; the input file never is."
    },
    footerHeading = "%nExample:%n",
    footer = {
      "  civicplan convert samples/data/climate-strategy.json --to yaml \\",
      "      --out strategy.yaml"
    })
final class ConvertCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "the strategy document")
  Path file;

  @Option(names = "--to", required = true, description = "json or yaml")
  String to;

  @Option(names = "--out", description = "file to write; standard output if absent")
  Optional<Path> out;

  @Option(names = "--force", description = "overwrite --out if it exists")
  boolean force;

  @Override
  public Integer call() throws IOException {
    DocumentFormat format;
    switch (to.toLowerCase(Locale.ROOT)) {
      case "json" -> format = DocumentFormat.JSON;
      case "yaml", "yml" -> format = DocumentFormat.YAML;
      default -> {
        spec.commandLine().getErr().println("civicplan: --to must be json or yaml but was \"" + to + "\"");
        return Civicplan.USAGE;
      }
    }
    StrategyDocuments docs = Cli.documents(Cli.templates());
    Optional<Strategy> s = Cli.read(docs, file, spec.commandLine().getErr());
    if (s.isEmpty()) {
      return Civicplan.USAGE;
    }
    String text = docs.write(s.get(), format);
    if (out.isPresent()) {
      if (!Cli.write(out.get(), text, force, List.of(file), spec.commandLine().getErr())) {
        return Civicplan.USAGE;
      }
    } else {
      spec.commandLine().getOut().print(text);
    }
    return Civicplan.OK;
  }
}
