// SPDX-License-Identifier: Apache-2.0
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
    assertEquals(0.333, n.get("expectedProgress").asDouble());
    assertEquals(-0.032, n.get("actualRate").asDouble());
    assertEquals(-0.033, n.get("requiredRate").asDouble());
    assertEquals(0.96, n.get("ratio").asDouble());
    assertTrue(n.get("findings").isArray() && n.get("findings").isEmpty());
  }

  @Test
  void linear_issueExample_omitsRatesAndCategory() throws IOException {
    Run r = run(ISSUE_EXAMPLE.formatted("linear"));
    assertEquals(0, r.code(), r.err());
    JsonNode n = json(r.out());
    assertEquals(86.67, n.get("trajectoryValue").asDouble());
    assertEquals(0.333, n.get("expectedProgress").asDouble());
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
    assertEquals(Math.round((Math.pow(1.1, 1.0 / 3) - 1) * 1000) / 1000.0, n.get("actualRate").asDouble());
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
    assertFalse(f.get("message").get("ro").asString().isBlank());
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
}
