// SPDX-License-Identifier: Apache-2.0
package org.civicplan.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.random.RandomGenerator;

/**
 * Seeded mutation fuzzing of input files: byte-level, structural and Unicode mutations of valid
 * inputs, and a runner that feeds them to a check, times each case and keeps every failing input.
 *
 * <p>A run has a target name, a run seed and a number of cases. Case {@code i} draws from {@link
 * StrategyGenerator#random(long)} seeded with {@link StrategyGenerator#caseSeed(long, int)} of the
 * run seed mixed with the target name, so each case can be replayed alone. The system properties
 * {@value #CASES_PROPERTY} (default {@value #DEFAULT_CASES}), {@value #SEED_PROPERTY} and {@value
 * #MILLIS_PROPERTY} (the time limit of one case below 1 MB of input; 0, the default, checks no
 * time) change a run without changing code: {@code -Pfuzz} sets 100,000 cases and 1,000 ms.
 *
 * <p>A failing case (its check threw, took longer than the limit twice in a row — the second run
 * is warm, so class loading and pauses of a loaded machine do not count — or stalled: did not end
 * within {@link #stallMillis(long) ten times the limit}, or a minute without a limit) is written to {@code
 * target/fuzz-failures/TARGET-CASESEED.EXT} and reported by an {@link AssertionError} that names
 * the target, the run seed, the case index and seed, and the file. A run that ends appends its
 * tally to {@code target/fuzz-runs.tsv}. Stateless; the mutations only
 * use {@link RandomGenerator#nextLong()}, so a seed gives the same inputs on every JDK.
 */
public final class Fuzzing {

  /** The system property that sets the number of cases of each target. */
  public static final String CASES_PROPERTY = "civicplan.fuzz.cases";

  /** The system property that sets the run seed. */
  public static final String SEED_PROPERTY = "civicplan.fuzz.seed";

  /** The system property that sets the time limit of one case, in milliseconds. */
  public static final String MILLIS_PROPERTY = "civicplan.fuzz.millis";

  /** The number of cases of each target when {@value #CASES_PROPERTY} is not set: what CI runs. */
  public static final int DEFAULT_CASES = 1000;

  /** The run seed when {@value #SEED_PROPERTY} is not set: what CI runs. */
  public static final long DEFAULT_SEED = 0xF022_2026L;

  /** The time a case may run before it is failed as stalled, when no time limit is set. */
  public static final long UNLIMITED_STALL_MILLIS = 60_000;

  /** Inputs larger than this are not held to the time limit. */
  private static final int TIMED_BELOW = 1_000_000;

  /**
   * Texts that have broken parsers: characters outside the Basic Multilingual Plane, combining
   * marks, controls, escapes, YAML and JSON syntax, CSV separators and quotes, extreme numbers.
   */
  private static final List<String> HOSTILE = List.of(
      "\uD83C\uDF33", "\uD840\uDC00", "\uD835\uDC00", "\u0301", "\u200F", "\u0000", "\uFEFF", "\\ud800",
      "\\udc00x", "\\u0000", "ș", "Ț", "\"", "\\", "\n", "\t", "{", "}", "[", "]", ":", ",", "- ", "#", "&a *a",
      "!!binary", "? ", "1e400", "-0", "NaN", "0x10", "99999999999999999999999999", "'", "%YAML 1.2", "---", "...",
      ";", "\r\n", "\r", "\"\"", ",,", ";;", "=1+1", "1,5", "1.234,5", "2026-02-30", "31.12.2026", "-1e-400",
      "1e999999999", "1e-999999999");

  /** Values that replace a value of a document or a field of a CSV row. */
  private static final List<String> VALUES = List.of(
      "null", "[]", "{}", "\"x\"", "0", "-1.5", "true", "\"2027-13\"", "[1, [2]]", "", "1e308", "-0.0", "x",
      "2026-01-01", "\"\"", "12,5", "NaN");

  private Fuzzing() {}

  /**
   * Checks one input.
   */
  @FunctionalInterface
  public interface Check {
    /**
     * Reads {@code input} and checks what came of it; must throw (an {@link AssertionError} or any
     * exception) exactly when the input was handled wrongly.
     *
     * @param input the mutated input
     * @return whether the input was accepted (read, imported...) rather than refused
     * @throws Exception when the input was handled wrongly
     */
    boolean accepts(byte[] input) throws Exception;
  }

  /**
   * Makes the input of one case.
   */
  @FunctionalInterface
  public interface Inputs {
    /**
     * {@return the input of case {@code index}, drawn from {@code random} only}
     *
     * @param random the case's random generator
     * @param index the case's index, from 0
     */
    byte[] next(RandomGenerator random, int index);
  }

  /**
   * What a run did.
   *
   * @param target the target's name
   * @param cases the number of cases run
   * @param accepted how many inputs the check accepted
   * @param millis the run's wall time in milliseconds
   */
  public record Tally(String target, int cases, int accepted, long millis) {
    /**
     * Creates an instance from its components.
     *
     * @param target the target's name
     * @param cases the number of cases run
     * @param accepted how many inputs the check accepted
     * @param millis the run's wall time in milliseconds
     * @throws NullPointerException if {@code target} is null
     * @throws IllegalArgumentException if a count is negative or more were accepted than run
     */
    public Tally {
      Objects.requireNonNull(target, "target");
      if (cases < 0 || accepted < 0 || accepted > cases || millis < 0) {
        throw new IllegalArgumentException("a tally needs 0 <= accepted <= cases and millis >= 0 but was accepted "
            + accepted + " of " + cases + " in " + millis + " ms (target " + target + ")");
      }
    }

    /** {@return how many inputs the check refused} */
    public int refused() {
      return cases - accepted;
    }
  }

  /** {@return the number of cases of each target: {@value #CASES_PROPERTY}, or {@value #DEFAULT_CASES}} */
  public static int cases() {
    return Integer.getInteger(CASES_PROPERTY, DEFAULT_CASES);
  }

  /** {@return the run seed: {@value #SEED_PROPERTY}, or {@value #DEFAULT_SEED}} */
  public static long seed() {
    return Long.getLong(SEED_PROPERTY, DEFAULT_SEED);
  }

  /** {@return the time limit of one case in milliseconds, 0 for none: {@value #MILLIS_PROPERTY}} */
  public static long millis() {
    return Long.getLong(MILLIS_PROPERTY, 0);
  }

  /**
   * Runs {@link #cases()} cases of a target with the run seed {@link #seed()} and the time limit
   * {@link #millis()}.
   *
   * @param target the target's name: letters, digits and {@code -}; names the failure files
   * @param extension the extension of the failure files, without the dot
   * @param inputs makes each case's input
   * @param check checks each input
   * @return what the run did
   * @throws AssertionError on the first failing case, naming its seed and the file it was written to
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code target} is not a name of letters, digits and {@code -}
   */
  public static Tally run(String target, String extension, Inputs inputs, Check check) {
    return run(target, extension, cases(), seed(), millis(), inputs, check);
  }

  /**
   * Runs {@code cases} cases of a target.
   *
   * @param target the target's name: letters, digits and {@code -}; names the failure files
   * @param extension the extension of the failure files, without the dot
   * @param cases the number of cases
   * @param runSeed the run seed
   * @param millis the time limit of one case below 1 MB of input, 0 for none
   * @param inputs makes each case's input
   * @param check checks each input
   * @return what the run did
   * @throws AssertionError on the first failing case, naming its seed and the file it was written to
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code target} is not a name of letters, digits and {@code
   *     -}, or {@code cases} or {@code millis} is negative
   */
  public static Tally run(
      String target, String extension, int cases, long runSeed, long millis, Inputs inputs, Check check) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(extension, "extension");
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(check, "check");
    if (!target.matches("[A-Za-z0-9-]+")) {
      throw new IllegalArgumentException("a fuzz target is named by letters, digits and '-' but was \"" + target + "\"");
    }
    if (cases < 0 || millis < 0) {
      throw new IllegalArgumentException("cases and millis must not be negative but were " + cases + " and " + millis);
    }
    long started = System.nanoTime();
    long targetSeed = runSeed ^ target.hashCode();
    int accepted = 0;
    Thread[] thread = new Thread[1];
    ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
      thread[0] = new Thread(r, "fuzz-" + target);
      thread[0].setDaemon(true); // a case that never ends must not keep the JVM alive
      return thread[0];
    });
    try {
      for (int i = 0; i < cases; i++) {
        long caseSeed = StrategyGenerator.caseSeed(targetSeed, i);
        byte[] input = inputs.next(StrategyGenerator.random(caseSeed), i);
        long stall = input.length < TIMED_BELOW ? stallMillis(millis) : 0;
        long took;
        long again = 0;
        try {
          long start = System.nanoTime();
          if (call(worker, thread, check, input, stall)) {
            accepted++;
          }
          took = (System.nanoTime() - start) / 1_000_000;
          if (millis > 0 && took > millis && input.length < TIMED_BELOW) {
            // Timed again, warm: the first case of a target also loads classes, and a loaded machine
            // pauses; the limit is about the input, so only a second slow run fails the case.
            long start2 = System.nanoTime();
            call(worker, thread, check, input, stall);
            again = (System.nanoTime() - start2) / 1_000_000;
          }
        } catch (Stalled e) {
          throw failure(target, extension, runSeed, i, caseSeed, input,
              "still running after " + stall + " ms (the stack of the case is the cause)", e);
        } catch (Exception | AssertionError | StackOverflowError e) {
          throw failure(target, extension, runSeed, i, caseSeed, input, e.toString(), e);
        }
        if (again > millis && millis > 0) {
          throw failure(target, extension, runSeed, i, caseSeed, input,
              "took " + took + " ms and " + again + " ms again, more than the limit of " + millis + " ms", null);
        }
      }
    } finally {
      worker.shutdownNow();
    }
    Tally tally = new Tally(target, cases, accepted, (System.nanoTime() - started) / 1_000_000);
    record(tally, runSeed);
    return tally;
  }

  /**
   * Appends a finished run to {@code target/fuzz-runs.tsv} (target, run seed, cases, accepted,
   * milliseconds), so that a long run leaves its count behind whatever becomes of the test report.
   */
  private static void record(Tally t, long runSeed) {
    try {
      Path file = Files.createDirectories(Path.of("target")).resolve("fuzz-runs.tsv");
      String line = t.target() + "\t" + runSeed + "\t" + t.cases() + "\t" + t.accepted() + "\t" + t.millis() + "\n";
      Files.writeString(file, line, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
          java.nio.file.StandardOpenOption.APPEND);
    } catch (IOException e) {
      // the record is a convenience; the run's result is the tally returned
    }
  }

  /**
   * How long a case may run before it is failed as stalled, without waiting for it to end: ten
   * times the time limit, or {@value
   * #UNLIMITED_STALL_MILLIS} ms when no limit is set (CI), so that a case that would run for hours
   * (an exponent expanded to millions of digits) fails with its input kept instead of hanging the build.
   *
   * @param millis the time limit of one case, 0 for none
   * @return the time after which a case is given up, in milliseconds
   */
  public static long stallMillis(long millis) {
    return millis > 0 ? 10 * millis : UNLIMITED_STALL_MILLIS;
  }

  /** Runs one check on the worker thread, waiting at most {@code stall} ms (0: without end). */
  private static boolean call(ExecutorService worker, Thread[] thread, Check check, byte[] input, long stall)
      throws Exception {
    Future<Boolean> f = worker.submit(() -> check.accepts(input));
    try {
      return stall > 0 ? f.get(stall, TimeUnit.MILLISECONDS) : f.get();
    } catch (TimeoutException e) {
      Stalled s = new Stalled();
      s.setStackTrace(thread[0].getStackTrace());
      f.cancel(true);
      throw s;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Exception x) {
        throw x;
      }
      if (cause instanceof Error x) {
        throw x;
      }
      throw e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      f.cancel(true);
      throw e;
    }
  }

  /** A case that did not end in time; its stack trace is where the case was when it was given up. */
  private static final class Stalled extends Exception {
    private static final long serialVersionUID = 1L;

    Stalled() {
      super("the case did not end in time");
    }
  }

  private static AssertionError failure(String target, String extension, long runSeed, int index, long caseSeed,
      byte[] input, String what, Throwable cause) {
    String saved;
    try {
      Path dir = Files.createDirectories(Path.of("target", "fuzz-failures"));
      saved = Files.write(dir.resolve(target + "-" + caseSeed + "." + extension), input).toString();
    } catch (IOException e) {
      saved = "(not written: " + e.getMessage() + ")";
    }
    return new AssertionError("fuzz target " + target + ": case " + index + " of run seed " + runSeed + "L (case seed "
        + caseSeed + "L; replay with -D" + SEED_PROPERTY + "=" + runSeed + " -D" + CASES_PROPERTY + "=" + (index + 1)
        + ") failed; input written to " + saved + ": " + what, cause);
  }

  /**
   * {@return one to three mutations of {@code text}, as UTF-8 bytes: a range deleted, a line
   * repeated, removed or swapped, a hostile text inserted, a value or CSV field replaced, a byte's
   * bit flipped}
   *
   * @param text the valid input
   * @param random where the mutations are drawn from
   * @throws NullPointerException if an argument is null
   */
  public static byte[] mutate(String text, RandomGenerator random) {
    Objects.requireNonNull(text, "text");
    Rng rng = new Rng(random);
    String s = text;
    int n = rng.between(1, 3);
    for (int k = 0; k < n && !s.isEmpty(); k++) {
      int at = rng.below(s.length());
      int ls = s.lastIndexOf('\n', at) + 1;
      int nl = s.indexOf('\n', at);
      int le = nl < 0 ? s.length() : nl + 1;
      switch (rng.below(10)) {
        case 0 -> s = s.substring(0, at) + s.substring(Math.min(s.length(), at + 1 + rng.below(40)));
        case 1 -> s = s.substring(0, le) + s.substring(ls, le).repeat(rng.chance(0.9) ? 1 : rng.between(2, 50))
            + s.substring(le);
        case 2 -> s = s.substring(0, ls) + s.substring(le);
        case 3, 4 -> s = s.substring(0, at) + rng.pick(HOSTILE) + s.substring(at);
        case 5 -> { // replace a value after a colon by another kind of value
          int colon = s.indexOf(": ", at);
          if (colon >= 0) {
            int end = s.indexOf('\n', colon);
            end = end < 0 ? s.length() : end;
            String tail = s.substring(colon + 2, end).endsWith(",") ? "," : "";
            s = s.substring(0, colon + 2) + rng.pick(VALUES) + tail + s.substring(end);
          }
        }
        case 6 -> { // replace a CSV field
          int from = indexOfAny(s, ",;\t", at);
          if (from >= 0) {
            int to = indexOfAny(s, ",;\t\n", from + 1);
            s = s.substring(0, from + 1) + rng.pick(VALUES) + (to < 0 ? "" : s.substring(to));
          }
        }
        case 7 -> { // swap this line and the next
          if (le < s.length()) {
            int ne = s.indexOf('\n', le);
            ne = ne < 0 ? s.length() : ne + 1;
            String line = s.substring(ls, le);
            String next = s.substring(le, ne);
            s = s.substring(0, ls) + next + (next.endsWith("\n") ? "" : "\n") + line + s.substring(ne);
          }
        }
        default -> {
          byte[] b = s.getBytes(StandardCharsets.UTF_8);
          int i = rng.below(b.length);
          b[i] = (byte) (b[i] ^ (1 << rng.below(8)));
          return b;
        }
      }
    }
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * {@return one to three byte-level mutations of {@code bytes}, for binary inputs such as a zip
   * archive: a bit flipped, a byte set to an edge value, a range deleted, repeated or zeroed, the
   * tail cut off}
   *
   * @param bytes the valid input; not changed
   * @param random where the mutations are drawn from
   * @throws NullPointerException if an argument is null
   */
  public static byte[] mutate(byte[] bytes, RandomGenerator random) {
    Objects.requireNonNull(bytes, "bytes");
    Rng rng = new Rng(random);
    byte[] b = bytes.clone();
    int n = rng.between(1, 3);
    for (int k = 0; k < n && b.length > 0; k++) {
      int at = rng.below(b.length);
      int len = Math.min(b.length - at, 1 + rng.below(64));
      switch (rng.below(6)) {
        case 0 -> b[at] = (byte) (b[at] ^ (1 << rng.below(8)));
        case 1 -> b[at] = rng.pick((byte) 0, (byte) 0xFF, (byte) 0x7F, (byte) 0x80, (byte) 1);
        case 2 -> {
          byte[] c = new byte[b.length - len];
          System.arraycopy(b, 0, c, 0, at);
          System.arraycopy(b, at + len, c, at, b.length - at - len);
          b = c;
        }
        case 3 -> {
          byte[] c = new byte[b.length + len];
          System.arraycopy(b, 0, c, 0, at + len);
          System.arraycopy(b, at, c, at + len, b.length - at);
          b = c;
        }
        case 4 -> Arrays.fill(b, at, at + len, (byte) 0);
        default -> b = Arrays.copyOf(b, at);
      }
    }
    return b;
  }

  /**
   * {@return a valid input drawn from {@code seeds} and mutated by {@link #mutate(String,
   * RandomGenerator)}}
   *
   * @param seeds the valid inputs to start from; not empty
   * @param random where the choice and the mutations are drawn from
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code seeds} is empty
   */
  public static byte[] mutateOneOf(List<String> seeds, RandomGenerator random) {
    Objects.requireNonNull(seeds, "seeds");
    Objects.requireNonNull(random, "random");
    if (seeds.isEmpty()) {
      throw new IllegalArgumentException("at least one seed input is needed");
    }
    String seed = seeds.get(new Rng(random).below(seeds.size()));
    return mutate(seed, random);
  }

  private static int indexOfAny(String s, String chars, int from) {
    for (int i = from; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }
}
