// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The primitive sorts of the portfolio search against the boxed comparator sorts they replace, on
 * scores made to be hard for them: neighbours that differ only in the lowest bits of the mantissa
 * (which the packed keys drop), repeated values, ±0, infinities and NaN, both directions.
 */
class IndexSortTest {

  static Stream<Long> seeds() {
    return LongStream.range(0, 300).boxed();
  }

  private static double[] hardScores(SplittableRandom g) {
    int n = 1 + g.nextInt(g.nextBoolean() ? 12 : 300);
    double[] base = {0.5, -3.25, 1e9, 7, -0.0, 0.0};
    double[] s = new double[n];
    for (int i = 0; i < n; i++) {
      s[i] = switch (g.nextInt(8)) {
        case 0 -> base[g.nextInt(base.length)];
        // a few units in the last place away from a shared value: equal truncated keys
        case 1, 2 -> Double.longBitsToDouble(Double.doubleToLongBits(base[g.nextInt(4)]) + g.nextInt(1 << 10));
        case 3 -> g.nextBoolean() ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        case 4 -> g.nextInt(50) == 0 ? Double.NaN : g.nextInt(5);
        default -> (g.nextDouble() - 0.5) * Math.pow(10, g.nextInt(12) - 4);
      };
    }
    return s;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void byScoreIsTheStableSortByDoubleCompare(long seed) {
    double[] s = hardScores(new SplittableRandom(seed));
    for (boolean descending : new boolean[] {false, true}) {
      Comparator<Integer> c = (a, b) -> descending ? Double.compare(s[b], s[a]) : Double.compare(s[a], s[b]);
      int[] expected = IntStream.range(0, s.length).boxed().sorted(c.thenComparing(Comparator.naturalOrder()))
          .mapToInt(Integer::intValue).toArray();
      assertArrayEquals(expected, IndexSort.byScore(s, descending), () -> "seed " + seed + ", descending " + descending + ": " + Arrays.toString(s));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void ascendingThenBreaksExactTiesInTheGivenOrder(long seed) {
    SplittableRandom g = new SplittableRandom(seed);
    double[] s = hardScores(g);
    int n = s.length;
    // a permutation standing for the id order
    int[] rankOfId = IntStream.range(0, n).toArray();
    for (int i = n - 1; i > 0; i--) {
      int j = g.nextInt(i + 1);
      int t = rankOfId[i];
      rankOfId[i] = rankOfId[j];
      rankOfId[j] = t;
    }
    int[] tieOrder = new int[n];
    for (int u = 0; u < n; u++) {
      tieOrder[rankOfId[u]] = u;
    }
    int[] expected = IntStream.range(0, n).boxed()
        .sorted(Comparator.<Integer>comparingDouble(u -> s[u]).thenComparingInt(u -> rankOfId[u]))
        .mapToInt(Integer::intValue).toArray();
    assertArrayEquals(expected, IndexSort.ascendingThen(s, tieOrder), () -> "seed " + seed + ": " + Arrays.toString(s));
  }
}
