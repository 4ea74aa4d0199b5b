// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile input files given to the commands that read plain input documents: each is refused in
 * one sentence with exit 2, never a stack trace; a duplicate member is an error with its line,
 * column and path; two observations with the same date are a warning.
 */
class HostileInputTest {

  @TempDir Path dir;

  private static final String RANK =
      "{\"method\": \"weighted-sum\", \"criteria\": [{\"id\": \"c\", \"direction\": \"benefit\", \"weight\": 1}],"
          + " \"alternatives\": [{\"id\": \"a\", \"values\": {\"c\": 1}}]}";

  @Test
  void aDirectory_isOneSentence() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("problem.json"));
    CliRun r = CliRun.of("rank", folder.toString());
    assertEquals(2, r.exitCode(), r::toString);
    assertEquals("civicplan: " + folder + " is a directory; give a file\n", r.err());
  }

  @Test
  void aMissingFile_isOneSentence() {
    CliRun r = CliRun.of("select", dir.resolve("absent.json").toString());
    assertEquals(2, r.exitCode(), r::toString);
    assertEquals("civicplan: no such file: " + dir.resolve("absent.json") + "\n", r.err());
  }

  @Test
  void anEmptyFile_isOneSentence() throws IOException {
    Path f = Files.writeString(dir.resolve("series.json"), "");
    CliRun r = CliRun.of("assess", f.toString());
    assertEquals(2, r.exitCode(), r::toString);
    assertEquals("civicplan: " + f + " is empty\n", r.err());
  }

  @Test
  void anUnreadableFile_saysPermissionDenied() throws IOException {
    Path f = Files.writeString(dir.resolve("problem.json"), RANK);
    Files.setPosixFilePermissions(f, Set.of());
    assumeFalse(Files.isReadable(f), "running as a user who reads everything");
    CliRun r = CliRun.of("rank", f.toString());
    assertEquals(2, r.exitCode(), r::toString);
    assertEquals("civicplan: cannot read " + f + ": permission denied\n", r.err());
  }

  @Test
  void devZero_stopsAtItsFirstChunkInsteadOfFillingTheMemory() {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero), "a system with /dev/zero");
    InputFile.Unreadable e = assertThrows(InputFile.Unreadable.class, () -> InputFile.read(zero, 4096));
    assertEquals("/dev/zero is not a text file: it holds NUL bytes (it is not a regular file: a device or a pipe)", e.getMessage());
  }

  // issue 19: "civicplan rank /dev/zero ends in OutOfMemoryError with a 16-line stack trace after 9 s and 5.4 GB"
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"rank", "select", "assess"})
  void devZeroGivenToACommand_isOneSentence(String command) {
    assumeTrue(Files.exists(Path.of("/dev/zero")), "a system with /dev/zero");
    long start = System.nanoTime();
    CliRun r = CliRun.of(command, "/dev/zero");
    assertEquals(2, r.exitCode(), r::toString);
    assertEquals("civicplan: /dev/zero is not a text file: it holds NUL bytes (it is not a regular file: a device or a pipe)\n", r.err());
    assertEquals("", r.out());
    // the first 64 KiB hold a NUL: nothing like the 256 MiB limit is read (9 s and 5.4 GB before)
    assertTrue(System.nanoTime() - start < 5_000_000_000L, r::toString);
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"rank", "select", "assess"})
  void aNulByteInARegularFile_isOneSentence(String command) throws IOException {
    Path f = Files.writeString(dir.resolve("input.json"), "{\"method\": \u0000}");
    CliRun r = CliRun.of(command, f.toString());
    assertEquals(2, r.exitCode(), r::toString);
    assertEquals("civicplan: " + f + " is not a text file: it holds NUL bytes\n", r.err());
  }

  @Test
  void aFileLongerThanTheLimit_isRefusedBeforeParsing() throws IOException {
    Path f = Files.writeString(dir.resolve("big.json"), "x".repeat(5000));
    InputFile.Unreadable e = assertThrows(InputFile.Unreadable.class, () -> InputFile.read(f, 4096));
    assertEquals(f + " is longer than the limit of 4096 bytes", e.getMessage());
  }

  // issue 19: "an unreadable file's message names java.nio.file.AccessDeniedException". The test
  // above needs a user who may not read every file (not root); this one does not.
  @Test
  void whyAFileCannotBeRead_isOneSentenceThatNamesNoExceptionClass() {
    Path f = dir.resolve("problem.json");
    assertEquals("cannot read " + f + ": permission denied",
        InputFile.unreadable(f, new java.nio.file.AccessDeniedException(f.toString())).getMessage());
    assertEquals("no such file: " + f, InputFile.unreadable(f, new java.nio.file.NoSuchFileException(f.toString())).getMessage());
    assertEquals("cannot read " + f + ": Input/output error",
        InputFile.unreadable(f, new java.nio.file.FileSystemException(f.toString(), null, "Input/output error")).getMessage());
    assertEquals("cannot read " + f + ": disk gone", InputFile.unreadable(f, new IOException("disk gone")).getMessage());
  }

  // issue 19: "A semicolon CSV (what Romanian-locale Excel writes) gives Unknown column indicator;date;value;source"
  @Test
  void aSemicolonCsvFromARomanianSpreadsheet_isRead() throws IOException {
    Path m = Files.writeString(dir.resolve("m.csv"), "\uFEFFindicator;date;value;source\r\nCLI-05;2025-06-30;12,5;INS\r\n");
    CliRun r = CliRun.of("report", "../data/climate-strategy.json", "--measurements", m.toString(), "--as-of", "2026-06-30",
        "--out", dir.resolve("out").toString());
    assertEquals(0, r.exitCode(), r::toString);
    assertEquals("", r.err());
  }

  // issue 19: "A lone surrogate (\\ud800) is accepted on read, then write throws or corrupts it"
  @Test
  void aLoneSurrogateInAStrategy_isRefusedOnReadWithItsPlace() throws IOException {
    String sample = Files.readString(Path.of("../data/climate-strategy.json"));
    Path f = Files.writeString(dir.resolve("s.json"), sample.replaceFirst("\"name\": \"Municipiul", "\"name\": \"\\\\ud800Municipiul"));
    CliRun r = CliRun.of("validate", f.toString());
    assertEquals(2, r.exitCode(), r::toString);
    // line 6 is "name": "\ud800Municipiul…", the member at column 5
    assertEquals("civicplan: " + f + ":6:5: /municipality/name: text holds an unpaired surrogate (U+D800) at character 1,"
        + " which no UTF-8 file can hold; remove it or write the whole character\n", r.err());
  }

  /** The climate sample with its first money amount (line 260) written as {@code amount}, in s.json. */
  private Path sampleWithFirstAmount(String amount) throws IOException {
    String sample = Files.readString(Path.of("../data/climate-strategy.json"));
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"amount\": [0-9.]+").matcher(sample);
    assertTrue(m.find());
    return Files.writeString(dir.resolve("s.json"), sample.substring(0, m.start()) + "\"amount\": " + amount + sample.substring(m.end()));
  }

  // issue 19: "a money amount such as 1e400 is written in expanded form (401 digits)"
  @Test
  void aHugeAmount_convertsToYamlAndBackUnchanged() throws IOException {
    Path json = sampleWithFirstAmount("1e400");
    Path yaml = dir.resolve("s.yaml");
    CliRun toYaml = CliRun.of("convert", json.toString(), "--to", "yaml", "--out", yaml.toString());
    assertEquals(0, toYaml.exitCode(), toYaml::toString);
    assertTrue(Files.readString(yaml).contains("1E+400"), "the exponent, not 401 digits");
    CliRun back = CliRun.of("convert", yaml.toString(), "--to", "json");
    assertEquals(0, back.exitCode(), back::toString);
    assertEquals("", back.err());
    assertTrue(back.out().contains("1E+400"), back::toString);
  }

  // found by the fuzzer of select: an amount of a few characters whose exponent would expand it to
  // 400,600,001 digits in any exact sum stalled every reader; an exponent is at most 100,000
  @Test
  void anAmountWithAHugeExponent_isRefusedOnReadWithItsPlace() throws IOException {
    Path json = sampleWithFirstAmount("1e400600000");
    CliRun r = CliRun.of("convert", json.toString(), "--to", "yaml");
    assertEquals(2, r.exitCode(), r::toString);
    // line 260 is "amount": 12500000 of the first action's first budget line, the number at column 23
    assertEquals("civicplan: " + json + ":260:23: /actions/0/budget/0/planned/amount: number with the exponent"
        + " 400600000 is beyond the largest exponent a number may have, ±100000\n", r.err());
  }

  // found by the fuzzer of select: "1e400" inserted into a cost made 1e400600000, whose exact sum
  // with the other costs of the year ran for hours
  @Test
  void aCostWithAHugeExponent_isRefusedAtItsPathAtOnce() throws IOException {
    Path f = Files.writeString(dir.resolve("p.json"), """
        {"budget": {"2026": 1000000},
         "projects": [{"id": "a", "value": 40, "cost": {"2026": 1e400600000}},
                      {"id": "b", "value": 22, "cost": {"2026": 250000}}]}
        """);
    CliRun r = CliRun.of("select", f.toString());
    assertEquals(1, r.exitCode(), r::toString);
    JsonNode out = JsonMapper.builder().build().readTree(r.out());
    assertEquals("portfolio.amount.too-large", out.get("findings").get(0).get("code").asString());
    assertEquals("/projects/0/cost/2026", out.get("findings").get(0).get("path").asString());
    assertEquals("The amounts are too large to be compared exactly (largest scaled total 1E+400600000).",
        out.get("findings").get(0).get("message").asString());
  }

  // issue 19: an emoji whose high surrogate ends SnakeYAML's 1,024-character buffer threw
  // "Range [1025, 1025 + 1) out of bounds for length 1025"; every offset from 1,016 to 1,032
  @Test
  void anEmojiAtTheYamlReadersBufferBoundary_converts() throws IOException {
    Path yaml = dir.resolve("s.yaml");
    CliRun made = CliRun.of("convert", "../data/climate-strategy.json", "--to", "yaml", "--out", yaml.toString());
    assertEquals(0, made.exitCode(), made::toString);
    String text = Files.readString(yaml);
    int name = text.indexOf("Municipiul Exemplu");
    assertTrue(name > 0 && name < 1000, "the municipality's name comes early: " + name);
    for (int at = 1016; at <= 1032; at++) {
      String padded = text.substring(0, name) + "a".repeat(at - name) + "\uD83D\uDE00" + text.substring(name);
      assertEquals('\uD83D', padded.charAt(at));
      Files.writeString(yaml, padded);
      CliRun r = CliRun.of("convert", yaml.toString(), "--to", "json");
      assertEquals(0, r.exitCode(), () -> "high surrogate at " + padded.indexOf('\uD83D') + ": " + r);
      assertTrue(r.out().contains("a\uD83D\uDE00Municipiul Exemplu"), r::toString);
    }
  }

  @Test
  void utf16_isNamed() throws IOException {
    Path f = dir.resolve("problem.json");
    Files.write(f, ("\uFEFF" + RANK).getBytes(StandardCharsets.UTF_16LE));
    CliRun r = CliRun.of("rank", f.toString());
    assertEquals(2, r.exitCode(), r::toString);
    assertEquals("civicplan: " + f + " is not UTF-8 text (it starts with the byte-order mark of UTF-16); save it as UTF-8\n", r.err());
  }

  @Test
  void windows1250_isNamed() throws IOException {
    Path f = dir.resolve("series.json");
    // Windows-1250 has the cedilla letters (ş U+015F), written so by Romanian-locale Excel
    Files.write(f, "{\"method\": \"linear\", \"note\": \"Timi\u015Foara\"}".getBytes(java.nio.charset.Charset.forName("windows-1250")));
    CliRun r = CliRun.of("assess", f.toString());
    assertEquals(2, r.exitCode(), r::toString);
    assertEquals("civicplan: " + f + " is not UTF-8 text (it looks like Windows-1250, the Central European code page); save it as UTF-8\n", r.err());
  }

  @Test
  void aByteOrderMarkInUtf8_isAccepted() throws IOException {
    Path f = Files.writeString(dir.resolve("problem.json"), "\uFEFF" + RANK);
    CliRun r = CliRun.of("rank", f.toString());
    assertEquals(0, r.exitCode(), r::toString);
  }

  @Test
  void aDuplicateMember_isAnErrorWithLineColumnAndPath() throws IOException {
    Path f = Files.writeString(dir.resolve("problem.json"), "{\n  \"method\": \"topsis\",\n  \"method\": \"vikor\"\n}\n");
    CliRun r = CliRun.of("rank", f.toString());
    assertEquals(2, r.exitCode(), r::toString);
    assertEquals("civicplan: " + f + ":3:11: Duplicate Object property \"method\" (at /method)\n", r.err());
  }

  @Test
  void aDuplicateMemberInAnAssessment_isAnErrorToo() throws IOException {
    Path f = Files.writeString(dir.resolve("series.json"),
        "{\"method\": \"linear\", \"direction\": \"increase\", \"baseline\": {\"date\": \"2020\", \"value\": 1, \"value\": 2}}");
    CliRun r = CliRun.of("assess", f.toString());
    assertEquals(2, r.exitCode(), r::toString);
    assertTrue(r.err().contains("(at /baseline/value)"), r::toString);
  }

  @Test
  void twoObservationsWithTheSameDate_areAWarningNamingBoth() throws IOException {
    Path f = Files.writeString(dir.resolve("series.json"),
        "{\"method\": \"linear\", \"direction\": \"increase\", \"baseline\": {\"date\": \"2020\", \"value\": 10},"
            + " \"target\": {\"date\": \"2030\", \"value\": 20},"
            + " \"observations\": [{\"date\": \"2024\", \"value\": 12}, {\"date\": \"2024\", \"value\": 13}]}");
    CliRun r = CliRun.of("assess", f.toString(), "--locale", "ro");
    assertEquals(0, r.exitCode(), r::toString);
    JsonNode findings = JsonMapper.builder().build().readTree(r.out()).get("findings");
    JsonNode w = findings.get(0);
    assertEquals("warning", w.get("severity").asString());
    assertEquals("assess.observation.duplicate-date", w.get("code").asString());
    assertEquals("/observations/1/date", w.get("path").asString());
    assertEquals("Observațiile 0 și 1 au aceeași dată, 2024; cea de-a doua (1) este socotită corectura celei dintâi.",
        w.get("message").asString());
  }

  @Test
  void aMillionBadRowsWouldNotFloodTheTerminal_theFirst20AreShownAndTheRestCounted() throws IOException {
    StringBuilder csv = new StringBuilder("indicator,date,value\n");
    for (int i = 0; i < 1000; i++) {
      csv.append("no-such-indicator,2025,1\n");
    }
    Path m = Files.writeString(dir.resolve("m.csv"), csv);
    CliRun r = CliRun.of("report", "../data/climate-strategy.json", "--measurements", m.toString(), "--as-of", "2026-06-30",
        "--out", dir.resolve("out").toString());
    assertEquals(1, r.exitCode(), r::toString);
    java.util.List<String> lines = r.err().lines().toList();
    assertEquals(22, lines.size(), r::toString);
    assertEquals("civicplan: " + m + ": … and 980 more rejected row(s) not shown", lines.get(20));
    assertEquals("civicplan: 1000 rejected row(s); nothing imported, no report written", lines.get(21));
  }

  @Test
  void devZeroAsMeasurements_isOneSentence() {
    assumeTrue(Files.exists(Path.of("/dev/zero")), "a system with /dev/zero");
    CliRun r = CliRun.of("report", "../data/climate-strategy.json", "--measurements", "/dev/zero", "--as-of", "2026-06-30",
        "--out", dir.resolve("out").toString());
    assertEquals(2, r.exitCode(), r::toString);
    assertEquals("civicplan: /dev/zero is not a text file: it holds NUL bytes (it is not a regular file: a device or a pipe)\n", r.err());
  }

  @Test
  void aDirectoryAsMeasurements_isOneSentence() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("m.csv"));
    CliRun r = CliRun.of("report", "../data/climate-strategy.json", "--measurements", folder.toString(), "--as-of", "2026-06-30",
        "--out", dir.resolve("out").toString());
    assertEquals(2, r.exitCode(), r::toString);
    assertEquals("civicplan: " + folder + " is a directory; give a file\n", r.err());
  }

  @Test
  void measurementsInUtf16_areNamed() throws IOException {
    Path m = dir.resolve("m.csv");
    Files.write(m, "\uFEFFindicator,date,value\n".getBytes(StandardCharsets.UTF_16LE));
    CliRun r = CliRun.of("report", "../data/climate-strategy.json", "--measurements", m.toString(), "--as-of", "2026-06-30",
        "--out", dir.resolve("out").toString());
    assertEquals(2, r.exitCode(), r::toString);
    assertEquals("civicplan: " + m + " is not UTF-8 text (it starts with the byte-order mark of UTF-16); save it as UTF-8\n", r.err());
  }

  @Test
  void aMillionRowMeasurementsFile_isReadRowByRow_theFirstErrorsShownAndAllCounted() throws IOException {
    Path m = dir.resolve("million.csv");
    try (java.io.Writer w = Files.newBufferedWriter(m)) {
      w.write("indicator,date,value\n");
      for (int row = 1; row <= 1_000_000; row++) {
        // 50 years × 12 months × 28 days: rows r and r + 16,800 have the same date, none closer
        w.write(row == 2 ? "no-such-indicator,2025,1\n"
            : String.format(java.util.Locale.ROOT, "CLI-05,%d-%02d-%02d,%d\n", 2000 + row % 50, 1 + row / 50 % 12, 1 + row / 600 % 28, row));
      }
    }
    CliRun r = CliRun.of("report", "../data/climate-strategy.json", "--measurements", m.toString(), "--as-of", "2026-06-30",
        "--out", dir.resolve("out").toString());
    assertEquals(1, r.exitCode(), r::toString);
    java.util.List<String> lines = r.err().lines().toList();
    assertEquals(22, lines.size(), r::toString);
    assertTrue(lines.get(0).startsWith("civicplan: " + m + ":3: indicator: "), lines.get(0));
    assertTrue(lines.get(1).startsWith("civicplan: " + m + ":16802: date: "), lines.get(1));
    // row 2 and rows 16,801 to 1,000,000 but 16,802 (whose twin, row 2, was rejected)
    int rejected = 1 + (1_000_000 - 16_800 - 1);
    assertEquals("civicplan: " + m + ": … and " + (rejected - 20) + " more rejected row(s) not shown", lines.get(20));
    assertEquals("civicplan: " + rejected + " rejected row(s); nothing imported, no report written", lines.get(21));
  }
}
