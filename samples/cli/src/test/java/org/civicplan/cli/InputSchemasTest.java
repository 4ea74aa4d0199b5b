// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schemas of the input documents of {@code rank}, {@code select} and {@code assess}
 * ({@code org/civicplan/cli/schemas/*.schema.json}) against the commands themselves, run
 * in-process: the samples and every input the documentation shows validate and are not refused;
 * a value replaced by one of another JSON type (or by null), and a member the format does not
 * know, are rejected by the schema exactly when the command refuses the input (exit 2).
 */
class InputSchemasTest {

  private static final Path ROOT = Path.of("..", "..");
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  /** Object members whose names are free (criterion ids, period names), not format members. */
  private static final Set<String> FREE_MAPS = Set.of("values", "matrices", "budget", "cost");

  @TempDir Path dir;

  static Schema schema(String command) {
    try (InputStream in = InputSchemasTest.class.getResourceAsStream("/org/civicplan/cli/schemas/" + command + ".schema.json")) {
      assertNotNull(in, command + ".schema.json is not on the class path");
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(text, InputFormat.JSON);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * One command line for the whole test class, as building one registers every subcommand and
   * costs more than most runs; picocli resets the options to their defaults on each execution.
   */
  private static final CommandLine CLI = Civicplan.commandLine();

  private CliRun run(String command, String json) throws IOException {
    Path f = dir.resolve(command + "-input.json");
    Files.writeString(f, json);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CLI.setOut(new PrintWriter(out, true));
    CLI.setErr(new PrintWriter(err, true));
    int code = CLI.execute(command, f.toString());
    return new CliRun(code, out.toString(), err.toString());
  }

  private static String sample(String name) throws IOException {
    return Files.readString(ROOT.resolve("samples/data").resolve(name));
  }

  /** The inputs of a command: its sample and every example the documentation shows. */
  private static List<String> inputs(String command) throws IOException {
    List<String> out = new ArrayList<>();
    switch (command) {
      case "rank" -> out.add(sample("rank-topsis.json"));
      case "select" -> out.add(sample("select-budget.json"));
      default -> out.add(sample("series-emissions.json"));
    }
    out.addAll(documented(command));
    return out;
  }

  /**
   * The inputs shown in README.md and docs/prioritisation.md. A string listing choices {@code
   * "a|b|c"} becomes one input per choice (the k-th input takes the k-th choice of every such
   * string, or its last); README's {@code [...]} (elided list) is read as an empty list.
   */
  static List<String> documented(String command) throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    String prio = Files.readString(ROOT.resolve("docs/prioritisation.md"));
    List<String> shown = new ArrayList<>();
    shown.add(between(readme, "`" + command + "` reads `", "`"));
    if (!command.equals("assess")) {
      String head = "`civicplan " + command + " PROBLEM.json" + (command.equals("rank") ? " [--format json|text]" : "") + "` reads:\n\n```\n";
      shown.add(between(prio, head, "```"));
    }
    List<String> out = new ArrayList<>();
    for (String s : shown) {
      JsonNode node = JSON.readTree(s.replace("[...]", "[]"));
      int n = maxChoices(node);
      for (int k = 0; k < n; k++) {
        out.add(JSON.writeValueAsString(choose(node.deepCopy(), k)));
      }
    }
    return out;
  }

  private static String between(String text, String start, String end) {
    int i = text.indexOf(start);
    assertTrue(i >= 0, "the documentation no longer shows: " + start);
    int from = i + start.length();
    return text.substring(from, text.indexOf(end, from));
  }

  private static int maxChoices(JsonNode n) {
    int max = n.isString() ? n.asString().split("\\|").length : 1;
    for (JsonNode c : n) {
      max = Math.max(max, maxChoices(c));
    }
    return max;
  }

  private static JsonNode choose(JsonNode n, int k) {
    if (n.isString() && n.asString().contains("|")) {
      String[] choices = n.asString().split("\\|");
      return F.stringNode(choices[Math.min(k, choices.length - 1)]);
    }
    if (n instanceof ObjectNode o) {
      for (String name : List.copyOf(o.propertyNames())) {
        o.set(name, choose(o.get(name), k));
      }
    } else if (n instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        a.set(i, choose(a.get(i), k));
      }
    }
    return n;
  }

  @ParameterizedTest
  @ValueSource(strings = {"rank", "select", "assess"})
  void schemaIsDraft2020WithAnIdATitleAndADescriptionOfEveryMember(String command) throws IOException {
    JsonNode s;
    try (InputStream in = getClass().getResourceAsStream("/org/civicplan/cli/schemas/" + command + ".schema.json")) {
      s = JSON.readTree(in);
    }
    assertEquals("https://json-schema.org/draft/2020-12/schema", s.get("$schema").asString());
    assertEquals("https://github.com/civicplan/civicplan/raw/main/docs/schemas/" + command + ".schema.json", s.get("$id").asString());
    assertTrue(s.get("title").asString().startsWith("civicplan " + command));
    List<String> undescribed = new ArrayList<>();
    describedMembers(s, "", undescribed);
    assertEquals(List.of(), undescribed);
  }

  private static void describedMembers(JsonNode schema, String path, List<String> undescribed) {
    JsonNode props = schema.get("properties");
    if (props != null) {
      for (Map.Entry<String, JsonNode> e : props.properties()) {
        if (!e.getValue().has("description")) {
          undescribed.add(path + "/" + e.getKey());
        }
        describedMembers(e.getValue(), path + "/" + e.getKey(), undescribed);
      }
    }
    for (String sub : List.of("items", "additionalProperties", "$defs")) {
      JsonNode n = schema.get(sub);
      if (n != null && n.isObject()) {
        if (sub.equals("$defs")) {
          n.properties().forEach(e -> describedMembers(e.getValue(), path + "/$defs/" + e.getKey(), undescribed));
        } else {
          describedMembers(n, path + "/" + sub, undescribed);
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"rank", "select", "assess"})
  void samplesAndDocumentedInputsValidateAndAreNotRefused(String command) throws IOException {
    Schema schema = schema(command);
    List<String> inputs = inputs(command);
    // rank: sample, README, 6 choices of the docs contract (the preference functions); select:
    // sample, README, docs; assess:
    // sample and the README's 3 methods.
    assertEquals(Map.of("rank", 8, "select", 3, "assess", 4).get(command), inputs.size());
    for (String input : inputs) {
      assertEquals(List.of(), schema.validate(input, InputFormat.JSON).stream().map(Error::toString).toList(), input);
      CliRun r = run(command, input);
      assertNotEquals(Civicplan.USAGE, r.exitCode(), () -> input + "\n" + r);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"rank", "select", "assess"})
  void typeMutantsAreRejectedExactlyWhenTheCommandRefusesThem(String command) throws IOException {
    Schema schema = schema(command);
    int mutants = 0;
    int rejected = 0;
    Set<String> seen = new LinkedHashSet<>();
    for (String input : inputs(command)) {
      JsonNode original = JSON.readTree(input);
      List<String> paths = new ArrayList<>();
      collect(original, "", paths);
      for (String path : paths) {
        for (boolean toNull : new boolean[] {false, true}) {
          JsonNode mutant = original.deepCopy();
          replace(mutant, path, toNull);
          String text = JSON.writeValueAsString(mutant);
          if (!seen.add(text)) {
            continue;
          }
          List<Error> errors = schema.validate(text, InputFormat.JSON);
          CliRun r = run(command, text);
          assertEquals(r.exitCode() == Civicplan.USAGE, !errors.isEmpty(),
              () -> command + " at " + path + ": the command says " + r + "\nand the schema " + errors + "\n" + text);
          mutants++;
          rejected += errors.isEmpty() ? 0 : 1;
        }
      }
    }
    // Every type mutant is refused; in rank and assess some null mutants are not (a missing value,
    // an optional member given as null), in select null is refused everywhere.
    assertTrue(rejected > mutants / 2, rejected + " of " + mutants + " rejected");
    assertEquals(!command.equals("select"), rejected < mutants, rejected + " of " + mutants + " rejected");
  }

  @ParameterizedTest
  @ValueSource(strings = {"rank", "select", "assess"})
  void anUnknownMemberIsRejectedByBoth(String command) throws IOException {
    Schema schema = schema(command);
    int objects = 0;
    for (String input : inputs(command)) {
      JsonNode original = JSON.readTree(input);
      List<String> paths = new ArrayList<>();
      paths.add("");
      collect(original, "", paths);
      for (String path : paths) {
        JsonNode target = path.isEmpty() ? original : original.at(path);
        if (!target.isObject() || FREE_MAPS.contains(path.substring(path.lastIndexOf('/') + 1))) {
          continue;
        }
        JsonNode mutant = original.deepCopy();
        ((ObjectNode) (path.isEmpty() ? mutant : mutant.at(path))).put("colour", "blue");
        String text = JSON.writeValueAsString(mutant);
        List<Error> errors = schema.validate(text, InputFormat.JSON);
        CliRun r = run(command, text);
        assertEquals(Civicplan.USAGE, r.exitCode(), () -> path + "\n" + r);
        assertTrue(r.err().contains("unknown member \"colour\""), r::err);
        assertTrue(errors.toString().contains("colour"), () -> path + ": " + errors);
        objects++;
      }
    }
    assertTrue(objects >= 3, objects + " objects");
  }

  private static void collect(JsonNode node, String path, List<String> out) {
    if (!path.isEmpty()) {
      out.add(path);
    }
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        collect(e.getValue(), path + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), path + "/" + i, out);
      }
    }
  }

  /**
   * Replaces the value at {@code path}: by null, or by one of another JSON type (a text by an
   * object, a number or boolean by a text, an object by an array, an array by a text).
   */
  private static void replace(JsonNode root, String path, boolean toNull) {
    int cut = path.lastIndexOf('/');
    JsonNode parent = cut == 0 ? root : root.at(path.substring(0, cut));
    String last = path.substring(cut + 1).replace("~1", "/").replace("~0", "~");
    JsonNode old = parent.isObject() ? parent.get(last) : parent.get(Integer.parseInt(last));
    JsonNode replacement;
    if (toNull) {
      replacement = F.nullNode();
    } else if (old.isString()) {
      replacement = F.objectNode().put("text", old.asString());
    } else if (old.isNumber() || old.isBoolean()) {
      replacement = F.stringNode(old.asString());
    } else if (old.isObject()) {
      replacement = F.arrayNode().add(old.deepCopy());
    } else {
      replacement = F.stringNode("not-a-list");
    }
    if (parent instanceof ObjectNode o) {
      o.set(last, replacement);
    } else {
      ((ArrayNode) parent).set(Integer.parseInt(last), replacement);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"rank", "select", "assess"})
  void theSchemaStatesExactlyTheMembersTheReaderReads(String command) throws IOException {
    JsonNode s;
    try (InputStream in = getClass().getResourceAsStream("/org/civicplan/cli/schemas/" + command + ".schema.json")) {
      s = JSON.readTree(in);
    }
    List<String> members = switch (command) {
      case "rank" -> RankCommand.MEMBERS;
      case "select" -> SelectCommand.MEMBERS;
      default -> AssessCommand.MEMBERS;
    };
    assertEquals(members, List.copyOf(s.get("properties").propertyNames()));
    assertEquals(false, s.get("additionalProperties").asBoolean(true));
  }

  @Test
  void documentedChoicesAreTheSchemaEnumerations() throws IOException {
    // The rank contract of docs/prioritisation.md lists every method and option label; the schema
    // enumerates the same ones.
    JsonNode s;
    try (InputStream in = getClass().getResourceAsStream("/org/civicplan/cli/schemas/rank.schema.json")) {
      s = JSON.readTree(in);
    }
    JsonNode docs = JSON.readTree(between(Files.readString(ROOT.resolve("docs/prioritisation.md")),
        "`civicplan rank PROBLEM.json [--format json|text]` reads:\n\n```\n", "```"));
    assertEquals(List.of(docs.get("method").asString().split("\\|")), strings(s.at("/properties/method/enum")));
    for (String option : List.of("normalization", "prioritization", "randomIndex", "synthesis")) {
      assertEquals(List.of(docs.at("/options/" + option).asString().split("\\|")),
          strings(s.at("/properties/options/properties/" + option + "/enum")), option);
    }
    assertEquals(List.of(docs.at("/criteria/0/preference/function").asString().split("\\|")),
        strings(s.at("/properties/criteria/items/properties/preference/properties/function/enum")));
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asString()));
    return out;
  }
}
