// SPDX-License-Identifier: Apache-2.0
package org.civicplan.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Fuzzing}: reproducible mutations, the tally, and what a failing case leaves behind. */
class FuzzingTest {

  private static final String TEXT = "id,name\nA-1,Parcul central\nA-2,Piața Unirii\n";

  @Test
  void theSameSeedGivesTheSameMutations_andAnotherSeedOthers() {
    assertArrayEquals(Fuzzing.mutate(TEXT, StrategyGenerator.random(7)), Fuzzing.mutate(TEXT, StrategyGenerator.random(7)));
    byte[] zip = TEXT.getBytes(StandardCharsets.UTF_8);
    assertArrayEquals(Fuzzing.mutate(zip, StrategyGenerator.random(7)), Fuzzing.mutate(zip, StrategyGenerator.random(7)));
    int differ = 0;
    for (long seed = 0; seed < 50; seed++) {
      if (!new String(Fuzzing.mutate(TEXT, StrategyGenerator.random(seed)), StandardCharsets.UTF_8).equals(TEXT)) {
        differ++;
      }
    }
    // a mutation can undo itself (a line swapped with an equal one), but rarely
    assertTrue(differ >= 45, "changed " + differ + " of 50");
  }

  @Test
  void byteMutationsLeaveTheInputUnchanged() {
    byte[] in = TEXT.getBytes(StandardCharsets.UTF_8);
    byte[] copy = in.clone();
    Fuzzing.mutate(in, StrategyGenerator.random(3));
    assertArrayEquals(copy, in);
  }

  @Test
  void runCountsTheAcceptedInputs_andGivesEachCaseItsOwnInput() {
    List<String> seen = new ArrayList<>();
    Fuzzing.Tally t = Fuzzing.run("tally-test", "txt", 10, 1L, 0,
        (rng, i) -> Fuzzing.mutate(TEXT, rng), input -> {
          seen.add(new String(input, StandardCharsets.UTF_8));
          return seen.size() % 2 == 0;
        });
    assertEquals(new Fuzzing.Tally("tally-test", 10, 5, t.millis()), t);
    assertEquals(5, t.refused());
    assertTrue(seen.stream().distinct().count() >= 8, seen::toString);
  }

  @Test
  void aFinishedRunIsRecordedInTargetFuzzRuns() throws IOException {
    Fuzzing.Tally t = Fuzzing.run("recorded-test", "txt", 3, 99L, 0, (rng, i) -> new byte[] {(byte) i}, input -> input[0] != 1);
    List<String> lines = Files.readAllLines(Path.of("target", "fuzz-runs.tsv"));
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("recorded-test\t99\t3\t2\t" + t.millis())), lines::toString);
  }

  @Test
  void aFailingCaseIsWrittenToAFileAndNamesItsSeeds() throws IOException {
    AssertionError e = assertThrows(AssertionError.class, () -> Fuzzing.run("failing-test", "csv", 5, 42L, 0,
        (rng, i) -> ("case " + i).getBytes(StandardCharsets.UTF_8), input -> {
          if (new String(input, StandardCharsets.UTF_8).equals("case 3")) {
            throw new IllegalStateException("broken");
          }
          return true;
        }));
    String m = e.getMessage();
    assertTrue(m.startsWith("fuzz target failing-test: case 3 of run seed 42L (case seed "), m);
    assertTrue(m.contains("replay with -Dcivicplan.fuzz.seed=42 -Dcivicplan.fuzz.cases=4"), m);
    assertTrue(m.endsWith("java.lang.IllegalStateException: broken"), m);
    Path saved = Path.of(m.substring(m.indexOf("input written to ") + 17, m.indexOf(": java.lang")));
    assertEquals("case 3", Files.readString(saved));
    assertTrue(saved.getFileName().toString().startsWith("failing-test-"), saved::toString);
    assertTrue(e.getCause() instanceof IllegalStateException);
  }

  @Test
  void aCaseSlowerThanTheLimitTwiceFails_onceSlowDoesNot() {
    int[] calls = {0};
    Fuzzing.Tally once = Fuzzing.run("slow-once-test", "txt", 1, 1L, 20, (rng, i) -> new byte[1], input -> {
      if (calls[0]++ == 0) {
        Thread.sleep(60);
      }
      return true;
    });
    assertEquals(1, once.accepted());
    assertEquals(2, calls[0], "the slow case was timed again");
    AssertionError e = assertThrows(AssertionError.class, () -> Fuzzing.run("slow-test", "txt", 1, 1L, 20,
        (rng, i) -> new byte[1], input -> {
          Thread.sleep(60);
          return true;
        }));
    assertTrue(e.getMessage().contains("more than the limit of 20 ms"), e::getMessage);
  }

  @Test
  void aCaseThatDoesNotEnd_failsAfterTenTimesTheLimit_withItsInputAndWhereItWas() throws IOException {
    AssertionError e = assertThrows(AssertionError.class, () -> Fuzzing.run("stalled-test", "txt", 3, 1L, 30,
        (rng, i) -> new byte[] {(byte) i}, input -> {
          if (input[0] == 1) {
            Thread.sleep(Long.MAX_VALUE);
          }
          return true;
        }));
    assertEquals(300, Fuzzing.stallMillis(30));
    assertEquals(Fuzzing.UNLIMITED_STALL_MILLIS, Fuzzing.stallMillis(0));
    assertTrue(e.getMessage().contains("case 1 of run seed 1L"), e.getMessage());
    assertTrue(e.getMessage().endsWith("still running after 300 ms (the stack of the case is the cause)"), e.getMessage());
    assertTrue(java.util.Arrays.stream(e.getCause().getStackTrace()).anyMatch(f -> f.getMethodName().equals("sleep")),
        () -> java.util.Arrays.toString(e.getCause().getStackTrace()));
    String file = e.getMessage().replaceAll("(?s).*input written to (\\S+): .*", "$1");
    assertArrayEquals(new byte[] {1}, Files.readAllBytes(Path.of(file)));
  }

  @Test
  void rejectsATargetNameThatCannotNameAFile() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Fuzzing.run("../x", "txt", 1, 1L, 0, (rng, i) -> new byte[0], input -> true));
    assertEquals("a fuzz target is named by letters, digits and '-' but was \"../x\"", e.getMessage());
    assertFalse(Files.exists(Path.of("target", "fuzz-failures", "..", "x")));
  }
}
