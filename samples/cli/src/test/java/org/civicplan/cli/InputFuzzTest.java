// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.civicplan.accessibility.AccessibilityTemplate;
import org.civicplan.document.StrategyDocuments;
import org.civicplan.monitoring.MeasurementCsv;
import org.civicplan.monitoring.MeasurementImport;
import org.civicplan.monitoring.RejectedRow;
import org.civicplan.participation.Pabulib;
import org.civicplan.participation.PabulibProblem;
import org.civicplan.participation.PabulibResult;
import org.civicplan.spreadsheets.ImportProblem;
import org.civicplan.spreadsheets.ImportResult;
import org.civicplan.spreadsheets.SpreadsheetExport;
import org.civicplan.spreadsheets.SpreadsheetImport;
import org.civicplan.spreadsheets.Xlsx;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.TemplateRegistry;
import org.civicplan.testkit.Fuzzing;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Seeded mutation fuzzing (issue 19, {@link Fuzzing}) of every input a user hands the command line
 * besides strategy documents and overlays: the problems of {@code rank} and {@code select}, the
 * series of {@code assess}, pabulib files ({@code pb}), the measurements CSV and the spreadsheet
 * imports (actions, organisations, measurements, audit measurements; CSV and XLSX). Nothing
 * escapes: a command ends with its documented exit code (0, 1 or 2) and a message, a reader with
 * its result; every refusal names a place (line and column, member path, or row and column); what
 * reads and has a writer round-trips.
 */
class InputFuzzTest {

  private static final Path DATA = Path.of("..", "data");
  /** A place in a message: {@code LINE:COLUMN}, a member path or a quoted member name. */
  private static final Pattern PLACE = Pattern.compile("(?s).*(\\d+:\\d+|line \\d+|/\\w|\"\\w|\\w+\\.\\w+|\\w+\\[\\d+\\]|\\b(method|criteria|alternatives|pairwise|options|budget|projects|exclusive|minimumShares|limits|direction|baseline|target|observations|asOf)\\b).*");

  private static String read(String name) {
    try {
      return Files.readString(DATA.resolve(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Runs the command line in-process; an exception that escapes a command fails the case. */
  private static CliRun run(String... args) {
    CommandLine cl = Civicplan.commandLine();
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      throw new AssertionError("escaped " + String.join(" ", args), ex);
    });
    return CliRun.of(cl, args);
  }

  @Nested
  class Commands {
    @TempDir Path dir;

    @Test
    void rank() throws IOException {
      String topsis = read("rank-topsis.json");
      List<String> seeds = List.of(topsis,
          topsis.replace("\"topsis\"", "\"weighted-sum\",\n \"options\": {\"normalization\": \"max\"}"),
          topsis.replace("\"topsis\"", "\"vikor\",\n \"options\": {\"v\": 0.4}"),
          topsis.replace("\"topsis\"", "\"promethee-ii\"")
              .replace("\"weight\": 0.5}", "\"weight\": 0.5, \"preference\": {\"function\": \"linear\", \"q\": 100, \"p\": 2000}}"),
          """
          {"method": "ahp",
           "criteria": [{"id": "c1", "direction": "benefit"}, {"id": "c2", "direction": "benefit"}],
           "alternatives": [{"id": "a1"}, {"id": "a2"}],
           "pairwise": {"criteria": {"items": ["c1", "c2"], "matrix": [[1, 3], [0.3333333333, 1]]},
                        "alternatives": {"items": ["a1", "a2"], "matrices": {"c1": [[1, 2], [0.5, 1]], "c2": [[1, 0.25], [4, 1]]}}}}
          """);
      fuzz("rank", seeds);
    }

    @Test
    void select() throws IOException {
      fuzz("select", List.of(read("select-budget.json")));
    }

    @Test
    void assess() throws IOException {
      String eurostat = read("series-emissions.json");
      fuzz("assess", List.of(eurostat, eurostat.replace("\"eurostat\"", "\"linear\""),
          eurostat.replace("\"eurostat\"", "\"open-sdg\"")));
    }

    private void fuzz(String command, List<String> seeds) throws IOException {
      Path file = dir.resolve("input.json");
      for (String seed : seeds) {
        CliRun r = check(command, file, seed.getBytes(StandardCharsets.UTF_8));
        assertEquals(0, r.exitCode(), () -> "the seed is valid: " + r + "\n" + seed);
      }
      Fuzzing.Tally t = Fuzzing.run(command, "json", (rng, i) -> Fuzzing.mutateOneOf(seeds, rng),
          input -> check(command, file, input).exitCode() == Civicplan.OK);
      assertTrue(t.accepted() > t.cases() / 20 && t.refused() > t.cases() / 20, t::toString);
    }

    private CliRun check(String command, Path file, byte[] input) throws IOException {
      Files.write(file, input);
      CliRun r = run(command, file.toString());
      assertTrue(Set.of(0, 1, 2).contains(r.exitCode()), r::toString);
      assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r::toString);
      if (r.exitCode() == Civicplan.USAGE) {
        assertTrue(r.err().startsWith("civicplan: "), r::toString);
        assertEquals("", r.out(), r::toString);
        String message = r.err().strip();
        assertTrue(PLACE.matcher(message).matches() || message.startsWith("civicplan: " + file + " is ")
            || message.contains("not UTF-8"), () -> "no place: " + r);
      } else {
        // an error finding names the member it is about (information may be about the whole result)
        for (tools.jackson.databind.JsonNode f : Cli.JSON.readTree(r.out()).path("findings")) {
          assertTrue(!f.path("severity").asString().equals("error") || !f.path("path").asString().isEmpty(),
              () -> "an error without a path: " + f + "\n" + r);
        }
      }
      return r;
    }
  }

  @Nested
  class Readers {
    @Test
    void pabulib() {
      String seed = read("pb-exemplu-2026.pb");
      Fuzzing.Tally t = Fuzzing.run("pabulib", "pb", (rng, i) -> Fuzzing.mutate(seed, rng), input -> {
        PabulibResult r = Pabulib.read(new String(input, StandardCharsets.UTF_8));
        if (r.instance().isEmpty()) {
          assertFalse(r.problems().isEmpty(), "refused without a problem");
          for (PabulibProblem p : r.problems()) {
            assertTrue(p.line() > 0 && p.column() > 0 && !p.code().isBlank() && !p.message().isBlank(), p::toString);
          }
          return false;
        }
        String written = Pabulib.write(r.instance().get());
        PabulibResult back = Pabulib.read(written);
        assertEquals(List.of(), back.problems(), () -> "cannot read back what was written:\n" + written);
        assertEquals(r.instance(), back.instance(), "read back differently");
        return true;
      });
      assertTrue(t.accepted() > t.cases() / 20 && t.refused() > t.cases() / 20, t::toString);
    }

    @Test
    void measurementsCsv() {
      String seed = read("measurements-2026.csv");
      List<String> seeds = List.of(seed, seed.replace(',', ';').replace("12.5", "12,5"));
      Fuzzing.Tally t = Fuzzing.run("measurements-csv", "csv", (rng, i) -> Fuzzing.mutateOneOf(seeds, rng), input -> {
        MeasurementImport r = MeasurementCsv.read(new String(input, StandardCharsets.UTF_8), Set.of(),
            MeasurementCsv.Mode.VALID_ROWS);
        for (RejectedRow row : r.rejected()) {
          assertTrue(row.row() > 0 && !row.code().isBlank(), row::toString);
        }
        return r.isComplete();
      });
      assertTrue(t.accepted() > t.cases() / 20 && t.refused() > t.cases() / 20, t::toString);
    }
  }

  @Nested
  class SpreadsheetImports {
    private static final TemplateRegistry TEMPLATES = Cli.templates();
    private static final StrategyDocuments DOCS = Cli.documents(TEMPLATES);
    private static final Strategy CLIMATE = DOCS.read(DATA.resolve("climate-strategy.json")).orElseThrow();
    private static final Strategy ACCESSIBILITY = DOCS.read(DATA.resolve("accessibility-strategy.json")).orElseThrow();
    /** Problems about the whole file, which have no row. */
    private static final Set<String> WHOLE_FILE = Set.of("import.empty", "import.sheet-missing", "import.xlsx",
        "import.not-xlsx", "import.unreadable");

    @Test
    void actionsCsv() {
      fuzzCsv("import-actions-csv", CLIMATE, ImportCommand.Rows.ACTIONS, sheetCsv(actionPlan(), "Actions"));
    }

    @Test
    void organisationsCsv() {
      fuzzCsv("import-organisations-csv", CLIMATE, ImportCommand.Rows.ORGANISATIONS, sheetCsv(actionPlan(), "Organisations"));
    }

    @Test
    void measurementsCsv() {
      fuzzCsv("import-measurements-csv", CLIMATE, ImportCommand.Rows.MEASUREMENTS, read("measurements-2026.csv"));
    }

    @Test
    void auditMeasurementsCsv() {
      fuzzCsv("import-audit-csv", ACCESSIBILITY, ImportCommand.Rows.AUDIT_MEASUREMENTS,
          "audit;element;criterion;value;note\nAUD-2026-01;S-1;ACC-30;1,45;re-measured at no. 17\n");
    }

    @Test
    void actionsXlsx() {
      byte[] seed = actionPlan();
      assertTrue(importOf(CLIMATE, ImportCommand.Rows.ACTIONS, seed).isSuccess(), "the seed imports");
      Fuzzing.Tally t = Fuzzing.run("import-actions-xlsx", "xlsx", (rng, i) -> Fuzzing.mutate(seed, rng),
          input -> check(CLIMATE, ImportCommand.Rows.ACTIONS, input));
      // most byte mutations of a deflated archive break it; some land in the zip's slack
      assertTrue(t.refused() > t.cases() / 20, t::toString);
    }

    private void fuzzCsv(String target, Strategy into, ImportCommand.Rows what, String seed) {
      assertTrue(importOf(into, what, seed.getBytes(StandardCharsets.UTF_8)).isSuccess(), () -> "the seed imports: " + seed);
      Fuzzing.Tally t = Fuzzing.run(target, "csv", (rng, i) -> Fuzzing.mutate(seed, rng), input -> check(into, what, input));
      assertTrue(t.accepted() > t.cases() / 20 && t.refused() > t.cases() / 20, t::toString);
    }

    private static boolean check(Strategy into, ImportCommand.Rows what, byte[] input) {
      ImportResult r = importOf(into, what, input);
      if (!r.isSuccess()) {
        assertFalse(r.problems().isEmpty(), "refused without a problem");
      }
      for (ImportProblem p : r.problems()) {
        assertFalse(p.code().isBlank() || p.reason().get(Locale.ENGLISH).isBlank(), p::toString);
        assertTrue(p.row() > 0 || WHOLE_FILE.contains(p.code()), () -> "no row: " + p);
      }
      return r.isSuccess();
    }

    private static ImportResult importOf(Strategy into, ImportCommand.Rows what, byte[] bytes) {
      boolean xlsx = bytes.length >= 2 && bytes[0] == 'P' && bytes[1] == 'K';
      SpreadsheetImport.Input input = SpreadsheetImport.read(bytes, xlsx ? "fuzz.xlsx" : "fuzz.csv");
      return what == ImportCommand.Rows.AUDIT_MEASUREMENTS
          ? ImportCommand.survey(into, input, (AccessibilityTemplate) TEMPLATES.get(AccessibilityTemplate.ID))
          : SpreadsheetImport.apply(into, input, SpreadsheetImport.What.valueOf(what.name()));
    }

    private static byte[] actionPlan() {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try {
        Xlsx.write(SpreadsheetExport.actionPlan(CLIMATE, Locale.ENGLISH), out);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      return out.toByteArray();
    }

    private static String sheetCsv(byte[] xlsx, String name) {
      SpreadsheetImport.Input in = SpreadsheetImport.read(xlsx, "plan.xlsx");
      return in.csvText(in.sheets().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow());
    }
  }
}
