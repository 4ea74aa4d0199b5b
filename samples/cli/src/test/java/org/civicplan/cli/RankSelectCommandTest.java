// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

/** {@code civicplan rank} and {@code civicplan select}, run in-process. */
class RankSelectCommandTest {

  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  private Run run(String json, String... args) throws Exception {
    Path f = dir.resolve("problem.json");
    Files.writeString(f, json);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Civicplan.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    String[] full = new String[args.length + 1];
    System.arraycopy(args, 0, full, 0, args.length);
    full[args.length] = f.toString();
    int code = cl.execute(full);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void rankTopsisWritesTheContract() throws Exception {
    String p =
        """
        {"method": "topsis",
         "criteria": [{"id": "c1", "direction": "benefit", "weight": 0.5}, {"id": "c2", "direction": "cost", "weight": 0.5}],
         "alternatives": [{"id": "a1", "values": {"c1": 3, "c2": 4}}, {"id": "a2", "values": {"c1": 4, "c2": 3}}]}
        """;
    Run r = run(p, "rank");
    assertEquals(0, r.code(), r.err());
    JsonNode o = PrioritisationJson.MAPPER.readTree(r.out());
    assertEquals("a2", o.get("ranking").get(0).get("id").asString());
    assertEquals(1, o.get("ranking").get(0).get("rank").asInt());
    assertEquals(1.0, o.get("ranking").get(0).get("score").asDouble(), 1e-12);
    assertTrue(o.get("ranking").get(0).get("details").has("dPlus"));
    assertEquals(0.5, o.get("weights").get("c1").asDouble(), 0);
    assertTrue(o.get("findings").isArray());
    // same input, same bytes
    assertEquals(r.out(), run(p, "rank").out());
  }

  @Test
  void rankAhpWithOnlyCriteriaMatrixGivesWeightsAndConsistency() throws Exception {
    Run r =
        run(
            """
            {"method": "ahp", "options": {"randomIndex": "saaty-2005"},
             "pairwise": {"criteria": {"items": ["c1","c2","c3"], "matrix": [[1, 3, 5], [0.3333333333, 1, 2], [0.2, 0.5, 1]]}}}
            """,
            "rank");
    assertEquals(0, r.code(), r.err());
    JsonNode o = PrioritisationJson.MAPPER.readTree(r.out());
    assertEquals("saaty-2005", o.get("consistency").get("randomIndexTable").asString());
    assertEquals(0.52, o.get("consistency").get("ri").asDouble(), 0);
    assertTrue(o.get("weights").get("c1").asDouble() > 0.6);
  }

  @Test
  void rankMissingValueIsExit1WithFinding() throws Exception {
    Run r =
        run(
            """
            {"method": "weighted-sum", "criteria": [{"id": "c1", "weight": 1}],
             "alternatives": [{"id": "a1", "values": {"c1": 1}}, {"id": "a2", "values": {}}]}
            """,
            "rank");
    assertEquals(1, r.code());
    assertTrue(r.out().contains("ranking.value.missing"));
  }

  @Test
  void rankNegativeWeightAndNonReciprocalMatrixAreExit1() throws Exception {
    Run w = run("{\"method\": \"vikor\", \"criteria\": [{\"id\": \"c1\", \"weight\": -1}], \"alternatives\": []}", "rank");
    assertEquals(1, w.code());
    assertTrue(w.out().contains("ranking.weight.negative"));
    Run m = run("{\"method\": \"ahp\", \"pairwise\": {\"criteria\": {\"items\": [\"a\",\"b\"], \"matrix\": [[1, 3], [3, 1]]}}}", "rank");
    assertEquals(1, m.code());
    assertTrue(m.out().contains("ahp.matrix.not-reciprocal"));
  }

  @Test
  void rankUnknownMethodOrBadJsonIsExit2() throws Exception {
    Run r = run("{\"method\": \"electre\"}", "rank");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("electre"));
    assertEquals(2, run("{not json", "rank").code());
  }

  @Test
  void selectWritesOptimalSelection() throws Exception {
    Run r =
        run(
            """
            {"budget": {"2026": 1000000, "2027": 800000},
             "projects": [{"id": "p1", "value": 12.5, "cost": {"2026": 300000, "2027": 0}, "requires": ["p3"], "mandatory": false},
                          {"id": "p3", "value": 7.5, "cost": {"2026": 600000}},
                          {"id": "p4", "value": 9, "cost": {"2027": 500000}},
                          {"id": "p5", "value": 8, "cost": {"2027": 400000}}],
             "exclusive": [["p4", "p5"]],
             "limits": {"seconds": 10}}
            """,
            "select");
    assertEquals(0, r.code(), r.err());
    JsonNode o = PrioritisationJson.MAPPER.readTree(r.out());
    assertEquals("[\"p1\",\"p3\",\"p4\"]", o.get("selected").toString());
    assertEquals(29.0, o.get("value").asDouble(), 1e-12);
    assertEquals("900000", o.get("cost").get("2026").decimalValue().toPlainString());
    assertTrue(o.get("optimal").asBoolean());
    assertEquals(29.0, o.get("bound").asDouble(), 1e-12);
  }

  @Test
  void selectWhoseLimitRunsOutWhileReadingGivesTheGreedySelectionNotProvenWithItsBound() throws Exception {
    // a nanosecond is used up by reading the file: the time limit counts from the command's start
    Run r =
        run(
            Files.readString(Path.of("../data/select-budget.json")).replaceFirst("\\{", "{\"limits\": {\"seconds\": 1e-9}, "),
            "select");
    assertEquals(0, r.code(), r.err());
    JsonNode o = PrioritisationJson.MAPPER.readTree(r.out());
    assertEquals(false, o.get("optimal").asBoolean());
    assertTrue(o.get("bound").asDouble() >= o.get("value").asDouble(), r.out());
    assertTrue(o.get("selected").size() > 0, r.out());
    assertTrue(r.out().contains("portfolio.limit.reached"), r.out());
  }

  @Test
  void remainingTimeIsTheLimitLessWhatHasPassedAndAQuarterOfItAndNeverLessThanANanosecond() {
    long start = System.nanoTime() - 4_000_000_000L;
    java.time.Duration left = SelectCommand.remaining(java.time.Duration.ofSeconds(100), start);
    // 100 s less the 4 s of reading, less a quarter of them kept for writing the answer
    assertTrue(left.compareTo(java.time.Duration.ofSeconds(95)) <= 0 && left.compareTo(java.time.Duration.ofSeconds(90)) > 0, left.toString());
    assertEquals(java.time.Duration.ofNanos(1), SelectCommand.remaining(java.time.Duration.ofNanos(5), start - 1_000_000));
  }

  @Test
  void selectInfeasibleIsExit1AndUnknownRequiresIsReported() throws Exception {
    Run r = run("{\"budget\": 100, \"projects\": [{\"id\": \"p1\", \"value\": 1, \"cost\": 150, \"mandatory\": true}]}", "select");
    assertEquals(1, r.code());
    assertTrue(r.out().contains("portfolio.infeasible.budget"));
    Run u = run("{\"budget\": 100, \"projects\": [{\"id\": \"p1\", \"value\": 1, \"cost\": 50, \"requires\": [\"zz\"]}]}", "select");
    assertEquals(1, u.code());
    assertTrue(u.out().contains("portfolio.reference.unknown"));
  }

  @Test
  void selectCycleIsSatisfiableWithWarning() throws Exception {
    Run r =
        run(
            "{\"budget\": 100, \"projects\": [{\"id\": \"a\", \"value\": 1, \"cost\": 10, \"requires\": [\"b\"]},"
                + " {\"id\": \"b\", \"value\": 1, \"cost\": 10, \"requires\": [\"a\"]}]}",
            "select");
    assertEquals(0, r.code(), r.out());
    JsonNode o = PrioritisationJson.MAPPER.readTree(r.out());
    assertEquals("[\"a\",\"b\"]", o.get("selected").toString());
    assertEquals("20", o.get("cost").decimalValue().toPlainString());
    assertTrue(r.out().contains("portfolio.requires.cycle"));
  }
}
