package org.civicplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code civicplan assess SERIES.json}: assesses one indicator series and writes the assessment as
 * JSON. Values are taken at the latest observation on or before {@code asOf} (default: the latest
 * observation). Shares and rates ({@code progress}, {@code expectedProgress}, {@code actualRate},
 * {@code requiredRate}) are written with 3 decimals, {@code trajectoryValue} and {@code ratio} with
 * 2; fields the method does not define are omitted. Exit 0 assessed, 1 the assessment raised an
 * error finding, 2 the file cannot be read or is not a series.
 */
@Command(
    name = "assess",
    mixinStandardHelpOptions = true,
    description = {
      "Assess an indicator series (linear, eurostat or open-sdg) and print the result as JSON.",
      "Input: {\"method\", \"direction\": increase|decrease, \"baseline\": {\"date\", \"value\"},",
      "        \"target\" (optional for eurostat/open-sdg), \"observations\": [...], \"asOf\" (optional)}."
    })
final class AssessCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SERIES.json", description = "The series to assess.")
  Path file;

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Input input;
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      input = Input.read(MAPPER.readTree(text));
    } catch (IOException e) {
      err.println("civicplan assess: cannot read " + file + ": " + e.getMessage());
      return Civicplan.USAGE;
    } catch (JacksonException e) {
      err.println("civicplan assess: " + file + " is not valid JSON: " + e.getOriginalMessage());
      return Civicplan.USAGE;
    } catch (IllegalArgumentException e) {
      err.println("civicplan assess: " + file + ": " + e.getMessage());
      return Civicplan.USAGE;
    }
    Assessment a = IndicatorAssessor.of(input.method).assess(input.series, input.asOf);
    out.println(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(render(a)));
    out.flush();
    return a.hasErrors() ? Civicplan.INVALID : Civicplan.OK;
  }

  private static ObjectNode render(Assessment a) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("method", a.method().label());
    n.put("status", a.status().label());
    a.category().ifPresent(c -> n.put("category", c));
    put(n, "progress", a.progress(), 3);
    put(n, "expectedProgress", a.expectedProgress(), 3);
    put(n, "trajectoryValue", a.trajectoryValue(), 2);
    put(n, "actualRate", a.actualRate(), 3);
    put(n, "requiredRate", a.requiredRate(), 3);
    put(n, "ratio", a.ratio(), 2);
    ArrayNode findings = n.putArray("findings");
    for (Finding f : a.findings()) {
      ObjectNode fn = findings.addObject();
      fn.put("severity", f.severity().label());
      fn.put("code", f.code());
      fn.put("path", f.path());
      ObjectNode msg = fn.putObject("message");
      msg.put("en", f.message(Locale.ENGLISH));
      msg.put("ro", f.message(Locale.forLanguageTag("ro")));
    }
    return n;
  }

  private static void put(ObjectNode n, String name, OptionalDouble value, int decimals) {
    if (value.isPresent()) {
      BigDecimal d = BigDecimal.valueOf(value.getAsDouble()).setScale(decimals, RoundingMode.HALF_UP);
      n.put(name, d.doubleValue());
    }
  }

  /** The parsed input document; every problem is an IllegalArgumentException naming the path. */
  private record Input(AssessmentMethod method, IndicatorSeries series, PlanDate asOf) {

    static Input read(JsonNode root) {
      if (root == null || !root.isObject()) {
        throw new IllegalArgumentException("the document must be a JSON object");
      }
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
      JsonNode obs = root.get("observations");
      if (obs != null && !obs.isNull()) {
        if (!obs.isArray()) {
          throw new IllegalArgumentException("/observations must be an array");
        }
        for (int i = 0; i < obs.size(); i++) {
          observations.add(observation(obs.get(i), "/observations/" + i));
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
      return new Input(method, series, asOf);
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
        throw new IllegalArgumentException("/" + name + " must be a string");
      }
      return n.asString();
    }

    private static Observation observation(JsonNode n, String path) {
      if (!n.isObject()) {
        throw new IllegalArgumentException(path + " must be an object {\"date\": ..., \"value\": ...}");
      }
      PlanDate date = date(required(n, "date", path + "/date"), path + "/date");
      JsonNode v = required(n, "value", path + "/value");
      if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
        throw new IllegalArgumentException(path + "/value must be a finite number but was " + v);
      }
      return Observation.of(date, v.asDouble());
    }

    private static PlanDate date(JsonNode n, String path) {
      if (!n.isString()) {
        throw new IllegalArgumentException(path + " must be a date string YYYY or YYYY-MM-DD but was " + n);
      }
      try {
        return PlanDate.parse(n.asString());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(path + ": " + e.getMessage(), e);
      }
    }
  }
}
