package org.civicplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.civicplan.document.DocumentFormat;
import org.civicplan.document.ReadProblem;
import org.civicplan.document.ReadResult;
import org.civicplan.document.StrategyDocuments;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.TemplateRegistry;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.SerializationFeature;

/** What the commands share: the installed templates, document reading and JSON output. */
final class Cli {

  /** The mapper for the commands' own JSON output: indented, LF, deterministic. */
  static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private Cli() {}

  /** The templates on the class path, loaded once per command. */
  static TemplateRegistry templates() {
    return TemplateRegistry.load(Cli.class.getClassLoader());
  }

  /** Documents that know the annex types of the installed templates. */
  static StrategyDocuments documents(TemplateRegistry registry) {
    return StrategyDocuments.of(registry);
  }

  /**
   * Reads a strategy, printing each problem on {@code err} as {@code file:line:column: path:
   * message}.
   *
   * @return the strategy, or empty when it could not be read
   */
  static Optional<Strategy> read(StrategyDocuments docs, Path file, PrintWriter err) {
    ReadResult result = docs.read(file);
    for (ReadProblem p : result.problems()) {
      err.println(describe(file, p));
    }
    return result.strategy();
  }

  static String describe(Path file, ReadProblem p) {
    StringBuilder sb = new StringBuilder("civicplan: ").append(file);
    if (p.line() > 0) {
      sb.append(':').append(p.line());
      if (p.column() > 0) {
        sb.append(':').append(p.column());
      }
    }
    sb.append(": ");
    if (!p.path().isEmpty()) {
      sb.append(p.path()).append(": ");
    }
    return sb.append(p.message()).toString();
  }

  /** The format a file name asks for, if its extension names one. */
  static Optional<DocumentFormat> formatOf(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      return Optional.of(DocumentFormat.JSON);
    }
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return Optional.of(DocumentFormat.YAML);
    }
    return Optional.empty();
  }

  /** Parses {@code en} or {@code ro}. */
  static Locale locale(String tag) {
    return switch (tag) {
      case "en" -> Locale.ENGLISH;
      case "ro" -> Locale.forLanguageTag("ro");
      default -> throw new IllegalArgumentException("locale must be en or ro but was \"" + tag + "\"");
    };
  }
}
