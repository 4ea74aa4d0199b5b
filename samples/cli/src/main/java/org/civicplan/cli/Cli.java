package org.civicplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.civicplan.document.OverlayDocuments;
import org.civicplan.template.OverlayResult;
import org.civicplan.template.Overlays;
import org.civicplan.template.StrategyTemplate;
import org.civicplan.template.TemplateOverlay;
import org.civicplan.base.Finding;
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

  /**
   * The installed templates with {@code overlay} applied, when one is given. Reading and applying
   * findings are printed on {@code err} as {@code civicplan: FILE:LINE:COLUMN: PATH: message};
   * information findings do not stop the command.
   *
   * @return the registry, or empty when the overlay has an error finding
   */
  static Optional<TemplateRegistry> templates(Optional<Path> overlay, PrintWriter err, Locale locale) {
    TemplateRegistry installed = templates();
    if (overlay.isEmpty()) {
      return Optional.of(installed);
    }
    Path file = overlay.get();
    OverlayDocuments.Result read = OverlayDocuments.read(file);
    List<Finding> findings = new ArrayList<>(read.findings());
    Optional<TemplateRegistry> adapted = Optional.empty();
    if (read.isRead()) {
      TemplateOverlay o = read.overlay().orElseThrow();
      Optional<StrategyTemplate> base = installed.find(o.template());
      if (base.isEmpty()) {
        err.println("civicplan: " + file + ": the overlay adapts template \"" + o.template()
            + "\", which is not installed; installed: " + installed.ids());
        return Optional.empty();
      }
      OverlayResult applied = Overlays.apply(base.get(), o);
      findings.addAll(applied.findings());
      adapted = applied.template().map(installed::replacing);
    }
    for (Finding f : findings) {
      String where = read.position(f.path()).map(p -> ":" + p.line() + ":" + p.column()).orElse("");
      err.println("civicplan: " + file + where + ": " + (f.path().isEmpty() ? "" : f.path() + ": ")
          + f.severity().label() + " " + f.code() + ": " + f.message(locale));
    }
    return adapted;
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
