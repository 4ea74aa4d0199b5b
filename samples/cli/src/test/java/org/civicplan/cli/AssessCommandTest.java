package org.civicplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AssessCommandTest {

  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private Run run(String json) throws IOException {
    Path f = dir.resolve("series.json");
    Files.writeString(f, json, StandardCharsets.UTF_8);
    return runArgs("assess", f.toString());
  }

  private Run runArgs(String... args) {
    CommandLine cl = Civicplan.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private static JsonNode json(String text) {
    return JsonMapper.builder().build().readTree(text);
  }

  private static final String ISSUE_EXAMPLE = """
      {"method": "%s",
       "direction": "decrease",
       "baseline": {"date": "2015", "value": 100.0},
       "target": {"date": "2030", "value": 60.0},
       "observations": [{"date": "2020", "value": 85.0}],
       "asOf": "2021"}
      """;

  @Test
  void eurostat_issueExample_printsTheContractFields() throws IOException {
    Run r = run(ISSUE_EXAMPLE.formatted("eurostat"));
    assertEquals(0, r.code(), r.err());
    JsonNode n = json(r.out());
    List<String> names = new ArrayList<>(n.propertyNames());
    assertEquals(List.of("method", "status", "category", "progress", "expectedProgress", "trajectoryValue",
        "actualRate", "requiredRate", "ratio", "findings"), names);
    assertEquals("eurostat", n.get("method").asString());
    assertEquals("on-track", n.get("status").asString());
    assertEquals("significant-progress", n.get("category").asString());
    assertEquals(0.375, n.get("progress").asDouble());
    assertEquals(1.0 / 3, n.get("expectedProgress").asDouble());
    assertEquals(Math.pow(0.85, 1.0 / 5) - 1, n.get("actualRate").asDouble(), 1e-15);
    assertEquals(Math.pow(0.6, 1.0 / 15) - 1, n.get("requiredRate").asDouble(), 1e-15);
    assertEquals(n.get("actualRate").asDouble() / n.get("requiredRate").asDouble(), n.get("ratio").asDouble(), 1e-15);
    assertTrue(n.get("findings").isArray() && n.get("findings").isEmpty());
  }

  @Test
  void linear_issueExample_omitsRatesAndCategory() throws IOException {
    Run r = run(ISSUE_EXAMPLE.formatted("linear"));
    assertEquals(0, r.code(), r.err());
    JsonNode n = json(r.out());
    assertEquals(100 - 40.0 * 5 / 15, n.get("trajectoryValue").asDouble(), 1e-12);
    assertEquals(5.0 / 15, n.get("expectedProgress").asDouble(), 1e-15);
    assertFalse(n.has("category"));
    assertFalse(n.has("actualRate"));
    assertFalse(n.has("ratio"));
  }

  @Test
  void openSdg_withoutTarget_andDefaultAsOf() throws IOException {
    Run r = run("""
        {"method": "open-sdg", "direction": "increase",
         "baseline": {"date": "2015-01-01", "value": 10},
         "observations": [{"date": "2018", "value": 11}, {"date": "2016", "value": 9}]}
        """);
    assertEquals(0, r.code(), r.err());
    JsonNode n = json(r.out());
    assertEquals("on-track", n.get("category").asString());
    assertEquals(Math.pow(1.1, 1.0 / 3) - 1, n.get("actualRate").asDouble(), 1e-15);
    assertFalse(n.has("progress"));
    assertFalse(n.has("requiredRate"));
  }

  @Test
  void errorFinding_exitsWithOne() throws IOException {
    Run r = run("""
        {"method": "eurostat", "direction": "increase",
         "baseline": {"date": "2015", "value": -3},
         "target": {"date": "2030", "value": 10},
         "observations": [{"date": "2020", "value": 2}]}
        """);
    assertEquals(1, r.code());
    JsonNode f = json(r.out()).get("findings").get(0);
    assertEquals("error", f.get("severity").asString());
    assertEquals("monitoring.growth.wrong-side-of-zero", f.get("code").asString());
    assertEquals("/baseline/value", f.get("path").asString());
    assertTrue(f.get("message").isString(), f.toString());
    assertFalse(f.get("message").asString().isBlank());
    assertEquals("no-data", json(r.out()).get("status").asString());
  }

  @Test
  void unreadableOrInvalidInput_exitsWithTwo() throws IOException {
    assertEquals(2, run("{not json").code());
    Run badMethod = run(ISSUE_EXAMPLE.formatted("guess"));
    assertEquals(2, badMethod.code());
    assertTrue(badMethod.err().contains("linear, eurostat, open-sdg"), badMethod.err());
    Run badDate = run(ISSUE_EXAMPLE.formatted("linear").replace("\"2020\"", "\"20-20\""));
    assertEquals(2, badDate.code());
    assertTrue(badDate.err().contains("/observations/0/date"), badDate.err());
    assertEquals(2, runArgs("assess", dir.resolve("missing.json").toString()).code());
    assertEquals(2, runArgs("assess").code());
  }

  @Test
  void json_carriesFullValues_whereTheTextFormRounds() throws IOException {
    Path f = dir.resolve("series.json");
    Files.writeString(f, ISSUE_EXAMPLE.formatted("eurostat"), StandardCharsets.UTF_8);
    Run json = runArgs("assess", f.toString());
    JsonNode n = json(json.out());
    // 1/3 written in full reads back as the same double; rounded to 3 decimals it would be 0.333.
    assertEquals(1.0 / 3, n.get("expectedProgress").asDouble());
    assertTrue(json.out().contains("\"expectedProgress\" : 0.3333333333333333"), json.out());
    Run text = runArgs("assess", f.toString(), "--format", "text");
    assertEquals(0, text.code(), text.err());
    assertTrue(text.out().contains("expected progress: 0.333\n"), text.out());
    assertTrue(text.out().contains("ratio: 0.96\n"), text.out());
  }

  @Test
  void findingMessage_isInTheRequestedLocale() throws IOException {
    Path f = dir.resolve("series.json");
    Files.writeString(f, """
        {"method": "eurostat", "direction": "increase",
         "baseline": {"date": "2015", "value": -3},
         "target": {"date": "2030", "value": 10},
         "observations": [{"date": "2020", "value": 2}]}
        """, StandardCharsets.UTF_8);
    String en = json(runArgs("assess", f.toString()).out()).get("findings").get(0).get("message").asString();
    String ro = json(runArgs("assess", f.toString(), "--locale", "ro").out()).get("findings").get(0).get("message").asString();
    assertFalse(en.equals(ro), en);
  }

  @Test
  void notJson_isOneSentence_withLineAndColumn_withoutJacksonSourceNoise() throws IOException {
    Run r = run("{");
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("civicplan: "), r.err());
    assertFalse(r.err().contains("[Source"), r.err());
    assertFalse(r.err().contains("REDACTED"), r.err());
    assertTrue(r.err().matches("(?s)civicplan: .*series\\.json:1:\\d+: .*"), r.err());
  }
}
