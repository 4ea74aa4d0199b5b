package org.civicplan.prioritisation;

import org.civicplan.planning.StrategyPrioritisation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.civicplan.io.Csv;
import org.civicplan.base.ActionId;
import org.civicplan.base.Finding;

/**
 * The values a city gives its actions on the criteria of a criteria set: per action, per
 * criterion, one number (t CO2 avoided per year, lei per t CO2, a 1–5 feasibility rating...).
 * These are the inputs of {@link StrategyPrioritisation#rank}; they are entered by the city, not
 * computed by civicplan.
 *
 * <p><b>CSV form</b> ({@link #parseCsv(String)}), one row per action, one column per criterion, as
 * a spreadsheet exports it:
 *
 * <pre>
 * # illustrative scores: comment lines start with '#'
 * action,co2-avoided,cost-per-tco2,risk-reduction
 * A-1.1,1850,2400,2
 * A-2.1,,,5
 * </pre>
 *
 * The first non-comment line is the header: the column {@code action} and then criterion ids (any
 * order). Values are plain decimal numbers with a point; an empty cell is a missing value (which
 * {@link StrategyPrioritisation#rank} reports as an error when that criterion is ranked on). RFC
 * 4180 quoting is allowed; blank and comment lines are skipped, line numbers stay those of the file.
 *
 * @param values per action id, per criterion id, the value; sorted by id; values are finite
 */
public record ActionScores(Map<ActionId, Map<String, Double>> values) {

  private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

  /**
   * @throws NullPointerException if an argument, key or value is null
   * @throws IllegalArgumentException if a value is not finite, naming the action and criterion
   */
  public ActionScores {
    SortedMap<ActionId, Map<String, Double>> copy = new TreeMap<>(java.util.Comparator.comparing(ActionId::value));
    values.forEach((action, row) -> {
      Objects.requireNonNull(action, "action");
      SortedMap<String, Double> r = new TreeMap<>();
      row.forEach((criterion, v) -> {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(v, "value");
        if (!Double.isFinite(v)) {
          throw new IllegalArgumentException("score must be finite but was " + v + " (action \"" + action.value()
              + "\", criterion \"" + criterion + "\")");
        }
        r.put(criterion, v);
      });
      copy.put(action, Collections.unmodifiableSortedMap(r));
    });
    values = Collections.unmodifiableSortedMap(copy);
  }

  /** No scores at all. */
  public static ActionScores empty() {
    return new ActionScores(Map.of());
  }

  /**
   * Scores keyed by plain action ids.
   *
   * @throws IllegalArgumentException if an id is not a valid action id or a value is not finite
   */
  public static ActionScores of(Map<String, Map<String, Double>> values) {
    Map<ActionId, Map<String, Double>> m = new TreeMap<>(java.util.Comparator.comparing(ActionId::value));
    values.forEach((k, v) -> m.put(ActionId.of(k), v));
    return new ActionScores(m);
  }

  /** The value of {@code action} on {@code criterion}, if given. */
  public Optional<Double> value(ActionId action, String criterion) {
    return Optional.ofNullable(values.getOrDefault(action, Map.of()).get(criterion));
  }

  /**
   * What {@link #parseCsv(String)} read.
   *
   * @param scores the values read; the rows with problems are left out
   * @param findings every problem, with the path {@code /<line>/<column name>} (line 1-based)
   */
  public record Parsed(ActionScores scores, List<Finding> findings) {

    /** @throws NullPointerException if an argument is null */
    public Parsed {
      Objects.requireNonNull(scores, "scores");
      findings = List.copyOf(findings);
    }

    /** Whether an error was found. */
    public boolean hasErrors() {
      return findings.stream().anyMatch(Finding::isError);
    }
  }

  /**
   * Reads scores from CSV text in the form described above. Never throws on any text: an
   * unreadable number, a bad or repeated action id, a row of the wrong width, a missing or
   * repeated column are findings ({@code prioritisation.scores.csv}, error).
   *
   * @throws NullPointerException if {@code text} is null
   */
  public static Parsed parseCsv(String text) {
    Objects.requireNonNull(text, "text");
    List<Finding> findings = new ArrayList<>();
    Csv.Parsed parsed = Csv.parse(withoutComments(text.startsWith("\uFEFF") ? text.substring(1) : text));
    parsed.malformed().ifPresent(m ->
        findings.add(Messages.error(PrioritisationCodes.SCORES_CSV, "/" + m.line(),
            m.kind() == Csv.Malformed.Kind.UNTERMINATED_QUOTE
                ? "a quoted field is not closed"
                : "the quoted field at column " + m.column() + " is followed by text before the next comma or line end")));
    if (parsed.rows().isEmpty()) {
      findings.add(Messages.error(PrioritisationCodes.SCORES_CSV, "/1", "there is no header line"));
      return new Parsed(empty(), findings);
    }
    Csv.Row header = parsed.rows().get(0);
    List<String> columns = header.fields().stream().map(String::strip).toList();
    Set<String> seen = new HashSet<>();
    for (String c : columns) {
      if (!seen.add(c)) {
        findings.add(Messages.error(PrioritisationCodes.SCORES_CSV, "/" + header.line(), "the column \"" + c + "\" appears twice"));
      }
    }
    if (columns.isEmpty() || !columns.get(0).equals("action")) {
      findings.add(Messages.error(PrioritisationCodes.SCORES_CSV, "/" + header.line(), "the first column must be \"action\""));
    }
    if (!findings.isEmpty()) {
      return new Parsed(empty(), findings);
    }
    Map<ActionId, Map<String, Double>> values = new TreeMap<>(java.util.Comparator.comparing(ActionId::value));
    for (Csv.Row row : parsed.rows().subList(1, parsed.rows().size())) {
      String where = "/" + row.line();
      if (row.fields().size() != columns.size()) {
        findings.add(Messages.error(PrioritisationCodes.SCORES_CSV, where,
            "the line has " + row.fields().size() + " fields but the header has " + columns.size()));
        continue;
      }
      String id = row.fields().get(0).strip();
      ActionId action;
      try {
        action = ActionId.of(id);
      } catch (IllegalArgumentException e) {
        findings.add(Messages.error(PrioritisationCodes.SCORES_CSV, where + "/action", "\"" + id + "\" is not an action id"));
        continue;
      }
      if (values.containsKey(action)) {
        findings.add(Messages.error(PrioritisationCodes.SCORES_CSV, where + "/action", "action \"" + id + "\" appears twice"));
        continue;
      }
      Map<String, Double> r = new TreeMap<>();
      boolean ok = true;
      for (int j = 1; j < columns.size(); j++) {
        String cell = row.fields().get(j).strip();
        if (cell.isEmpty()) {
          continue;
        }
        if (!NUMBER.matcher(cell).matches() || !Double.isFinite(Double.parseDouble(cell))) {
          findings.add(Messages.error(PrioritisationCodes.SCORES_CSV, where + "/" + columns.get(j),
              "\"" + cell + "\" is not a decimal number such as 12.5"));
          ok = false;
          continue;
        }
        r.put(columns.get(j), Double.parseDouble(cell));
      }
      if (ok) {
        values.put(action, r);
      }
    }
    return new Parsed(new ActionScores(values), findings);
  }

  /** Blanks comment lines (keeping the line count, so line numbers stay those of the file). */
  private static String withoutComments(String text) {
    String[] lines = text.split("\n", -1);
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        b.append('\n');
      }
      if (!lines[i].stripLeading().startsWith("#")) {
        b.append(lines[i]);
      }
    }
    return b.toString();
  }
}
