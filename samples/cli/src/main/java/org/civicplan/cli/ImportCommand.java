// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.civicplan.accessibility.AccessibilityTemplate;
import org.civicplan.accessibility.FieldSurvey;
import org.civicplan.accessibility.SurveyImport;
import org.civicplan.base.LocalizedText;
import org.civicplan.document.DocumentFormat;
import org.civicplan.document.StrategyDocuments;
import org.civicplan.spreadsheets.ImportProblem;
import org.civicplan.spreadsheets.ImportResult;
import org.civicplan.spreadsheets.Sheet;
import org.civicplan.spreadsheets.SpreadsheetImport;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.TemplateRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code civicplan import FILE.xlsx|FILE.csv --into STRATEGY --what
 * actions|organisations|measurements|audit-measurements [--out FILE]}: imports rows of a spreadsheet into a strategy, all or nothing. Exit 0 when every row
 * is imported (and, with {@code --out}, the strategy written), 1 when the file has problems (each
 * printed with its sheet, row, column and value; nothing is imported), 2 when a file cannot be read,
 * the output exists without {@code --force}, or the usage is wrong.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Import actions with their budget lines, organisations, measurements or the field survey of"
          + " accessibility audits from an XLSX workbook or a CSV file into a strategy, all or nothing.",
      "The columns are those 'civicplan export' writes; headers in English or Romanian; CSV separated by"
          + " commas, semicolons or tabs, UTF-8 (with or without BOM), UTF-16 with BOM or Windows-1250.",
      "Without --out the file is only checked. Problems: one line each, 'civicplan: FILE: SHEET, row R,"
          + " column C, value \"V\": reason', in the language of --locale; JSON: {\"file\", \"imported\","
          + " \"rows\", \"problems\": [{\"sheet\", \"row\", \"column\", \"value\", \"code\", \"message\"}]}."
    },
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:every row imported",
      "1:the file has problems; nothing imported",
      "2:a file cannot be read, the output exists (use --force), or wrong usage"
    },
    footerHeading = "%nExample:%n",
    footer = {
      "  civicplan import plan.xlsx --into samples/data/climate-strategy.json \\",
      "      --what actions --out climate-strategy-2.json"
    })
final class ImportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "XLSX workbook or CSV file")
  Path file;

  @Option(names = "--into", required = true, paramLabel = "STRATEGY", description = "strategy document (JSON or YAML)")
  Path into;

  /** What the rows are: the library's imports, and the accessibility template's field survey. */
  enum Rows {
    ACTIONS("actions"),
    ORGANISATIONS("organisations"),
    MEASUREMENTS("measurements"),
    AUDIT_MEASUREMENTS("audit-measurements");

    final String label;

    Rows(String label) {
      this.label = label;
    }

    @Override
    public String toString() {
      return label;
    }
  }

  /** Reads {@link Rows} by label. */
  static final class RowsConverter implements picocli.CommandLine.ITypeConverter<Rows> {
    @Override
    public Rows convert(String value) {
      for (Rows r : Rows.values()) {
        if (r.label.equalsIgnoreCase(value)) {
          return r;
        }
      }
      throw new picocli.CommandLine.TypeConversionException("expected one of actions, organisations, measurements,"
          + " audit-measurements but was '" + value + "'");
    }
  }

  /** The labels of {@link Rows}, for --help. */
  static final class RowsCandidates implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return java.util.Arrays.stream(Rows.values()).map(r -> r.label).iterator();
    }
  }

  @Option(names = "--what", required = true, paramLabel = "ROWS", converter = RowsConverter.class,
      completionCandidates = RowsCandidates.class,
      description = "what the rows are: ${COMPLETION-CANDIDATES} (the field survey of accessibility audits:"
          + " audit, element, criterion, value, note, photo; the first sheet of a workbook)")
  Rows what;

  @Option(names = "--out", paramLabel = "FILE", description = "strategy document to write (JSON or YAML by its extension); without it the file is only checked")
  Optional<Path> out;

  @Option(names = "--force", description = "overwrite --out if it exists")
  boolean force;

  @Option(names = "--locale", defaultValue = "en", description = "language of the messages: ro or en (default: ${DEFAULT-VALUE})")
  String locale;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
  OutputFormat format;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Locale loc;
    try {
      loc = Cli.locale(locale);
    } catch (IllegalArgumentException e) {
      err.println("civicplan: " + e.getMessage());
      return Civicplan.USAGE;
    }
    Optional<DocumentFormat> outFormat = out.flatMap(Cli::formatOf);
    if (out.isPresent() && outFormat.isEmpty()) {
      err.println("civicplan: " + out.get() + ": the output must end in .json, .yaml or .yml");
      return Civicplan.USAGE;
    }
    if (out.isPresent()) {
      Optional<String> refused = Cli.refusal(out.get(), force, List.of(file, into));
      if (refused.isPresent()) {
        err.println("civicplan: " + refused.get() + "; nothing written");
        return Civicplan.USAGE;
      }
    }
    if (!Files.isRegularFile(file)) {
      err.println("civicplan: " + file + ": no such file");
      return Civicplan.USAGE;
    }
    if (Files.size(file) > InputFile.MAX_BYTES) {
      err.println("civicplan: " + file + " is longer than the limit of " + InputFile.MAX_BYTES + " bytes");
      return Civicplan.USAGE;
    }
    TemplateRegistry registry = Cli.templates();
    StrategyDocuments documents = Cli.documents(registry);
    Optional<Strategy> strategy = Cli.read(documents, into, err);
    if (strategy.isEmpty()) {
      return Civicplan.USAGE;
    }
    String name = file.getFileName().toString();
    SpreadsheetImport.Input input = SpreadsheetImport.read(Files.readAllBytes(file), name);
    ImportResult result = what == Rows.AUDIT_MEASUREMENTS
        ? survey(strategy.get(), input, (AccessibilityTemplate) registry.get(AccessibilityTemplate.ID))
        : SpreadsheetImport.apply(strategy.get(), input, SpreadsheetImport.What.valueOf(what.name()));
    if (format == OutputFormat.JSON) {
      ObjectNode root = Cli.JSON.createObjectNode();
      root.put("file", file.toString());
      root.put("imported", result.isSuccess());
      root.put("rows", result.rows());
      ArrayNode problems = root.putArray("problems");
      for (ImportProblem p : result.problems()) {
        ObjectNode n = problems.addObject();
        n.put("sheet", p.sheet());
        n.put("row", p.row());
        n.put("column", p.column());
        n.put("value", p.value());
        n.put("code", p.code());
        n.put("message", p.reason().get(Cli.romanian(loc) ? Locale.forLanguageTag("ro") : Locale.ENGLISH));
      }
      stdout.println(Cli.JSON.writeValueAsString(root));
    } else {
      for (ImportProblem p : result.problems()) {
        err.println("civicplan: " + (p.sheet().equals(name) ? "" : file + ": ") + p.message(loc));
      }
    }
    if (!result.isSuccess()) {
      if (format != OutputFormat.JSON) {
        err.println("civicplan: " + Cli.say(loc,
            Cli.countEn(result.problems().size(), "problem", "problems") + "; nothing imported",
            Cli.countRo(result.problems().size(), "problemă", "probleme") + "; nu s-a importat nimic"));
      }
      return Civicplan.INVALID;
    }
    if (out.isPresent()) {
      Files.writeString(out.get(), documents.write(result.strategy().get(), outFormat.get()), java.nio.charset.StandardCharsets.UTF_8);
    }
    if (format != OutputFormat.JSON) {
      String rows = Cli.romanian(loc) ? Cli.countRo(result.rows(), "rând", "rânduri") : Cli.countEn(result.rows(), "row", "rows");
      stdout.println(out.map(o -> Cli.say(loc, "imported " + rows + " of " + file + "; wrote " + o,
              "s-au importat " + rows + " din " + file + "; s-a scris " + o))
          .orElse(Cli.say(loc, rows + " of " + file + " can be imported; nothing written (no --out)",
              rows + " din " + file + " se pot importa; nu s-a scris nimic (fără --out)")));
    }
    return Civicplan.OK;
  }

  /**
   * The field survey of accessibility audits ({@link FieldSurvey}), from a CSV file or the first
   * sheet of a workbook, all or nothing; its rejected rows become problems of that sheet.
   */
  static ImportResult survey(Strategy strategy, SpreadsheetImport.Input input, AccessibilityTemplate template) {
    if (!input.problems().isEmpty()) {
      return new ImportResult(Optional.empty(), input.problems(), 0);
    }
    if (input.sheets().isEmpty()) {
      return new ImportResult(Optional.empty(), List.of(new ImportProblem(input.file(), 0, "", "", "import.empty",
          LocalizedText.of("The workbook has no sheet.", "Registrul nu are nicio foaie."))), 0);
    }
    Sheet sheet = input.sheets().get(0);
    SurveyImport survey = FieldSurvey.apply(strategy, input.csvText(sheet), template.criteria());
    List<ImportProblem> problems = survey.rejected().stream()
        .map(r -> new ImportProblem(sheet.name(), r.row(), r.column(), "", r.code(), r.reason())).toList();
    return new ImportResult(survey.strategy().filter(s -> problems.isEmpty()), problems, survey.rowsRead());
  }
}
