// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties of every ranking method over seeded generated problems. */
class RankingPropertiesTest {

  static Stream<Long> seeds() {
    return LongStream.range(0, 2000).boxed();
  }

  static DecisionMatrix generate(RandomGenerator g) {
    int n = 1 + g.nextInt(8);
    int k = 1 + g.nextInt(5);
    List<Criterion> cs = new ArrayList<>();
    for (int j = 0; j < k; j++) {
      Criterion c = Criterion.of("c" + j, g.nextBoolean() ? CriterionDirection.BENEFIT : CriterionDirection.COST, 0.05 + g.nextDouble());
      if (g.nextInt(3) == 0) {
        c = c.withPreference(new PreferenceFunction(PreferenceFunction.Shape.LINEAR, 0.5, 2, 0));
      }
      cs.add(c);
    }
    List<String> ids = new ArrayList<>();
    double[][] v = new double[n][k];
    for (int i = 0; i < n; i++) {
      ids.add("a" + i);
      for (int j = 0; j < k; j++) {
        // small integer grid so that ties and constant criteria occur
        v[i][j] = 1 + g.nextInt(g.nextBoolean() ? 3 : 50);
      }
    }
    return new DecisionMatrix(cs, ids, v);
  }

  static List<Function<DecisionMatrix, Ranking>> methods() {
    List<Function<DecisionMatrix, Ranking>> l = new ArrayList<>();
    for (Normalization nz : Normalization.values()) {
      l.add(m -> Mcda.weightedSum(m, nz));
      l.add(m -> Mcda.topsis(m, nz));
    }
    l.add(Mcda::promethee);
    l.add(m -> Mcda.vikor(m, 0.5));
    return l;
  }

  private static RandomGenerator rng(long seed) {
    return RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void rankingsArePermutationsAndInvariantUnderReordering(long seed) {
    RandomGenerator g = rng(seed);
    DecisionMatrix m = generate(g);
    // shuffle rows and columns
    List<Integer> rows = new ArrayList<>();
    for (int i = 0; i < m.alternatives().size(); i++) {
      rows.add(i);
    }
    List<Integer> cols = new ArrayList<>();
    for (int j = 0; j < m.criteria().size(); j++) {
      cols.add(j);
    }
    Random r = new Random(seed);
    Collections.shuffle(rows, r);
    Collections.shuffle(cols, r);
    double[][] v = new double[rows.size()][cols.size()];
    List<String> ids = new ArrayList<>();
    List<Criterion> cs = new ArrayList<>();
    for (int j : cols) {
      cs.add(m.criteria().get(j));
    }
    for (int a = 0; a < rows.size(); a++) {
      ids.add(m.alternatives().get(rows.get(a)));
      for (int b = 0; b < cols.size(); b++) {
        v[a][b] = m.value(rows.get(a), cols.get(b));
      }
    }
    DecisionMatrix shuffled = new DecisionMatrix(cs, ids, v);
    int method = 0;
    for (Function<DecisionMatrix, Ranking> f : methods()) {
      Ranking x = f.apply(m);
      Ranking y = f.apply(shuffled);
      String ctx = "seed " + seed + ", method #" + method++ + ", problem " + m;
      assertEquals(x.order(), y.order(), ctx);
      if (x.ranking().isEmpty()) {
        continue;
      }
      assertEquals(new HashSet<>(m.alternatives()), new HashSet<>(x.order()), ctx);
      assertEquals(m.alternatives().size(), x.order().size(), ctx);
      for (int p = 0; p < x.ranking().size(); p++) {
        assertEquals(p + 1, x.ranking().get(p).rank(), ctx);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void weightedSumAndTopsisAreMonotoneInAnImprovedBenefitValue(long seed) {
    RandomGenerator g = rng(seed);
    DecisionMatrix m = generate(g);
    int j = -1;
    for (int c = 0; c < m.criteria().size(); c++) {
      if (m.criteria().get(c).direction() == CriterionDirection.BENEFIT) {
        j = c;
        break;
      }
    }
    if (j < 0 || m.alternatives().size() < 2) {
      return;
    }
    int a = g.nextInt(m.alternatives().size());
    double[][] v = m.values();
    v[a][j] += 1 + g.nextInt(10);
    DecisionMatrix better = new DecisionMatrix(m.criteria(), m.alternatives(), v);
    String id = m.alternatives().get(a);
    for (Normalization nz : List.of(Normalization.NONE, Normalization.MIN_MAX, Normalization.MAX, Normalization.VECTOR, Normalization.SUM)) {
      int before = rank(Mcda.weightedSum(m, nz), id);
      int after = rank(Mcda.weightedSum(better, nz), id);
      // the normalisations that rescale by a column statistic can move others too; min-max, max
      // and none keep a monotone score for the improved alternative relative to the others
      if (nz == Normalization.NONE || nz == Normalization.MIN_MAX || nz == Normalization.MAX) {
        assertTrue(after <= before, "seed " + seed + " weighted sum " + nz + ": rank " + before + " -> " + after + " for " + id + " in " + m);
      }
    }
    int tb = rank(Mcda.topsis(m, Normalization.MIN_MAX), id);
    int ta = rank(Mcda.topsis(better, Normalization.MIN_MAX), id);
    assertTrue(ta <= tb || tb == 0, "seed " + seed + " TOPSIS: rank " + tb + " -> " + ta + " for " + id + " in " + m);
  }

  private static int rank(Ranking r, String id) {
    return r.ranking().stream().filter(x -> x.id().equals(id)).mapToInt(RankedAlternative::rank).findFirst().orElse(0);
  }
}
