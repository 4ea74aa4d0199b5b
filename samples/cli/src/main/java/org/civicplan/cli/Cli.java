// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
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
import org.civicplan.base.TemplateId;
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
    if (read.isSuccess()) {
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
   * What a template's report command works on: the template, the strategy it reads and the output
   * format ({@code markdown}, {@code json} or {@code html}).
   *
   * @param <T> the template's class
   */
  record TemplateReport<T extends StrategyTemplate>(T template, Strategy strategy, String format) {}

  /**
   * The common start of a template's report command ({@code audit}, {@code services-report},
   * {@code areas}): checks {@code --format} (markdown or md, json, html), finds the installed
   * template and reads the strategy; whatever fails is said on {@code err} in one sentence.
   *
   * @return what the command renders, or empty when it must exit with {@link Civicplan#USAGE}
   */
  static <T extends StrategyTemplate> Optional<TemplateReport<T>> templateReport(
      String format, TemplateId id, Class<T> type, Path file, PrintWriter err) {
    String f = format.toLowerCase(Locale.ROOT);
    if (!f.equals("markdown") && !f.equals("md") && !f.equals("json") && !f.equals("html")) {
      err.println("civicplan: --format must be markdown, json or html but was \"" + format + "\"");
      return Optional.empty();
    }
    TemplateRegistry registry = templates();
    if (!registry.ids().contains(id)) {
      err.println("civicplan: the " + id + " template is not installed; add civicplan-templates-" + id);
      return Optional.empty();
    }
    return read(documents(registry), file, err)
        .map(s -> new TemplateReport<>(type.cast(registry.get(id)), s, f.equals("md") ? "markdown" : f));
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
    return describe(file, p, Locale.ENGLISH);
  }

  /** A read problem as {@code civicplan: FILE:LINE:COLUMN: PATH: message}, in {@code locale}. */
  static String describe(Path file, ReadProblem p, Locale locale) {
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
    return sb.append(ReadProblems.message(p, locale)).toString();
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

  /**
   * Reads a BCP 47 language tag ({@code en}, {@code ro}, {@code de-AT}, {@code ro-MD}). Any
   * well-formed tag is accepted: texts of documents are looked up exactly, then by language, then
   * in English, then in Romanian; the command line's own sentences are in Romanian for {@code ro}
   * and in English otherwise.
   *
   * @throws IllegalArgumentException if the tag is not a well-formed BCP 47 tag
   */
  static Locale locale(String tag) {
    try {
      Locale l = new Locale.Builder().setLanguageTag(tag).build();
      if (l.getLanguage().isEmpty()) {
        throw new IllformedLocaleException("no language");
      }
      return l;
    } catch (IllformedLocaleException e) {
      throw new IllegalArgumentException(
          "--locale must be a BCP 47 language tag such as en, ro or de-AT but was \"" + tag + "\"", e);
    }
  }

  /** Whether the command line's own sentences are written in Romanian for {@code locale}. */
  static boolean romanian(Locale locale) {
    return locale.getLanguage().equals("ro");
  }

  /** The English or the Romanian sentence, by {@link #romanian(Locale)}. */
  static String say(Locale locale, String en, String ro) {
    return romanian(locale) ? ro : en;
  }

  /** {@code 1 error}, {@code 2 errors}. */
  static String countEn(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  /**
   * Romanian counting: {@code 1 eroare}, {@code 2 erori}, {@code 20 de erori} (numbers whose last
   * two digits are 00 or from 20 up take "de").
   */
  static String countRo(long n, String one, String many) {
    if (n == 1) {
      return "1 " + one;
    }
    long lastTwo = n % 100;
    return n + (n != 0 && (lastTwo == 0 || lastTwo >= 20) ? " de " : " ") + many;
  }

  /**
   * Why {@code out} may not be written, if it may not: it is one of the command's {@code inputs}
   * (never written over, even with {@code --force}), or it exists and {@code force} is false.
   */
  static Optional<String> refusal(Path out, boolean force, List<Path> inputs) {
    for (Path in : inputs) {
      if (same(out, in)) {
        return Optional.of(out + " is an input of this command; it is never written over, choose another file");
      }
    }
    if (!force && Files.exists(out)) {
      return Optional.of(out + " already exists; add --force to overwrite it");
    }
    return Optional.empty();
  }

  private static boolean same(Path a, Path b) {
    try {
      if (Files.exists(a) && Files.exists(b)) {
        return Files.isSameFile(a, b);
      }
    } catch (IOException e) {
      // fall back to comparing the names
    }
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }

  /**
   * Writes {@code text} to {@code out} as UTF-8 after {@link #refusal} allows it; when refused, says
   * why on {@code err} in one sentence.
   *
   * @return whether the file was written
   */
  static boolean write(Path out, String text, boolean force, List<Path> inputs, PrintWriter err) throws IOException {
    Optional<String> refused = refusal(out, force, inputs);
    if (refused.isPresent()) {
      err.println("civicplan: " + refused.get());
      return false;
    }
    Files.writeString(out, text, StandardCharsets.UTF_8);
    return true;
  }
}
