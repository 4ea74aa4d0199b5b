// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code civicplan priorities} through the real jar: the bytes, the files and the exit codes. */
class PrioritiesCommandIT {

  @TempDir Path dir;

  private static final Path SAMPLE = Path.of("../data/climate-priorities.json").toAbsolutePath().normalize();

  @Test
  void printsThroughAPipeExactlyWhatItPrintsInProcess() {
    for (String format : new String[] {"markdown", "html", "json"}) {
      JarRun piped = JarRun.in(dir, "priorities", SAMPLE.toString(), "--format", format, "--locale", "ro");
      assertEquals(0, piped.exitCode(), piped.toString());
      CliRun in = CliRun.of("priorities", SAMPLE.toString(), "--format", format, "--locale", "ro");
      assertArrayEquals(in.out().getBytes(StandardCharsets.UTF_8), piped.stdout(), format);
      assertEquals("", piped.err());
    }
  }

  @Test
  void writesTheHtmlFileAndRefusesToOverwriteIt() throws IOException {
    JarRun wrote = JarRun.in(dir, "priorities", SAMPLE.toString(), "--format", "html", "--out", "priorities.html");
    assertEquals(0, wrote.exitCode(), wrote.toString());
    String html = Files.readString(dir.resolve("priorities.html"), StandardCharsets.UTF_8);
    assertTrue(html.startsWith("<!DOCTYPE html>"), html);
    JarRun again = JarRun.in(dir, "priorities", SAMPLE.toString(), "--format", "html", "--out", "priorities.html");
    assertEquals(2, again.exitCode(), again.toString());
    assertTrue(again.err().startsWith("civicplan: priorities.html already exists"), again.err());
  }

  @Test
  void exitCodesThroughTheJar() {
    JarRun none = JarRun.in(dir, "priorities", SAMPLE.getParent().resolve("climate-strategy.json").toString());
    assertEquals(1, none.exitCode(), none.toString());
    JarRun usage = JarRun.in(dir, "priorities", SAMPLE.toString(), "--record", "0");
    assertEquals(2, usage.exitCode(), usage.toString());
    assertTrue(usage.err().startsWith("civicplan: --record must be between 1 and 1"), usage.err());
  }
}
