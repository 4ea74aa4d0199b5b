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
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.civicplan.prioritisation.MinimumShare;
import org.civicplan.prioritisation.Portfolio;
import org.civicplan.prioritisation.PortfolioProblem;
import org.civicplan.prioritisation.Project;
import org.civicplan.prioritisation.Selection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
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
    description = "Select the projects of maximum value under yearly budgets, dependencies and exclusive groups.")
final class SelectCommand implements Callable<Integer> {

  private static final String SINGLE = "total";

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PROBLEM.json", description = "The selection problem.")
  Path file;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PortfolioProblem problem;
    boolean single;
    try {
      JsonNode root = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
      if (!root.isObject()) {
        throw new IllegalArgumentException("the problem must be a JSON object");
      }
      single = required(root, "budget", "the problem").isNumber();
      problem = read(root);
    } catch (IOException e) {
      err.println("civicplan select: cannot read " + file + ": " + e.getMessage());
      return Civicplan.USAGE;
    } catch (JacksonException e) {
      err.println("civicplan select: " + file + " is not valid JSON: " + e.getOriginalMessage());
      return Civicplan.USAGE;
    } catch (IllegalArgumentException e) {
      err.println("civicplan select: " + file + ": " + e.getMessage());
      return Civicplan.USAGE;
    }
    Selection s = Portfolio.select(problem);
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
    o.set("findings", PrioritisationJson.findings(s.findings()));
    out.println(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(o));
    out.flush();
    return s.feasible() && s.findings().stream().noneMatch(f -> f.isError()) ? Civicplan.OK : Civicplan.INVALID;
  }

  static PortfolioProblem read(JsonNode root) {
    Map<String, BigDecimal> budget = amounts(root.get("budget"), "budget");
    List<Project> projects = new ArrayList<>();
    JsonNode ps = required(root, "projects", "the problem");
    for (int i = 0; i < ps.size(); i++) {
      JsonNode p = ps.get(i);
      String where = "projects[" + i + "]";
      Set<String> req = new HashSet<>();
      for (JsonNode r : p.path("requires")) {
        req.add(text(r, where + ".requires"));
      }
      projects.add(
          new Project(
              text(required(p, "id", where), where + ".id"),
              number(required(p, "value", where), where + ".value"),
              p.has("cost") ? amounts(p.get("cost"), where + ".cost") : Map.of(),
              req,
              p.path("mandatory").asBoolean(false)));
    }
    List<Set<String>> exclusive = new ArrayList<>();
    for (JsonNode g : root.path("exclusive")) {
      Set<String> s = new HashSet<>();
      for (JsonNode id : g) {
        s.add(text(id, "exclusive"));
      }
      exclusive.add(s);
    }
    List<MinimumShare> shares = new ArrayList<>();
    for (JsonNode m : root.path("minimumShares")) {
      Set<String> s = new HashSet<>();
      for (JsonNode id : m.path("projects")) {
        s.add(text(id, "minimumShares.projects"));
      }
      JsonNode period = m.get("period");
      shares.add(new MinimumShare(period == null ? SINGLE : period.asString(), s, required(m, "share", "minimumShares").decimalValue()));
    }
    double seconds = root.path("limits").path("seconds").asDouble(10);
    if (!(seconds > 0)) {
      throw new IllegalArgumentException("limits.seconds must be positive but was " + seconds);
    }
    long nodes = root.path("limits").path("nodes").asLong(Long.MAX_VALUE);
    return new PortfolioProblem(budget, projects, exclusive, shares, nodes, Duration.ofNanos((long) (seconds * 1e9)));
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
      throw new IllegalArgumentException(where + " must be a number or an object of period amounts but was " + node);
    }
    return m;
  }
}
