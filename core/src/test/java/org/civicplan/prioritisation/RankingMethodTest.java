// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.civicplan.base.Severity;
import org.junit.jupiter.api.Test;

/** The sealed ranking methods: their parameters, their recorded form, and AHP's ratings mode. */
class RankingMethodTest {

  /** Two alternatives on a benefit criterion b and a cost criterion c, equal weights. */
  private static DecisionMatrix twoByTwo() {
    return new DecisionMatrix(
        List.of(Criterion.of("b", CriterionDirection.BENEFIT, 0.5), Criterion.of("c", CriterionDirection.COST, 0.5)),
        List.of("x", "y"),
        new double[][] {{2, 1}, {6, 4}});
  }

  private static double score(Ranking r, String id) {
    return r.ranking().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow().score();
  }

  @Test
  void ahpDistributive_byHand() {
    // b: x 2/8 = 0.25, y 6/8 = 0.75; c (cost): (1/1)/(1 + 1/4) = 0.8, (1/4)/(5/4) = 0.2
    // x = 0.5·0.25 + 0.5·0.8 = 0.525; y = 0.5·0.75 + 0.5·0.2 = 0.475
    Ranking r = RankingMethod.ahp(AhpOptions.Synthesis.DISTRIBUTIVE).apply(twoByTwo());
    assertEquals("ahp", r.method());
    assertEquals(List.of("x", "y"), r.order());
    assertEquals(0.525, score(r, "x"), 1e-12);
    assertEquals(0.475, score(r, "y"), 1e-12);
    assertEquals(0.4, r.ranking().get(0).contributions().get("c"), 1e-12);
  }

  @Test
  void ahpIdeal_byHand() {
    // b: x 2/6 = 1/3, y 1; c: min/x = 1, 1/4; raw x = 1/6 + 1/2 = 2/3, y = 1/2 + 1/8 = 5/8;
    // renormalised by 2/3 + 5/8 = 31/24: x = 16/31, y = 15/31
    Ranking r = RankingMethod.ahp(AhpOptions.Synthesis.IDEAL).apply(twoByTwo());
    assertEquals(List.of("x", "y"), r.order());
    assertEquals(16.0 / 31, score(r, "x"), 1e-12);
    assertEquals(15.0 / 31, score(r, "y"), 1e-12);
    RankedAlternative x = r.ranking().get(0);
    assertEquals(x.score(), x.contributions().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-12);
  }

  @Test
  void ahpRatingsEqualTheFullHierarchyOnTheConsistentRatioMatrices() {
    // Saaty (1986): measurements x give the consistent matrix a_ij = x_i / x_j (cost: x_j / x_i)
    DecisionMatrix m = new DecisionMatrix(
        List.of(
            Criterion.of("b", CriterionDirection.BENEFIT, 0.2),
            Criterion.of("c", CriterionDirection.COST, 0.3),
            Criterion.of("d", CriterionDirection.BENEFIT, 0.5)),
        List.of("p", "q", "r"),
        new double[][] {{3, 2, 7}, {5, 8, 1}, {1, 4, 2}});
    Map<String, double[][]> matrices = new java.util.HashMap<>();
    for (int j = 0; j < 3; j++) {
      double[][] a = new double[3][3];
      for (int i = 0; i < 3; i++) {
        for (int k = 0; k < 3; k++) {
          double ratio = m.value(i, j) / m.value(k, j);
          a[i][k] = m.criteria().get(j).direction() == CriterionDirection.COST ? 1 / ratio : ratio;
        }
      }
      matrices.put(m.criteria().get(j).id(), a);
    }
    for (AhpOptions.Synthesis s : AhpOptions.Synthesis.values()) {
      Ranking ratings = RankingMethod.ahp(s).apply(m);
      Ranking hierarchy = Ahp.hierarchy(m.criteria(), m.alternatives(), matrices, AhpOptions.defaults().with(s));
      assertEquals(hierarchy.order(), ratings.order(), s.label());
      for (String id : m.alternatives()) {
        assertEquals(score(hierarchy, id), score(ratings, id), 1e-9, s.label() + " " + id);
      }
    }
  }

  @Test
  void ahpRefusesNegativeMeasurementsWithAFinding() {
    DecisionMatrix m = new DecisionMatrix(
        List.of(Criterion.of("c", CriterionDirection.COST, 1)), List.of("x", "y"), new double[][] {{-1}, {2}});
    Ranking r = RankingMethod.ahp(AhpOptions.Synthesis.DISTRIBUTIVE).apply(m);
    assertTrue(r.hasErrors());
    assertTrue(r.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR));
  }

  @Test
  void eachMethodReadsBackFromWhatIsRecorded() {
    List<RankingMethod> all = List.of(
        RankingMethod.weightedSum(Normalization.MIN_MAX),
        RankingMethod.weightedSum(Normalization.SUM),
        RankingMethod.ahp(AhpOptions.Synthesis.IDEAL),
        RankingMethod.topsis(),
        RankingMethod.topsis(Normalization.MAX),
        RankingMethod.promethee(),
        RankingMethod.vikor(0.3));
    for (RankingMethod method : all) {
      assertEquals(method, RankingMethod.parse(method.label(), method.options()));
    }
    assertEquals(Map.of("v", "0.3"), RankingMethod.vikor(0.3).options());
    assertEquals(Map.of(), RankingMethod.promethee().options());
  }

  @Test
  void parseFillsDefaultsAndNamesWhatIsAllowed() {
    assertEquals(new RankingMethod.Topsis(Normalization.VECTOR), RankingMethod.parse("topsis", Map.of()));
    assertEquals(new RankingMethod.Vikor(0.5), RankingMethod.parse("vikor", Map.of()));
    assertInstanceOf(RankingMethod.Ahp.class, RankingMethod.parse("ahp", Map.of("synthesis", "ideal")));
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> RankingMethod.parse("electre", Map.of()));
    assertEquals("method must be one of weighted-sum, ahp, topsis, promethee-ii, vikor but was \"electre\"", unknown.getMessage());
    IllegalArgumentException misspelt =
        assertThrows(IllegalArgumentException.class, () -> RankingMethod.parse("vikor", Map.of("normalization", "sum")));
    assertEquals("method vikor takes only the option \"v\" but was given \"normalization\"", misspelt.getMessage());
    IllegalArgumentException none =
        assertThrows(IllegalArgumentException.class, () -> RankingMethod.parse("promethee-ii", Map.of("v", "1")));
    assertEquals("method promethee-ii takes no options but was given \"v\"", none.getMessage());
    IllegalArgumentException v = assertThrows(IllegalArgumentException.class, () -> RankingMethod.parse("vikor", Map.of("v", "half")));
    assertEquals("VIKOR strategy weight v must be a number in [0, 1] but was \"half\"", v.getMessage());
    assertThrows(IllegalArgumentException.class, () -> RankingMethod.vikor(1.5));
  }

  @Test
  void onlyVikorPrefersLowerScores() {
    assertTrue(RankingMethod.vikor(0.5).lowerIsBetter());
    assertEquals(false, RankingMethod.topsis().lowerIsBetter());
    assertEquals(false, RankingMethod.ahp(AhpOptions.Synthesis.DISTRIBUTIVE).lowerIsBetter());
  }
}
