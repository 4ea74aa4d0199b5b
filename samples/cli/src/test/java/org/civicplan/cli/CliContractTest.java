// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

/** The contract every command keeps: exit codes, files, findings, languages, help. */
class CliContractTest {

  @TempDir Path dir;

  static final Path SAMPLE = Path.of("../data/climate-strategy.json");

  private Path copyOfSample(String name) throws IOException {
    return Files.copy(SAMPLE, dir.resolve(name));
  }

  private Path broken() throws IOException {
    String text = Files.readString(SAMPLE);
    return Files.writeString(dir.resolve("broken.json"), text.replaceFirst("\"end\" *: *\"\\d{4}", "\"end\" : \"1999"));
  }

  @Nested
  class Usage {

    @Test
    void noCommand_printsUsageOnStderr_andExits2() {
      CliRun run = CliRun.of();
      assertEquals(2, run.exitCode(), run.toString());
      assertEquals("", run.out());
      assertTrue(run.err().startsWith("Usage: civicplan"), run.toString());
    }

    @Test
    void version_namesTheBuiltVersion_java_andTheTemplates() {
      CliRun run = CliRun.of("--version");
      assertEquals(0, run.exitCode(), run.toString());
      List<String> lines = run.out().lines().toList();
      assertTrue(lines.get(0).matches("civicplan \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), run.toString());
      assertTrue(lines.get(1).startsWith("Java " + System.getProperty("java.version")), run.toString());
      assertTrue(lines.stream().anyMatch(l -> l.matches("  climate \\S+")), run.toString());
    }

    @Test
    void everyCommandSummary_isAWholeSentence() {
      CommandLine cl = Civicplan.commandLine();
      for (var e : cl.getSubcommands().entrySet()) {
        String[] description = e.getValue().getCommandSpec().usageMessage().description();
        assertTrue(description.length > 0 && description[0].endsWith("."),
            e.getKey() + ": the summary in 'civicplan --help' must be a whole sentence: " + String.join("|", description));
      }
    }

    @Test
    void everyCommandHelp_hasAnExample_thatParses() {
      CommandLine root = Civicplan.commandLine();
      for (var e : root.getSubcommands().entrySet()) {
        if (e.getKey().equals("help")) {
          continue;
        }
        String help = e.getValue().getUsageMessage();
        int at = help.indexOf("Example:");
        assertTrue(at >= 0, e.getKey() + " --help has no example:\n" + help);
        List<String> example = exampleArgs(help.substring(at), e.getKey());
        assertFalse(example.isEmpty(), e.getKey() + ": no 'civicplan " + e.getKey() + "' line in its example");
        // parses against a fresh command line: the options and arity are right
        Civicplan.commandLine().parseArgs(example.toArray(String[]::new));
      }
    }

    private List<String> exampleArgs(String footer, String command) {
      StringBuilder line = new StringBuilder();
      boolean in = false;
      for (String l : footer.lines().toList()) {
        String t = l.strip();
        if (t.startsWith("civicplan " + command + " ") || t.equals("civicplan " + command)) {
          in = true;
        }
        if (in) {
          line.append(t.endsWith("\\") ? t.substring(0, t.length() - 1) : t).append(' ');
          if (!t.endsWith("\\")) {
            break;
          }
        }
      }
      List<String> args = new ArrayList<>();
      for (String a : line.toString().strip().split("\\s+")) {
        if (a.equals(">") || a.equals("|")) {
          break; // the shell's, not civicplan's
        }
        args.add(a);
      }
      return args.size() > 1 ? args.subList(1, args.size()) : List.of();
    }

    @Test
    void completion_isPicocliBashScript_coveringEveryCommand() {
      CliRun run = CliRun.of("completion");
      assertEquals(0, run.exitCode(), run.toString());
      assertTrue(run.out().contains("complete -F _complete_civicplan"), run.out());
      for (String c : Civicplan.commandLine().getSubcommands().keySet()) {
        assertTrue(run.out().contains(c), c);
      }
    }

    @Test
    void everyCommand_prefixesErrorsWithCivicplan() throws IOException {
      Path notJson = Files.writeString(dir.resolve("p.json"), "{");
      for (String command : List.of("rank", "select", "assess")) {
        CliRun run = CliRun.of(command, notJson.toString());
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().startsWith("civicplan: "), command + ": " + run.err());
        assertFalse(run.err().startsWith("civicplan " + command), run.err());
        assertFalse(run.err().contains("[Source"), run.err());
      }
      CliRun badFormat = CliRun.of("rank", notJson.toString(), "--format", "xml");
      assertEquals(2, badFormat.exitCode());
      assertTrue(badFormat.err().startsWith("civicplan: "), badFormat.err());
    }
  }

  @Nested
  class Files_ {

    @Test
    void new_refusesToOverwrite_withoutForce() throws IOException {
      Path precious = Files.writeString(dir.resolve("precious.yaml"), "precious: true\n");
      String[] args = {"new", "--template", "climate", "--municipality", "Lugoj", "--from", "2026", "--to", "2030",
          "--out", precious.toString()};
      CliRun refused = CliRun.of(args);
      assertEquals(2, refused.exitCode(), refused.toString());
      assertEquals("civicplan: " + precious + " already exists; add --force to overwrite it\n", refused.err());
      assertEquals("precious: true\n", Files.readString(precious));
      List<String> forced = new ArrayList<>(List.of(args));
      forced.add("--force");
      assertEquals(0, CliRun.of(forced.toArray(String[]::new)).exitCode());
      assertTrue(Files.readString(precious).contains("schemaVersion"));
    }

    @Test
    void new_neverWritesOverItsOverlay() throws IOException {
      Path overlay = Files.copy(Path.of("../data/overlay-lugoj.yaml"), dir.resolve("lugoj.yaml"));
      String before = Files.readString(overlay);
      CliRun run = CliRun.of("new", "--template", "climate", "--municipality", "Lugoj", "--from", "2026", "--to", "2030",
          "--overlay", overlay.toString(), "--out", overlay.toString(), "--force");
      assertEquals(2, run.exitCode(), run.toString());
      assertTrue(run.err().contains("is an input of this command"), run.err());
      assertEquals(before, Files.readString(overlay));
    }

    @Test
    void convert_neverWritesOverItsInput_evenWithForce() throws IOException {
      Path tm = Files.writeString(dir.resolve("tm.yaml"), CliRun.of("convert", SAMPLE.toString(), "--to", "yaml").out());
      String before = Files.readString(tm);
      CliRun run = CliRun.of("convert", tm.toString(), "--to", "json", "--out", tm.toString(), "--force");
      assertEquals(2, run.exitCode(), run.toString());
      assertEquals(1, run.err().lines().count(), run.err());
      assertEquals(before, Files.readString(tm));
    }

    @Test
    void convert_refusesAnExistingFile_withoutForce() throws IOException {
      Path existing = Files.writeString(dir.resolve("out.json"), "{}");
      assertEquals(2, CliRun.of("convert", SAMPLE.toString(), "--to", "json", "--out", existing.toString()).exitCode());
      assertEquals("{}", Files.readString(existing));
      assertEquals(0, CliRun.of("convert", SAMPLE.toString(), "--to", "json", "--out", existing.toString(), "--force")
          .exitCode());
    }

    @Test
    void transition_neverWritesOverItsInput() throws IOException {
      Path s = copyOfSample("s.json");
      String before = Files.readString(s);
      CliRun run = CliRun.of("transition", s.toString(), "--to", "under-revision", "--on", "2026-07-01",
          "--out", s.toString(), "--force");
      assertEquals(2, run.exitCode(), run.toString());
      assertEquals(before, Files.readString(s));
    }

    @Test
    void report_refusesToOverwriteItsFiles_withoutForce() throws IOException {
      Path out = Files.createDirectories(dir.resolve("report"));
      Files.writeString(out.resolve("report.md"), "mine");
      String[] args = {"report", SAMPLE.toString(), "--measurements", "../data/measurements-2026.csv",
          "--as-of", "2026-06-30", "--out", out.toString()};
      CliRun refused = CliRun.of(args);
      assertEquals(2, refused.exitCode(), refused.toString());
      assertEquals("mine", Files.readString(out.resolve("report.md")));
      assertFalse(Files.exists(out.resolve("report.json")), "nothing is written when one file is refused");
      List<String> forced = new ArrayList<>(List.of(args));
      forced.add("--force");
      assertEquals(0, CliRun.of(forced.toArray(String[]::new)).exitCode());
    }

    @Test
    void demo_refusesAFolderThatHoldsFiles_withoutForce() throws IOException {
      Path out = Files.createDirectories(dir.resolve("demo"));
      Files.writeString(out.resolve("strategy.json"), "mine");
      CliRun refused = CliRun.of("demo", "--out", out.toString());
      assertEquals(2, refused.exitCode(), refused.toString());
      assertEquals("mine", Files.readString(out.resolve("strategy.json")));
      assertEquals(0, CliRun.of("demo", "--out", out.toString(), "--force").exitCode());
    }
  }

  @Nested
  class Findings {

    private void assertShape(JsonNode f) {
      Set<String> allowed = Set.of("severity", "code", "path", "message", "line", "column");
      f.propertyNames().forEach(n -> assertTrue(allowed.contains(n), "unexpected member " + n + " in " + f));
      assertTrue(f.get("severity").asString().matches("error|warning|info"), f.toString());
      assertFalse(f.get("code").asString().isBlank(), f.toString());
      assertTrue(f.get("path").isString(), f.toString());
      assertTrue(f.get("message").isString(), "message is a string in the requested locale: " + f);
    }

    @Test
    void validate_findingHasLineAndColumn_andTheMessageInTheLocale() throws IOException {
      Path file = broken();
      CliRun run = CliRun.of("validate", file.toString(), "--format", "json", "--locale", "ro");
      assertEquals(1, run.exitCode(), run.toString());
      JsonNode f = Cli.JSON.readTree(run.out()).get("documents").get(0).get("findings").get(0);
      assertShape(f);
      assertEquals("/actions/0/end", f.get("path").asString());
      List<String> lines = Files.readAllLines(file);
      String at = lines.get(f.get("line").asInt() - 1);
      assertTrue(at.contains("\"end\""), "line " + f.get("line") + " is " + at);
      String en = Cli.JSON.readTree(CliRun.of("validate", file.toString(), "--format", "json").out())
          .get("documents").get(0).get("findings").get(0).get("message").asString();
      assertFalse(en.equals(f.get("message").asString()), en);
    }

    @Test
    void validate_parseProblem_isAFindingWithACode() throws IOException {
      Path bad = Files.writeString(dir.resolve("bad.json"), "{\n  \"schemaVersion\": 1,\n  \"id\": \n}\n");
      CliRun run = CliRun.of("validate", bad.toString(), "--format", "json");
      assertEquals(2, run.exitCode(), run.toString());
      JsonNode doc = Cli.JSON.readTree(run.out()).get("documents").get(0);
      assertFalse(doc.get("valid").asBoolean());
      assertFalse(doc.has("problems"), doc.toString());
      JsonNode f = doc.get("findings").get(0);
      assertShape(f);
      assertEquals("error", f.get("severity").asString());
      assertEquals("document.syntax", f.get("code").asString(), f.toString());
      assertTrue(f.get("message").asString().startsWith("syntax error: "), f.toString());
      assertTrue(f.get("line").asInt() > 0 && f.get("column").asInt() > 0, f.toString());
    }

    @Test
    void validate_parseProblem_speaksTheLocale() throws IOException {
      Path bad = Files.writeString(dir.resolve("bad.json"), "{\n  \"schemaVersion\": 1,\n  \"id\": \n}\n");
      CliRun run = CliRun.of("validate", bad.toString(), "--format", "json", "--locale", "ro");
      JsonNode f = Cli.JSON.readTree(run.out()).get("documents").get(0).get("findings").get(0);
      assertShape(f);
      assertEquals("document.syntax", f.get("code").asString(), f.toString());
      assertTrue(f.get("message").asString().startsWith("eroare de sintaxă: "), f.toString());
    }

    @Test
    void validate_missingFile_isAFindingWithACode() throws IOException {
      CliRun run = CliRun.of("validate", dir.resolve("absent.json").toString(), "--format", "json");
      assertEquals(2, run.exitCode(), run.toString());
      JsonNode f = Cli.JSON.readTree(run.out()).get("documents").get(0).get("findings").get(0);
      assertShape(f);
      assertEquals(ValidateCommand.FILE_MISSING, f.get("code").asString());
    }

    @Test
    void rank_and_select_findingsHaveTheSameShape() throws IOException {
      Path rank = Files.writeString(dir.resolve("rank.json"), """
          {"method": "topsis", "criteria": [{"id": "c1", "weight": -1}], "alternatives": []}
          """);
      CliRun r = CliRun.of("rank", rank.toString(), "--locale", "ro");
      assertEquals(1, r.exitCode(), r.toString());
      JsonNode rf = Cli.JSON.readTree(r.out()).get("findings").get(0);
      assertShape(rf);
      assertTrue(rf.get("message").asString().contains("Ponderea"), rf.toString());
      Path select = Files.writeString(dir.resolve("select.json"), """
          {"budget": 10, "projects": [{"id": "p1", "value": 1, "cost": 20, "mandatory": true}]}
          """);
      CliRun s = CliRun.of("select", select.toString());
      assertEquals(1, s.exitCode(), s.toString());
      JsonNode sf = Cli.JSON.readTree(s.out()).get("findings").get(0);
      assertShape(sf);
    }
  }

  @Nested
  class Locales {

    @Test
    void validate_ro_givesTheSummaryInRomanian() throws IOException {
      CliRun run = CliRun.of("validate", broken().toString(), "--locale", "ro");
      assertEquals(1, run.exitCode(), run.toString());
      String summary = run.out().lines().findFirst().orElseThrow();
      assertTrue(summary.endsWith(": nevalid (2 erori, 0 avertismente, 0 informări)"), summary);
      assertTrue(run.out().contains("  eroare action.dates."), run.out());
    }

    @Test
    void validate_acceptsAnyLanguageTag_fallingBackToEnglish() throws IOException {
      CliRun de = CliRun.of("validate", broken().toString(), "--locale", "de-AT");
      assertEquals(1, de.exitCode(), de.toString());
      CliRun en = CliRun.of("validate", broken().toString(), "--locale", "en");
      assertEquals(en.out(), de.out());
    }

    @Test
    void malformedTag_isAUsageError() throws IOException {
      CliRun run = CliRun.of("validate", SAMPLE.toString(), "--locale", "not a tag");
      assertEquals(2, run.exitCode(), run.toString());
      assertTrue(run.err().startsWith("civicplan: --locale must be a BCP 47 language tag"), run.err());
    }

    @Test
    void romanianCounting() {
      assertEquals("0 erori", Cli.countRo(0, "eroare", "erori"));
      assertEquals("1 eroare", Cli.countRo(1, "eroare", "erori"));
      assertEquals("19 erori", Cli.countRo(19, "eroare", "erori"));
      assertEquals("20 de erori", Cli.countRo(20, "eroare", "erori"));
      assertEquals("101 erori", Cli.countRo(101, "eroare", "erori"));
      assertEquals("1 warning", Cli.countEn(1, "warning", "warnings"));
    }
  }

  @Nested
  class Select {

    @Test
    void textFormat_isForPeople() throws IOException {
      CliRun run = CliRun.of("select", "../data/select-budget.json", "--format", "text");
      assertEquals(0, run.exitCode(), run.toString());
      assertTrue(run.out().startsWith("selected: "), run.out());
      assertTrue(run.out().contains("proven optimal"), run.out());
      assertTrue(run.out().contains("cost 2026: "), run.out());
    }
  }

  static String utf8(Path p) throws IOException {
    return Files.readString(p, StandardCharsets.UTF_8);
  }
}
