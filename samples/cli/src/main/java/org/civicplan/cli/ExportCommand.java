// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.civicplan.accessibility.AccessibilityTemplate;
import org.civicplan.accessibility.Compliance;
import org.civicplan.accessibility.RemediationProgramme;
import org.civicplan.accessibility.RemediationReport;
import org.civicplan.base.PlanDate;
import org.civicplan.monitoring.MonitoringReport;
import org.civicplan.prioritisation.PrioritisationRecord;
import org.civicplan.report.PriorityList;
import org.civicplan.report.StrategyPublication;
import org.civicplan.spreadsheets.Spreadsheet;
import org.civicplan.spreadsheets.SpreadsheetExport;
import org.civicplan.spreadsheets.Table;
import org.civicplan.spreadsheets.Xlsx;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.TemplateRegistry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code civicplan export STRATEGY --to xlsx --what action-plan|indicators|report|priorities --out
 * FILE}, {@code civicplan export STRATEGY --to html|pdf|docx --what strategy --out FILE}: writes a
 * document of a strategy as a file for office software. Exit 0 when written, 1 when
 * the strategy has nothing to export (no prioritisation record for {@code priorities}), 2 when the
 * strategy cannot be read, the output exists without {@code --force}, or the usage is wrong.
 *
 * <p>A format is an {@link ExportFormat}, a document a {@link Document}; adding a format is a
 * constant there and a case in {@link #render}.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Export a document of a strategy as a file for office software.",
      "xlsx: one workbook per document, a sheet per table, header row frozen, numbers and dates as"
          + " numbers and dates, sheet names and headers in the language of --locale. The action plan and"
          + " the indicator table have the columns 'civicplan import' reads.",
      "html, pdf, docx: the strategy document a local council approves (--what strategy): title page,"
          + " context and vision, objectives, action plan, indicators, budget by year and funding source,"
          + " governance, consultation, alignment and the template's sections; html is one page with print"
          + " rules, pdf embeds its fonts, docx is for editing before the council session."
    },
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:written",
      "1:nothing to export (priorities: the strategy has no prioritisation record and no remediation programme)",
      "2:the strategy cannot be read, the output exists (use --force), or wrong usage"
    },
    footerHeading = "%nExample:%n",
    footer = {
      "  civicplan export samples/data/climate-strategy.json --to xlsx \\",
      "      --what action-plan --locale ro --out plan.xlsx",
      "  civicplan export samples/data/climate-strategy.json --to pdf \\",
      "      --what strategy --locale ro --out strategie.pdf"
    })
final class ExportCommand implements Callable<Integer> {

  /** The file formats; each writes the documents it can. */
  enum ExportFormat {
    /** An Office Open XML workbook. */
    XLSX,
    /** One self-contained HTML page with print rules (the strategy document). */
    HTML,
    /** PDF laid out from that page, fonts embedded (the strategy document). */
    PDF,
    /** An Office Open XML text document (the strategy document). */
    DOCX
  }

  /** The documents a strategy exports as. */
  enum Document {
    ACTION_PLAN("action-plan"),
    INDICATORS("indicators"),
    REPORT("report"),
    PRIORITIES("priorities"),
    STRATEGY("strategy");

    final String label;

    Document(String label) {
      this.label = label;
    }

    @Override
    public String toString() {
      return label;
    }
  }

  /** Reads a document by its label ({@code action-plan}), as --help lists it. */
  static final class DocumentConverter implements CommandLine.ITypeConverter<Document> {
    @Override
    public Document convert(String value) {
      for (Document d : Document.values()) {
        if (d.label.equalsIgnoreCase(value)) {
          return d;
        }
      }
      throw new CommandLine.TypeConversionException("expected one of "
          + java.util.Arrays.stream(Document.values()).map(d -> d.label).collect(Collectors.joining(", "))
          + " but was '" + value + "'");
    }
  }

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "STRATEGY", description = "strategy document (JSON or YAML)")
  Path strategyFile;

  @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "file format: ${COMPLETION-CANDIDATES}")
  ExportFormat to;

  @Option(names = "--what", required = true, paramLabel = "DOCUMENT", converter = DocumentConverter.class,
      completionCandidates = DocumentCandidates.class,
      description = "document: ${COMPLETION-CANDIDATES}")
  Document what;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "report date for report (required) and indicators (adds each indicator's status), YYYY-MM-DD")
  Optional<String> asOf;

  @Option(names = "--record", paramLabel = "N", description = "priorities: the prioritisation record, 1-based (default:"
      + " the last); for a strategy without records, its accessibility remediation programme")
  Optional<Integer> record;

  @Option(names = "--locale", defaultValue = "en", description = "language of sheet names, headers and texts: ro or en (default: ${DEFAULT-VALUE})")
  String locale;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "file to write")
  Path out;

  @Option(names = "--force", description = "overwrite --out if it exists")
  boolean force;

  /** The labels of the documents, for --help. */
  static final class DocumentCandidates implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return java.util.Arrays.stream(Document.values()).map(d -> d.label).iterator();
    }
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Locale loc;
    Optional<LocalDate> date;
    try {
      loc = Cli.locale(locale);
      date = asOf.map(d -> PlanDate.parse(d).lastDay());
    } catch (IllegalArgumentException e) {
      err.println("civicplan: " + e.getMessage());
      return Civicplan.USAGE;
    }
    if (what == Document.REPORT && date.isEmpty()) {
      err.println("civicplan: --what report needs --as-of DATE, the date the report is made at");
      return Civicplan.USAGE;
    }
    if ((what == Document.STRATEGY) != (to != ExportFormat.XLSX)) {
      err.println("civicplan: " + (what == Document.STRATEGY
          ? "--what strategy is written --to html, pdf or docx"
          : "--what " + what + " is written --to xlsx") + "; --to " + to.name().toLowerCase(Locale.ROOT) + " was given");
      return Civicplan.USAGE;
    }
    Optional<String> refused = Cli.refusal(out, force, List.of(strategyFile));
    if (refused.isPresent()) {
      err.println("civicplan: " + refused.get() + "; nothing written");
      return Civicplan.USAGE;
    }
    TemplateRegistry registry = Cli.templates();
    Optional<Strategy> read = Cli.read(Cli.documents(registry), strategyFile, err);
    if (read.isEmpty()) {
      return Civicplan.USAGE;
    }
    Strategy s = read.get();
    if (what == Document.STRATEGY) {
      StrategyPublication doc = StrategyExport.publication(s, registry, loc);
      Files.write(out, StrategyExport.render(doc, StrategyExport.Format.valueOf(to.name())));
      stdout.println("wrote " + out + ": " + Cli.say(loc,
          "the strategy document in English, " + doc.sections().size() + " sections",
          "documentul strategiei în română, " + doc.sections().size() + " secțiuni"));
      return Civicplan.OK;
    }
    Optional<MonitoringReport> report = date.map(d -> ReportCommand.report(s, d, Optional.empty()));
    Spreadsheet book;
    switch (what) {
      case ACTION_PLAN -> book = SpreadsheetExport.actionPlan(s, loc);
      case INDICATORS -> book = SpreadsheetExport.indicators(s, report, loc);
      case REPORT -> book = SpreadsheetExport.report(report.orElseThrow(), loc);
      default -> {
        Optional<PriorityList> list = priorityList(registry, s, loc, err);
        if (list.isEmpty()) {
          return record.isPresent() && hasPriorities(s) ? Civicplan.USAGE : Civicplan.INVALID;
        }
        book = SpreadsheetExport.priorities(list.get(), loc);
      }
    }
    Files.write(out, render(book));
    stdout.println("wrote " + out + ": " + book.tables().stream()
        .map(t -> t.name().get(Cli.romanian(loc) ? Locale.forLanguageTag("ro") : Locale.ENGLISH) + " (" + rows(t, loc) + ")")
        .collect(Collectors.joining(", ")));
    return Civicplan.OK;
  }

  private static boolean hasPriorities(Strategy s) {
    return !s.prioritisations().isEmpty() || !s.annexes(RemediationProgramme.class).isEmpty();
  }

  /**
   * The priority list {@code --record} chooses: among the strategy's prioritisation records, or,
   * when it has none, among its accessibility remediation programmes; the last by default.
   * Empty, with the reason written to {@code err}, when there is none or the number is out of range.
   */
  private Optional<PriorityList> priorityList(TemplateRegistry registry, Strategy s, Locale loc, PrintWriter err) {
    List<PrioritisationRecord> records = s.prioritisations();
    List<RemediationProgramme> programmes = s.annexes(RemediationProgramme.class);
    if (records.isEmpty() && programmes.isEmpty()) {
      err.println("civicplan: " + strategyFile + ": " + Cli.say(loc,
          "the strategy has no prioritisation record and no remediation programme; rank its actions first",
          "strategia nu are nicio înregistrare a prioritizării și niciun program de remediere; ierarhizați mai întâi"
              + " acțiunile"));
      return Optional.empty();
    }
    int count = records.isEmpty() ? programmes.size() : records.size();
    int index = record.orElse(count);
    if (index < 1 || index > count) {
      err.println("civicplan: --record must be between 1 and " + count + " but was " + index);
      return Optional.empty();
    }
    if (!records.isEmpty()) {
      PrioritisationRecord chosen = records.get(index - 1);
      return Optional.of(PrioritiesCommand.criteriaSet(registry, s, chosen)
          .map(c -> PriorityList.of(s, chosen, c)).orElseGet(() -> PriorityList.of(s, chosen)));
    }
    AccessibilityTemplate template = registry.find(AccessibilityTemplate.ID)
        .filter(AccessibilityTemplate.class::isInstance).map(AccessibilityTemplate.class::cast)
        .orElseGet(AccessibilityTemplate::new);
    RemediationReport report = new RemediationReport(s, Compliance.of(template.criteria(), template.parameters()),
        template.remediationCriteria());
    return Optional.of(report.priorityList(programmes.get(index - 1)));
  }

  private static String rows(Table t, Locale loc) {
    int n = t.rows().size();
    return Cli.romanian(loc) ? Cli.countRo(n, "rând", "rânduri") : Cli.countEn(n, "row", "rows");
  }

  /** The bytes of {@code book} in the format of {@code --to}. */
  private byte[] render(Spreadsheet book) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    switch (to) {
      case XLSX -> Xlsx.write(book, bytes);
      default -> throw new IllegalStateException("no writer for " + to);
    }
    return bytes.toByteArray();
  }
}
