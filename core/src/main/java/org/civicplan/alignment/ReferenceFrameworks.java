// SPDX-License-Identifier: Apache-2.0
package org.civicplan.alignment;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.civicplan.alignment.FrameworkCatalogue.Problem;
import org.civicplan.base.IdSyntax;
import org.civicplan.base.LocalizedText;
import org.civicplan.io.Csv;

/**
 * Reference-framework catalogues in the standard format, and the frameworks shipped with core.
 *
 * <p>The standard format is CSV (RFC 4180 quoting, UTF-8) with a header line naming the columns
 * {@value #COLUMNS}, in any order; {@code verified} is optional. One row per objective of a
 * framework:
 *
 * <ul>
 *   <li>{@code framework}: the framework id ({@link IdSyntax}), the same for the same framework in
 *       core and in every template, e.g. {@code sdg}, {@code covenant-of-mayors};
 *   <li>{@code name_en}, {@code name_ro}: the framework's name, the same on each of its rows;
 *   <li>{@code objective}: the objective id as the framework writes it ({@code 13.2}, {@code Art. 9});
 *       unique within the framework;
 *   <li>{@code title_en}, {@code title_ro}: the objective's title, as shown to people;
 *   <li>{@code source}: where the objective is stated, and notes on how far that was checked (may
 *       be empty);
 *   <li>{@code verified}: {@code true} or {@code false}, {@code false} marking an objective not
 *       verified in its sources; empty or absent means {@code true}.
 * </ul>
 *
 * <pre>
 * framework,name_en,name_ro,objective,title_en,title_ro,source,verified
 * sdg,UN Sustainable Development Goals (2030 Agenda),Obiectivele de dezvoltare durabilă ale ONU (Agenda 2030),13.2,"Integrate climate change measures into policies, strategies and planning","Integrarea măsurilor privind schimbările climatice în politici, strategii și planificare",UN A/RES/71/313,
 * </pre>
 *
 * <p>Core ships {@code org/civicplan/alignment/frameworks.csv} ({@link #standard()}); templates
 * ship their own catalogues in the same format, read by {@code TemplateData} through {@link
 * #readStandard(CharSequence)}.
 */
public final class ReferenceFrameworks {

  /** The columns of the standard format; all but {@code verified} are required. */
  public static final String COLUMNS = "framework,name_en,name_ro,objective,title_en,title_ro,source,verified";

  /** The required columns of the standard format. */
  public static final String REQUIRED_COLUMNS = "framework,name_en,name_ro,objective,title_en,title_ro,source";

  private static final List<String> ALL = List.of(COLUMNS.split(","));
  private static final List<String> REQUIRED = List.of(REQUIRED_COLUMNS.split(","));
  private static final List<String> NON_EMPTY = List.of("framework", "name_en", "name_ro", "objective", "title_en", "title_ro");

  private static final List<ReferenceFramework> STANDARD = load();

  private ReferenceFrameworks() {}

  /** {@return the frameworks shipped with core, in catalogue order} */
  public static List<ReferenceFramework> standard() {
    return STANDARD;
  }

  /**
   * {@return the shipped framework with this id}
   *
   * @param id the framework id, e.g. {@code sdg}
   * @throws NullPointerException if the id is null
   */
  public static Optional<ReferenceFramework> find(FrameworkId id) {
    Objects.requireNonNull(id, "id");
    return STANDARD.stream().filter(f -> f.id().equals(id)).findFirst();
  }

  /**
   * Reads a catalogue in the standard format, reporting every mistake as a problem with its line
   * and column; never throws on any text.
   *
   * @param csv the CSV text, header line first
   * @return the frameworks of the valid rows, the valid rows and the problems
   * @throws NullPointerException if {@code csv} is null
   */
  public static FrameworkCatalogue readStandard(CharSequence csv) {
    return new Reading().read(Csv.parse(csv));
  }

  /**
   * Reads a catalogue in the standard format that must have no mistake.
   *
   * @param csv the CSV text, header line first
   * @return the frameworks, in the order of their first row
   * @throws IllegalArgumentException naming the line, column and mistake of every problem ({@link
   *     #readStandard(CharSequence)}) when there is one
   * @throws UncheckedIOException if the reader fails
   */
  public static List<ReferenceFramework> read(Reader csv) {
    String text;
    try {
      text = readAll(csv);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read frameworks CSV", e);
    }
    FrameworkCatalogue catalogue = readStandard(text);
    if (!catalogue.isValid()) {
      throw new IllegalArgumentException(catalogue.problems().stream()
          .map(p -> "frameworks CSV line " + p.line() + ", column " + p.column() + ": " + p.message())
          .collect(Collectors.joining("; ")));
    }
    return catalogue.frameworks();
  }

  /** One pass over the parsed text. */
  private static final class Reading {
    private final List<Problem> problems = new ArrayList<>();
    private final List<FrameworkCatalogue.Row> rows = new ArrayList<>();
    private final Map<String, Csv.Row> firstRow = new LinkedHashMap<>();
    private final Map<String, LocalizedText> names = new LinkedHashMap<>();
    private final Map<String, List<ReferenceObjective>> objectives = new LinkedHashMap<>();
    private final Map<String, Integer> objectiveLines = new LinkedHashMap<>();

    FrameworkCatalogue read(Csv.Parsed parsed) {
      List<Csv.Row> records = parsed.rows();
      if (records.isEmpty() && parsed.malformed().isEmpty()) {
        problems.add(new Problem.NoHeader());
      }
      if (!records.isEmpty()) {
        List<String> header = records.get(0).fields();
        if (checkHeader(header)) {
          for (Csv.Row row : records.subList(1, records.size())) {
            row(header, row);
          }
        }
      }
      parsed.malformed().ifPresent(m ->
          problems.add(new Problem.MalformedText(m.line(), m.column(), m.kind() == Csv.Malformed.Kind.UNTERMINATED_QUOTE)));
      List<ReferenceFramework> frameworks = new ArrayList<>();
      names.forEach((id, name) -> frameworks.add(new ReferenceFramework(FrameworkId.of(id), name, objectives.get(id))));
      return new FrameworkCatalogue(frameworks, rows, problems);
    }

    private boolean checkHeader(List<String> header) {
      int before = problems.size();
      for (String r : REQUIRED) {
        if (!header.contains(r)) {
          problems.add(new Problem.MissingColumn(r));
        }
      }
      for (int c = 0; c < header.size(); c++) {
        String h = header.get(c);
        if (!ALL.contains(h)) {
          problems.add(new Problem.UnknownColumn(c + 1, h));
        } else if (header.indexOf(h) != c) {
          problems.add(new Problem.RepeatedColumn(c + 1, h));
        }
      }
      return problems.size() == before;
    }

    private void row(List<String> header, Csv.Row row) {
      if (row.fields().size() != header.size()) {
        problems.add(new Problem.FieldCount(row.line(), row.fields().size(), header.size()));
        return;
      }
      Map<String, String> values = new LinkedHashMap<>();
      for (int c = 0; c < header.size(); c++) {
        values.put(header.get(c), row.fields().get(c));
      }
      int before = problems.size();
      for (String c : NON_EMPTY) {
        if (values.get(c).isBlank()) {
          problems.add(new Problem.MissingValue(row.line(), header.indexOf(c) + 1, c));
        }
      }
      if (problems.size() > before) {
        return;
      }
      String framework = values.get("framework");
      String objective = values.get("objective");
      String verified = values.getOrDefault("verified", "").strip();
      if (!IdSyntax.isValid(framework)) {
        invalid(header, row, "framework", framework, IdSyntax.RULE);
      }
      if (!ReferenceObjective.isValidId(objective)) {
        invalid(header, row, "objective", objective, ReferenceObjective.ID_RULE);
      }
      if (!verified.isEmpty() && !verified.equals("true") && !verified.equals("false")) {
        invalid(header, row, "verified", values.get("verified"), "true, false (empty means true)");
      }
      if (problems.size() > before) {
        return;
      }
      Integer firstLine = objectiveLines.putIfAbsent(framework + "\u0000" + objective, row.line());
      if (firstLine != null) {
        problems.add(new Problem.DuplicateObjective(row.line(), header.indexOf("objective") + 1, framework, objective, firstLine));
        return;
      }
      LocalizedText name = LocalizedText.of(values.get("name_en"), values.get("name_ro"));
      Csv.Row first = firstRow.putIfAbsent(framework, row);
      if (first != null) {
        LocalizedText firstName = names.get(framework);
        for (String lang : List.of(LocalizedText.ENGLISH, LocalizedText.ROMANIAN)) {
          String column = "name_" + lang;
          String had = firstName.exactly(lang).orElse("");
          if (!values.get(column).equals(had)) {
            problems.add(new Problem.ConflictingName(
                row.line(), header.indexOf(column) + 1, column, framework, values.get(column), had, first.line()));
          }
        }
        if (problems.size() > before) {
          return;
        }
      }
      ReferenceObjective o = new ReferenceObjective(
          objective, LocalizedText.of(values.get("title_en"), values.get("title_ro")), values.get("source"), !verified.equals("false"));
      names.putIfAbsent(framework, name);
      objectives.computeIfAbsent(framework, k -> new ArrayList<>()).add(o);
      rows.add(new FrameworkCatalogue.Row(row.line(), framework, o));
    }

    private void invalid(List<String> header, Csv.Row row, String column, String value, String allowed) {
      problems.add(new Problem.InvalidValue(row.line(), header.indexOf(column) + 1, column, value, allowed));
    }
  }

  private static List<ReferenceFramework> load() {
    try (InputStream in = ReferenceFrameworks.class.getResourceAsStream("frameworks.csv")) {
      if (in == null) {
        throw new IllegalStateException("frameworks.csv is missing from package org.civicplan.alignment");
      }
      return read(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read frameworks.csv", e);
    }
  }

  private static String readAll(Reader reader) throws IOException {
    StringBuilder sb = new StringBuilder();
    char[] buffer = new char[8192];
    for (int n; (n = reader.read(buffer)) != -1; ) {
      sb.append(buffer, 0, n);
    }
    return sb.toString();
  }
}
