// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rank order shared by every method ({@link IndexSort}) against a naive oracle, and the
 * PROMETHEE preference functions at their thresholds.
 */
class RankOrderTest {

  /** A fixed list of seeds, run in CI; a failure names its seed. */
  static Stream<Long> seeds() {
    return LongStream.rangeClosed(1, 40).boxed();
  }

  @Nested
  class Order {

    /**
     * The definition, naively: indices sorted by {@link Double#compare} (reversed when higher is
     * better; equal scores keep input order), then each run of neighbours within the tie tolerance
     * sorted by id.
     */
    private int[] oracle(List<String> ids, double[] score, boolean higherIsBetter) {
      Comparator<Integer> byScore = (a, b) -> Double.compare(score[a], score[b]);
      List<Integer> idx = new ArrayList<>(IntStream.range(0, score.length).boxed().toList());
      idx.sort(higherIsBetter ? byScore.reversed() : byScore);
      List<Integer> out = new ArrayList<>();
      int p = 0;
      while (p < idx.size()) {
        int q = p + 1;
        while (q < idx.size() && Math.abs(score[idx.get(q)] - score[idx.get(q - 1)]) <= 1e-9 * Math.max(1, Math.abs(score[idx.get(q - 1)]))) {
          q++;
        }
        List<Integer> run = new ArrayList<>(idx.subList(p, q));
        run.sort(Comparator.comparing(ids::get));
        out.addAll(run);
        p = q;
      }
      return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Whether each rank is in a run of two or more neighbours within the tolerance, naively. */
    private boolean[] oracleRuns(double[] score, boolean higherIsBetter) {
      Comparator<Integer> byScore = (a, b) -> Double.compare(score[a], score[b]);
      List<Integer> idx = new ArrayList<>(IntStream.range(0, score.length).boxed().toList());
      idx.sort(higherIsBetter ? byScore.reversed() : byScore);
      boolean[] run = new boolean[score.length];
      for (int q = 1; q < idx.size(); q++) {
        if (Math.abs(score[idx.get(q)] - score[idx.get(q - 1)]) <= 1e-9 * Math.max(1, Math.abs(score[idx.get(q - 1)]))) {
          run[q - 1] = true;
          run[q] = true;
        }
      }
      return run;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("org.civicplan.prioritisation.RankOrderTest#seeds")
    void keyBoundsNeverSeparateScoresThatAreTied(long seed) {
      // mayBeTied may say "maybe" for scores that are apart, never "no" for scores that are tied:
      // pairs of scores at every scale (subnormal to 1e300, both signs), apart by multiples of
      // the tolerance around 1 and 2, truncated as the sort truncates them for 2 to 2^20 indices
      RandomGenerator rnd = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
      for (int c = 0; c < 20_000; c++) {
        double a = switch (rnd.nextInt(4)) {
          case 0 -> rnd.nextDouble(-2, 2);
          case 1 -> Math.scalb(rnd.nextDouble(0.5, 1), rnd.nextInt(-1074, 1000)) * (rnd.nextBoolean() ? 1 : -1);
          case 2 -> rnd.nextBoolean() ? 0.0 : -0.0;
          default -> Double.MIN_VALUE * rnd.nextInt(1000);
        };
        double tol = IndexSort.tieTolerance(a);
        double b = a + (rnd.nextDouble(-3, 3) * tol) * (rnd.nextInt(3) == 0 ? 1e-3 : 1);
        boolean desc = rnd.nextBoolean();
        // in key order: a before b
        double first = desc ? Math.max(a, b) : Math.min(a, b);
        double second = desc ? Math.min(a, b) : Math.max(a, b);
        long mask = (1L << (1 + rnd.nextInt(20))) - 1;
        long k1 = key(first, desc) & ~mask;
        long k2 = key(second, desc) & ~mask;
        boolean tied = Math.abs(second - first) <= IndexSort.tieTolerance(first);
        if (tied) {
          assertTrue(IndexSort.mayBeTied(k1, k2, mask, desc), () -> "seed " + seed + ": " + first + ", " + second + ", desc " + desc + ", mask " + mask);
        }
        // the decoding is the inverse of the key
        assertEquals(Double.doubleToLongBits(first), Double.doubleToLongBits(IndexSort.valueOf(key(first, desc), desc)));
      }
      // and it does say "no" for scores far apart, which is what saves reading them
      long m = (1L << 20) - 1;
      assertFalse(IndexSort.mayBeTied(key(0.5, true) & ~m, key(0.25, true) & ~m, m, true));
      assertFalse(IndexSort.mayBeTied(key(0.25, false) & ~m, key(0.5, false) & ~m, m, false));
    }

    /** The sort key of {@link IndexSort}, as its documentation defines it. */
    private long key(double x, boolean descending) {
      long b = Double.doubleToLongBits(x);
      long k = b < 0 ? b ^ Long.MAX_VALUE : b;
      return descending ? ~k : k;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("org.civicplan.prioritisation.RankOrderTest#seeds")
    void agreesWithTheNaiveDefinition(long seed) {
      RandomGenerator rnd = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
      // small cases first; scores drawn from few values, near neighbours (the last bits of the
      // mantissa differ: within the truncated sort key), signed zeros, negatives and large values
      int n = (int) (seed % 7 == 0 ? 40 + seed : 1 + seed % 12);
      double[] pool = {0.0, -0.0, 1.0, Math.nextUp(1.0), Math.nextDown(1.0), 1.0 + 5e-10, 1.0 + 2e-9, -3.5, Math.nextUp(-3.5), 1e12, 1e12 + 100, 1e12 + 10_000, 7.25};
      double[] score = new double[n];
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        score[i] = rnd.nextInt(4) == 0 ? rnd.nextDouble(-10, 10) : pool[rnd.nextInt(pool.length)];
        ids.add(String.format("a%03d", rnd.nextInt(1000)) + "-" + i);
      }
      for (boolean higher : new boolean[] {true, false}) {
        int[] got = IndexSort.rankOrder(ids, score, higher);
        assertArrayEquals(oracle(ids, score, higher), got, () -> "seed " + seed + ", higher " + higher + ", scores " + Arrays.toString(score) + ", ids " + ids);
        // the variant that also marks the ranks inside runs of ties: the same order, and a mark
        // exactly where the naive definition has a run of two or more
        boolean[] inRun = new boolean[n];
        assertArrayEquals(got, IndexSort.rankOrder(ids, score, higher, inRun), () -> "seed " + seed);
        assertArrayEquals(oracleRuns(score, higher), inRun, () -> "seed " + seed + ", higher " + higher + ", scores " + Arrays.toString(score));
      }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("org.civicplan.prioritisation.RankOrderTest#seeds")
    void tieFindingsAreTheGroupsWithinToleranceOfTheirFirst(long seed) {
      // the assembly's tie findings, naively: in rank order, each group is the alternatives within
      // the tolerance of the group's first (reading every score, where the assembly skips ranks
      // the rank order found apart)
      RandomGenerator rnd = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
      int n = (int) (seed % 5 == 0 ? 200 + seed : 2 + seed % 15);
      double[] pool = {0.0, -0.0, 1.0, Math.nextUp(1.0), 1.0 + 5e-10, 1.0 + 1e-9, 1.0 + 1.5e-9, 1.0 + 2e-9, 1e12, 1e12 + 900, 1e12 + 1800, 7.25};
      double[] score = new double[n];
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        score[i] = rnd.nextInt(3) == 0 ? rnd.nextDouble(-10, 10) : pool[rnd.nextInt(pool.length)];
        ids.add(String.format("a%03d", rnd.nextInt(1000)) + "-" + i);
      }
      for (boolean higher : new boolean[] {true, false}) {
        int[] order = oracle(ids, score, higher);
        List<org.civicplan.base.Finding> expected = new ArrayList<>();
        int p = 0;
        while (p < n) {
          int q = p + 1;
          while (q < n && Math.abs(score[order[q]] - score[order[p]]) <= 1e-9 * Math.max(1, Math.abs(score[order[p]]))) {
            q++;
          }
          if (q - p > 1) {
            List<String> tied = new ArrayList<>();
            for (int t = p; t < q; t++) {
              tied.add(ids.get(order[t]));
            }
            expected.add(Messages.info(PrioritisationCodes.TIE, "", String.join(", ", tied), Messages.number(score[order[p]])));
          }
          p = q;
        }
        List<org.civicplan.base.Finding> got = new ArrayList<>();
        Ranking r = RankingAssembly.assemble(
            "x", ids, java.util.Map.of(), score, higher, RankingAssembly.listed(List.of(), List.of()), List.of(),
            java.util.Optional.empty(), java.util.Map.of(), got);
        assertEquals(expected, got, () -> "seed " + seed + ", higher " + higher + ", scores " + Arrays.toString(score));
        assertEquals(Arrays.stream(order).mapToObj(ids::get).toList(), r.order(), () -> "seed " + seed);
      }
    }

    @ParameterizedTest(name = "{0} equal scores")
    @ValueSource(ints = {2, 16, 17, 40})
    void aRunOfTiesIsOrderedById(int n) {
      // both the insertion sort (up to 16) and the library sort (more) order by id
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        ids.add(String.format("x%02d", n - 1 - i));
      }
      double[] score = new double[n];
      Arrays.fill(score, 0.5);
      int[] got = IndexSort.rankOrder(ids, score, true);
      for (int r = 0; r < n; r++) {
        assertEquals(String.format("x%02d", r), ids.get(got[r]));
      }
    }

    @Test
    void scoresJustOutsideTheToleranceAreNotTied() {
      // 1 and 1 + 2e-9: apart by more than 1e-9; z keeps its place although its id is last
      List<String> ids = List.of("z", "a");
      assertArrayEquals(new int[] {0, 1}, IndexSort.rankOrder(ids, new double[] {1 + 2e-9, 1}, true));
      // within 1e-9: tied, so by id
      assertArrayEquals(new int[] {1, 0}, IndexSort.rankOrder(ids, new double[] {1 + 5e-10, 1}, true));
      // the tolerance is relative above 1: 1e12 and 1e12 + 100 are within 1e-9 · 1e12 = 1000
      assertArrayEquals(new int[] {1, 0}, IndexSort.rankOrder(ids, new double[] {1e12 + 100, 1e12}, true));
      assertArrayEquals(new int[] {0, 1}, IndexSort.rankOrder(ids, new double[] {1e12 + 10_000, 1e12}, true));
      // and absolute below: −1e-10 and 0 are tied
      assertArrayEquals(new int[] {1, 0}, IndexSort.rankOrder(ids, new double[] {0, -1e-10}, false));
      assertEquals(1e-9, IndexSort.tieTolerance(0.5));
      assertEquals(2e-9, IndexSort.tieTolerance(-2));
    }

    @Test
    void emptyAndSingle() {
      assertArrayEquals(new int[0], IndexSort.rankOrder(List.of(), new double[0], true));
      assertArrayEquals(new int[] {0}, IndexSort.rankOrder(List.of("a"), new double[] {3}, false));
    }
  }

  @Nested
  class Preference {

    @Test
    void degreesAtTheThresholds() {
      PreferenceFunction u = new PreferenceFunction(PreferenceFunction.Shape.U_SHAPE, 2, 0, 0);
      assertEquals(0, u.degree(2));
      assertEquals(1, u.degree(Math.nextUp(2.0)));
      PreferenceFunction v = new PreferenceFunction(PreferenceFunction.Shape.V_SHAPE, 0, 4, 0);
      assertEquals(1, v.degree(4));
      assertEquals(0.5, v.degree(2));
      assertEquals(1, v.degree(5));
      PreferenceFunction level = new PreferenceFunction(PreferenceFunction.Shape.LEVEL, 1, 3, 0);
      assertEquals(0, level.degree(1));
      assertEquals(0.5, level.degree(3));
      assertEquals(1, level.degree(Math.nextUp(3.0)));
      PreferenceFunction linear = new PreferenceFunction(PreferenceFunction.Shape.LINEAR, 1, 3, 0);
      assertEquals(0, linear.degree(1));
      // (2 − 1) / (3 − 1)
      assertEquals(0.5, linear.degree(2));
      assertEquals(1, linear.degree(3));
      assertEquals(1, linear.degree(9));
      PreferenceFunction gaussian = new PreferenceFunction(PreferenceFunction.Shape.GAUSSIAN, 0, 0, 2);
      // 1 − exp(−d² / (2 s²)) with d = 2, s = 2: 1 − e^(−1/2)
      assertEquals(1 - Math.exp(-0.5), gaussian.degree(2), 1e-15);
      for (PreferenceFunction f : List.of(PreferenceFunction.USUAL, u, v, level, linear, gaussian)) {
        assertEquals(0, f.degree(0), f::toString);
        assertEquals(0, f.degree(-1), f::toString);
      }
      assertEquals(1, PreferenceFunction.USUAL.degree(Double.MIN_VALUE));
    }

    @Test
    void thresholdsAreChecked() {
      assertEquals(
          "q must be finite and non-negative but was -1.0",
          assertThrows(IllegalArgumentException.class, () -> new PreferenceFunction(PreferenceFunction.Shape.U_SHAPE, -1, 0, 0)).getMessage());
      assertEquals(
          "p must be finite and non-negative but was Infinity",
          assertThrows(IllegalArgumentException.class, () -> new PreferenceFunction(PreferenceFunction.Shape.V_SHAPE, 0, Double.POSITIVE_INFINITY, 0)).getMessage());
      assertEquals(
          "s must be finite and non-negative but was NaN",
          assertThrows(IllegalArgumentException.class, () -> new PreferenceFunction(PreferenceFunction.Shape.GAUSSIAN, 0, 0, Double.NaN)).getMessage());
      assertEquals(
          "p must be positive for the v-shape preference function but was 0.0",
          assertThrows(IllegalArgumentException.class, () -> new PreferenceFunction(PreferenceFunction.Shape.V_SHAPE, 0, 0, 0)).getMessage());
      assertEquals(
          "s must be positive for the gaussian preference function but was 0.0",
          assertThrows(IllegalArgumentException.class, () -> new PreferenceFunction(PreferenceFunction.Shape.GAUSSIAN, 0, 0, 0)).getMessage());
      assertEquals(
          "preference threshold p must be at least q (2.0) but was 1.0 (level)",
          assertThrows(IllegalArgumentException.class, () -> new PreferenceFunction(PreferenceFunction.Shape.LEVEL, 2, 1, 0)).getMessage());
      assertEquals(
          "linear preference function needs p > q but both were 2.0",
          assertThrows(IllegalArgumentException.class, () -> new PreferenceFunction(PreferenceFunction.Shape.LINEAR, 2, 2, 0)).getMessage());
      // a level function may have p = q; the usual and U-shape need no p
      assertEquals(1, new PreferenceFunction(PreferenceFunction.Shape.LEVEL, 2, 2, 0).degree(3));
      assertEquals(0, new PreferenceFunction(PreferenceFunction.Shape.U_SHAPE, 0, 0, 0).degree(0));
    }

    @Test
    void shapeLabelsRoundTrip() {
      for (PreferenceFunction.Shape s : PreferenceFunction.Shape.values()) {
        assertEquals(s, PreferenceFunction.Shape.parse(s.label()));
      }
      assertEquals("u-shape", PreferenceFunction.Shape.U_SHAPE.label());
      assertEquals(
          "preference function must be one of usual, u-shape, v-shape, level, linear, gaussian but was \"U-shape\"",
          assertThrows(IllegalArgumentException.class, () -> PreferenceFunction.Shape.parse("U-shape")).getMessage());
      assertEquals(Normalization.MIN_MAX, Normalization.parse("min-max"));
      assertEquals(
          "normalization must be one of none, min-max, vector, sum, max but was \"MAX\"",
          assertThrows(IllegalArgumentException.class, () -> Normalization.parse("MAX")).getMessage());
    }
  }
}
