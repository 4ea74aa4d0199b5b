// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import static org.civicplan.cli.PrioritisationJson.MAPPER;
import static org.civicplan.cli.PrioritisationJson.number;
import static org.civicplan.cli.PrioritisationJson.required;
import static org.civicplan.cli.PrioritisationJson.text;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.civicplan.prioritisation.Ahp;
import org.civicplan.prioritisation.AhpOptions;
import org.civicplan.prioritisation.Consistency;
import org.civicplan.prioritisation.Criterion;
import org.civicplan.prioritisation.CriterionDirection;
import org.civicplan.prioritisation.DecisionMatrix;
import org.civicplan.prioritisation.Mcda;
import org.civicplan.prioritisation.Normalization;
import org.civicplan.prioritisation.PreferenceFunction;
import org.civicplan.prioritisation.PrioritisationCodes;
import org.civicplan.prioritisation.RandomIndex;
import org.civicplan.prioritisation.RankedAlternative;
import org.civicplan.prioritisation.Ranking;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.Finding;
import org.civicplan.base.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * {@code civicplan rank PROBLEM.json [--format json|text]}: ranks alternatives by weighted sum,
 * AHP, TOPSIS, PROMETHEE II or VIKOR and writes the ranking with its explanation. Exit 0 ranked,
 * 1 the problem has error findings (missing value, negative weight, non-reciprocal matrix...), 2
 * the file cannot be read, is not JSON, or names an unknown method or option.
 */
@Command(
    name = "rank",
    mixinStandardHelpOptions = true,
    description = {
      "Rank alternatives by weighted-sum, ahp, topsis, promethee-ii or vikor and explain the ranking.",
      "Input: {\"method\", \"criteria\": [{\"id\", \"direction\", \"weight\"}], \"alternatives\": [{\"id\","
          + " \"values\"}]} plus \"options\", \"preference\" and \"pairwise\" where the method uses them"
          + " (docs/prioritisation.md). JSON output: {\"method\", \"ranking\", \"weights\", \"consistency\","
          + " \"findings\"}, numbers in full; text output rounds them."
    },
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:ranked",
      "1:the problem has error findings (a missing value, a negative weight...)",
      "2:the file cannot be read or is not a ranking problem, or wrong usage"
    },
    footerHeading = "%nExample:%n",
    footer = "  civicplan rank samples/data/rank-topsis.json --format text")
final class RankCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PROBLEM.json", description = "The ranking problem.")
  Path file;

  @Option(names = "--format", defaultValue = "json", description = "json or text (default: ${DEFAULT-VALUE})")
  OutputFormat format;

  @Option(names = "--locale", defaultValue = "en", description = "language of the finding messages, a BCP 47 tag (default: ${DEFAULT-VALUE})")
  String locale;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Locale loc = Cli.locale(locale);
    Ranking r;
    try {
      // a problem for a matrix method that is in order is read as it streams; anything else
      // (AHP, a problem with something wrong) is read whole, which reports it as it always did
      r = RankInput.rank(file);
      if (r == null) {
        JsonNode root = MAPPER.readTree(InputFile.read(file));
        r = rank(root);
      }
    } catch (InputFile.Unreadable e) {
      err.println("civicplan: " + e.getMessage());
      return Civicplan.USAGE;
    } catch (JacksonException e) {
      err.println(JsonInput.describe(file, e));
      return Civicplan.USAGE;
    } catch (IllegalArgumentException e) {
      err.println("civicplan: " + file + ": " + e.getMessage());
      return Civicplan.USAGE;
    }
    if (format == OutputFormat.JSON) {
      writeJson(r, loc, out);
      out.println();
    } else {
      out.print(asText(r, loc));
    }
    return r.hasErrors() ? Civicplan.INVALID : Civicplan.OK;
  }

  /** The members of a ranking problem ({@code schemas/rank.schema.json} states the same). */
  static final List<String> MEMBERS = List.of("method", "options", "criteria", "alternatives", "pairwise");

  static Ranking rank(JsonNode root) {
    return rank(root, null);
  }

  /**
   * The ranking of a problem whose alternatives, when {@code streamed} is not null, were read as
   * they streamed (and checked by {@link #shapeAlternative} on the way) and are not in {@code
   * root}.
   */
  static Ranking rank(JsonNode root, RankInput.Alternatives streamed) {
    if (!root.isObject()) {
      throw new IllegalArgumentException("the problem must be a JSON object");
    }
    String method = text(required(root, "method", "the problem"), "method");
    if (!List.of("weighted-sum", "ahp", "topsis", "promethee-ii", "vikor").contains(method)) {
      throw new IllegalArgumentException(
          "method must be one of weighted-sum, ahp, topsis, promethee-ii, vikor but was \"" + method + "\"");
    }
    shape(root);
    JsonNode options = root.path("options");
    List<Finding> findings = new ArrayList<>();
    List<Criterion> criteria = criteria(root.path("criteria"), findings, method.equals("ahp"));
    if (!findings.isEmpty()) {
      return new Ranking(method, List.of(), Map.of(), Optional.empty(), Map.of(), List.of(), findings);
    }
    switch (method) {
      case "weighted-sum", "topsis", "promethee-ii", "vikor" -> {
        DecisionMatrix m = streamed == null ? matrix(criteria, root.path("alternatives"), findings) : streamed.matrix(criteria, findings);
        if (!findings.isEmpty()) {
          return new Ranking(method, List.of(), Map.of(), Optional.empty(), Map.of(), List.of(), findings);
        }
        return switch (method) {
          case "weighted-sum" -> Mcda.weightedSum(m, normalization(options, Normalization.MIN_MAX));
          case "topsis" -> Mcda.topsis(m, normalization(options, Normalization.VECTOR));
          case "promethee-ii" -> Mcda.promethee(m);
          default -> {
            double v = options.has("v") ? number(options.get("v"), "options.v") : 0.5;
            if (!(v >= 0 && v <= 1)) {
              throw new IllegalArgumentException("options.v must be in [0, 1] but was " + v);
            }
            yield Mcda.vikor(m, v);
          }
        };
      }
      case "ahp" -> {
        return ahp(root, options, criteria);
      }
      default -> throw new IllegalArgumentException(
          "method must be one of weighted-sum, ahp, topsis, promethee-ii, vikor but was \"" + method + "\"");
    }
  }

  /**
   * Checks the shape of every member, whether or not the method uses it: a member of the wrong
   * JSON type, an unknown member or an unknown option label is an IllegalArgumentException naming
   * its path and what is allowed (what the method then makes of the values is findings).
   */
  private static void shape(JsonNode root) {
    InputShape.object(root, "the problem", MEMBERS);
    JsonNode options = root.get("options");
    if (options != null) {
      InputShape.object(options, "options", List.of("normalization", "v", "prioritization", "randomIndex", "synthesis"));
      if (options.has("normalization")) {
        Normalization.parse(InputShape.string(options.get("normalization"), "options.normalization"));
      }
      if (options.has("v")) {
        double v = InputShape.number(options.get("v"), "options.v");
        if (!(v >= 0 && v <= 1)) {
          throw new IllegalArgumentException("options.v must be in [0, 1] but was " + v);
        }
      }
      if (options.has("prioritization")) {
        AhpOptions.Prioritization.parse(InputShape.string(options.get("prioritization"), "options.prioritization"));
      }
      if (options.has("randomIndex")) {
        RandomIndex.parse(InputShape.string(options.get("randomIndex"), "options.randomIndex"));
      }
      if (options.has("synthesis")) {
        AhpOptions.Synthesis.parse(InputShape.string(options.get("synthesis"), "options.synthesis"));
      }
    }
    JsonNode criteria = root.get("criteria");
    if (criteria != null) {
      InputShape.array(criteria, "criteria");
      for (int j = 0; j < criteria.size(); j++) {
        String where = "criteria[" + j + "]";
        JsonNode c = InputShape.object(criteria.get(j), where, List.of("id", "direction", "weight", "preference"));
        text(required(c, "id", where), where + ".id");
        if (c.has("direction")) {
          InputShape.oneOf(c.get("direction"), where + ".direction", List.of("benefit", "cost"));
        }
        if (c.has("weight")) {
          InputShape.number(c.get("weight"), where + ".weight");
        }
        if (c.has("preference")) {
          JsonNode p = InputShape.object(c.get("preference"), where + ".preference", List.of("function", "q", "p", "s"));
          PreferenceFunction.Shape shape =
              p.has("function")
                  ? PreferenceFunction.Shape.parse(InputShape.string(p.get("function"), where + ".preference.function"))
                  : PreferenceFunction.Shape.USUAL;
          for (String t : List.of("q", "p", "s")) {
            if (p.has(t)) {
              InputShape.number(p.get(t), where + ".preference." + t);
            }
          }
          try {
            new PreferenceFunction(shape, zeroOr(p, "q"), zeroOr(p, "p"), zeroOr(p, "s"));
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ".preference: " + e.getMessage(), e);
          }
        }
      }
    }
    JsonNode alternatives = root.get("alternatives");
    if (alternatives != null) {
      InputShape.array(alternatives, "alternatives");
      for (int i = 0; i < alternatives.size(); i++) {
        shapeAlternative(alternatives.get(i), i);
      }
    }
    JsonNode pairwise = root.get("pairwise");
    if (pairwise != null) {
      InputShape.object(pairwise, "pairwise", List.of("criteria", "alternatives"));
      if (pairwise.has("criteria")) {
        JsonNode c = InputShape.object(pairwise.get("criteria"), "pairwise.criteria", List.of("items", "matrix"));
        InputShape.strings(required(c, "items", "pairwise.criteria"), "pairwise.criteria.items");
        shapeMatrix(required(c, "matrix", "pairwise.criteria"), "pairwise.criteria.matrix");
      }
      if (pairwise.has("alternatives")) {
        JsonNode a = InputShape.object(pairwise.get("alternatives"), "pairwise.alternatives", List.of("items", "matrices"));
        InputShape.strings(required(a, "items", "pairwise.alternatives"), "pairwise.alternatives.items");
        JsonNode ms = InputShape.map(required(a, "matrices", "pairwise.alternatives"), "pairwise.alternatives.matrices");
        for (String name : ms.propertyNames()) {
          shapeMatrix(ms.get(name), "pairwise.alternatives.matrices." + name);
        }
      }
    }
  }

  /** The shape check of {@code alternatives[i]}, as {@link #shape} makes it. */
  static void shapeAlternative(JsonNode node, int i) {
    String where = "alternatives[" + i + "]";
    JsonNode a = InputShape.object(node, where, List.of("id", "values"));
    text(required(a, "id", where), where + ".id");
    if (a.has("values")) {
      JsonNode values = InputShape.map(a.get("values"), where + ".values");
      for (String name : values.propertyNames()) {
        JsonNode x = values.get(name);
        if (!x.isNull()) {
          InputShape.number(x, where + ".values." + name);
        }
      }
    }
  }

  private static void shapeMatrix(JsonNode m, String where) {
    InputShape.array(m, where);
    for (int i = 0; i < m.size(); i++) {
      JsonNode row = InputShape.array(m.get(i), where + "[" + i + "]");
      for (int j = 0; j < row.size(); j++) {
        InputShape.number(row.get(j), where + "[" + i + "][" + j + "]");
      }
    }
  }

  private static Normalization normalization(JsonNode options, Normalization dflt) {
    return options.has("normalization") ? Normalization.parse(text(options.get("normalization"), "options.normalization")) : dflt;
  }

  private static List<Criterion> criteria(JsonNode node, List<Finding> findings, boolean optional) {
    List<Criterion> out = new ArrayList<>();
    if (node.isMissingNode() && optional) {
      return out;
    }
    if (!node.isArray()) {
      throw new IllegalArgumentException("\"criteria\" must be an array");
    }
    for (int j = 0; j < node.size(); j++) {
      JsonNode c = node.get(j);
      String where = "criteria[" + j + "]";
      String id = text(required(c, "id", where), where + ".id");
      CriterionDirection dir =
          switch (c.has("direction") ? c.get("direction").asString() : "benefit") {
            case "benefit" -> CriterionDirection.BENEFIT;
            case "cost" -> CriterionDirection.COST;
            default -> throw new IllegalArgumentException(where + ".direction must be benefit or cost but was " + c.get("direction"));
          };
      double w = c.has("weight") ? number(c.get("weight"), where + ".weight") : 1;
      if (!(w >= 0) || Double.isInfinite(w)) {
        findings.add(
            new Finding(
                Severity.ERROR,
                PrioritisationCodes.WEIGHT_NEGATIVE,
                "/criteria/" + j + "/weight",
                LocalizedText.of(
                    "The weight of criterion \"" + id + "\" must be a non-negative number but was " + w + ".",
                    "Ponderea criteriului „" + id + "” trebuie să fie un număr nenegativ, dar a fost " + w + ".")));
        continue;
      }
      Criterion crit = new Criterion(id, LocalizedText.of(id, id), dir, w);
      JsonNode p = c.path("preference");
      if (p.isObject()) {
        PreferenceFunction.Shape shape = PreferenceFunction.Shape.parse(p.has("function") ? p.get("function").asString() : "usual");
        crit = crit.withPreference(new PreferenceFunction(shape, zeroOr(p, "q"), zeroOr(p, "p"), zeroOr(p, "s")));
      }
      out.add(crit);
    }
    return out;
  }

  /** A member already checked to be a number by {@link #shape}, or 0 when absent. */
  private static double zeroOr(JsonNode p, String name) {
    return p.has(name) ? p.get(name).asDouble() : 0;
  }

  private static DecisionMatrix matrix(List<Criterion> criteria, JsonNode node, List<Finding> findings) {
    if (!node.isArray()) {
      throw new IllegalArgumentException("\"alternatives\" must be an array");
    }
    List<String> ids = new ArrayList<>();
    double[][] v = new double[node.size()][criteria.size()];
    for (int i = 0; i < node.size(); i++) {
      JsonNode a = node.get(i);
      String where = "alternatives[" + i + "]";
      ids.add(text(required(a, "id", where), where + ".id"));
      JsonNode values = a.path("values");
      for (int j = 0; j < criteria.size(); j++) {
        JsonNode x = values.get(criteria.get(j).id());
        v[i][j] = x == null || x.isNull() ? Double.NaN : number(x, where + ".values." + criteria.get(j).id());
      }
      for (String name : values.propertyNames()) {
        if (criteria.stream().noneMatch(c -> c.id().equals(name))) {
          findings.add(unknownCriterion(i, ids.get(i), name));
        }
      }
    }
    return new DecisionMatrix(criteria, ids, v);
  }

  /** The error finding of a value of alternative {@code i} for {@code name}, which is no criterion. */
  static Finding unknownCriterion(int i, String id, String name) {
    return new Finding(
        Severity.ERROR,
        PrioritisationCodes.CRITERION_UNKNOWN,
        "/alternatives/" + i + "/values/" + name.replace("~", "~0").replace("/", "~1"),
        LocalizedText.of(
            "Alternative \"" + id + "\" has a value for \"" + name + "\", which is not a criterion of the problem.",
            "Alternativa „" + id + "” are o valoare pentru „" + name + "”, care nu este un criteriu al problemei."));
  }

  private static Ranking ahp(JsonNode root, JsonNode options, List<Criterion> criteria) {
    AhpOptions o = AhpOptions.defaults();
    if (options.has("prioritization")) {
      o = o.with(AhpOptions.Prioritization.parse(text(options.get("prioritization"), "options.prioritization")));
    }
    if (options.has("randomIndex")) {
      o = o.with(RandomIndex.parse(text(options.get("randomIndex"), "options.randomIndex")));
    }
    if (options.has("synthesis")) {
      o = o.with(AhpOptions.Synthesis.parse(text(options.get("synthesis"), "options.synthesis")));
    }
    JsonNode pw = root.path("pairwise");
    JsonNode cm = pw.path("criteria");
    JsonNode am = pw.path("alternatives");
    if (am.isMissingNode()) {
      if (cm.isMissingNode()) {
        throw new IllegalArgumentException("AHP needs \"pairwise.criteria\" or \"pairwise.alternatives\"");
      }
      return Ahp.weights("criteria", "/pairwise/criteria/matrix", items(cm), matrix(required(cm, "matrix", "pairwise.criteria")), o);
    }
    List<String> alts = items(am);
    Map<String, double[][]> matrices = new LinkedHashMap<>();
    JsonNode ms = required(am, "matrices", "pairwise.alternatives");
    for (String c : ms.propertyNames()) {
      matrices.put(c, matrix(ms.get(c)));
    }
    if (!cm.isMissingNode()) {
      return Ahp.hierarchy(items(cm), matrix(required(cm, "matrix", "pairwise.criteria")), alts, matrices, o);
    }
    if (criteria.isEmpty()) {
      throw new IllegalArgumentException("AHP with alternatives matrices needs \"pairwise.criteria\" or weighted \"criteria\"");
    }
    return Ahp.hierarchy(criteria, alts, matrices, o);
  }

  private static List<String> items(JsonNode node) {
    JsonNode items = required(node, "items", "pairwise");
    List<String> out = new ArrayList<>();
    for (JsonNode i : items) {
      out.add(text(i, "pairwise items"));
    }
    return out;
  }

  private static double[][] matrix(JsonNode node) {
    if (!node.isArray()) {
      throw new IllegalArgumentException("a pairwise matrix must be an array of rows");
    }
    double[][] m = new double[node.size()][];
    for (int i = 0; i < node.size(); i++) {
      JsonNode row = node.get(i);
      if (!row.isArray()) {
        throw new IllegalArgumentException("row " + i + " of a pairwise matrix must be an array");
      }
      m[i] = new double[row.size()];
      for (int j = 0; j < row.size(); j++) {
        m[i][j] = number(row.get(j), "matrix entry [" + i + "][" + j + "]");
      }
    }
    return m;
  }

  /**
   * The ranking as JSON, pretty-printed, written as it goes (a ranking of a million alternatives is
   * never held as a tree or a string): {@code method}, {@code ranking} (each alternative's {@code
   * id}, {@code rank}, {@code score}, {@code contributions}, {@code details}), {@code weights},
   * {@code consistency} for AHP, {@code compromise} for VIKOR, {@code findings}. No line break
   * after the closing brace; {@code out} is flushed, not closed.
   */
  static void writeJson(Ranking r, Locale locale, Writer out) {
    Writer open = new FilterWriter(out) {
      @Override
      public void close() throws IOException {
        flush();
      }
    };
    try (JsonGenerator g = MAPPER.writer().withDefaultPrettyPrinter().createGenerator(open)) {
      g.writeStartObject();
      g.writeStringProperty("method", r.method());
      g.writeArrayPropertyStart("ranking");
      for (RankedAlternative a : r.ranking()) {
        g.writeStartObject();
        g.writeStringProperty("id", a.id());
        g.writeNumberProperty("rank", a.rank());
        g.writeNumberProperty("score", a.score());
        writeDoubles(g, "contributions", a.contributions());
        writeDoubles(g, "details", a.details());
        g.writeEndObject();
      }
      g.writeEndArray();
      writeDoubles(g, "weights", r.weights());
      if (r.consistency().isPresent()) {
        Consistency c = r.consistency().get();
        g.writeObjectPropertyStart("consistency");
        g.writeNumberProperty("lambdaMax", c.lambdaMax());
        g.writeNumberProperty("ci", c.ci());
        g.writeNumberProperty("cr", c.cr());
        g.writeStringProperty("randomIndexTable", c.table().label());
        g.writeNumberProperty("ri", c.ri());
        g.writeEndObject();
      }
      if (r.method().equals("vikor")) {
        g.writeArrayPropertyStart("compromise");
        for (String id : r.compromise()) {
          g.writeString(id);
        }
        g.writeEndArray();
      }
      g.writeName("findings");
      g.writeTree(FindingJson.array(r.findings(), locale));
      g.writeEndObject();
    }
  }

  /** {@code name: {key: number, …}}, a null value as null. */
  private static void writeDoubles(JsonGenerator g, String name, Map<String, Double> map) {
    g.writeObjectPropertyStart(name);
    for (Map.Entry<String, Double> e : map.entrySet()) {
      if (e.getValue() == null) {
        g.writeNullProperty(e.getKey());
      } else {
        g.writeNumberProperty(e.getKey(), e.getValue());
      }
    }
    g.writeEndObject();
  }

  private static String asText(Ranking r, Locale locale) {
    StringBuilder b = new StringBuilder();
    b.append("method: ").append(r.method()).append('\n');
    for (RankedAlternative a : r.ranking()) {
      b.append(String.format(java.util.Locale.ROOT, "%3d  %-20s %.6f%n", a.rank(), a.id(), a.score()));
    }
    r.consistency().ifPresent(
        c -> b.append(String.format(java.util.Locale.ROOT, "lambdaMax %.4f  CI %.4f  CR %.4f  (%s, RI %.4f)%n", c.lambdaMax(), c.ci(), c.cr(), c.table().label(), c.ri())));
    for (Finding f : r.findings()) {
      b.append(Severities.label(f.severity(), locale)).append(' ').append(f.code()).append(Cli.say(locale, " at ", " la "))
          .append(f.path().isEmpty() ? "/" : f.path()).append(": ").append(f.message(locale)).append('\n');
    }
    return b.toString();
  }
}
