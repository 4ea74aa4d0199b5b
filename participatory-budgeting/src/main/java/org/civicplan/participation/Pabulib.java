// SPDX-License-Identifier: Apache-2.0
package org.civicplan.participation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civicplan.io.Csv;
import org.civicplan.io.CsvLimits;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * Reads and writes the pabulib {@code .pb} format of participatory-budgeting instances: three
 * sections {@code META} ({@code key;value} rows), {@code PROJECTS} (a header row, then one row per
 * project) and {@code VOTES} (a header row, then one row per voter), fields separated by {@code ;}
 * and quoted with {@code "} where needed; lists inside a field ({@code vote}, {@code points},
 * {@code category}, {@code target}) are separated by {@code ,}.
 *
 * <p>The fields are split by Jackson's CSV parser; this class gives them their meaning. Reading
 * never throws on file content: it returns the instance or every problem found, each with line and
 * column. Writing then reading gives back an equal instance.
 */
public final class Pabulib {

  private static final int MAX_PROBLEMS = 100;
  /** The longest number text read, as the strategy documents' limit. */
  private static final int MAX_NUMBER_LENGTH = 100;
  /** The most digits a number may have before, and after, the decimal point once written plainly. */
  private static final int MAX_DIGITS = 30;
  private static final String META = "META";
  private static final String PROJECTS = "PROJECTS";
  private static final String VOTES = "VOTES";

  private static final CsvMapper MAPPER =
      CsvMapper.builder()
          .enable(CsvReadFeature.WRAP_AS_ARRAY)
          .enable(CsvReadFeature.SKIP_EMPTY_LINES)
          .enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING)
          .build();
  private static final CsvSchema SCHEMA =
      CsvSchema.emptySchema().withColumnSeparator(';').withQuoteChar('"').withoutEscapeChar().withLineSeparator("\n");

  private Pabulib() {}

  /**
   * Reads the file at {@code path} (UTF-8) within the default {@link CsvLimits}.
   *
   * @param path the {@code .pb} file
   * @return the instance, or the problems that kept it from being read
   * @throws UncheckedIOException if the file cannot be read
   */
  public static PabulibResult read(Path path) {
    return read(path, CsvLimits.defaults());
  }

  /**
   * Reads the file at {@code path} (UTF-8) within {@code limits}: a file longer than {@link
   * CsvLimits#maxBytes()} bytes is refused before it is read ({@link PbCodes#LIMIT}); the rest is
   * as {@link #read(CharSequence, CsvLimits)}.
   *
   * @param path the {@code .pb} file
   * @param limits the bounds of the file
   * @return the instance, or the problems that kept it from being read
   * @throws UncheckedIOException if the file cannot be read
   */
  public static PabulibResult read(Path path, CsvLimits limits) {
    java.util.Objects.requireNonNull(limits, "limits");
    byte[] bytes;
    try (java.io.InputStream in = Files.newInputStream(path)) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (bytes.length > limits.maxBytes()) {
      return failed(new PabulibProblem(1, 1, PbCodes.LIMIT,
          "the file is longer than " + limits.maxBytes() + " bytes, the limit of a pabulib file; it was not read"));
    }
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
      return read(text, limits);
    } catch (CharacterCodingException e) {
      return failed(new PabulibProblem(1, 1, PbCodes.SYNTAX, "the file is not UTF-8 text"));
    }
  }

  /**
   * Reads an instance from {@code text} within the default {@link CsvLimits}; never throws on its
   * content.
   *
   * @param text the {@code .pb} text
   * @return the instance, or the problems that kept it from being read
   */
  public static PabulibResult read(CharSequence text) {
    return read(text, CsvLimits.defaults());
  }

  /**
   * Reads an instance from {@code text} within {@code limits}; never throws on its content. Past a
   * limit the text is not read further and the one problem ({@link PbCodes#LIMIT}) names the limit
   * and where it was passed: a text longer than {@link CsvLimits#maxBytes()} characters (at 1:1),
   * more than {@link CsvLimits#maxRows()} lines that are not blank (section names and headers
   * count; at the first line past), a field longer than {@link CsvLimits#maxFieldLength()}
   * characters (at its line and column).
   *
   * @param text the {@code .pb} text
   * @param limits the bounds of the text
   * @return the instance, or the problems that kept it from being read
   * @throws NullPointerException if an argument is null
   */
  public static PabulibResult read(CharSequence text, CsvLimits limits) {
    java.util.Objects.requireNonNull(limits, "limits");
    if (text.length() > limits.maxBytes()) {
      return failed(new PabulibProblem(1, 1, PbCodes.LIMIT,
          "the text is longer than " + limits.maxBytes() + " characters, the limit of a pabulib file; it was not read"));
    }
    String s = text.toString();
    if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
      s = s.substring(1);
    }
    List<Row> rows = new ArrayList<>();
    try (JsonParser p = MAPPER.reader().with(SCHEMA).createParser(s)) {
      List<String> fields = new ArrayList<>();
      List<Integer> columns = new ArrayList<>();
      int line = 1;
      int depth = 0;
      // WRAP_AS_ARRAY wraps the whole text in one array: rows are the arrays at depth 2.
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        TokenStreamLocation at = p.currentTokenLocation();
        if (t == JsonToken.START_ARRAY) {
          depth++;
          fields = new ArrayList<>();
          columns = new ArrayList<>();
        } else if (t == JsonToken.END_ARRAY) {
          if (depth == 2) {
            if (rows.size() == limits.maxRows()) {
              return failed(new PabulibProblem(line, 1, PbCodes.LIMIT,
                  "the file has more than " + limits.maxRows() + " lines, the limit of a pabulib file; the rest was not read"));
            }
            rows.add(new Row(line, fields, columns));
          }
          depth--;
        } else if (t == JsonToken.VALUE_STRING) {
          if (fields.isEmpty()) {
            line = Math.max(1, at.getLineNr());
          }
          if (p.getString().length() > limits.maxFieldLength()) {
            return failed(new PabulibProblem(Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()), PbCodes.LIMIT,
                "a field is longer than " + limits.maxFieldLength() + " characters, the limit of a pabulib file; the rest was not read"));
          }
          fields.add(Csv.restore(p.getString().strip()));
          columns.add(Math.max(1, at.getColumnNr()));
        }
      }
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      int line = at == null ? 1 : Math.max(1, at.getLineNr());
      int column = at == null ? 1 : Math.max(1, at.getColumnNr());
      return failed(new PabulibProblem(line, column, PbCodes.SYNTAX, "malformed field: " + e.getOriginalMessage()));
    }
    return new Reading(rows).read();
  }

  private static PabulibResult failed(PabulibProblem problem) {
    return new PabulibResult(Optional.empty(), List.of(problem));
  }

  /**
   * The pabulib text of {@code instance}: its metadata as given, its projects and votes with the
   * columns it records (or, when it records none, {@code project_id;cost} plus the columns its
   * projects use, and {@code voter_id;vote} plus {@code points} and the voters' attributes). A
   * field that a spreadsheet would read as a formula gets an apostrophe in front ({@link
   * Csv#neutralise}), which {@link #read} removes again.
   *
   * @param instance the instance to write
   * @return the {@code .pb} text
   */
  public static String write(PbInstance instance) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {META});
    rows.add(new String[] {"key", "value"});
    instance.meta().forEach((k, v) -> rows.add(new String[] {k, v}));
    rows.add(new String[] {PROJECTS});
    List<String> pc = instance.projectColumns().isEmpty() ? projectColumns(instance) : instance.projectColumns();
    rows.add(pc.toArray(String[]::new));
    for (PbProject p : instance.projects()) {
      String[] r = new String[pc.size()];
      for (int i = 0; i < r.length; i++) {
        r[i] = switch (pc.get(i)) {
          case "project_id" -> p.id().value();
          case "cost" -> p.cost().toPlainString();
          case "name" -> p.name();
          case "category" -> String.join(",", p.categories());
          case "target" -> String.join(",", p.targets());
          case "selected" -> instance.officialSelection().getOrDefault(p.id(), "");
          default -> p.attributes().getOrDefault(pc.get(i), "");
        };
      }
      rows.add(r);
    }
    rows.add(new String[] {VOTES});
    List<String> vc = instance.voteColumns().isEmpty() ? voteColumns(instance) : instance.voteColumns();
    rows.add(vc.toArray(String[]::new));
    for (Ballot b : instance.ballots()) {
      String[] r = new String[vc.size()];
      for (int i = 0; i < r.length; i++) {
        r[i] = switch (vc.get(i)) {
          case "voter_id" -> b.voterId();
          case "vote" -> String.join(",", b.projects().stream().map(ProjectId::value).toList());
          case "points" -> String.join(",", b.points().stream().map(BigDecimal::toPlainString).toList());
          default -> b.attributes().getOrDefault(vc.get(i), "");
        };
      }
      rows.add(r);
    }
    // No field is read as a formula by a spreadsheet that opens the file (CSV injection); read
    // restores the text.
    for (String[] r : rows) {
      for (int i = 0; i < r.length; i++) {
        r[i] = Csv.neutralise(r[i]);
      }
    }
    return MAPPER.writer(SCHEMA).writeValueAsString(rows);
  }

  private static List<String> projectColumns(PbInstance instance) {
    List<String> c = new ArrayList<>(List.of("project_id", "cost"));
    if (instance.projects().stream().anyMatch(p -> !p.name().isEmpty())) {
      c.add("name");
    }
    if (instance.projects().stream().anyMatch(p -> !p.categories().isEmpty())) {
      c.add("category");
    }
    if (instance.projects().stream().anyMatch(p -> !p.targets().isEmpty())) {
      c.add("target");
    }
    instance.projects().forEach(p -> p.attributes().keySet().forEach(k -> {
      if (!c.contains(k)) {
        c.add(k);
      }
    }));
    if (!instance.officialSelection().isEmpty()) {
      c.add("selected");
    }
    return c;
  }

  private static List<String> voteColumns(PbInstance instance) {
    List<String> c = new ArrayList<>(List.of("voter_id"));
    instance.ballots().forEach(b -> b.attributes().keySet().forEach(k -> {
      if (!c.contains(k)) {
        c.add(k);
      }
    }));
    c.add("vote");
    if (instance.ballots().stream().anyMatch(b -> !b.points().isEmpty())) {
      c.add("points");
    }
    return c;
  }

  private record Row(int line, List<String> fields, List<Integer> columns) {

    String field(int i) {
      return i < fields.size() ? fields.get(i) : "";
    }

    int column(int i) {
      return i < columns.size() ? columns.get(i) : columns.isEmpty() ? 1 : columns.get(columns.size() - 1);
    }

    boolean isSection() {
      return fields.size() == 1 && (fields.get(0).equals(META) || fields.get(0).equals(PROJECTS) || fields.get(0).equals(VOTES));
    }
  }

  /** One read of one file: the rows, and the problems found so far. */
  private static final class Reading {
    private final List<Row> rows;
    private final List<PabulibProblem> problems = new ArrayList<>();

    Reading(List<Row> rows) {
      this.rows = rows;
    }

    private void problem(int line, int column, String code, String message) {
      if (problems.size() < MAX_PROBLEMS) {
        problems.add(new PabulibProblem(line, column, code, message));
      }
    }

    PabulibResult read() {
      Map<String, List<Row>> sections = new LinkedHashMap<>();
      Map<String, Row> headers = new HashMap<>();
      List<String> order = List.of(META, PROJECTS, VOTES);
      String current = null;
      for (Row r : rows) {
        if (r.isSection()) {
          String name = r.fields().get(0);
          if (sections.containsKey(name)) {
            problem(r.line(), r.column(0), PbCodes.UNEXPECTED_LINE, "section " + name + " appears a second time");
          } else if (order.indexOf(name) != sections.size()) {
            problem(r.line(), r.column(0), PbCodes.UNEXPECTED_LINE,
                "section " + name + " is out of order; the sections are META, PROJECTS, VOTES in this order");
          }
          sections.putIfAbsent(name, new ArrayList<>());
          current = name;
          continue;
        }
        if (current == null) {
          problem(r.line(), r.column(0), PbCodes.UNEXPECTED_LINE,
              "line before the META section: \"" + String.join(";", r.fields()) + "\"; a file starts with META");
          continue;
        }
        if (!headers.containsKey(current)) {
          headers.put(current, r);
        } else {
          sections.get(current).add(r);
        }
      }
      int lastLine = rows.isEmpty() ? 1 : rows.get(rows.size() - 1).line();
      for (String name : order) {
        if (!sections.containsKey(name)) {
          problem(lastLine, 1, PbCodes.MISSING_SECTION, "the file has no " + name + " section; a file has META, PROJECTS and VOTES");
        }
      }
      if (!problems.isEmpty()) {
        return new PabulibResult(Optional.empty(), problems);
      }
      Map<String, String> meta = meta(headers.get(META), sections.get(META));
      Row metaRow = headers.get(META);
      BigDecimal budget = BigDecimal.ZERO;
      String b = meta.get("budget");
      if (b == null) {
        problem(metaRow == null ? 1 : metaRow.line(), 1, PbCodes.MISSING_COLUMN, "META has no budget; the key budget is required");
      } else {
        budget = decimal(b, metaLine(sections.get(META), "budget"), 1, "budget", true).orElse(BigDecimal.ZERO);
      }
      VoteType type = VoteType.APPROVAL;
      String vt = meta.get("vote_type");
      if (vt != null) {
        Optional<VoteType> t = VoteType.fromLabel(vt);
        if (t.isEmpty()) {
          problem(metaLine(sections.get(META), "vote_type"), 1, PbCodes.BAD_VOTE_TYPE,
              "vote_type is \"" + vt + "\" but must be approval, ordinal, cumulative or scoring");
        } else {
          type = t.get();
        }
      }
      Row ph = headers.get(PROJECTS);
      Row vh = headers.get(VOTES);
      List<String> projectColumns = ph == null ? List.of() : ph.fields();
      List<String> voteColumns = vh == null ? List.of() : vh.fields();
      Map<ProjectId, String> selected = new LinkedHashMap<>();
      List<PbProject> projects = projects(ph, sections.get(PROJECTS), selected);
      List<Ballot> ballots = ballots(vh, sections.get(VOTES), type);
      if (!problems.isEmpty()) {
        return new PabulibResult(Optional.empty(), problems);
      }
      return new PabulibResult(
          Optional.of(new PbInstance(meta, budget, type, projects, ballots, selected, projectColumns, voteColumns)), List.of());
    }

    private static int metaLine(List<Row> rows, String key) {
      for (Row r : rows) {
        if (r.field(0).equals(key)) {
          return r.line();
        }
      }
      return 1;
    }

    private Map<String, String> meta(Row header, List<Row> rows) {
      Map<String, String> meta = new LinkedHashMap<>();
      List<Row> all = new ArrayList<>();
      if (header != null && !(header.fields().size() == 2 && header.field(0).equals("key") && header.field(1).equals("value"))) {
        all.add(header);
      }
      all.addAll(rows);
      for (Row r : all) {
        if (r.fields().size() != 2) {
          problem(r.line(), r.column(Math.min(2, r.fields().size() - 1)), PbCodes.FIELD_COUNT,
              "a META row has 2 fields (key;value) but this one has " + r.fields().size());
        } else if (meta.putIfAbsent(r.field(0), r.field(1)) != null) {
          problem(r.line(), r.column(0), PbCodes.BAD_ID, "META key \"" + r.field(0) + "\" appears twice");
        }
      }
      return meta;
    }

    private boolean fieldCount(Row header, Row r, String section) {
      if (r.fields().size() != header.fields().size()) {
        problem(r.line(), r.column(Math.min(header.fields().size(), r.fields().size() - 1)), PbCodes.FIELD_COUNT,
            "a " + section + " row has " + header.fields().size() + " fields like its header (line " + header.line()
                + ") but this one has " + r.fields().size());
        return false;
      }
      return true;
    }

    private int required(Row header, String column, String section) {
      int i = header.fields().indexOf(column);
      if (i < 0) {
        problem(header.line(), 1, PbCodes.MISSING_COLUMN,
            "the " + section + " header has no column " + column + "; it has " + String.join(";", header.fields()));
      }
      return i;
    }

    private List<PbProject> projects(Row header, List<Row> rows, Map<ProjectId, String> selected) {
      List<PbProject> projects = new ArrayList<>();
      if (header == null) {
        return projects;
      }
      int id = required(header, "project_id", "PROJECTS");
      int cost = required(header, "cost", "PROJECTS");
      if (id < 0 || cost < 0) {
        return projects;
      }
      List<String> cols = header.fields();
      Set<ProjectId> seen = new HashSet<>();
      for (Row r : rows) {
        if (!fieldCount(header, r, "PROJECTS")) {
          continue;
        }
        Optional<ProjectId> pid = id(r, id);
        Optional<BigDecimal> c = decimal(r.field(cost), r.line(), r.column(cost), "cost", true);
        if (pid.isPresent() && !seen.add(pid.get())) {
          problem(r.line(), r.column(id), PbCodes.BAD_ID, "project id \"" + pid.get() + "\" appears twice; ids are unique");
          continue;
        }
        if (pid.isEmpty() || c.isEmpty()) {
          continue;
        }
        String name = "";
        List<String> categories = List.of();
        List<String> targets = List.of();
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < cols.size(); i++) {
          String v = r.field(i);
          switch (cols.get(i)) {
            case "project_id", "cost" -> { }
            case "name" -> name = v;
            case "category" -> categories = list(v);
            case "target" -> targets = list(v);
            case "selected" -> selected.put(pid.get(), v);
            default -> attributes.put(cols.get(i), v);
          }
        }
        projects.add(new PbProject(pid.get(), c.get(), name, categories, targets, attributes));
      }
      return projects;
    }

    private List<Ballot> ballots(Row header, List<Row> rows, VoteType type) {
      List<Ballot> ballots = new ArrayList<>();
      if (header == null) {
        return ballots;
      }
      int voter = required(header, "voter_id", "VOTES");
      int vote = required(header, "vote", "VOTES");
      int points = header.fields().indexOf("points");
      if (type.hasPoints() && points < 0) {
        problem(header.line(), 1, PbCodes.MISSING_COLUMN, "the VOTES header of a " + type.label() + " vote has no column points");
        return ballots;
      }
      if (voter < 0 || vote < 0) {
        return ballots;
      }
      List<String> cols = header.fields();
      Set<String> seen = new HashSet<>();
      for (Row r : rows) {
        if (!fieldCount(header, r, "VOTES")) {
          continue;
        }
        String v = r.field(voter);
        if (v.isEmpty()) {
          problem(r.line(), r.column(voter), PbCodes.BAD_ID, "the voter id is empty");
          continue;
        }
        if (!seen.add(v)) {
          problem(r.line(), r.column(voter), PbCodes.BAD_ID, "voter id \"" + v + "\" appears twice; ids are unique");
          continue;
        }
        List<ProjectId> named = new ArrayList<>();
        boolean ok = true;
        for (String s : list(r.field(vote))) {
          try {
            named.add(ProjectId.of(s));
          } catch (IllegalArgumentException e) {
            problem(r.line(), r.column(vote), PbCodes.BAD_ID, "the vote of voter \"" + v + "\" names \"" + s + "\", which is not a project id");
            ok = false;
          }
        }
        List<BigDecimal> pts = new ArrayList<>();
        if (points >= 0 && !r.field(points).isEmpty()) {
          for (String s : list(r.field(points))) {
            Optional<BigDecimal> d = decimal(s, r.line(), r.column(points), "points", false);
            if (d.isEmpty()) {
              ok = false;
            } else {
              pts.add(d.get());
            }
          }
          if (ok && pts.size() != named.size()) {
            problem(r.line(), r.column(points), PbCodes.POINTS_MISMATCH,
                "voter \"" + v + "\" gives " + pts.size() + " points to " + named.size() + " projects; one point value per project");
            ok = false;
          }
        }
        if (!ok) {
          continue;
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < cols.size(); i++) {
          if (i != voter && i != vote && i != points) {
            attributes.put(cols.get(i), r.field(i));
          }
        }
        ballots.add(new Ballot(v, named, pts, attributes));
      }
      return ballots;
    }

    private Optional<ProjectId> id(Row r, int i) {
      try {
        return Optional.of(ProjectId.of(r.field(i)));
      } catch (IllegalArgumentException e) {
        problem(r.line(), r.column(i), PbCodes.BAD_ID, "\"" + r.field(i) + "\" is not a project id: " + e.getMessage());
        return Optional.empty();
      }
    }

    private Optional<BigDecimal> decimal(String text, int line, int column, String what, boolean nonNegative) {
      if (text.length() > MAX_NUMBER_LENGTH) {
        problem(line, column, PbCodes.BAD_NUMBER, what + " must be a decimal number of at most " + MAX_NUMBER_LENGTH
            + " characters but was \"" + abbreviated(text) + "\"");
        return Optional.empty();
      }
      BigDecimal d;
      try {
        d = new BigDecimal(text);
      } catch (NumberFormatException e) {
        problem(line, column, PbCodes.BAD_NUMBER, what + " must be a decimal number but was \"" + text + "\"");
        return Optional.empty();
      }
      // An exponent such as 1e4000000 would be expanded to millions of digits by any sum or by write.
      if (d.precision() - d.scale() > MAX_DIGITS || d.scale() > MAX_DIGITS) {
        problem(line, column, PbCodes.BAD_NUMBER, what + " must have at most " + MAX_DIGITS
            + " digits before and after the decimal point but was " + text);
        return Optional.empty();
      }
      if (nonNegative && d.signum() < 0) {
        problem(line, column, PbCodes.BAD_NUMBER, what + " must not be negative but was " + text);
        return Optional.empty();
      }
      return Optional.of(d);
    }
  }

  private static String abbreviated(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }

  private static List<String> list(String field) {
    if (field.isBlank()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String s : field.split(",", -1)) {
      out.add(s.strip());
    }
    return out;
  }
}
