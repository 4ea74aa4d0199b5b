// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.civicplan.indicator.Direction;
import org.civicplan.indicator.Target;
import org.civicplan.monitoring.Assessment;
import org.civicplan.monitoring.AssessmentMethod;
import org.civicplan.monitoring.IndicatorAssessor;
import org.civicplan.monitoring.IndicatorSeries;
import org.civicplan.monitoring.Observation;
import org.civicplan.base.PlanDate;
import org.civicplan.base.Finding;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code civicplan assess SERIES.json}: assesses one indicator series. Values are taken at the
 * latest observation on or before {@code asOf} (default: the latest observation). JSON carries
 * every number in full (the shortest text that reads back as the same double); the text form
 * rounds for people. Fields the method does not define are omitted. Exit 0 assessed, 1 the
 * assessment raised an error finding, 2 the file cannot be read or is not a series.
 */
@Command(
    name = "assess",
    mixinStandardHelpOptions = true,
    description = {
      "Assess an indicator series (linear, eurostat or open-sdg) and print the result.",
      "Input: {\"method\", \"direction\": increase|decrease, \"baseline\": {\"date\", \"value\"},"
          + " \"target\" (optional for eurostat/open-sdg), \"observations\": [...], \"asOf\" (optional)}.",
      "JSON output: {\"method\", \"status\", \"category\", \"progress\", \"expectedProgress\","
          + " \"trajectoryValue\", \"actualRate\", \"requiredRate\", \"ratio\", \"findings\"}, numbers in"
          + " full; text output rounds them."
    },
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:assessed",
      "1:the assessment has an error finding",
      "2:the file cannot be read or is not a series, or wrong usage"
    },
    footerHeading = "%nExample:%n",
    footer = "  civicplan assess samples/data/series-emissions.json --format text")
final class AssessCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SERIES.json", description = "The series to assess.")
  Path file;

  @Option(names = "--format", defaultValue = "json", description = "json or text (default: ${DEFAULT-VALUE})")
  OutputFormat format;

  @Option(names = "--locale", defaultValue = "en", description = "language of the finding messages, a BCP 47 tag (default: ${DEFAULT-VALUE})")
  String locale;

  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(tools.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Locale loc = Cli.locale(locale);
    Input input;
    try {
      String text = InputFile.read(file);
      input = Input.read(MAPPER.readTree(text));
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
    Assessment a = IndicatorAssessor.of(input.method).assess(input.series, input.asOf);
    List<Finding> findings = new ArrayList<>(input.findings);
    findings.addAll(a.findings());
    if (format == OutputFormat.JSON) {
      out.println(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(render(a, findings, loc)));
    } else {
      out.print(text(a, findings, loc));
    }
    return a.hasErrors() ? Civicplan.INVALID : Civicplan.OK;
  }

  static ObjectNode render(Assessment a, List<Finding> findings, Locale locale) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("method", a.method().label());
    n.put("status", a.status().label());
    a.category().ifPresent(c -> n.put("category", c));
    put(n, "progress", a.progress());
    put(n, "expectedProgress", a.expectedProgress());
    put(n, "trajectoryValue", a.trajectoryValue());
    put(n, "actualRate", a.actualRate());
    put(n, "requiredRate", a.requiredRate());
    put(n, "ratio", a.ratio());
    n.set("findings", FindingJson.array(findings, locale));
    return n;
  }

  private static void put(ObjectNode n, String name, OptionalDouble value) {
    if (value.isPresent()) {
      n.put(name, value.getAsDouble());
    }
  }

  /** For people: shares and rates with 3 decimals, values and ratios with 2. */
  static String text(Assessment a, List<Finding> findings, Locale locale) {
    StringBuilder b = new StringBuilder();
    b.append(Cli.say(locale, "method: ", "metoda: ")).append(a.method().label()).append('\n');
    b.append(Cli.say(locale, "status: ", "stare: ")).append(a.status().label()).append('\n');
    a.category().ifPresent(c -> b.append(Cli.say(locale, "category: ", "categorie: ")).append(c).append('\n'));
    line(b, Cli.say(locale, "progress", "progres"), a.progress(), 3);
    line(b, Cli.say(locale, "expected progress", "progres așteptat"), a.expectedProgress(), 3);
    line(b, Cli.say(locale, "trajectory value", "valoare pe traiectorie"), a.trajectoryValue(), 2);
    line(b, Cli.say(locale, "actual rate", "rată efectivă"), a.actualRate(), 3);
    line(b, Cli.say(locale, "required rate", "rată necesară"), a.requiredRate(), 3);
    line(b, Cli.say(locale, "ratio", "raport"), a.ratio(), 2);
    for (Finding f : findings) {
      b.append(Severities.label(f.severity(), locale)).append(' ').append(f.code())
          .append(Cli.say(locale, " at ", " la ")).append(f.path().isEmpty() ? "/" : f.path()).append(": ")
          .append(f.message(locale)).append('\n');
    }
    return b.toString();
  }

  private static void line(StringBuilder b, String name, OptionalDouble value, int decimals) {
    if (value.isPresent()) {
      b.append(name).append(": ")
          .append(BigDecimal.valueOf(value.getAsDouble()).setScale(decimals, RoundingMode.HALF_UP).toPlainString())
          .append('\n');
    }
  }

  /** Code of the warning for two observations with the same date: the later counts. */
  static final String DUPLICATE_DATE = "assess.observation.duplicate-date";

  /**
   * The parsed input document; every problem that keeps it from being assessed is an
   * IllegalArgumentException naming the path, and what is assessed with a choice made is a finding.
   */
  /** The members of a series document ({@code schemas/assess.schema.json} states the same). */
  static final List<String> MEMBERS = List.of("method", "direction", "baseline", "target", "observations", "asOf");

  private record Input(AssessmentMethod method, IndicatorSeries series, PlanDate asOf, List<Finding> findings) {

    static Input read(JsonNode root) {
      if (root == null || !root.isObject()) {
        throw new IllegalArgumentException("the document must be a JSON object");
      }
      InputShape.object(root, "the document", MEMBERS);
      AssessmentMethod method = AssessmentMethod.parse(text(root, "method"));
      String dir = text(root, "direction");
      Direction direction =
          switch (dir) {
            case "increase" -> Direction.INCREASE;
            case "decrease" -> Direction.DECREASE;
            default -> throw new IllegalArgumentException(
                "/direction must be increase or decrease but was \"" + dir + "\"");
          };
      Observation baseline = observation(required(root, "baseline", "/baseline"), "/baseline");
      Optional<Target> target = Optional.empty();
      JsonNode t = root.get("target");
      if (t != null && !t.isNull()) {
        Observation o = observation(t, "/target");
        target = Optional.of(Target.of(o.date(), o.value()));
      }
      List<Observation> observations = new ArrayList<>();
      List<Finding> findings = new ArrayList<>();
      JsonNode obs = root.get("observations");
      if (obs != null && !obs.isNull()) {
        if (!obs.isArray()) {
          throw new IllegalArgumentException("/observations must be an array but was " + InputShape.shown(obs));
        }
        Map<PlanDate, Integer> firstAt = new HashMap<>();
        for (int i = 0; i < obs.size(); i++) {
          Observation o = observation(obs.get(i), "/observations/" + i);
          Integer first = firstAt.putIfAbsent(o.date(), i);
          if (first != null) {
            findings.add(new Finding(Severity.WARNING, DUPLICATE_DATE, "/observations/" + i + "/date",
                LocalizedText.of(
                    "Observations " + first + " and " + i + " are both dated " + o.date()
                        + "; the later one (" + i + ") counts as the correction of the earlier.",
                    "Observațiile " + first + " și " + i + " au aceeași dată, " + o.date()
                        + "; cea de-a doua (" + i + ") este socotită corectura celei dintâi.")));
          }
          observations.add(o);
        }
      }
      IndicatorSeries series =
          new IndicatorSeries(direction, Optional.of(baseline), target, List.of(), observations);
      PlanDate asOf;
      JsonNode asOfNode = root.get("asOf");
      if (asOfNode != null && !asOfNode.isNull()) {
        asOf = date(asOfNode, "/asOf");
      } else {
        asOf = series.observations().isEmpty()
            ? baseline.date()
            : series.observations().get(series.observations().size() - 1).date();
      }
      return new Input(method, series, asOf, List.copyOf(findings));
    }

    private static JsonNode required(JsonNode parent, String name, String path) {
      JsonNode n = parent.get(name);
      if (n == null || n.isNull()) {
        throw new IllegalArgumentException(path + " is required");
      }
      return n;
    }

    private static String text(JsonNode root, String name) {
      JsonNode n = required(root, name, "/" + name);
      if (!n.isString()) {
        throw new IllegalArgumentException("/" + name + " must be a string but was " + InputShape.shown(n));
      }
      return n.asString();
    }

    private static Observation observation(JsonNode n, String path) {
      if (!n.isObject()) {
        throw new IllegalArgumentException(path + " must be an object {\"date\": ..., \"value\": ...} but was " + InputShape.shown(n));
      }
      InputShape.object(n, path, List.of("date", "value"));
      PlanDate date = date(required(n, "date", path + "/date"), path + "/date");
      JsonNode v = required(n, "value", path + "/value");
      if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
        throw new IllegalArgumentException(path + "/value must be a finite number but was " + v);
      }
      return Observation.of(date, v.asDouble());
    }

    private static PlanDate date(JsonNode n, String path) {
      if (!n.isString()) {
        throw new IllegalArgumentException(path + " must be a date string YYYY, YYYY-MM or YYYY-MM-DD but was " + InputShape.shown(n));
      }
      try {
        return PlanDate.parse(n.asString());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(path + ": " + e.getMessage(), e);
      }
    }
  }
}
