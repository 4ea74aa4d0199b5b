// SPDX-License-Identifier: Apache-2.0
package org.civicplan.spreadsheets;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.civicplan.base.ActionId;
import org.civicplan.base.IdSyntax;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.Money;
import org.civicplan.base.ObjectiveId;
import org.civicplan.base.PlanDate;
import org.civicplan.document.DocumentLimits;
import org.civicplan.governance.Organisation;
import org.civicplan.governance.OrganisationCategory;
import org.civicplan.governance.OrganisationId;
import org.civicplan.indicator.Direction;
import org.civicplan.indicator.Indicator;
import org.civicplan.indicator.IndicatorId;
import org.civicplan.indicator.Measurement;
import org.civicplan.io.Csv;
import org.civicplan.io.CsvLimits;
import org.civicplan.monitoring.MeasurementImport;
import org.civicplan.strategy.Action;
import org.civicplan.strategy.ActionStatus;
import org.civicplan.strategy.BudgetLine;
import org.civicplan.strategy.FundingKind;
import org.civicplan.strategy.FundingSource;
import org.civicplan.strategy.IndicatorEffect;
import org.civicplan.strategy.Partner;
import org.civicplan.strategy.PartnerRole;
import org.civicplan.strategy.Strategy;

/**
 * Imports rows of a spreadsheet into a strategy: actions with their budget lines, organisations,
 * and measurements, from an XLSX workbook or a CSV file with the columns {@link SpreadsheetExport}
 * writes, so that an exported sheet edited and imported again means the same.
 *
 * <p><b>Reading.</b> A file is a workbook when it starts as a ZIP archive does, CSV text otherwise.
 * CSV text may start with a UTF-8 or UTF-16 byte order mark; without one it is UTF-8, or Windows-1250
 * (what spreadsheets write for Romanian on Windows) when it is not valid UTF-8. Its separator is
 * detected ({@link Csv#separator}: comma, semicolon or tab). Headers are accepted in English or
 * Romanian, in any order, regardless of case and diacritics; the language of the headers is the
 * language the texts are imported in. Numbers are numbers, or texts with a decimal point, or with a
 * decimal comma when the file is separated by semicolons or has Romanian headers (thousands may be
 * grouped: {@code 12.500.000,50}); dates are dates, a year, {@code YYYY-MM}, {@code YYYY-MM-DD},
 * {@code DD.MM.YYYY} or {@code DD/MM/YYYY}. An apostrophe put in front of a text to keep it from
 * being read as a formula is removed ({@link Csv#restore}). A formula is never taken.
 *
 * <p><b>All or nothing.</b> Every problem of the file is reported, with its sheet, row, column, the
 * value found and the reason in English and Romanian ({@link ImportProblem}); when there is one,
 * nothing is imported. Bad data never throws.
 *
 * <p><b>What changes.</b> A row whose id is in the strategy updates it, a new id adds it after the
 * others; rows not in the file are kept. Only the columns present are updated (the Actions sheet's
 * "Responsible body" is the organisation's name and is not read). When a Budget table is imported,
 * the budget lines of every action in it or in the Actions table are replaced by its rows. A
 * measurement equal (date, value and source) to one the indicator has is not added twice. The
 * strategy is not validated here: validate it afterwards.
 */
public final class SpreadsheetImport {

  /** What a file is imported as. */
  public enum What {
    /** Actions (sheet Actions) and their budget lines (sheet Budget). */
    ACTIONS,
    /** Organisations and stakeholders (sheet Organisations). */
    ORGANISATIONS,
    /** Indicator measurements (sheet Measurements). */
    MEASUREMENTS
  }

  /**
   * A file read as sheets.
   *
   * @param file the file's name
   * @param sheets its sheets: one for a CSV file
   * @param csv whether it was CSV text
   * @param separator the CSV separator, or {@code ','} for a workbook
   * @param problems why it could not be read, or its formula cells
   */
  public record Input(String file, List<Sheet> sheets, boolean csv, char separator, List<ImportProblem> problems) {
    /**
     * Creates an instance from its components.
     *
     * @param file the file's name
     * @param sheets its sheets
     * @param csv whether it was CSV text
     * @param separator the CSV separator
     * @param problems the problems
     * @throws NullPointerException if an argument or element is null
     */
    public Input {
      Objects.requireNonNull(file, "file");
      sheets = List.copyOf(sheets);
      problems = List.copyOf(problems);
    }

    /**
     * {@return a sheet of this file as comma-separated text, for an importer that reads CSV (a
     * template's survey import, for one): row N of the sheet on line N, every field quoted, numbers
     * written plainly with a decimal point, dates as {@code YYYY-MM-DD}; in a file separated by
     * semicolons, a text that is a number with a decimal comma ({@code 1,20}) is written with a
     * point. The text is handed to the importer and never written to a file, so it is not
     * neutralised.}
     *
     * @param sheet one of {@link #sheets()}
     * @throws NullPointerException if {@code sheet} is null
     */
    public String csvText(Sheet sheet) {
      Objects.requireNonNull(sheet, "sheet");
      boolean decimalComma = csv && separator == ';';
      StringBuilder b = new StringBuilder();
      int line = 1;
      int width = sheet.rows().isEmpty() ? 0 : sheet.rows().get(0).cells().size();
      for (Sheet.Row row : sheet.rows()) {
        while (line < row.number()) {
          b.append('\n');
          line++;
        }
        // Trailing empty cells were dropped: a row is as wide as the header again.
        for (int c = 0; c < Math.max(width, row.cells().size()); c++) {
          Cell cell = row.cell(c);
          String text = cell.display();
          if (decimalComma && cell instanceof Cell.Text && DECIMAL_COMMA.matcher(text).matches()) {
            text = text.replace(',', '.');
          }
          b.append(c == 0 ? "" : ",").append('"').append(text.replace("\"", "\"\"")).append('"');
          // A line break inside a field moves the next rows down.
          line += (int) text.chars().filter(ch -> ch == '\n').count() + text.replace("\r\n", "\n").chars().filter(ch -> ch == '\r').count();
        }
        b.append('\n');
        line++;
      }
      return b.toString();
    }
  }

  /**
   * Stands for a number whose exponent is beyond {@link DocumentLimits#MAX_EXPONENT} ({@code 1e99999999999});
   * compared by identity. Its value, {@code 1E+400}, is out of every range a cell is checked against.
   */
  private static final BigDecimal EXPONENT_OVERFLOW = new BigDecimal(java.math.BigInteger.ONE, -400);

  private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?\\d+,\\d+");
  private static final Pattern GROUPED_POINT = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
  private static final Pattern GROUPED_COMMA = Pattern.compile("[+-]?\\d{1,3}(\\.\\d{3})+(,\\d+)?");
  private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[./](\\d{1,2})[./](\\d{4})");
  private static final Pattern ITEM = Pattern.compile("([^()\\s]+)\\s*(?:\\(\\s*([^()]*?)\\s*\\))?");
  private static final Charset WINDOWS_1250 = Charset.forName("windows-1250");

  private SpreadsheetImport() {}

  /**
   * Reads a file as sheets within the default {@link CsvLimits}: an XLSX workbook, or CSV text;
   * never throws on its content.
   *
   * @param bytes the file's content
   * @param file the file's name, used as the sheet name of CSV and in problems
   * @return the sheets and any problem reading them
   * @throws NullPointerException if an argument is null
   */
  public static Input read(byte[] bytes, String file) {
    return read(bytes, file, CsvLimits.defaults());
  }

  /**
   * Reads a file as sheets: an XLSX workbook, or CSV text; never throws on its content. A file past
   * one of {@code limits} is not imported: the problem names the limit, and the row where it was
   * passed; the sheets are then left out, so that nothing else is reported about a file read in
   * part.
   *
   * <ul>
   *   <li>a file longer than {@link CsvLimits#maxBytes()} bytes, or a workbook whose entries unpack
   *       to more ({@code import.limit.bytes}, {@code import.limit.unpacked}), is not read;
   *   <li>a sheet with more than {@link CsvLimits#maxRows()} rows after its header ({@code
   *       import.limit.rows}) or a cell longer than {@link CsvLimits#maxFieldLength()} characters
   *       ({@code import.limit.cell}) stops the reading there.
   * </ul>
   *
   * @param bytes the file's content
   * @param file the file's name, used as the sheet name of CSV and in problems
   * @param limits the bounds of the import
   * @return the sheets and any problem reading them
   * @throws NullPointerException if an argument is null
   */
  public static Input read(byte[] bytes, String file, CsvLimits limits) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(limits, "limits");
    if (bytes.length > limits.maxBytes()) {
      return new Input(file, List.of(), false, ',', List.of(Messages.problem(file, 0, "", "", "import.limit.bytes", limits.maxBytes())));
    }
    if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
      if (Zips.unpacksToMoreThan(bytes, limits.maxBytes())) {
        return new Input(file, List.of(), false, ',',
            List.of(Messages.problem(file, 0, "", "", "import.limit.unpacked", limits.maxBytes())));
      }
      Xlsx.Read read = Xlsx.read(new ByteArrayInputStream(bytes), file, limits);
      return new Input(file, read.sheets(), false, ',', read.problems());
    }
    String text = decode(bytes);
    char separator = Csv.separator(text);
    List<Sheet.Row> rows = new ArrayList<>();
    int[] past = {0};
    Optional<Csv.Malformed> malformed = Csv.stream(new java.io.StringReader(text), separator, limits.maxFieldLength(), r -> {
      Sheet.Row row = new Sheet.Row(r.line(), r.fields().stream().map(f -> Cell.text(Csv.restore(f.strip()))).toList());
      if (row.cells().isEmpty()) {
        return true;
      }
      // the header and maxRows data rows
      if (rows.size() > limits.maxRows()) {
        past[0] = r.line();
        return false;
      }
      rows.add(row);
      return true;
    });
    if (past[0] > 0) {
      return new Input(file, List.of(), true, separator,
          List.of(Messages.problem(file, past[0], "", "", "import.limit.rows", limits.maxRows())));
    }
    if (malformed.isPresent() && malformed.get().kind() == Csv.Malformed.Kind.FIELD_TOO_LONG) {
      return new Input(file, List.of(), true, separator,
          List.of(Messages.problem(file, malformed.get().line(), "", "", "import.limit.cell", limits.maxFieldLength())));
    }
    List<ImportProblem> problems = new ArrayList<>();
    malformed.ifPresent(m -> problems.add(Messages.problem(file, m.line(), "", "",
        m.kind() == Csv.Malformed.Kind.UNTERMINATED_QUOTE ? "import.csv-quote" : "import.csv-after-quote",
        String.valueOf(m.column()))));
    return new Input(file, List.of(new Sheet(file, rows)), true, separator, problems);
  }

  private static String decode(byte[] bytes) {
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, WINDOWS_1250);
    }
  }

  /**
   * Imports {@code input} into {@code strategy} as {@code what}; all or nothing.
   *
   * @param strategy the strategy to import into
   * @param input the file read by {@link #read}
   * @param what what the rows are
   * @return the strategy with the rows imported, or every problem
   * @throws NullPointerException if an argument is null
   */
  public static ImportResult apply(Strategy strategy, Input input, What what) {
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(what, "what");
    Run run = new Run(strategy, input);
    if (!input.problems().isEmpty() && input.sheets().isEmpty()) {
      return run.result(strategy);
    }
    Strategy out = switch (what) {
      case ACTIONS -> run.actions();
      case ORGANISATIONS -> run.organisations();
      case MEASUREMENTS -> run.measurements();
    };
    return run.result(out);
  }

  /** One import: the problems found so far and the rows read. */
  private static final class Run {
    final Strategy strategy;
    final Input input;
    final List<ImportProblem> problems;
    int rows;

    Run(Strategy strategy, Input input) {
      this.strategy = strategy;
      this.input = input;
      this.problems = new ArrayList<>(input.problems());
    }

    ImportResult result(Strategy out) {
      return problems.isEmpty() ? new ImportResult(Optional.of(out), List.of(), rows) : new ImportResult(Optional.empty(), problems, rows);
    }

    void problem(Table t, Sheet.Row row, int column, Cell cell, String code, Object... args) {
      problems.add(Messages.problem(t.sheet.name(), row.number(), t.header(column), cell.display(), code, args));
    }

    /** The sheet holding {@code name}'s table: by name in a workbook, the only one of a CSV file. */
    Optional<Sheet> sheet(LocalizedText name, boolean required) {
      if (input.csv()) {
        return input.sheets().stream().findFirst();
      }
      for (Sheet s : input.sheets()) {
        if (normal(s.name()).equals(normal(name.get(Locale.ENGLISH))) || normal(s.name()).equals(normal(name.get(Sheets.ROMANIAN)))) {
          return Optional.of(s);
        }
      }
      if (required) {
        problems.add(Messages.problem(input.file(), 0, "", "", "import.sheet-missing",
            name.get(Locale.ENGLISH), name.get(Sheets.ROMANIAN), sheetNames()));
      }
      return Optional.empty();
    }

    String sheetNames() {
      return input.sheets().stream().map(Sheet::name).collect(Collectors.joining(", "));
    }

    /** Reads the header of {@code sheet} against {@code columns}; empty when a required one is missing. */
    Optional<Table> table(Sheet sheet, List<Column> columns, Set<Integer> required) {
      if (sheet.rows().isEmpty()) {
        problems.add(Messages.problem(sheet.name(), 0, "", "", "import.empty"));
        return Optional.empty();
      }
      Sheet.Row header = sheet.rows().get(0);
      Map<Integer, Integer> at = new HashMap<>();
      Map<Integer, String> names = new HashMap<>();
      int english = 0;
      int romanian = 0;
      int before = problems.size();
      for (int c = 0; c < header.cells().size(); c++) {
        String name = header.cells().get(c).display();
        if (name.isBlank()) {
          continue;
        }
        int found = -1;
        for (int k = 0; k < columns.size(); k++) {
          String en = columns.get(k).header(Locale.ENGLISH);
          String ro = columns.get(k).header(Sheets.ROMANIAN);
          if (normal(name).equals(normal(en)) || normal(name).equals(normal(ro))) {
            found = k;
            if (!normal(en).equals(normal(ro))) {
              if (normal(name).equals(normal(ro))) {
                romanian++;
              } else {
                english++;
              }
            }
            break;
          }
        }
        if (found < 0) {
          problems.add(Messages.problem(sheet.name(), header.number(), name, "", "import.header-unknown",
              columns.stream().map(k -> k.header(Locale.ENGLISH)).collect(Collectors.joining(", ")),
              columns.stream().map(k -> k.header(Sheets.ROMANIAN)).collect(Collectors.joining(", "))));
        } else if (at.putIfAbsent(found, c) != null) {
          problems.add(Messages.problem(sheet.name(), header.number(), name, "", "import.header-duplicate"));
        } else {
          names.put(c, name);
        }
      }
      for (int k : required) {
        if (!at.containsKey(k)) {
          problems.add(Messages.problem(sheet.name(), header.number(), "", "", "import.header-missing",
              columns.get(k).header(Locale.ENGLISH), columns.get(k).header(Sheets.ROMANIAN)));
        }
      }
      if (problems.size() > before) {
        return Optional.empty();
      }
      Locale language = romanian > english ? Sheets.ROMANIAN : Locale.ENGLISH;
      boolean decimalComma = input.csv() && input.separator() == ';' || language == Sheets.ROMANIAN;
      return Optional.of(new Table(sheet, at, names, language, decimalComma, header.number()));
    }

    // ---------------------------------------------------------------- organisations

    Strategy organisations() {
      Optional<Sheet> sheet = sheet(Tables.ORGANISATIONS, true);
      Optional<Table> table = sheet.flatMap(s -> table(s, Tables.ORGANISATION_COLUMNS, Set.of(Tables.O_ID)));
      if (table.isEmpty()) {
        return strategy;
      }
      Table t = table.get();
      Map<String, Organisation> result = new LinkedHashMap<>();
      strategy.organisations().forEach(o -> result.put(o.id().value(), o));
      Map<String, Integer> seen = new HashMap<>();
      for (Sheet.Row row : t.data()) {
        rows++;
        Optional<String> id = id(t, row, Tables.O_ID, seen);
        Optional<String> name = t.has(Tables.O_NAME) ? t.text(row, Tables.O_NAME) : Optional.empty();
        Optional<OrganisationCategory> category = choice(t, row, Tables.O_CATEGORY, OrganisationCategory.values());
        if (id.isEmpty()) {
          continue;
        }
        Organisation old = result.get(id.get());
        if (old == null) {
          if (name.isEmpty()) {
            problem(t, row, Tables.O_NAME, Cell.EMPTY, "import.required");
          }
          if (category.isEmpty() && t.has(Tables.O_CATEGORY) && t.cell(row, Tables.O_CATEGORY) instanceof Cell.Empty) {
            problem(t, row, Tables.O_CATEGORY, Cell.EMPTY, "import.required");
          } else if (!t.has(Tables.O_CATEGORY)) {
            problem(t, row, Tables.O_CATEGORY, Cell.EMPTY, "import.required");
          }
          if (name.isPresent() && category.isPresent()) {
            result.put(id.get(), Organisation.of(id.get(), LocalizedText.in(t.language.getLanguage(), name.get()), category.get()));
          }
        } else {
          result.put(id.get(), new Organisation(old.id(),
              name.map(n -> old.name().with(t.language.getLanguage(), n)).orElse(old.name()),
              category.orElse(old.category()), old.contactRole(), old.contact()));
        }
      }
      return strategy.toBuilder().organisations(new ArrayList<>(result.values())).build();
    }

    // ---------------------------------------------------------------- measurements

    Strategy measurements() {
      Optional<Sheet> sheet = sheet(Tables.MEASUREMENTS, true);
      Optional<Table> table = sheet.flatMap(s -> table(s, Tables.MEASUREMENT_COLUMNS,
          Set.of(Tables.M_INDICATOR, Tables.M_DATE, Tables.M_VALUE)));
      if (table.isEmpty()) {
        return strategy;
      }
      Table t = table.get();
      Map<String, Indicator> indicators = new HashMap<>();
      strategy.indicators().forEach(i -> indicators.put(i.id().value(), i));
      Map<String, Integer> seen = new HashMap<>();
      List<MeasurementImport.Accepted> accepted = new ArrayList<>();
      for (Sheet.Row row : t.data()) {
        rows++;
        Optional<String> id = t.text(row, Tables.M_INDICATOR);
        if (id.isEmpty()) {
          problem(t, row, Tables.M_INDICATOR, Cell.EMPTY, "import.required");
        } else if (!indicators.containsKey(id.get())) {
          problem(t, row, Tables.M_INDICATOR, t.cell(row, Tables.M_INDICATOR), "import.indicator-unknown");
          id = Optional.empty();
        }
        Optional<PlanDate> date = date(t, row, Tables.M_DATE, true);
        Optional<BigDecimal> value = number(t, row, Tables.M_VALUE, true);
        Optional<String> source = t.has(Tables.M_SOURCE) ? t.text(row, Tables.M_SOURCE) : Optional.empty();
        if (id.isEmpty() || date.isEmpty() || value.isEmpty()) {
          continue;
        }
        Integer first = seen.putIfAbsent(id.get() + "\u0000" + date.get(), row.number());
        if (first != null) {
          problem(t, row, Tables.M_DATE, t.cell(row, Tables.M_DATE), "import.measurement-duplicate", id.get(), first);
          continue;
        }
        Measurement m = new Measurement(date.get(), value.get().doubleValue(), source, Optional.empty());
        boolean known = indicators.get(id.get()).measurements().stream()
            .anyMatch(x -> x.date().equals(m.date()) && x.value() == m.value() && x.source().equals(m.source()));
        if (!known) {
          accepted.add(new MeasurementImport.Accepted(row.number(), IndicatorId.of(id.get()), m));
        }
      }
      return new MeasurementImport(accepted, List.of(), rows).applyTo(strategy);
    }

    // ---------------------------------------------------------------- actions

    Strategy actions() {
      Optional<Sheet> actionSheet;
      Optional<Sheet> budgetSheet;
      if (input.csv()) {
        Sheet only = input.sheets().get(0);
        boolean budget = !only.rows().isEmpty() && only.rows().get(0).cells().stream().map(c -> normal(c.display()))
            .anyMatch(h -> h.equals(normal("Year")) || h.equals(normal("An")));
        actionSheet = budget ? Optional.empty() : Optional.of(only);
        budgetSheet = budget ? Optional.of(only) : Optional.empty();
      } else {
        actionSheet = sheet(Tables.ACTIONS, true);
        budgetSheet = sheet(Tables.BUDGET, false);
      }
      Optional<Table> actionTable = actionSheet.flatMap(s -> table(s, Tables.ACTION_COLUMNS, Set.of(Tables.A_ID)));
      Optional<Table> budgetTable = budgetSheet.flatMap(s -> table(s, Tables.BUDGET_COLUMNS,
          Set.of(Tables.B_ACTION, Tables.B_YEAR, Tables.B_PLANNED, Tables.B_SOURCE)));
      if (!problems.isEmpty()) {
        return strategy;
      }
      Map<String, Action> result = new LinkedHashMap<>();
      strategy.actions().forEach(a -> result.put(a.id().value(), a));
      Set<String> listed = new java.util.LinkedHashSet<>();
      if (actionTable.isPresent()) {
        Table t = actionTable.get();
        Map<String, Integer> seen = new HashMap<>();
        for (Sheet.Row row : t.data()) {
          rows++;
          action(t, row, seen, result).ifPresent(a -> {
            result.put(a.id().value(), a);
            listed.add(a.id().value());
          });
        }
      }
      if (budgetTable.isPresent()) {
        Table t = budgetTable.get();
        Map<String, List<BudgetLine>> lines = new LinkedHashMap<>();
        listed.forEach(id -> lines.put(id, new ArrayList<>()));
        for (Sheet.Row row : t.data()) {
          rows++;
          Optional<String> action = t.text(row, Tables.B_ACTION);
          if (action.isEmpty()) {
            problem(t, row, Tables.B_ACTION, Cell.EMPTY, "import.required");
          } else if (!result.containsKey(action.get())) {
            problem(t, row, Tables.B_ACTION, t.cell(row, Tables.B_ACTION), "import.action-unknown");
            action = Optional.empty();
          }
          Optional<Integer> year = year(t, row, Tables.B_YEAR);
          Optional<BigDecimal> planned = amount(t, row, Tables.B_PLANNED, true);
          Optional<BigDecimal> actual = t.has(Tables.B_ACTUAL) ? amount(t, row, Tables.B_ACTUAL, false) : Optional.empty();
          Optional<Currency> currency = currency(t, row);
          Optional<FundingKind> kind = choice(t, row, Tables.B_SOURCE, FundingKind.values());
          if (kind.isEmpty() && t.cell(row, Tables.B_SOURCE) instanceof Cell.Empty) {
            problem(t, row, Tables.B_SOURCE, Cell.EMPTY, "import.required");
          }
          Optional<String> programme = t.has(Tables.B_PROGRAMME) ? t.text(row, Tables.B_PROGRAMME) : Optional.empty();
          if (action.isEmpty() || year.isEmpty() || planned.isEmpty() || currency.isEmpty() || kind.isEmpty()) {
            continue;
          }
          FundingSource source = programme.map(p -> FundingSource.of(kind.get(), p)).orElse(FundingSource.of(kind.get()));
          BudgetLine line = BudgetLine.planned(year.get(), Money.of(planned.get(), currency.get()), source);
          if (actual.isPresent()) {
            line = line.withActual(Money.of(actual.get(), currency.get()));
          }
          lines.computeIfAbsent(action.get(), k -> new ArrayList<>()).add(line);
        }
        lines.forEach((id, l) -> result.put(id, result.get(id).toBuilder().budget(l).build()));
      }
      return strategy.toBuilder().actions(new ArrayList<>(result.values())).build();
    }

    private Optional<Action> action(Table t, Sheet.Row row, Map<String, Integer> seen, Map<String, Action> existing) {
      Optional<String> id = id(t, row, Tables.A_ID, seen);
      Optional<String> title = t.has(Tables.A_TITLE) ? t.text(row, Tables.A_TITLE) : Optional.empty();
      Action old = id.map(existing::get).orElse(null);
      if (id.isPresent() && old == null && title.isEmpty()) {
        problem(t, row, Tables.A_TITLE, Cell.EMPTY, "import.required");
      }
      int before = problems.size();
      Action.Builder b = old != null ? old.toBuilder()
          : Action.builder(ActionId.of(id.orElse("x")), LocalizedText.in(t.language.getLanguage(), title.orElse("x")));
      if (old != null && title.isPresent()) {
        b.title(old.title().with(t.language.getLanguage(), title.get()));
      }
      if (t.has(Tables.A_OBJECTIVES)) {
        List<ObjectiveId> objectives = new ArrayList<>();
        for (String[] item : items(t.text(row, Tables.A_OBJECTIVES).orElse(""))) {
          if (!IdSyntax.isValid(item[0]) || strategy.objective(ObjectiveId.of(item[0])).isEmpty()) {
            problem(t, row, Tables.A_OBJECTIVES, Cell.text(item[0]), "import.objective-unknown");
          } else {
            objectives.add(ObjectiveId.of(item[0]));
          }
        }
        b.objectiveIds(objectives);
      }
      if (t.has(Tables.A_RESPONSIBLE)) {
        Optional<String> responsible = t.text(row, Tables.A_RESPONSIBLE);
        if (responsible.isEmpty()) {
          b.clearResponsible();
        } else if (organisation(responsible.get()).isEmpty()) {
          problem(t, row, Tables.A_RESPONSIBLE, t.cell(row, Tables.A_RESPONSIBLE), "import.organisation-unknown");
        } else {
          b.responsible(OrganisationId.of(responsible.get()));
        }
      }
      if (t.has(Tables.A_PARTNERS)) {
        List<Partner> partners = new ArrayList<>();
        for (String[] item : items(t.text(row, Tables.A_PARTNERS).orElse(""))) {
          Optional<PartnerRole> role = item[1].isEmpty() ? Optional.of(PartnerRole.PARTNER) : code(item[1], PartnerRole.values());
          if (organisation(item[0]).isEmpty()) {
            problem(t, row, Tables.A_PARTNERS, Cell.text(item[0]), "import.organisation-unknown");
          } else if (role.isEmpty()) {
            problem(t, row, Tables.A_PARTNERS, Cell.text(item[1]), "import.choice", codes(PartnerRole.values()));
          } else {
            partners.add(new Partner(OrganisationId.of(item[0]), role.get()));
          }
        }
        b.partners(partners);
      }
      if (t.has(Tables.A_START)) {
        Optional<PlanDate> start = date(t, row, Tables.A_START, false);
        if (start.isPresent()) {
          b.start(start.get());
        } else {
          b.clearStart();
        }
      }
      if (t.has(Tables.A_END)) {
        Optional<PlanDate> end = date(t, row, Tables.A_END, false);
        if (end.isPresent()) {
          b.end(end.get());
        } else {
          b.clearEnd();
        }
      }
      if (t.has(Tables.A_STATUS)) {
        choice(t, row, Tables.A_STATUS, ActionStatus.values()).ifPresent(b::status);
      }
      if (t.has(Tables.A_EFFECTS)) {
        List<IndicatorEffect> effects = new ArrayList<>();
        for (String[] item : items(t.text(row, Tables.A_EFFECTS).orElse(""))) {
          Optional<Direction> direction = code(item[1], new Direction[] {Direction.INCREASE, Direction.DECREASE});
          if (!IdSyntax.isValid(item[0]) || strategy.indicator(IndicatorId.of(item[0])).isEmpty()) {
            problem(t, row, Tables.A_EFFECTS, Cell.text(item[0]), "import.indicator-unknown");
          } else if (direction.isEmpty()) {
            problem(t, row, Tables.A_EFFECTS, Cell.text(item[1]), "import.choice", "increase, decrease");
          } else {
            effects.add(new IndicatorEffect(IndicatorId.of(item[0]), direction.get()));
          }
        }
        b.effects(effects);
      }
      if (id.isEmpty() || problems.size() > before || (old == null && title.isEmpty())) {
        return Optional.empty();
      }
      return Optional.of(b.build());
    }

    private Optional<Organisation> organisation(String id) {
      return strategy.organisations().stream().filter(o -> o.id().value().equals(id)).findFirst();
    }

    // ---------------------------------------------------------------- cells

    Optional<String> id(Table t, Sheet.Row row, int column, Map<String, Integer> seen) {
      Optional<String> id = t.text(row, column);
      if (id.isEmpty()) {
        problem(t, row, column, Cell.EMPTY, "import.required");
        return Optional.empty();
      }
      if (!IdSyntax.isValid(id.get())) {
        problem(t, row, column, t.cell(row, column), "import.id");
        return Optional.empty();
      }
      Integer first = seen.putIfAbsent(id.get(), row.number());
      if (first != null) {
        problem(t, row, column, t.cell(row, column), "import.row-duplicate", first);
        return Optional.empty();
      }
      return id;
    }

    <E extends Enum<E>> Optional<E> choice(Table t, Sheet.Row row, int column, E[] values) {
      if (!t.has(column)) {
        return Optional.empty();
      }
      Optional<String> text = t.text(row, column);
      if (text.isEmpty()) {
        return Optional.empty();
      }
      Optional<E> e = code(text.get(), values);
      if (e.isEmpty()) {
        problem(t, row, column, t.cell(row, column), "import.choice", codes(values));
      }
      return e;
    }

    Optional<Integer> year(Table t, Sheet.Row row, int column) {
      Cell cell = t.cell(row, column);
      if (cell instanceof Cell.Empty) {
        problem(t, row, column, cell, "import.required");
        return Optional.empty();
      }
      Optional<BigDecimal> n = number(t, cell);
      if (n.isEmpty() || n.get().stripTrailingZeros().scale() > 0
          || n.get().compareTo(BigDecimal.valueOf(PlanDate.MIN_YEAR)) < 0 || n.get().compareTo(BigDecimal.valueOf(PlanDate.MAX_YEAR)) > 0) {
        problem(t, row, column, cell, "import.year", String.valueOf(PlanDate.MIN_YEAR), String.valueOf(PlanDate.MAX_YEAR));
        return Optional.empty();
      }
      return Optional.of(n.get().intValueExact());
    }

    Optional<BigDecimal> amount(Table t, Sheet.Row row, int column, boolean required) {
      Optional<BigDecimal> n = number(t, row, column, required);
      if (n.isPresent() && n.get().signum() < 0) {
        problem(t, row, column, t.cell(row, column), "import.negative");
        return Optional.empty();
      }
      return n;
    }

    Optional<BigDecimal> number(Table t, Sheet.Row row, int column, boolean required) {
      Cell cell = t.cell(row, column);
      if (cell instanceof Cell.Empty) {
        if (required) {
          problem(t, row, column, cell, "import.required");
        }
        return Optional.empty();
      }
      Optional<BigDecimal> n = number(t, cell);
      if (n.isEmpty()) {
        problem(t, row, column, cell, "import.number");
      } else if (n.get() == EXPONENT_OVERFLOW) {
        problem(t, row, column, cell, "import.number-exponent");
        return Optional.empty();
      } else if (!Double.isFinite(n.get().doubleValue())) {
        // 1e400 is a number, but no measured value or amount: a double holds up to about 1.8e308
        problem(t, row, column, cell, "import.number-range");
        return Optional.empty();
      }
      return n;
    }

    Optional<BigDecimal> number(Table t, Cell cell) {
      if (cell instanceof Cell.Number n) {
        return Optional.of(n.value());
      }
      if (!(cell instanceof Cell.Text text)) {
        return Optional.empty();
      }
      String s = text.value().replace(" ", "").replace("\u00A0", "").replace("\u202F", "");
      if (t.decimalComma) {
        if (GROUPED_COMMA.matcher(s).matches()) {
          s = s.replace(".", "");
        }
        s = s.replace(',', '.');
      } else if (GROUPED_POINT.matcher(s).matches()) {
        s = s.replace(",", "");
      }
      if (!NUMBER.matcher(s).matches()) {
        return Optional.empty();
      }
      int e = Math.max(s.indexOf('e'), s.indexOf('E'));
      if (e >= 0) {
        // the pattern took it, so the exponent is digits after an optional sign
        String x = s.substring(s.charAt(e + 1) == '+' || s.charAt(e + 1) == '-' ? e + 2 : e + 1).replaceFirst("^0+", "");
        if (x.length() > 6 || !x.isEmpty() && Integer.parseInt(x) > DocumentLimits.MAX_EXPONENT) {
          return Optional.of(EXPONENT_OVERFLOW);
        }
      }
      return Optional.of(new BigDecimal(s));
    }

    Optional<PlanDate> date(Table t, Sheet.Row row, int column, boolean required) {
      Cell cell = t.cell(row, column);
      if (cell instanceof Cell.Empty) {
        if (required) {
          problem(t, row, column, cell, "import.required");
        }
        return Optional.empty();
      }
      Optional<PlanDate> d = Optional.empty();
      try {
        if (cell instanceof Cell.Date day) {
          d = Optional.of(PlanDate.of(day.value()));
        } else if (cell instanceof Cell.Number n && n.value().scale() <= 0) {
          d = Optional.of(PlanDate.ofYear(n.value().intValueExact()));
        } else if (cell instanceof Cell.Text text) {
          Matcher m = DAY_FIRST.matcher(text.value());
          d = Optional.of(m.matches()
              ? PlanDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)))
              : PlanDate.parse(text.value()));
        }
      } catch (RuntimeException e) {
        d = Optional.empty();
      }
      if (d.isEmpty()) {
        problem(t, row, column, cell, "import.date");
      }
      return d;
    }

    Optional<Currency> currency(Table t, Sheet.Row row) {
      if (!t.has(Tables.B_CURRENCY)) {
        return Optional.of(Money.RON);
      }
      Optional<String> code = t.text(row, Tables.B_CURRENCY);
      if (code.isEmpty()) {
        problem(t, row, Tables.B_CURRENCY, Cell.EMPTY, "import.required");
        return Optional.empty();
      }
      try {
        return Optional.of(Money.currency(code.get().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        problem(t, row, Tables.B_CURRENCY, t.cell(row, Tables.B_CURRENCY), "import.currency");
        return Optional.empty();
      }
    }
  }

  /** A sheet whose header was read: where each known column is, and how its texts are read. */
  private static final class Table {
    final Sheet sheet;
    final Map<Integer, Integer> at;
    final Map<Integer, String> names;
    final Locale language;
    final boolean decimalComma;
    final int headerRow;

    Table(Sheet sheet, Map<Integer, Integer> at, Map<Integer, String> names, Locale language, boolean decimalComma, int headerRow) {
      this.sheet = sheet;
      this.at = at;
      this.names = names;
      this.language = language;
      this.decimalComma = decimalComma;
      this.headerRow = headerRow;
    }

    boolean has(int column) {
      return at.containsKey(column);
    }

    String header(int column) {
      Integer c = at.get(column);
      return c == null ? "" : names.get(c);
    }

    List<Sheet.Row> data() {
      return sheet.rows().subList(1, sheet.rows().size());
    }

    Cell cell(Sheet.Row row, int column) {
      Integer c = at.get(column);
      return c == null ? Cell.EMPTY : row.cell(c);
    }

    Optional<String> text(Sheet.Row row, int column) {
      String s = cell(row, column).display().strip();
      return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }
  }

  /** Splits "a (x); b; c (y)" into {a, x}, {b, ""}, {c, y}. */
  private static List<String[]> items(String text) {
    List<String[]> out = new ArrayList<>();
    for (String part : text.split("[;\\n]")) {
      String p = part.strip();
      if (p.isEmpty()) {
        continue;
      }
      Matcher m = ITEM.matcher(p);
      out.add(m.matches() ? new String[] {m.group(1), m.group(2) == null ? "" : m.group(2)} : new String[] {p, ""});
    }
    return out;
  }

  private static <E extends Enum<E>> Optional<E> code(String text, E[] values) {
    String t = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    return Arrays.stream(values).filter(v -> Sheets.code(v).equals(t)).findFirst();
  }

  private static <E extends Enum<E>> String codes(E[] values) {
    return Arrays.stream(values).map(Sheets::code).collect(Collectors.joining(", "));
  }

  /** Header and sheet names compare without case, diacritics (ș and ş alike) or surrounding blanks. */
  static String normal(String text) {
    String d = Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return d.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }

}
