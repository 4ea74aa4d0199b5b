// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.civicplan.base.PlanDate;
import org.civicplan.base.Severity;
import org.civicplan.document.DocumentFormat;
import org.civicplan.document.ReadProblem;
import org.civicplan.document.ReadResult;
import org.civicplan.monitoring.MonitoringReporter;
import org.civicplan.portfolio.CombinedRendering;
import org.civicplan.portfolio.CombinedReport;
import org.civicplan.portfolio.Portfolio;
import org.civicplan.portfolio.PortfolioCodes;
import org.civicplan.portfolio.PortfolioFinding;
import org.civicplan.portfolio.PortfolioValidation;
import org.civicplan.portfolio.PortfolioValidator;
import org.civicplan.template.TemplateRegistry;
import org.civicplan.validation.StrategyValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code civicplan portfolio validate|report|calendar DIR|FILE...}: the strategies of one
 * municipality taken together (core's {@code org.civicplan.portfolio}).
 */
@Command(
    name = "portfolio",
    mixinStandardHelpOptions = true,
    description = "The strategies of one municipality together: cross-document checks, the combined report, what is due.",
    subcommands = {PortfolioCommand.Validate.class, PortfolioCommand.Report.class, PortfolioCommand.Calendar.class},
    footerHeading = "%nExample:%n",
    footer = "  civicplan portfolio validate strategies/")
final class PortfolioCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    spec.commandLine().usage(err);
    err.println("civicplan: a subcommand is required: validate, report or calendar.");
    return Civicplan.USAGE;
  }

  /**
   * The combined report of the strategies in {@code paths} at the date {@code asOf}; empty, with
   * the reason on {@code err}, when the date is not one or a file cannot be read (then {@code
   * unreadNote}, when not empty, ends the count of unread files).
   */
  static Optional<CombinedReport> combined(List<Path> paths, String asOf, Locale loc, PrintWriter err, String unreadNote) {
    Optional<LocalDate> date = asOf(asOf, err);
    if (date.isEmpty()) {
      return Optional.empty();
    }
    TemplateRegistry registry = Cli.templates();
    Portfolio p = read(paths, registry, err, loc);
    if (!p.unread().isEmpty()) {
      if (!unreadNote.isEmpty()) {
        err.println("civicplan: " + p.unread().size() + " file(s) cannot be read" + unreadNote);
      }
      return Optional.empty();
    }
    return Optional.of(CombinedReport.of(p, MonitoringReporter.of(registry), date.get()));
  }

  /** Reads the portfolio; prints the read problems of the files that could not be read. */
  static Portfolio read(List<Path> paths, TemplateRegistry registry, PrintWriter err, Locale loc) {
    Portfolio p;
    try {
      p = Portfolio.read(Cli.documents(registry), paths);
    } catch (UncheckedIOException e) {
      err.println("civicplan: " + e.getMessage());
      return new Portfolio(List.of(), List.of(ReadResult.failed(String.valueOf(paths), List.of(
          new ReadProblem(e.getMessage(), 0, 0, "")))));
    }
    for (ReadResult r : p.unread()) {
      for (ReadProblem problem : r.problems()) {
        err.println(Cli.describe(Path.of(r.source()), problem, loc));
      }
    }
    return p;
  }

  static Optional<LocalDate> asOf(String text, PrintWriter err) {
    try {
      return Optional.of(PlanDate.parse(text).lastDay());
    } catch (IllegalArgumentException e) {
      err.println("civicplan: --as-of: " + e.getMessage());
      return Optional.empty();
    }
  }

  @Command(
      name = "validate",
      mixinStandardHelpOptions = true,
      description = {
        "Validate the strategies of one municipality: each document on its own and what only the"
            + " portfolio shows (delegations that resolve, actions and budget lines claimed twice, shared"
            + " indicators with one series, periods and lifecycle states).",
        "A directory stands for its .json, .yaml and .yml files. Text: a line per document, then its"
            + " findings. JSON: {\"documents\": [{\"file\", \"strategy\", \"valid\", \"findings\"}],"
            + " \"crossDocumentFindings\"}."
      },
      exitCodeListHeading = "Exit codes:%n",
      exitCodeList = {"0:no error finding", "1:at least one error finding", "2:a file cannot be read, or wrong usage"},
      footerHeading = "%nExample:%n",
      footer = "  civicplan portfolio validate samples/data/integrated-strategy.json samples/data/climate-strategy.json")
  static final class Validate implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR|FILE", description = "directories and strategy documents")
    List<Path> paths;

    @Option(names = "--locale", defaultValue = "en", description = "language of the messages, a BCP 47 tag (default: ${DEFAULT-VALUE})")
    String locale;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Locale loc = Cli.locale(locale);
      TemplateRegistry registry = Cli.templates();
      Portfolio p = read(paths, registry, err, loc);
      PortfolioValidation v = PortfolioValidator.of(StrategyValidator.of(registry)).validate(p);
      Map<String, List<PortfolioFinding>> bySource = new LinkedHashMap<>();
      p.members().forEach(m -> bySource.putIfAbsent(m.source(), new ArrayList<>()));
      v.findings().forEach(f -> bySource.get(f.source()).add(f));
      long cross = v.findings().stream().filter(f -> PortfolioCodes.all().contains(f.finding().code())).count();
      ObjectNode root = Cli.JSON.createObjectNode();
      ArrayNode documents = root.putArray("documents");
      Map<String, String> ids = new HashMap<>();
      p.members().forEach(m -> ids.putIfAbsent(m.source(), m.strategy().id().value()));
      for (ReadResult r : p.unread()) {
        ObjectNode doc = documents.addObject();
        doc.put("file", r.source());
        doc.put("valid", false);
        ArrayNode findings = doc.putArray("findings");
        r.problems().forEach(problem -> findings.add(FindingJson.of(problem, loc)));
      }
      for (Map.Entry<String, List<PortfolioFinding>> e : bySource.entrySet()) {
        List<PortfolioFinding> fs = e.getValue();
        boolean valid = fs.stream().noneMatch(PortfolioFinding::isError);
        Path file = Path.of(e.getKey());
        Positions positions = Positions.NONE;
        if (!fs.isEmpty() && Files.isRegularFile(file)) {
          positions = Positions.of(Files.readString(file, StandardCharsets.UTF_8), Cli.formatOf(file).orElse(DocumentFormat.JSON));
        }
        ObjectNode doc = documents.addObject();
        doc.put("file", e.getKey());
        doc.put("strategy", ids.get(e.getKey()));
        doc.put("valid", valid);
        ArrayNode findings = doc.putArray("findings");
        for (PortfolioFinding f : fs) {
          findings.add(FindingJson.of(f.finding(), loc, positions));
        }
        if (format == OutputFormat.TEXT) {
          long errors = fs.stream().filter(f -> f.finding().severity() == Severity.ERROR).count();
          long warnings = fs.stream().filter(f -> f.finding().severity() == Severity.WARNING).count();
          long infos = fs.stream().filter(f -> f.finding().severity() == Severity.INFO).count();
          out.println(Cli.romanian(loc)
              ? e.getKey() + ": " + ids.get(e.getKey()) + ", " + (valid ? "valid" : "nevalid") + " ("
                  + Cli.countRo(errors, "eroare", "erori") + ", " + Cli.countRo(warnings, "avertisment", "avertismente")
                  + ", " + Cli.countRo(infos, "informare", "informări") + ")"
              : e.getKey() + ": " + ids.get(e.getKey()) + ", " + (valid ? "valid" : "invalid") + " ("
                  + Cli.countEn(errors, "error", "errors") + ", " + Cli.countEn(warnings, "warning", "warnings") + ", "
                  + Cli.countEn(infos, "info", "infos") + ")");
          for (PortfolioFinding f : fs) {
            String where = positions.of(f.finding().path()).map(x -> " (" + x.line() + ":" + x.column() + ")").orElse("");
            out.println("  " + Severities.label(f.finding().severity(), loc) + " " + f.finding().code()
                + Cli.say(loc, " at ", " la ") + (f.finding().path().isEmpty() ? "/" : f.finding().path()) + where + ": "
                + f.finding().message(loc));
          }
        }
      }
      root.put("crossDocumentFindings", cross);
      if (format == OutputFormat.JSON) {
        out.println(Cli.JSON.writeValueAsString(root));
      } else {
        out.println(Cli.romanian(loc)
            ? "portofoliu: " + Cli.countRo(p.members().size(), "strategie citită", "strategii citite") + ", "
                + Cli.countRo(p.unread().size(), "fișier necitit", "fișiere necitite") + ", "
                + Cli.countRo(cross, "constatare între documente", "constatări între documente")
            : "portfolio: " + Cli.countEn(p.members().size(), "strategy read", "strategies read") + ", "
                + Cli.countEn(p.unread().size(), "file unreadable", "files unreadable") + ", "
                + Cli.countEn(cross, "cross-document finding", "cross-document findings"));
      }
      return !p.unread().isEmpty() ? Civicplan.USAGE : v.errors().isEmpty() ? Civicplan.OK : Civicplan.INVALID;
    }
  }

  @Command(
      name = "report",
      mixinStandardHelpOptions = true,
      description = {
        "Write the combined monitoring report of the strategies at an as-of date: a section per strategy"
            + " (shared indicators once), the integrated objectives with the progress of the sectoral"
            + " objectives they are delegated to, the combined budget with every line counted once, the"
            + " reference-framework objectives no strategy serves, and what is due in the next 12 months.",
        "Files written in --out: portfolio-report.json (exact), portfolio-report.md and portfolio-report.html"
            + " (for readers in --locale). Existing files are not overwritten without --force."
      },
      exitCodeListHeading = "Exit codes:%n",
      exitCodeList = {"0:the report was written", "2:a file cannot be read, a file would be overwritten, or wrong usage"},
      footerHeading = "%nExample:%n",
      footer = {"  civicplan portfolio report samples/data/integrated-strategy.json \\",
          "      samples/data/climate-strategy.json --as-of 2026-06-30 --out report/"})
  static final class Report implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR|FILE", description = "directories and strategy documents")
    List<Path> paths;

    @Option(names = "--as-of", required = true, paramLabel = "DATE", description = "the as-of date, YYYY-MM-DD (or a month or year: its last day)")
    String asOf;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "directory to write the report files into")
    Path out;

    @Option(names = "--locale", defaultValue = "en", description = "language of the Markdown and HTML, a BCP 47 tag (default: ${DEFAULT-VALUE})")
    String locale;

    @Option(names = "--force", description = "overwrite report files that already exist in --out")
    boolean force;

    @Override
    public Integer call() {
      PrintWriter stdout = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Locale loc = Cli.locale(locale);
      Optional<CombinedReport> combined = combined(paths, asOf, loc, err, "; no report written");
      if (combined.isEmpty()) {
        return Civicplan.USAGE;
      }
      CombinedReport report = combined.get();
      Map<String, String> files = new LinkedHashMap<>();
      files.put("portfolio-report.json", CombinedRendering.json(report));
      files.put("portfolio-report.md", CombinedRendering.markdown(report, loc));
      files.put("portfolio-report.html", CombinedRendering.html(report, loc));
      List<Path> inputs = Portfolio.files(paths);
      for (String name : files.keySet()) {
        Optional<String> refused = Cli.refusal(out.resolve(name), force, inputs);
        if (refused.isPresent()) {
          err.println("civicplan: " + refused.get() + "; nothing written");
          return Civicplan.USAGE;
        }
      }
      try {
        Files.createDirectories(out);
        for (Map.Entry<String, String> f : files.entrySet()) {
          Files.writeString(out.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
        }
      } catch (IOException e) {
        err.println("civicplan: " + out + ": cannot write the report: " + e.getMessage());
        return Civicplan.USAGE;
      }
      stdout.println(summary(report, loc));
      files.keySet().forEach(f -> stdout.println(Cli.say(loc, "wrote ", "scris ") + out.resolve(f)));
      return Civicplan.OK;
    }
  }

  /** One line summing up a combined report, in English or Romanian. */
  static String summary(CombinedReport r, Locale loc) {
    long served = r.coverage().stream().filter(c -> !c.servedBy().isEmpty()).count();
    long overdue = r.calendar().stream().filter(CombinedReport.Due::overdue).count();
    return Cli.romanian(loc)
        ? "portofoliu de " + r.sections().size() + " strategii la " + r.asOf() + ": "
            + Cli.countRo(r.delegated().size(), "obiectiv delegat", "obiective delegate") + ", "
            + Cli.countRo(r.budget().countedOnce().size(), "linie de buget numărată o dată", "linii de buget numărate o dată")
            + ", " + served + " din " + r.coverage().size() + " obiective de referință servite, "
            + Cli.countRo(r.calendar().size(), "termen", "termene") + " (" + overdue + " depășite)"
        : "portfolio of " + r.sections().size() + " strategies as of " + r.asOf() + ": "
            + Cli.countEn(r.delegated().size(), "delegated objective", "delegated objectives") + ", "
            + Cli.countEn(r.budget().countedOnce().size(), "budget line counted once", "budget lines counted once") + ", "
            + served + " of " + r.coverage().size() + " reference objectives served, "
            + Cli.countEn(r.calendar().size(), "item due", "items due") + " (" + overdue + " overdue)";
  }

  @Command(
      name = "calendar",
      mixinStandardHelpOptions = true,
      description = {
        "Print what is due across the strategies from the as-of date to 12 months later, and what is"
            + " overdue: consultation deadlines (Law 52/2003), the next measurement of each indicator"
            + " (shared indicators once), open tasks.",
        "Text: date, strategy, what. JSON: {\"asOf\", \"due\": [{\"date\", \"strategy\", \"kind\", \"subject\","
            + " \"overdue\"}]}."
      },
      exitCodeListHeading = "Exit codes:%n",
      exitCodeList = {"0:success", "2:a file cannot be read, or wrong usage"},
      footerHeading = "%nExample:%n",
      footer = "  civicplan portfolio calendar samples/data/integrated-strategy.json --as-of 2026-06-30")
  static final class Calendar implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR|FILE", description = "directories and strategy documents")
    List<Path> paths;

    @Option(names = "--as-of", required = true, paramLabel = "DATE", description = "the as-of date, YYYY-MM-DD")
    String asOf;

    @Option(names = "--locale", defaultValue = "en", description = "language of the text, a BCP 47 tag (default: ${DEFAULT-VALUE})")
    String locale;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Locale loc = Cli.locale(locale);
      Optional<CombinedReport> combined = combined(paths, asOf, loc, err, "");
      if (combined.isEmpty()) {
        return Civicplan.USAGE;
      }
      CombinedReport report = combined.get();
      if (format == OutputFormat.JSON) {
        ObjectNode root = Cli.JSON.createObjectNode();
        root.put("asOf", report.asOf().toString());
        ArrayNode due = root.putArray("due");
        for (CombinedReport.Due d : report.calendar()) {
          ObjectNode n = due.addObject();
          n.put("date", d.date().toString());
          n.put("strategy", d.strategy().value());
          n.put("kind", d.kind().label());
          n.put("subject", d.subject());
          n.put("overdue", d.overdue());
        }
        out.println(Cli.JSON.writeValueAsString(root));
        return Civicplan.OK;
      }
      out.print(CombinedRendering.calendarText(report, loc));
      return Civicplan.OK;
    }
  }
}
