// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Published worked examples of PROMETHEE II, VIKOR and the weighted sum. Each test names its
 * source and asserts to the precision the source prints (half a unit of its last decimal); the
 * input tables are as printed in the source and as transcribed in the test suites of the
 * pyrepo-mcda and pymcdm (Python) libraries, which reproduce the same published values; each test
 * says where its numbers were read.
 */
class PublishedExamplesTest {

  /** Papathanasiou and Ploskas, chapters 2 and 3: six alternatives, four benefit criteria. */
  private static final double[][] PAPATHANASIOU_PLOSKAS = {
    {8, 7, 2, 1}, {5, 3, 7, 5}, {7, 5, 6, 4}, {9, 9, 7, 3}, {11, 10, 3, 7}, {6, 9, 5, 4}
  };
  private static final double[] PAPATHANASIOU_PLOSKAS_WEIGHTS = {0.4, 0.3, 0.1, 0.2};

  private static DecisionMatrix matrix(double[][] values, double[] weights, CriterionDirection[] directions,
      PreferenceFunction[] preferences) {
    List<Criterion> criteria = new ArrayList<>();
    for (int j = 0; j < weights.length; j++) {
      Criterion c = Criterion.of("c" + (j + 1), directions[j], weights[j]);
      criteria.add(preferences == null ? c : c.withPreference(preferences[j]));
    }
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      ids.add(String.format("a%02d", i + 1));
    }
    return new DecisionMatrix(criteria, ids, values);
  }

  private static CriterionDirection[] all(CriterionDirection d, int n) {
    CriterionDirection[] a = new CriterionDirection[n];
    java.util.Arrays.fill(a, d);
    return a;
  }

  private static double score(Ranking r, int alternative) {
    String id = String.format("a%02d", alternative + 1);
    return r.ranking().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow().score();
  }

  private static void assertScores(double[] expected, Ranking r, double tolerance, String source) {
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], score(r, i), tolerance, source + ", alternative " + (i + 1));
    }
  }

  @Test
  void promethee_reproducesPapathanasiouPloskasLinearCriteria() {
    // Papathanasiou, J. and Ploskas, N. (2018), "PROMETHEE", ch. 3 of Multiple Criteria Decision Aid:
    // Methods, Examples and Python Implementations, Springer Optimization and Its Applications 136,
    // pp. 57-89 (doi:10.1007/978-3-319-91648-4_3): linear preference (type V) with q = 1, p = 2 on
    // every criterion; net flows printed to 2 decimals: -0.26, -0.52, -0.22, 0.36, 0.70, -0.06.
    PreferenceFunction linear = new PreferenceFunction(PreferenceFunction.Shape.LINEAR, 1, 2, 0);
    Ranking r = Mcda.promethee(matrix(PAPATHANASIOU_PLOSKAS, PAPATHANASIOU_PLOSKAS_WEIGHTS,
        all(CriterionDirection.BENEFIT, 4), new PreferenceFunction[] {linear, linear, linear, linear}));
    assertScores(new double[] {-0.26, -0.52, -0.22, 0.36, 0.70, -0.06}, r, 0.005, "Papathanasiou & Ploskas 2018 ch. 3");
    assertEquals(List.of("a05", "a04", "a06", "a03", "a01", "a02"), r.order());
  }

  @Test
  void promethee_reproducesZiembaEtAlOffshoreWindFarmsVShape() {
    // Ziemba, P., Wątróbski, J., Zioło, M. and Karczmarczyk, A. (2017), "Using the PROSA method in
    // offshore wind farm location problems", Energies 10(11), 1755 (doi:10.3390/en10111755): four
    // locations, twelve criteria, V-shape (type III) functions with the thresholds p below; the
    // PROMETHEE II net flows printed to 4 decimals: -0.0445, 0.1884, -0.0954, -0.0485.
    double[][] byCriterion = {
      {16347, 14219, 8160, 8160}, {9, 8.5, 9, 8.5}, {73.8, 55, 64.8, 62.5}, {36.7, 36, 28.5, 29.5},
      {1.5, 2, 2, 1.5}, {3730, 3240, 1860, 1860}, {2, 1, 2, 1}, {1, 1, 2, 3}, {38.8, 33.1, 45.8, 27.3},
      {4, 2, 4, 3}, {1720524, 1496512, 858830, 858830}, {40012, 34803, 19973, 19973}
    };
    double[] weights = {20, 5, 5, 1.67, 1.67, 11.67, 11.67, 5, 5, 16.67, 8.33, 8.33};
    int[] types = {-1, -1, -1, -1, -1, 1, -1, -1, 1, -1, 1, 1};
    double[] p = {7280, 4, 13.4, 7.4, 3, 1662, 3, 3, 13.8, 3, 766240, 17820};
    double[][] values = new double[4][12];
    CriterionDirection[] directions = new CriterionDirection[12];
    PreferenceFunction[] preferences = new PreferenceFunction[12];
    for (int j = 0; j < 12; j++) {
      for (int i = 0; i < 4; i++) {
        values[i][j] = byCriterion[j][i];
      }
      directions[j] = types[j] > 0 ? CriterionDirection.BENEFIT : CriterionDirection.COST;
      preferences[j] = new PreferenceFunction(PreferenceFunction.Shape.V_SHAPE, 0, p[j], 0);
    }
    Ranking r = Mcda.promethee(matrix(values, weights, directions, preferences));
    assertScores(new double[] {-0.0445, 0.1884, -0.0954, -0.0485}, r, 0.00005, "Ziemba et al. 2017");
  }

  @Test
  void vikor_reproducesPapathanasiouPloskas() {
    // Papathanasiou, J. and Ploskas, N. (2018), "VIKOR", ch. 2 of Multiple Criteria Decision Aid,
    // pp. 31-55 (doi:10.1007/978-3-319-91648-4_2): the same six alternatives with v = 0.625; Q
    // printed to 3 decimals: 0.640, 1.000, 0.693, 0.271, 0.000, 0.694.
    Ranking r = Mcda.vikor(matrix(PAPATHANASIOU_PLOSKAS, PAPATHANASIOU_PLOSKAS_WEIGHTS,
        all(CriterionDirection.BENEFIT, 4), null), 0.625);
    assertScores(new double[] {0.640, 1.000, 0.693, 0.271, 0.000, 0.694}, r, 0.0005, "Papathanasiou & Ploskas 2018 ch. 2");
    assertEquals(List.of("a05", "a04", "a01", "a03", "a06", "a02"), r.order());
  }

  @Test
  void vikor_reproducesYangWuRankReversalExample() {
    // Yang, W. and Wu, Y. (2020), "A new improvement method to avoid rank reversal in VIKOR", IEEE
    // Access 8, pp. 21261-21271: five alternatives, four benefit
    // criteria of equal weight, v = 0.5; Q to 4 decimals: 0.5679, 0.7667, 1, 0.7493, 0. The table
    // and the values are as transcribed in the VIKOR test of the pymcdm (Python) library's test
    // suite (class TestVIKOR, test_output_yang), which cites this paper; the table number in the
    // paper was not checked.
    double[][] values = {{78, 56, 34, 6}, {4, 45, 3, 97}, {18, 2, 50, 63}, {9, 14, 11, 92}, {85, 9, 100, 29}};
    Ranking r = Mcda.vikor(matrix(values, new double[] {0.25, 0.25, 0.25, 0.25}, all(CriterionDirection.BENEFIT, 4), null), 0.5);
    assertScores(new double[] {0.5679, 0.7667, 1, 0.7493, 0}, r, 0.00005, "Yang & Wu 2020");
    assertEquals(List.of("a05", "a01", "a04", "a02", "a03"), r.order());
  }

  @Test
  void vikor_reproducesOpricovicTzengNumericalExample() {
    // Opricovic, S. and Tzeng, G.-H. (2004), "Compromise solution by MCDM methods: A comparative
    // analysis of VIKOR and TOPSIS", European Journal of Operational Research 156(2), pp. 445-455
    // (doi:10.1016/S0377-2217(03)00020-1), numerical example: three alternatives, f1 a cost (1, 2,
    // 5), f2 a benefit (3000, 3750, 4500), equal weights, v = 0.5; Q = 1, 0, 1. The table is as in
    // the example of the R package MCDM (function VIKOR, which cites this paper) and in the pymcdm
    // test suite (test_output_opricovic, which asserts Q = 1, 0, 1); the paper's own table was not
    // checked. A1 and A3 tie on Q, so the tie is broken by id.
    double[][] values = {{1, 3000}, {2, 3750}, {5, 4500}};
    Ranking r = Mcda.vikor(matrix(values, new double[] {0.5, 0.5},
        new CriterionDirection[] {CriterionDirection.COST, CriterionDirection.BENEFIT}, null), 0.5);
    assertScores(new double[] {1, 0, 1}, r, 1e-9, "Opricovic & Tzeng 2004");
    assertEquals(List.of("a02", "a01", "a03"), r.order());
  }

  @Test
  void weightedSum_reproducesRizanEtAlAdmissionExample() {
    // Rizan, O., Wahyuningsih, D., Pradana, H. A. and Ramadella, S. (2020), "SAW Method in
    // Supporting the Process of Admission of New Junior High School Students", 8th CITSM, IEEE
    // (doi:10.1109/CITSM50537.2020.9268874): seven benefit criteria, each divided by its maximum
    // (linear max), preference values to 3 decimals: 0.350, 0.375, 0.825, 0.642.
    double[][] values = {
      {0.75, 0.50, 0.75, 0, 0, 0, 1}, {0.75, 1, 0.75, 0, 0, 0, 0.75},
      {0.75, 0.75, 0.75, 0, 0.50, 0.25, 1}, {0.50, 0.50, 0.75, 1, 0.50, 0, 0.75}
    };
    double[] weights = {0.1, 0.1, 0.1, 0.15, 0.2, 0.25, 0.1};
    Ranking r = Mcda.weightedSum(matrix(values, weights, all(CriterionDirection.BENEFIT, 7), null), Normalization.MAX);
    assertScores(new double[] {0.350, 0.375, 0.825, 0.642}, r, 0.0005, "Rizan et al. 2020");
    assertEquals(List.of("a03", "a04", "a02", "a01"), r.order());
  }
}
