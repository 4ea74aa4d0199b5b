// SPDX-License-Identifier: Apache-2.0
package org.civicplan.testkit;

import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Runs a property over seeded cases, small first, and fails on the first (smallest) failing case
 * with its seed, how to replay it, and the case itself.
 *
 * <p>The run seed and the case count can be changed with the system properties {@code
 * civicplan.seed} and {@code civicplan.cases}; CI runs the fixed defaults.
 */
final class PropertyRunner {

  /** The fixed run seed CI uses. */
  static final long DEFAULT_SEED = 20260101L;

  /** The default number of cases of each property. */
  static final int DEFAULT_CASES = 1000;

  private PropertyRunner() {}

  static long seed() {
    return Long.getLong("civicplan.seed", DEFAULT_SEED);
  }

  static int cases() {
    return Integer.getInteger("civicplan.cases", DEFAULT_CASES);
  }

  /** The cases of the default run. */
  static Stream<GeneratedCase> run() {
    return StrategyGenerator.cases(seed(), cases());
  }

  /** Checks {@code property} on every case of the default run; returns the number of cases checked. */
  static int forAll(String property, Consumer<GeneratedCase> check) {
    return forAll(property, run(), check);
  }

  static int forAll(String property, Stream<GeneratedCase> cases, Consumer<GeneratedCase> check) {
    int[] count = {0};
    cases.forEach(
        c -> {
          try {
            check.accept(c);
          } catch (AssertionError | RuntimeException e) {
            throw new AssertionError(
                "property \"" + property + "\" failed on " + c + " of run seed " + seed() + "L\n"
                    + "replay: " + c.replay() + "\n"
                    + "cause: " + e.getMessage() + "\n"
                    + "strategy: " + c.strategy(),
                e);
          }
          count[0]++;
        });
    return count[0];
  }
}
