// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code civicplan pb}, run in-process: the JSON contract, the text format and the exit codes. */
class PbCommandTest {

  /** pabutools test_rule.py, "Approval example 2", as a pabulib file. */
  static final String EXAMPLE = """
      META
      key;value
      description;pabutools test_rule.py Approval example 2
      num_projects;4
      num_votes;4
      budget;4
      vote_type;approval
      PROJECTS
      project_id;cost;name;selected
      p0;1;Zero;1
      p1;0.9;One;0
      p2;2;Two;1
      p3;1.09;Three;0
      VOTES
      voter_id;neighborhood;vote
      1;north;p0
      2;south;p1,p2,p3
      3;south;p1,p2,p3
      4;north;p2
      """;

  @TempDir Path dir;

  private CliRun run(String content, String... args) throws Exception {
    Path f = dir.resolve("example.pb");
    Files.writeString(f, content);
    List<String> all = new ArrayList<>(List.of("pb", f.toString()));
    all.addAll(List.of(args));
    return CliRun.of(all.toArray(String[]::new));
  }

  private static JsonNode json(CliRun r) {
    return PrioritisationJson.MAPPER.readTree(r.out());
  }

  @Test
  void mesWritesTheJsonContract() throws Exception {
    CliRun r = run(EXAMPLE, "--rule", "mes");
    assertEquals(0, r.exitCode(), r::toString);
    JsonNode o = json(r);
    assertEquals("mes", o.get("rule").asString());
    assertEquals("cost", o.get("utility").asString());
    assertEquals("none", o.get("completion").asString());
    assertEquals("4", o.get("budget").asString());
    assertEquals(List.of("p2", "p0"), strings(o.get("selected")));
    assertEquals("3", o.get("totalCost").asString());
    JsonNode p2 = o.get("projects").get(2);
    assertEquals("p2", p2.get("id").asString());
    assertTrue(p2.get("funded").asBoolean());
    assertEquals("bought in round 1 at ρ = 1/3 (≈ 0.333333): each of its 3 supporters paid at most 2/3 (≈ 0.666667)",
        p2.get("reason").get("en").asString());
    assertTrue(p2.get("reason").get("ro").asString().startsWith("cumpărat în runda 1"));
    assertEquals("1/3", p2.get("figures").get("rho").asString());
    JsonNode p1 = o.get("projects").get(1);
    assertEquals(false, p1.get("funded").asBoolean());
    assertEquals("0.9", p1.get("cost").asString());
    assertEquals("2/3", p1.get("figures").get("supportersMoney").asString());
    assertEquals(0, o.get("findings").size());
    assertEquals(List.of("p0", "p2"), strings(o.get("officialOutcome")));
    assertEquals("neighborhood", o.get("proportionality").get("groupAttribute").asString());
  }

  @Test
  void completionAndIncrement() throws Exception {
    CliRun r = run(EXAMPLE, "--rule", "mes", "--completion", "add1-exhaustive", "--increment", "1/10");
    assertEquals(0, r.exitCode(), r::toString);
    JsonNode o = json(r);
    assertEquals("add1-exhaustive", o.get("completion").asString());
    assertEquals(List.of("p0", "p1", "p2"), strings(o.get("selected")).stream().sorted().toList());
    assertEquals("0.1", o.get("increment").asString());
  }

  @Test
  void cardinalityWithFill() throws Exception {
    CliRun r = run(EXAMPLE, "--rule", "mes", "--utility", "cardinality", "--fill", "greedy");
    assertEquals(0, r.exitCode(), r::toString);
    assertEquals(List.of("p1", "p3", "p0"), strings(json(r).get("selected")));
  }

  @Test
  void greedyAndPhragmen() throws Exception {
    CliRun g = run(EXAMPLE, "--rule", "greedy");
    assertEquals(0, g.exitCode(), g::toString);
    // Approvals: p2 3, p1 2, p3 2, p0 1: p2 (2), p1 (0.9), p3 does not fit 1.1 left? 1.09 fits, then p0 does not.
    assertEquals(List.of("p2", "p1", "p3"), strings(json(g).get("selected")));
    CliRun p = run(EXAMPLE, "--rule", "phragmen");
    assertEquals(0, p.exitCode(), p::toString);
    assertEquals("phragmen", json(p).get("rule").asString());
  }

  @Test
  void textFormatInRomanian() throws Exception {
    CliRun r = run(EXAMPLE, "--rule", "mes", "--format", "text", "--locale", "ro");
    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(r.out().startsWith("regula mes (utilitate cost, completare none, umplere none)\n"), r::toString);
    assertTrue(r.out().contains("1. p2  cost 2 — cumpărat în runda 1"), r::toString);
    assertTrue(r.out().contains("nefinanțate:"), r::toString);
  }

  @Test
  void unknownProjectInABallotExitsOne() throws Exception {
    CliRun r = run(EXAMPLE.replace("4;north;p2", "4;north;p2,p9"), "--rule", "greedy");
    assertEquals(1, r.exitCode(), r::toString);
    assertEquals("pb.unknown-project", json(r).get("findings").get(0).get("code").asString());
    assertTrue(r.err().startsWith("civicplan: "), r::toString);
  }

  @Test
  void malformedFileExitsTwoWithLineAndColumn() throws Exception {
    CliRun r = run(EXAMPLE.replace("p1;0.9;One;0", "p1;zero point nine;One;0"), "--rule", "mes");
    assertEquals(2, r.exitCode(), r::toString);
    assertTrue(r.err().startsWith("civicplan: "), r::toString);
    assertTrue(r.err().contains("example.pb:11:4: cost must be a decimal number but was \"zero point nine\" (pabulib.bad-number)"), r::toString);
  }

  @Test
  void missingFileExitsTwo() {
    CliRun r = CliRun.of("pb", dir.resolve("none.pb").toString(), "--rule", "mes");
    assertEquals(2, r.exitCode(), r::toString);
  }

  @Test
  void wrongUsageExitsTwo() throws Exception {
    assertEquals(2, run(EXAMPLE, "--rule", "majority").exitCode());
    assertEquals(2, run(EXAMPLE).exitCode());
    assertEquals(2, run(EXAMPLE, "--rule", "greedy", "--completion", "add1").exitCode());
    assertEquals(2, run(EXAMPLE, "--rule", "mes", "--increment", "0").exitCode());
    assertEquals(2, run(EXAMPLE, "--rule", "mes", "--increment", "abc").exitCode());
    assertEquals(2, run(EXAMPLE, "--rule", "phragmen", "--utility", "cost").exitCode());
    assertEquals(2, run(EXAMPLE, "--rule", "mes", "--format", "xml").exitCode());
  }

  @Test
  void outputIsDeterministic() throws Exception {
    assertEquals(run(EXAMPLE, "--rule", "mes", "--completion", "add1").out(), run(EXAMPLE, "--rule", "mes", "--completion", "add1").out());
  }

  @Test
  void runsOnTheBundledIllustrativeEdition() {
    CliRun r = CliRun.of("pb", "../data/pb-exemplu-2026.pb", "--rule", "mes", "--completion", "add1", "--fill", "greedy");
    assertEquals(0, r.exitCode(), r::toString);
    assertEquals("1000000", json(r).get("budget").asString());
  }

  /** Every {@code pb} command line of docs/participatory-budgeting.md and of the README runs and succeeds. */
  @Test
  void theExamplesOfTheGuideAndTheReadmeRun() throws Exception {
    List<String> lines = new ArrayList<>();
    for (String doc : List.of("../../docs/participatory-budgeting.md", "../../README.md")) {
      Files.readAllLines(Path.of(doc)).stream().filter(l -> l.startsWith("java -jar samples/cli/target/civicplan.jar pb ")).forEach(lines::add);
    }
    assertEquals(5, lines.size(), lines::toString);
    for (String line : lines) {
      String[] args = line.substring("java -jar samples/cli/target/civicplan.jar ".length()).replace("samples/data/", "../data/").split(" ");
      CliRun r = CliRun.of(args);
      assertEquals(0, r.exitCode(), () -> line + "\n" + r);
      assertTrue(!r.out().isBlank(), line);
    }
  }

  private static List<String> strings(JsonNode array) {
    List<String> s = new ArrayList<>();
    array.forEach(n -> s.add(n.asString()));
    return s;
  }
}
