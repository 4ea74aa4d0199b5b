package org.civicplan.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.civicplan.document.ReadProblem;
import org.civicplan.document.ReadResult;
import org.civicplan.document.StrategyDocuments;
import org.civicplan.template.TemplateRegistry;
import org.civicplan.base.Finding;
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
    description = "Validate strategy documents (JSON or YAML) and print the findings.",
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:no error finding",
      "1:at least one error finding",
      "2:a file cannot be read or parsed, or wrong usage"
    })
final class ValidateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "strategy documents")
  List<Path> files;

  @Option(names = "--locale", defaultValue = "en", description = "en or ro (default: ${DEFAULT-VALUE})")
  String locale;

  @Option(names = "--overlay", description = "overlay file adapting the installed template (its parameters and rules apply)")
  Optional<Path> overlay;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
  OutputFormat format;

  @Override
  public Integer call() {
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
      if (!Files.isRegularFile(file)) {
        err.println("civicplan: " + file + ": no such file");
        unreadable = true;
        doc.put("valid", false);
        doc.put("error", "no such file");
        doc.putArray("findings");
        continue;
      }
      ReadResult result = docs.read(file);
      Optional<org.civicplan.strategy.Strategy> strategy = result.strategy();
      if (strategy.isEmpty()) {
        unreadable = true;
        doc.put("valid", false);
        ArrayNode problems = doc.putArray("problems");
        for (ReadProblem p : result.problems()) {
          err.println(Cli.describe(file, p));
          ObjectNode n = problems.addObject();
          n.put("message", p.message());
          n.put("line", p.line());
          n.put("column", p.column());
          n.put("path", p.path());
        }
        doc.putArray("findings");
        continue;
      }
      ValidationReport report = validator.validate(strategy.get());
      invalid |= !report.isValid();
      doc.put("valid", report.isValid());
      ArrayNode findings = doc.putArray("findings");
      for (Finding f : report.findings()) {
        ObjectNode n = findings.addObject();
        n.put("severity", f.severity().label());
        n.put("code", f.code());
        n.put("path", f.path());
        n.put("message", f.message(loc));
      }
      if (format == OutputFormat.TEXT) {
        printText(out, file, report, loc);
      }
    }
    if (format == OutputFormat.JSON) {
      out.println(Cli.JSON.writeValueAsString(root));
    }
    return unreadable ? Civicplan.USAGE : invalid ? Civicplan.INVALID : Civicplan.OK;
  }

  private static void printText(PrintWriter out, Path file, ValidationReport report, Locale loc) {
    long errors = report.findings().stream().filter(Finding::isError).count();
    long warnings = report.bySeverity(org.civicplan.base.Severity.WARNING).size();
    out.println(file + ": " + (report.isValid() ? "valid" : "invalid") + " (" + errors + " errors, "
        + warnings + " warnings, " + (report.findings().size() - errors - warnings) + " infos)");
    for (Finding f : report.findings()) {
      out.println("  " + f.severity().label() + " " + f.code() + " at " + (f.path().isEmpty() ? "/" : f.path())
          + ": " + f.message(loc));
    }
  }
}
