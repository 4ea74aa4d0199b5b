// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import static org.civicplan.cli.PrioritisationJson.MAPPER;
import static org.civicplan.cli.PrioritisationJson.number;
import static org.civicplan.cli.PrioritisationJson.required;
import static org.civicplan.cli.PrioritisationJson.text;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.civicplan.prioritisation.MinimumShare;
import org.civicplan.prioritisation.Portfolio;
import org.civicplan.prioritisation.PortfolioProblem;
import org.civicplan.prioritisation.PrioritisationCodes;
import org.civicplan.prioritisation.Project;
import org.civicplan.prioritisation.Selection;
import org.civicplan.base.Finding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code civicplan select PROBLEM.json}: selects the portfolio of maximum value under the budgets
 * and constraints, exactly (branch and bound), and writes it as JSON. A plain number for {@code
 * budget} (and for each {@code cost}) means a single period; the output {@code cost} is then a
 * plain number too. Exit 0 selected, 1 infeasible or invalid problem (with a finding), 2 the file
 * cannot be read or is not a selection problem.
 */
@Command(
    name = "select",
    mixinStandardHelpOptions = true,
    description = {
      "Select the projects of maximum value under yearly budgets, dependencies and exclusive groups.",
      "Input: {\"budget\", \"projects\": [{\"id\", \"value\", \"cost\", \"requires\", \"mandatory\"}],"
          + " \"exclusive\", \"minimumShares\", \"limits\"} (docs/prioritisation.md); a plain number for"
          + " budget and cost means a single period. JSON output: {\"selected\", \"value\", \"cost\","
          + " \"optimal\", \"bound\", \"gap\", \"findings\"}, amounts exact; text output is for people."
    },
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:selected",
      "1:infeasible or invalid problem (a finding names the constraint)",
      "2:the file cannot be read or is not a selection problem, or wrong usage"
    },
    footerHeading = "%nExample:%n",
    footer = "  civicplan select samples/data/select-budget.json --format text")
final class SelectCommand implements Callable<Integer> {

  private static final String SINGLE = "total";

  /** Reads one value of the problem from where its parser is, the rest of the text left unread. */
  private static final ObjectReader VALUE =
      MAPPER.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PROBLEM.json", description = "The selection problem.")
  Path file;

  @Option(names = "--format", defaultValue = "json", description = "json or text (default: ${DEFAULT-VALUE})")
  OutputFormat format;

  @Option(names = "--locale", defaultValue = "en", description = "language of the finding messages, a BCP 47 tag (default: ${DEFAULT-VALUE})")
  String locale;

  @Override
  public Integer call() {
    // the time limit counts from here: reading a large problem is part of the time it takes
    long start = System.nanoTime();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Locale loc = Cli.locale(locale);
    Read read;
    // read as a stream, one project at a time: neither the text nor a tree of it is held whole
    try (java.io.Reader text = InputFile.reader(file, InputFile.MAX_BYTES);
        JsonParser parser = MAPPER.createParser(InputFile.withoutByteOrderMark(text))) {
      read = read(parser, start);
    } catch (InputFile.Unreadable e) {
      err.println("civicplan: " + e.getMessage());
      return Civicplan.USAGE;
    } catch (JacksonException e) {
      err.println(e.getCause() instanceof InputFile.StoppedReading stopped ? "civicplan: " + stopped.getMessage()
          : JsonInput.describe(file, e));
      return Civicplan.USAGE;
    } catch (IOException e) {
      err.println("civicplan: " + (e instanceof InputFile.StoppedReading ? e.getMessage() : "cannot read " + file + ": " + e.getMessage()));
      return Civicplan.USAGE;
    } catch (IllegalArgumentException e) {
      err.println("civicplan: " + file + ": " + e.getMessage());
      return Civicplan.USAGE;
    }
    PortfolioProblem problem = read.problem();
    boolean single = read.single();
    Selection s = Portfolio.select(problem);
    if (format == OutputFormat.JSON) {
      out.println(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json(s, single, loc)));
    } else {
      out.print(asText(s, single, loc));
    }
    return s.feasible() && s.findings().stream().noneMatch(f -> f.isError()) ? Civicplan.OK : Civicplan.INVALID;
  }

  /**
   * The part of the limit not yet used since {@code start}, less a quarter of the time used so
   * far (reading the problem), kept for writing the answer, which grows with the problem as the
   * reading does (on a million projects: about 2 s to read, a fraction of a second to write); at
   * least a nanosecond: when reading took the whole limit, the selection is the greedy one and its
   * bound the root bound.
   */
  static Duration remaining(Duration limit, long start) {
    long used = System.nanoTime() - start;
    Duration left = limit.minusNanos(used + used / 4);
    return left.compareTo(Duration.ofNanos(1)) < 0 ? Duration.ofNanos(1) : left;
  }

  private static ObjectNode json(Selection s, boolean single, Locale loc) {
    ObjectNode o = MAPPER.createObjectNode();
    ArrayNode sel = o.putArray("selected");
    s.selected().forEach(sel::add);
    o.put("value", s.value());
    if (single) {
      o.put("cost", s.cost().getOrDefault(SINGLE, BigDecimal.ZERO));
    } else {
      ObjectNode c = o.putObject("cost");
      s.cost().forEach(c::put);
    }
    o.put("optimal", s.optimal());
    if (Double.isFinite(s.bound())) {
      o.put("bound", s.bound());
    }
    if (s.feasible() && !s.optimal()) {
      o.put("gap", s.gap());
    }
    o.set("findings", FindingJson.array(s.findings(), loc));
    return o;
  }

  /** For people: the selection, its value and cost per period, optimality; values rounded. */
  private static String asText(Selection s, boolean single, Locale loc) {
    StringBuilder b = new StringBuilder();
    if (!s.feasible()) {
      // a limit that ran out before any selection is not a problem without one
      boolean limited = s.findings().stream().anyMatch(f -> f.code().equals(PrioritisationCodes.PORTFOLIO_LIMIT)
          || f.code().equals(PrioritisationCodes.PORTFOLIO_LIMIT_COMPILING));
      b.append(limited ? Cli.say(loc, "no selection within the limits\n", "nicio selecție în limitele date\n")
          : Cli.say(loc, "no feasible selection\n", "nicio selecție posibilă\n"));
    } else {
      b.append(Cli.say(loc, "selected: ", "selectate: "))
          .append(s.selected().isEmpty() ? Cli.say(loc, "none", "niciunul") : String.join(", ", s.selected()))
          .append('\n');
      b.append(Cli.say(loc, "value: ", "valoare: ")).append(round(s.value())).append('\n');
      if (single) {
        b.append(Cli.say(loc, "cost: ", "cost: "))
            .append(s.cost().getOrDefault(SINGLE, BigDecimal.ZERO).toPlainString()).append('\n');
      } else {
        s.cost().forEach((period, amount) ->
            b.append(Cli.say(loc, "cost ", "cost ")).append(period).append(": ").append(amount.toPlainString()).append('\n'));
      }
      b.append(s.optimal()
          ? Cli.say(loc, "proven optimal\n", "optimă (demonstrat)\n")
          : Cli.say(loc, "not proven optimal: bound ", "nedemonstrat optimă: limită ") + round(s.bound())
              + Cli.say(loc, ", gap ", ", diferență ") + round(s.gap()) + "\n");
    }
    for (Finding f : s.findings()) {
      b.append(Severities.label(f.severity(), loc)).append(' ').append(f.code()).append(Cli.say(loc, " at ", " la "))
          .append(f.path().isEmpty() ? "/" : f.path()).append(": ").append(f.message(loc)).append('\n');
    }
    return b.toString();
  }

  private static String round(double v) {
    return Double.isFinite(v)
        ? BigDecimal.valueOf(v).setScale(4, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString()
        : String.valueOf(v);
  }

  /** The members of a selection problem ({@code schemas/select.schema.json} states the same). */
  static final List<String> MEMBERS = List.of("budget", "projects", "exclusive", "minimumShares", "limits");

  /**
   * A selection problem as read, and whether its budget was a plain number (a single period).
   *
   * @param problem the problem
   * @param single whether {@code budget} was a plain number
   */
  record Read(PortfolioProblem problem, boolean single) {}

  /**
   * Reads a selection problem from a parser at its start, whose time limit counts from the {@link
   * System#nanoTime()} {@code start}. The projects are read one at a time and only the projects
   * built from them are kept, so memory grows with the projects, not with the text; the other
   * members are small and read whole. A member of the wrong JSON type or one the format does not
   * know is an IllegalArgumentException naming its path and what is allowed; JSON that does not
   * parse, a duplicate member among them, is the parser's JacksonException, at its line, column and
   * path.
   */
  static Read read(JsonParser parser, long start) {
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      throw new IllegalArgumentException("the problem must be a JSON object");
    }
    ObjectNode root = MAPPER.createObjectNode();
    List<Project> streamed = null;
    for (JsonToken t = parser.nextToken(); t == JsonToken.PROPERTY_NAME; t = parser.nextToken()) {
      String name = parser.currentName();
      if (!MEMBERS.contains(name)) {
        throw new IllegalArgumentException(
            "the problem has an unknown member \"" + name + "\"; the members are " + String.join(", ", MEMBERS));
      }
      if (parser.nextToken() == JsonToken.START_ARRAY && name.equals("projects")) {
        streamed = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          streamed.add(project(VALUE.readTree(parser), "projects[" + streamed.size() + "]"));
        }
      } else {
        root.set(name, VALUE.readTree(parser));
      }
    }
    JsonToken after = parser.nextToken();
    if (after != null) {
      throw new StreamReadException(parser, "Unexpected content after the problem's closing '}': one JSON object is allowed");
    }
    boolean single = required(root, "budget", "the problem").isNumber();
    return new Read(problem(root, streamed, start), single);
  }

  /** A project of a selection problem, {@code where} its path. */
  private static Project project(JsonNode node, String where) {
    JsonNode p = InputShape.object(node, where, List.of("id", "value", "cost", "requires", "mandatory"));
    Set<String> req = p.has("requires") ? new HashSet<>(InputShape.strings(p.get("requires"), where + ".requires")) : Set.of();
    return new Project(
        text(required(p, "id", where), where + ".id"),
        number(required(p, "value", where), where + ".value"),
        p.has("cost") ? amounts(p.get("cost"), where + ".cost") : Map.of(),
        req,
        p.has("mandatory") && InputShape.bool(p.get("mandatory"), where + ".mandatory"));
  }

  /**
   * The problem of the members but the projects in {@code root} and the projects already read
   * ({@code null} when {@code root} holds them, or not, as it was written).
   */
  private static PortfolioProblem problem(JsonNode root, @Nullable List<Project> streamed, long start) {
    Map<String, BigDecimal> budget = amounts(required(root, "budget", "the problem"), "budget");
    List<Project> projects = streamed;
    if (projects == null) {
      projects = new ArrayList<>();
      JsonNode ps = InputShape.array(required(root, "projects", "the problem"), "projects");
      for (int i = 0; i < ps.size(); i++) {
        projects.add(project(ps.get(i), "projects[" + i + "]"));
      }
    }
    List<Set<String>> exclusive = new ArrayList<>();
    if (root.has("exclusive")) {
      JsonNode gs = InputShape.array(root.get("exclusive"), "exclusive");
      for (int g = 0; g < gs.size(); g++) {
        exclusive.add(new HashSet<>(InputShape.strings(gs.get(g), "exclusive[" + g + "]")));
      }
    }
    List<MinimumShare> shares = new ArrayList<>();
    if (root.has("minimumShares")) {
      JsonNode ms = InputShape.array(root.get("minimumShares"), "minimumShares");
      for (int k = 0; k < ms.size(); k++) {
        String where = "minimumShares[" + k + "]";
        JsonNode m = InputShape.object(ms.get(k), where, List.of("period", "projects", "share"));
        Set<String> s = m.has("projects") ? new HashSet<>(InputShape.strings(m.get("projects"), where + ".projects")) : Set.of();
        String period = m.has("period") ? InputShape.string(m.get("period"), where + ".period") : SINGLE;
        JsonNode share = required(m, "share", where);
        number(share, where + ".share");
        if (share.decimalValue().signum() < 0 || share.decimalValue().compareTo(BigDecimal.ONE) > 0) {
          throw new IllegalArgumentException(where + ".share must be in [0, 1] but was " + share);
        }
        shares.add(new MinimumShare(period, s, share.decimalValue()));
      }
    }
    double seconds = 10;
    long nodes = Long.MAX_VALUE;
    if (root.has("limits")) {
      JsonNode limits = InputShape.object(root.get("limits"), "limits", List.of("seconds", "nodes"));
      if (limits.has("seconds")) {
        seconds = InputShape.number(limits.get("seconds"), "limits.seconds");
      }
      if (limits.has("nodes")) {
        nodes = InputShape.whole(limits.get("nodes"), "limits.nodes");
      }
    }
    if (!(seconds > 0) || Double.isInfinite(seconds)) {
      throw new IllegalArgumentException("limits.seconds must be positive but was " + seconds);
    }
    return new PortfolioProblem(budget, projects, exclusive, shares, nodes, remaining(Duration.ofNanos((long) (seconds * 1e9)), start));
  }

  private static Map<String, BigDecimal> amounts(JsonNode node, String where) {
    Map<String, BigDecimal> m = new TreeMap<>();
    if (node.isNumber()) {
      m.put(SINGLE, node.decimalValue());
    } else if (node.isObject()) {
      for (String k : node.propertyNames()) {
        JsonNode v = node.get(k);
        if (!v.isNumber()) {
          throw new IllegalArgumentException(where + "." + k + " must be a number but was " + v);
        }
        m.put(k, v.decimalValue());
      }
    } else {
      throw new IllegalArgumentException(where + " must be a number or an object of period amounts but was " + InputShape.shown(node));
    }
    return m;
  }
}
