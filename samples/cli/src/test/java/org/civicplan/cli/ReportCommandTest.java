// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReportCommandTest {

  private static final Path SAMPLE = Path.of("../data/climate-strategy.json");

  @TempDir Path dir;

  private Path csv(String text) throws IOException {
    Path f = dir.resolve("measurements.csv");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void writesTheFourRenderings_ofTheSample() throws Exception {
    Path m = csv("indicator,date,value,source\nCLI-01,2024,100,test\n");
    Path out = dir.resolve("out");
    CliRun r = CliRun.of("report", SAMPLE.toString(), "--measurements", m.toString(), "--as-of", "2026-06-30",
        "--period", "2026", "--locale", "ro", "--out", out.toString());
    assertEquals(0, r.exitCode(), r.toString());
    for (String f : List.of("report.json", "report.csv", "report.md", "report.html")) {
      assertTrue(Files.size(out.resolve(f)) > 0, f);
    }
    JsonNode json = JsonMapper.builder().build().readTree(Files.readString(out.resolve("report.json")));
    assertEquals("2026-06-30", json.get("asOf").asString());
    assertEquals("2026/2026", json.get("period").asString());
    String html = Files.readString(out.resolve("report.html"));
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document d = f.newDocumentBuilder().parse(out.resolve("report.html").toFile());
    assertTrue(d.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength() > 2);
    assertTrue(html.contains("Raport de monitorizare"), "Romanian labels");
    String csvOut = Files.readString(out.resolve("report.csv"));
    assertTrue(csvOut.startsWith("record,id,title"), csvOut);
    // CLI-01 appears with the imported value as latest
    JsonNode cli01 = null;
    for (JsonNode i : json.get("indicators")) {
      if (i.get("id").asString().equals("CLI-01")) {
        cli01 = i;
      }
    }
    assertTrue(cli01 != null && cli01.toString().contains("\"2024\""), String.valueOf(cli01));
  }

  @Test
  void rejectedRows_printRowAndColumn_andWriteNothing() throws Exception {
    Path m = csv("indicator,date,value\nCLI-01,2024,100\nCLI-99,2024,1\nCLI-02,24-01,x\n");
    Path out = dir.resolve("out");
    CliRun r = CliRun.of("report", SAMPLE.toString(), "--measurements", m.toString(), "--as-of", "2026-06-30",
        "--out", out.toString());
    assertEquals(1, r.exitCode(), r.toString());
    assertTrue(r.err().contains(m + ":3: indicator: "), r.err());
    assertTrue(r.err().contains(m + ":4: date: ") && r.err().contains(m + ":4: value: "), r.err());
    assertFalse(Files.exists(out), "nothing written");
  }

  @Test
  void wrongUsage_exits2() throws Exception {
    Path m = csv("indicator,date,value\n");
    assertEquals(2, CliRun.of("report", SAMPLE.toString(), "--measurements", m.toString(), "--as-of", "soon",
        "--out", dir.toString()).exitCode());
    assertEquals(2, CliRun.of("report", SAMPLE.toString(), "--as-of", "2026", "--out", dir.toString()).exitCode());
    assertEquals(2, CliRun.of("report", "missing.json", "--measurements", m.toString(), "--as-of", "2026",
        "--out", dir.toString()).exitCode());
  }
}
