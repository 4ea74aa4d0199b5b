package org.civicplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.civicplan.document.DocumentFormat;
import org.civicplan.document.ReadProblem;
import org.civicplan.document.ReadResult;
import org.civicplan.document.StrategyDocuments;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.TemplateRegistry;
import org.civicplan.base.Finding;
import org.civicplan.base.Severity;
import org.civicplan.validation.StrategyValidator;
import org.civicplan.validation.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code civicplan validate}: validates strategy documents. Exit 0 when no file has an error
 * finding, 1 when any has, 2 when a file cannot be read or parsed.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Validate strategy documents (JSON or YAML) and print the findings.",
      "Text: a summary line per file, then one line per finding. JSON: {\"documents\": [{\"file\","
          + " \"valid\", \"findings\": [{\"severity\", \"code\", \"path\", \"message\", \"line\","
          + " \"column\"}]}]}; a file that cannot be read has valid false and its read problems as"
          + " error findings.",
      "Messages are in the language of --locale, any BCP 47 tag: a document's texts are taken in that"
          + " exact tag, else its language, else English, else Romanian; civicplan's own sentences are in"
          + " Romanian for ro and in English otherwise."
    },
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:no error finding",
      "1:at least one error finding",
      "2:a file cannot be read or parsed, or wrong usage"
    },
    footerHeading = "%nExample:%n",
    footer = {
      "  civicplan validate samples/data/climate-strategy.json --locale ro \\",
      "      --format json"
    })
final class ValidateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "strategy documents")
  List<Path> files;

  @Option(names = "--locale", defaultValue = "en", description = "language of the messages, a BCP 47 tag such as en, ro or de (default: ${DEFAULT-VALUE})")
  String locale;

  @Option(names = "--overlay", description = "overlay file adapting the installed template (its parameters and rules apply)")
  Optional<Path> overlay;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
  OutputFormat format;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Locale loc = Cli.locale(locale);
    Optional<TemplateRegistry> adapted = Cli.templates(overlay, err, loc);
    if (adapted.isEmpty()) {
      return Civicplan.USAGE;
    }
    TemplateRegistry registry = adapted.get();
    StrategyDocuments docs = Cli.documents(registry);
    StrategyValidator validator = StrategyValidator.of(registry);
    ObjectNode root = Cli.JSON.createObjectNode();
    ArrayNode documents = root.putArray("documents");
    boolean unreadable = false;
    boolean invalid = false;
    for (Path file : files) {
      ObjectNode doc = documents.addObject();
      doc.put("file", file.toString());
      doc.put("valid", false);
      ArrayNode findings = doc.putArray("findings");
      if (!Files.isRegularFile(file)) {
        String message = Cli.say(loc, "no such file", "fișierul nu există");
        err.println("civicplan: " + file + ": " + message);
        unreadable = true;
        findings.add(FindingJson.error(FILE_MISSING, message));
        continue;
      }
      ReadResult result = docs.read(file);
      Optional<Strategy> strategy = result.strategy();
      if (strategy.isEmpty()) {
        unreadable = true;
        for (ReadProblem p : result.problems()) {
          err.println(Cli.describe(file, p, loc));
          findings.add(FindingJson.of(p, loc));
        }
        continue;
      }
      ValidationReport report = validator.validate(strategy.get());
      invalid |= !report.isValid();
      doc.put("valid", report.isValid());
      Positions positions = Positions.NONE;
      if (!report.findings().isEmpty()) {
        positions = Positions.of(Files.readString(file, StandardCharsets.UTF_8),
            Cli.formatOf(file).orElse(DocumentFormat.JSON));
      }
      for (Finding f : report.findings()) {
        findings.add(FindingJson.of(f, loc, positions));
      }
      if (format == OutputFormat.TEXT) {
        printText(out, file, report, loc, positions);
      }
    }
    if (format == OutputFormat.JSON) {
      out.println(Cli.JSON.writeValueAsString(root));
    }
    return unreadable ? Civicplan.USAGE : invalid ? Civicplan.INVALID : Civicplan.OK;
  }

  /** The code of a file that does not exist. */
  static final String FILE_MISSING = "document.file-missing";

  private static void printText(PrintWriter out, Path file, ValidationReport report, Locale loc, Positions positions) {
    long errors = report.bySeverity(Severity.ERROR).size();
    long warnings = report.bySeverity(Severity.WARNING).size();
    long infos = report.bySeverity(Severity.INFO).size();
    out.println(Cli.romanian(loc)
        ? file + ": " + (report.isValid() ? "valid" : "nevalid") + " (" + Cli.countRo(errors, "eroare", "erori") + ", "
            + Cli.countRo(warnings, "avertisment", "avertismente") + ", " + Cli.countRo(infos, "informare", "informări") + ")"
        : file + ": " + (report.isValid() ? "valid" : "invalid") + " (" + Cli.countEn(errors, "error", "errors") + ", "
            + Cli.countEn(warnings, "warning", "warnings") + ", " + Cli.countEn(infos, "info", "infos") + ")");
    for (Finding f : report.findings()) {
      String where = positions.of(f.path()).map(p -> " (" + p.line() + ":" + p.column() + ")").orElse("");
      out.println("  " + Severities.label(f.severity(), loc) + " " + f.code() + Cli.say(loc, " at ", " la ")
          + (f.path().isEmpty() ? "/" : f.path()) + where + ": " + f.message(loc));
    }
  }
}
