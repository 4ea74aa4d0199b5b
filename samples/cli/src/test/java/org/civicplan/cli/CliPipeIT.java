package org.civicplan.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command through the real jar with its standard output read from a pipe: the bytes are
 * exactly what the command prints in-process, and where a command can print more than 64 KiB
 * (pipe buffers, writer buffers) it is made to.
 */
class CliPipeIT {

  private static final int KIB_64 = 64 * 1024;

  @TempDir static Path dir;

  static Path sample;
  static Path big;
  static Path broken;
  static Path rankBig;
  static Path selectBig;

  @BeforeAll
  static void inputs() throws IOException {
    sample = Path.of("../data/climate-strategy.json").toAbsolutePath().normalize();
    big = dir.resolve("big.json");
    CliRun made = CliRun.of("new", "--id", "big", "--template", "climate", "--municipality", "Ab".repeat(20_000),
        "--from", "2026", "--to", "2030", "--out", big.toString());
    assertEquals(0, made.exitCode(), made.toString());
    String text = Files.readString(sample);
    broken = JarRun.file(dir.resolve("broken.json"), text.replaceFirst("\"end\" *: *\"\\d{4}", "\"end\" : \"1999"));
    StringBuilder rank = new StringBuilder("{\"method\": \"topsis\", \"criteria\": [{\"id\": \"c1\", \"weight\": 0.5},"
        + " {\"id\": \"c2\", \"direction\": \"cost\", \"weight\": 0.5}], \"alternatives\": [");
    for (int i = 0; i < 1500; i++) {
      rank.append(i == 0 ? "" : ", ").append("{\"id\": \"alternative-").append(i).append("\", \"values\": {\"c1\": ")
          .append(i % 97 + 1).append(", \"c2\": ").append(i % 89 + 1).append("}}");
    }
    rankBig = JarRun.file(dir.resolve("rank.json"), rank.append("]}").toString());
    StringBuilder select = new StringBuilder("{\"budget\": 100000000, \"projects\": [");
    for (int i = 0; i < 2500; i++) {
      select.append(i == 0 ? "" : ", ").append("{\"id\": \"project-with-a-long-name-").append(i)
          .append("\", \"value\": ").append(i % 13 + 1).append(", \"cost\": ").append(i % 7 + 1).append("}");
    }
    selectBig = JarRun.file(dir.resolve("select.json"), select.append("]}").toString());
  }

  static Stream<Arguments> commands() {
    List<Arguments> all = new ArrayList<>();
    all.add(big("new", List.of("new", "--id", "big", "--template", "climate", "--municipality", "Ab".repeat(20_000),
        "--from", "2026", "--to", "2030")));
    all.add(big("convert", List.of("convert", big.toString(), "--to", "yaml")));
    List<String> validate = new ArrayList<>(List.of("validate", "--format", "json"));
    for (int i = 0; i < 120; i++) {
      validate.add(broken.toString());
    }
    all.add(big("validate", validate));
    all.add(big("history", List.of("history", sample.toString(), big.toString())));
    all.add(big("transition", List.of("transition", big.toString(), "--to", "internal-review", "--on", "2026-01-10")));
    all.add(big("consultation-report", List.of("consultation-report", big.toString(), "--format", "json")));
    all.add(big("alignment", List.of("alignment", big.toString(), "--format", "json")));
    all.add(big("rank", List.of("rank", rankBig.toString())));
    all.add(big("select", List.of("select", selectBig.toString())));
    // These cannot print 64 KiB; their output still goes through the pipe whole.
    all.add(small("assess", List.of("assess", Path.of("../data/series-emissions.json").toAbsolutePath().toString())));
    all.add(small("templates", List.of("templates", "--format", "json")));
    all.add(small("completion", List.of("completion")));
    all.add(small("help", List.of("--help")));
    return all.stream();
  }

  private static Arguments big(String name, List<String> args) {
    return Arguments.of(name, args, KIB_64);
  }

  private static Arguments small(String name, List<String> args) {
    return Arguments.of(name, args, 1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void stdoutThroughAPipe_isComplete(String name, List<String> args, int minimum) {
    CliRun inProcess = CliRun.of(args.toArray(String[]::new));
    JarRun piped = JarRun.in(dir, args);
    assertTrue(piped.stdout().length > minimum, name + " printed " + piped.stdout().length + " bytes\n" + piped);
    assertEquals(inProcess.exitCode(), piped.exitCode(), piped.toString());
    assertArrayEquals(inProcess.out().getBytes(StandardCharsets.UTF_8), piped.stdout(),
        name + ": the piped output differs from what the command printed (" + piped.stdout().length + " bytes)");
  }

  @Test
  void report_and_demo_printWholly() throws IOException {
    assertWritesTo("report", out -> List.of("report", sample.toString(), "--measurements",
        Path.of("../data/measurements-2026.csv").toAbsolutePath().toString(), "--as-of", "2026-06-30", "--out", out));
    assertWritesTo("demo", out -> List.of("demo", "--out", out));
  }

  private static void assertWritesTo(String name, java.util.function.Function<String, List<String>> args) throws IOException {
    String mine = dir.resolve(name + "-in-process").toString();
    String child = dir.resolve(name + "-child").toString();
    CliRun inProcess = CliRun.of(args.apply(mine).toArray(String[]::new));
    JarRun piped = JarRun.in(dir, args.apply(child));
    assertEquals(0, piped.exitCode(), piped.toString());
    UnaryOperator<String> same = s -> s.replace(mine, child);
    assertEquals(same.apply(inProcess.out()), piped.out(), name);
  }

  @Test
  void noCommand_printsUsageOnStderr_andExits2() {
    JarRun run = JarRun.in(dir);
    assertEquals(2, run.exitCode(), run.toString());
    assertEquals(0, run.stdout().length, run.toString());
    assertTrue(run.err().startsWith("Usage: civicplan"), run.toString());
    assertTrue(run.err().contains("civicplan: a command is required"), run.toString());
  }

  @Test
  void version_printsTheArtifactVersion_java_andTemplates() {
    JarRun run = JarRun.in(dir, "--version");
    assertEquals(0, run.exitCode(), run.toString());
    List<String> lines = run.out().lines().toList();
    assertEquals("civicplan " + System.getProperty("civicplan.version"), lines.get(0), run.toString());
    assertTrue(lines.get(1).startsWith("Java " + System.getProperty("java.version")), run.toString());
    assertTrue(lines.contains("  climate 1.0.0") || lines.stream().anyMatch(l -> l.startsWith("  climate ")), run.toString());
  }

  @Test
  void nonAsciiText_isUtf8_whateverTheLocale() {
    JarRun run = JarRun.in(dir, "new", "--template", "climate", "--municipality", "Timișoara", "--from", "2026", "--to", "2030");
    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(run.out().contains("\"Timișoara\""), run.toString());
  }
}
