// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class FoundationCommandsTest {

  @TempDir Path dir;

  @Test
  void everyCommandHasHelp() {
    for (String command : new String[] {"templates", "new", "validate", "convert", "demo"}) {
      CliRun run = CliRun.of(command, "--help");
      assertEquals(0, run.exitCode(), run.toString());
      assertTrue(run.out().contains("Usage: civicplan " + command), run.toString());
    }
  }

  @Test
  void unknownOption_isUsageError_onStderrInOneSentence() {
    CliRun run = CliRun.of("validate", "--bogus", "x.json");
    assertEquals(2, run.exitCode(), run.toString());
    assertTrue(run.err().startsWith("civicplan: Unknown option: '--bogus'"), run.toString());
  }

  @Test
  void templates_json_listsInstalledTemplates() throws IOException {
    CliRun run = CliRun.of("templates", "--format", "json");
    assertEquals(0, run.exitCode(), run.toString());
    JsonNode root = Cli.JSON.readTree(run.out());
    assertTrue(root.get("templates").isArray(), run.out());
  }

  @Test
  void validate_missingFile_exits2() {
    CliRun run = CliRun.of("validate", dir.resolve("absent.json").toString());
    assertEquals(2, run.exitCode(), run.toString());
    assertTrue(run.err().contains("absent.json: no such file"), run.toString());
  }

  @Test
  void validate_unparsableFile_exits2_withLineAndColumn() throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\n  \"schemaVersion\": 1,\n  \"id\": \n}\n", StandardCharsets.UTF_8);
    CliRun run = CliRun.of("validate", bad.toString());
    assertEquals(2, run.exitCode(), run.toString());
    assertTrue(run.err().contains("bad.json:"), run.toString());
    assertTrue(run.err().matches("(?s).*bad\\.json:\\d+:\\d+: .*"), run.toString());
  }

  @Test
  void validate_validFile_exits0_andJsonHasTheContractShape() throws IOException {
    Path file = dir.resolve("sample.json");
    Files.copy(Path.of("../data/climate-strategy.json"), file);
    CliRun run = CliRun.of("validate", file.toString(), "--format", "json");
    assertEquals(0, run.exitCode(), run.toString());
    JsonNode doc = Cli.JSON.readTree(run.out()).get("documents").get(0);
    assertEquals(file.toString(), doc.get("file").asString());
    assertTrue(doc.get("valid").asBoolean());
    for (JsonNode f : doc.get("findings")) {
      assertTrue(f.has("severity") && f.has("code") && f.has("path") && f.has("message"), f.toString());
      assertFalse(f.get("severity").asString().equals("error"), f.toString());
    }
    assertEquals(0, doc.get("findings").size(), "the bundled sample has no finding: " + doc);
  }

  @Test
  void validate_invalidFile_exits1_withFindingInRomanian() throws IOException {
    Path file = dir.resolve("invalid.json");
    String text = Files.readString(Path.of("../data/climate-strategy.json"));
    // An action ending before the strategy starts: an error under the core rules.
    String broken = text.replaceFirst("\"end\" *: *\"\\d{4}", "\"end\" : \"1999");
    assertFalse(broken.equals(text), "the sample has an action end date to break");
    Files.writeString(file, broken);
    CliRun run = CliRun.of("validate", file.toString(), "--locale", "ro");
    assertEquals(1, run.exitCode(), run.toString());
    assertTrue(run.out().contains("eroare"), run.toString());
  }

  @Test
  void convert_jsonToYamlAndBack_isLossless() throws IOException {
    Path yaml = dir.resolve("s.yaml");
    Path json = dir.resolve("s.json");
    assertEquals(0, CliRun.of("convert", "../data/climate-strategy.json", "--to", "yaml", "--out", yaml.toString()).exitCode());
    assertEquals(0, CliRun.of("convert", yaml.toString(), "--to", "json", "--out", json.toString()).exitCode());
    CliRun again = CliRun.of("convert", json.toString(), "--to", "json");
    assertEquals(Files.readString(json), again.out());
  }

  @Test
  void convert_badTarget_exits2() {
    CliRun run = CliRun.of("convert", "../data/climate-strategy.json", "--to", "xml");
    assertEquals(2, run.exitCode(), run.toString());
    assertTrue(run.err().contains("--to must be json or yaml"), run.toString());
  }

  @Test
  void new_unknownTemplate_exits2_listingKnownIds() {
    CliRun run = CliRun.of("new", "--template", "nope", "--municipality", "Lugoj", "--from", "2026", "--to", "2030");
    assertEquals(2, run.exitCode(), run.toString());
    assertTrue(run.err().contains("no template \"nope\""), run.toString());
  }

  @Test
  void new_writesADraftThatValidatesWithoutErrors() {
    Path out = dir.resolve("draft.yaml");
    CliRun run = CliRun.of("new", "--template", "climate", "--municipality", "Lugoj", "--from", "2026", "--to", "2030",
        "--out", out.toString());
    assertEquals(0, run.exitCode(), run.toString());
    CliRun validate = CliRun.of("validate", out.toString());
    assertEquals(0, validate.exitCode(), validate.toString());
  }

  @Test
  void demo_runsOnTheBundledSample_andWritesLosslessCopies() throws IOException {
    CliRun run = CliRun.of("demo", "--out", dir.toString());
    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(run.out().contains("illustrative"), run.toString());
    assertTrue(run.out().contains("read back: identical"), run.toString());
    // the sample is complete: no finding at all, not even a warning
    assertTrue(run.out().contains("3. Validated it: valid — 0 errors, 0 warnings, 0 infos"), run.toString());
    assertTrue(run.out().contains("Municipiul Exemplu, 2022/2030: 17 objectives, 8 actions, 18 indicators, 7 annexes"),
        run.toString());
    for (String name : new String[] {"strategy.json", "strategy.yaml", "consultation-report.md", "consultation-report.json",
        "alignment.md", "alignment.json", "report.json", "report.csv", "report.md", "report.html"}) {
      assertTrue(Files.size(dir.resolve(name)) > 0, name + "\n" + run);
    }
    String html = Files.readString(dir.resolve("report.html"));
    assertTrue(html.contains("<svg"), "the HTML report has SVG charts");
  }
}
