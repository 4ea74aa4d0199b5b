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
    assertTrue(r.err().startsWith("civicplan: " + f + ":3:"), r::toString);
    assertTrue(r.err().contains("\"method\""), r::toString);
    assertTrue(r.err().contains("(at /method)"), r::toString);
    assertEquals(1, r.err().lines().count(), r::toString);
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
