// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code target/civicplan} and the class-data sharing archive the build makes beside
 * it: the archive is valid for the jar it was made from, and the launcher prints exactly what
 * {@code java -jar} prints, with the archive and, quietly, without it.
 */
class LauncherIT {

  @TempDir Path work;

  private static Path sample() {
    return DocExamplesIT.root().resolve("samples/data/climate-strategy.json");
  }

  @Test
  void theArchiveBesideTheJarIsAcceptedByTheRuntimeThatMadeIt() throws Exception {
    Path jsa = JarRun.jar().resolveSibling("civicplan.jsa");
    assertTrue(Files.isRegularFile(jsa), "the build makes " + jsa);
    // -Xshare:on makes an archive that cannot be used a fatal error instead of a silent fallback.
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xshare:on", "-XX:SharedArchiveFile=" + jsa, "-jar", JarRun.jar().toString(), "--version")
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), out);
    assertTrue(out.startsWith("civicplan "), out);
  }

  @Test
  void theLauncherPrintsWhatTheJarPrints() {
    List<String> args = List.of("validate", sample().toString(), "--format", "json");
    JarRun plain = JarRun.in(work, args);
    JarRun launched = JarRun.viaLauncher(work, JarRun.launcher(), args);
    assertEquals(plain.exitCode(), launched.exitCode(), launched.toString());
    assertArrayEquals(plain.stdout(), launched.stdout(), launched.toString());
    assertEquals("", launched.err());
  }

  @Test
  void anArchiveOlderThanTheJarIsSkippedQuietly() throws IOException {
    Path copy = Files.createDirectories(work.resolve("copy"));
    Files.copy(JarRun.launcher(), copy.resolve("civicplan"));
    Files.copy(JarRun.jar(), copy.resolve("civicplan.jar"));
    Files.copy(JarRun.jar().resolveSibling("civicplan.jsa"), copy.resolve("civicplan.jsa"));
    Files.setLastModifiedTime(copy.resolve("civicplan.jsa"), FileTime.fromMillis(0));
    List<String> args = List.of("validate", sample().toString());
    JarRun launched = JarRun.viaLauncher(work, copy.resolve("civicplan"), args);
    JarRun plain = JarRun.in(work, args);
    assertEquals(plain.exitCode(), launched.exitCode(), launched.toString());
    assertArrayEquals(plain.stdout(), launched.stdout(), launched.toString());
    assertEquals("", launched.err());
  }

  @Test
  void anArchiveThatDoesNotMatchTheJarIsSkippedQuietly() throws IOException {
    // Same times as the build's, but the jar was copied anew after the archive: the JVM finds the
    // class path changed (another file) and runs without the archive; the launcher hides its warning.
    Path copy = Files.createDirectories(work.resolve("moved"));
    Files.copy(JarRun.launcher(), copy.resolve("civicplan"));
    Files.copy(JarRun.jar().resolveSibling("civicplan.jsa"), copy.resolve("civicplan.jsa"));
    Files.copy(JarRun.jar(), copy.resolve("civicplan.jar"));
    Files.setLastModifiedTime(copy.resolve("civicplan.jar"), FileTime.fromMillis(1_000));
    JarRun launched = JarRun.viaLauncher(work, copy.resolve("civicplan"), List.of("--version"));
    assertEquals(0, launched.exitCode(), launched.toString());
    assertTrue(launched.out().startsWith("civicplan "), launched.toString());
    assertEquals("", launched.err());
  }
}
