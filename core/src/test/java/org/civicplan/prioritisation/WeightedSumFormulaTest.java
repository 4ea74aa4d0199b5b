// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Weighted-sum scores against the normalisations written out here from their definitions (the
 * Javadoc of {@link Normalization}), on seeded random matrices of benefits and costs, for every
 * normalisation: a cost under the sum or max normalisation sends the ranking column by column, any
 * other row by row, and both must give each alternative Σ w_j · r_j, which is also the sum of its
 * explained contributions.
 */
class WeightedSumFormulaTest {

  static Stream<Long> seeds() {
    return LongStream.range(0, 60).boxed();
  }

  /** r(x) for column values {@code col}, written from the definitions. */
  private static double normalised(Normalization nz, CriterionDirection dir, double x, double[] col) {
    boolean cost = dir == CriterionDirection.COST;
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    double sum = 0;
    double squares = 0;
    double reciprocals = 0;
    for (double v : col) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
      sum += v;
      squares += v * v;
      reciprocals += 1 / v;
    }
    return switch (nz) {
      case NONE -> cost ? -x : x;
      case MIN_MAX -> hi == lo ? 0 : cost ? (hi - x) / (hi - lo) : (x - lo) / (hi - lo);
      case VECTOR -> cost ? 1 - x / Math.sqrt(squares) : x / Math.sqrt(squares);
      case SUM -> cost ? (1 / x) / reciprocals : x / sum;
      case MAX -> cost ? lo / x : x / hi;
    };
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void everyScoreIsTheWeightedSumOfItsNormalisedValues(long seed) {
    SplittableRandom g = new SplittableRandom(seed);
    int k = 2 + g.nextInt(4);
    int n = 2 + g.nextInt(30);
    List<Criterion> criteria = new ArrayList<>();
    for (int j = 0; j < k; j++) {
      // the first criterion a cost, so that sum and max take the column path
      CriterionDirection dir = j == 0 || g.nextBoolean() ? CriterionDirection.COST : CriterionDirection.BENEFIT;
      criteria.add(Criterion.of("c" + j, dir, 1 + g.nextInt(9)));
    }
    List<String> ids = new ArrayList<>();
    double[][] values = new double[n][k];
    for (int i = 0; i < n; i++) {
      ids.add("a" + i);
      for (int j = 0; j < k; j++) {
        // positive values, a constant column now and then
        values[i][j] = seed % 7 == j ? 5 : 1 + g.nextInt(1000) / 10.0;
      }
    }
    DecisionMatrix m = new DecisionMatrix(criteria, ids, values);
    for (Normalization nz : Normalization.values()) {
      Ranking r = Mcda.weightedSum(m, nz);
      Map<String, Double> w = r.weights();
      for (RankedAlternative a : r.ranking()) {
        int i = ids.indexOf(a.id());
        double expected = 0;
        double explained = 0;
        for (int j = 0; j < k; j++) {
          double[] col = new double[n];
          for (int row = 0; row < n; row++) {
            col[row] = values[row][j];
          }
          expected += w.get("c" + j) * normalised(nz, criteria.get(j).direction(), values[i][j], col);
          explained += a.contributions().get("c" + j);
        }
        String ctx = "seed " + seed + ", " + nz + ", " + a.id();
        assertEquals(expected, a.score(), 1e-12 * Math.max(1, Math.abs(expected)), ctx);
        assertEquals(explained, a.score(), 1e-12 * Math.max(1, Math.abs(expected)), ctx);
      }
    }
  }
}
