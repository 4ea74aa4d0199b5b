// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs the shaded {@code civicplan.jar} in a child JVM, its standard output and error read through
 * real pipes, as a shell runs it. Only for {@code *IT} tests, which run after {@code package}.
 */
record JarRun(int exitCode, byte[] stdout, String err) {

  static Path jar() {
    String p = System.getProperty("civicplan.jar");
    if (p == null) {
      throw new IllegalStateException("civicplan.jar is not set: run this test with failsafe (./mvnw verify)");
    }
    return Path.of(p);
  }

  String out() {
    return new String(stdout, StandardCharsets.UTF_8);
  }

  /** Runs {@code java -jar civicplan.jar ARGS} in {@code dir}. */
  static JarRun in(Path dir, List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // Short runs: the first JIT tier and the serial collector start fastest; the jar is the same.
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-XX:+UseSerialGC");
    command.add("-jar");
    command.add(jar().toAbsolutePath().toString());
    command.addAll(args);
    return run(new ProcessBuilder(command).directory(dir.toFile()), args);
  }

  /** The launcher script {@code target/civicplan} beside the jar. */
  static Path launcher() {
    return jar().resolveSibling("civicplan");
  }

  /**
   * Runs {@code sh LAUNCHER ARGS} in {@code dir}: the launcher script with its class-data sharing
   * archive, under the same Java runtime as the tests ({@code JAVA_HOME}).
   */
  static JarRun viaLauncher(Path dir, Path launcher, List<String> args) {
    List<String> command = new ArrayList<>();
    command.add("sh");
    command.add(launcher.toAbsolutePath().toString());
    command.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    pb.environment().remove("CIVICPLAN_JAVA_OPTS");
    return run(pb, args);
  }

  private static JarRun run(ProcessBuilder pb, List<String> args) {
    pb.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    try {
      Process p = pb.start();
      CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
      byte[] out = readAll(p.getInputStream());
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("civicplan " + args + " did not finish in 120 s");
      }
      return new JarRun(p.exitValue(), out, new String(err.join(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  static JarRun in(Path dir, String... args) {
    return in(dir, List.of(args));
  }

  private static byte[] readAll(InputStream in) {
    try (in) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code text} as a UTF-8 file. */
  static Path file(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    String o = out();
    return "exit " + exitCode + "\n--- out (" + stdout.length + " bytes)\n"
        + (o.length() > 2000 ? o.substring(0, 2000) + "…" : o) + "\n--- err\n" + err;
  }
}
