package org.civicplan.prioritisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.civicplan.base.Finding;
import org.civicplan.base.Severity;
import org.junit.jupiter.api.Test;

/** Published worked examples and hand-checked definitions of each ranking method. */
class RankingExamplesTest {

  private static final List<String> PLANES = List.of("A1", "A2", "A3", "A4");

  /** Hwang and Yoon, Multiple Attribute Decision Making (Springer 1981), fighter aircraft example. */
  private static DecisionMatrix fighterAircraft() {
    List<Criterion> cs =
        List.of(
            Criterion.of("speed", CriterionDirection.BENEFIT, 0.2),
            Criterion.of("range", CriterionDirection.BENEFIT, 0.1),
            Criterion.of("payload", CriterionDirection.BENEFIT, 0.1),
            Criterion.of("cost", CriterionDirection.COST, 0.1),
            Criterion.of("reliability", CriterionDirection.BENEFIT, 0.2),
            Criterion.of("maneuverability", CriterionDirection.BENEFIT, 0.3));
    double[][] v = {
      {2.0, 1500, 20000, 5.5, 5, 9}, {2.5, 2700, 18000, 6.5, 3, 5}, {1.8, 2000, 21000, 4.5, 7, 7}, {2.2, 1800, 20000, 5.0, 5, 5}
    };
    return new DecisionMatrix(cs, PLANES, v);
  }

  private static double score(Ranking r, String id) {
    return r.ranking().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow().score();
  }

  @Test
  void topsis_reproducesHwangYoonFighterAircraft() {
    // Hwang & Yoon (1981), TOPSIS numerical example: C* = 0.643, 0.268, 0.613, 0.312 (3 decimals
    // given, computed from rounded intermediate values, hence the 1e-3 tolerance)
    Ranking r = Mcda.topsis(fighterAircraft(), Normalization.VECTOR);
    assertEquals(List.of("A1", "A3", "A4", "A2"), r.order());
    assertEquals(0.643, score(r, "A1"), 1e-3);
    assertEquals(0.268, score(r, "A2"), 1e-3);
    assertEquals(0.613, score(r, "A3"), 1e-3);
    assertEquals(0.312, score(r, "A4"), 1e-3);
    RankedAlternative a1 = r.ranking().get(0);
    assertEquals(a1.details().get("dMinus") / (a1.details().get("dMinus") + a1.details().get("dPlus")), a1.score(), 1e-12);
    assertTrue(a1.contributions().isEmpty());
  }

  @Test
  void topsis_twoCriteriaByHand() {
    // Closeness from the definition: vector normalisation of (3,4) and (4,3), weights 1/2 each.
    DecisionMatrix m =
        new DecisionMatrix(
            List.of(Criterion.of("b", CriterionDirection.BENEFIT, 1), Criterion.of("c", CriterionDirection.COST, 1)),
            List.of("x", "y"),
            new double[][] {{3, 4}, {4, 3}});
    Ranking r = Mcda.topsis(m, Normalization.VECTOR);
    // y is best on both criteria: d+ = 0, closeness 1; x is the anti-ideal: closeness 0
    assertEquals(List.of("y", "x"), r.order());
    assertEquals(1.0, score(r, "y"), 1e-12);
    assertEquals(0.0, score(r, "x"), 1e-12);
    assertTrue(r.findings().stream().anyMatch(f -> f.code().equals(PrioritisationCodes.WEIGHTS_NORMALISED)));
  }

  @Test
  void weightedSum_reproducesTriantaphyllouExample() {
    // Triantaphyllou, Multi-Criteria Decision Making Methods: A Comparative Study (Kluwer 2000),
    // WSM example (weights 0.20, 0.15, 0.40, 0.25): A1 = 21.50, A2 = 22.00, A3 = 22.00.
    DecisionMatrix m =
        new DecisionMatrix(
            List.of(
                Criterion.of("C1", CriterionDirection.BENEFIT, 0.20),
                Criterion.of("C2", CriterionDirection.BENEFIT, 0.15),
                Criterion.of("C3", CriterionDirection.BENEFIT, 0.40),
                Criterion.of("C4", CriterionDirection.BENEFIT, 0.25)),
            List.of("A1", "A2", "A3"),
            new double[][] {{25, 20, 15, 30}, {10, 30, 20, 30}, {30, 10, 30, 10}});
    Ranking r = Mcda.weightedSum(m, Normalization.NONE);
    assertEquals(21.5, score(r, "A1"), 1e-9);
    assertEquals(22.0, score(r, "A2"), 1e-9);
    assertEquals(22.0, score(r, "A3"), 1e-9);
    assertEquals(List.of("A2", "A3", "A1"), r.order());
    assertTrue(r.findings().stream().anyMatch(f -> f.code().equals(PrioritisationCodes.TIE) && f.message().get(java.util.Locale.ENGLISH).contains("A2, A3")));
    assertEquals(Map.of("C1", 5.0, "C2", 3.0, "C3", 6.0, "C4", 7.5), r.ranking().get(2).contributions());
  }

  @Test
  void weightedSum_linearMaxNormalisationOnFighterAircraft() {
    // Hwang & Yoon's linear scale transformation: x/max for benefit, min/x for cost; the A1 score
    // computed by hand from the table.
    Ranking r = Mcda.weightedSum(fighterAircraft(), Normalization.MAX);
    double a1 = 0.2 * 2.0 / 2.5 + 0.1 * 1500 / 2700 + 0.1 * 20000 / 21000 + 0.1 * 4.5 / 5.5 + 0.2 * 5 / 7 + 0.3 * 9 / 9;
    assertEquals(a1, score(r, "A1"), 1e-12);
    double sum = r.ranking().get(0).contributions().values().stream().mapToDouble(Double::doubleValue).sum();
    assertEquals(r.ranking().get(0).score(), sum, 1e-12);
  }

  @Test
  void ahp_reproducesSaatyWealthOfNations() {
    // Saaty, The Analytic Hierarchy Process (1980), relative wealth of nations:
    // w = .427 .230 .021 .052 .052 .123 .094, λmax = 7.61
    double[][] a = {
      {1, 4, 9, 6, 6, 5, 5},
      {1 / 4., 1, 7, 5, 5, 3, 4},
      {1 / 9., 1 / 7., 1, 1 / 5., 1 / 5., 1 / 7., 1 / 5.},
      {1 / 6., 1 / 5., 5, 1, 1, 1 / 3., 1 / 3.},
      {1 / 6., 1 / 5., 5, 1, 1, 1 / 3., 1 / 3.},
      {1 / 5., 1 / 3., 7, 3, 3, 1, 2},
      {1 / 5., 1 / 4., 5, 3, 3, 1 / 2., 1}
    };
    List<String> items = List.of("US", "USSR", "China", "France", "UK", "Japan", "WGermany");
    Ranking r = Ahp.weights("wealth", "", items, a, AhpOptions.defaults());
    double[] expected = {.427, .230, .021, .052, .052, .123, .094};
    for (int i = 0; i < items.size(); i++) {
      assertEquals(expected[i], r.weights().get(items.get(i)), 5e-4, items.get(i));
    }
    assertEquals(7.61, r.consistency().orElseThrow().lambdaMax(), 5e-3);
    assertEquals(RandomIndex.SAATY_1980, r.consistency().orElseThrow().table());
    assertEquals(1.32, r.consistency().orElseThrow().ri(), 0);
  }

  @Test
  void ahp_reproducesSaatyChairsAndWarnsOnInconsistency() {
    // Saaty, "A scaling method for priorities in hierarchical structures", J. Math. Psych. 15
    // (1977): light intensity of four chairs, w = .61 .24 .10 .05, λmax = 4.39
    double[][] a = {{1, 5, 6, 7}, {1 / 5., 1, 4, 6}, {1 / 6., 1 / 4., 1, 4}, {1 / 7., 1 / 6., 1 / 4., 1}};
    List<String> items = List.of("c1", "c2", "c3", "c4");
    Ranking r = Ahp.weights("chairs", "/m", items, a, AhpOptions.defaults());
    double[] expected = {.61, .24, .10, .05};
    for (int i = 0; i < 4; i++) {
      assertEquals(expected[i], r.weights().get(items.get(i)), 1e-2);
    }
    Consistency c = r.consistency().orElseThrow();
    assertEquals(4.39, c.lambdaMax(), 5e-3);
    assertEquals((c.lambdaMax() - 4) / 3, c.ci(), 1e-12);
    assertEquals(c.ci() / 0.90, c.cr(), 1e-12);
    // CR ≈ 0.145 > 0.10: a warning naming a judgement
    Finding w = r.findings().stream().filter(f -> f.code().equals(PrioritisationCodes.AHP_INCONSISTENT)).findFirst().orElseThrow();
    assertEquals(Severity.WARNING, w.severity());
    assertTrue(w.path().startsWith("/m/"));
    // with the Saaty 2005 table RI(4) = 0.89
    assertEquals(0.89, Ahp.weights("chairs", "/m", items, a, AhpOptions.defaults().with(RandomIndex.SAATY_2005)).consistency().orElseThrow().ri(), 0);
  }

  @Test
  void ahp_reproducesSaatyDistancesFromPhiladelphia() {
    // Saaty (1980), distances of six cities from Philadelphia: w = .263 .397 .033 .116 .164 .027, λmax = 6.45
    double[][] a = {
      {1, 1 / 3., 8, 3, 3, 7},
      {3, 1, 9, 3, 3, 9},
      {1 / 8., 1 / 9., 1, 1 / 6., 1 / 5., 2},
      {1 / 3., 1 / 3., 6, 1, 1 / 3., 6},
      {1 / 3., 1 / 3., 5, 3, 1, 6},
      {1 / 7., 1 / 9., 1 / 2., 1 / 6., 1 / 6., 1}
    };
    List<String> items = List.of("Cairo", "Tokyo", "Chicago", "SanFrancisco", "London", "Montreal");
    Ranking r = Ahp.weights("distance", "", items, a, AhpOptions.defaults());
    double[] expected = {.263, .397, .033, .116, .164, .027};
    for (int i = 0; i < items.size(); i++) {
      assertEquals(expected[i], r.weights().get(items.get(i)), 2e-3, items.get(i));
    }
    assertEquals(6.45, r.consistency().orElseThrow().lambdaMax(), 5e-3);
  }

  @Test
  void ahp_consistentMatrixGivesExactWeightsWithBothMethods() {
    double[] w = {0.5, 0.3, 0.2};
    double[][] a = new double[3][3];
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        a[i][j] = w[i] / w[j];
      }
    }
    for (AhpOptions.Prioritization p : AhpOptions.Prioritization.values()) {
      Ranking r = Ahp.weights("m", "", List.of("a", "b", "c"), a, AhpOptions.defaults().with(p));
      assertEquals(0.5, r.weights().get("a"), 1e-12);
      assertEquals(0.2, r.weights().get("c"), 1e-12);
      assertEquals(3.0, r.consistency().orElseThrow().lambdaMax(), 1e-9);
      assertEquals(0.0, r.consistency().orElseThrow().cr(), 1e-9);
    }
  }

  @Test
  void ahp_ordersOneAndTwoAreConsistentByDefinition() {
    Ranking two = Ahp.weights("m", "", List.of("a", "b"), new double[][] {{1, 9}, {1 / 9., 1}}, AhpOptions.defaults());
    assertEquals(0.9, two.weights().get("a"), 1e-12);
    assertEquals(0.0, two.consistency().orElseThrow().cr(), 0);
    Ranking one = Ahp.weights("m", "", List.of("a"), new double[][] {{1}}, AhpOptions.defaults());
    assertEquals(1.0, one.weights().get("a"), 0);
  }

  @Test
  void ahp_refusesNonReciprocalMatrix() {
    Ranking r = Ahp.weights("criteria", "/p", List.of("a", "b"), new double[][] {{1, 3}, {3, 1}}, AhpOptions.defaults());
    assertTrue(r.ranking().isEmpty());
    assertEquals(PrioritisationCodes.AHP_NOT_RECIPROCAL, r.findings().get(0).code());
    assertEquals("/p/1/0", r.findings().get(0).path());
  }

  @Test
  void ahp_hierarchyDistributiveIsWeightedSumOfLocalPriorities() {
    double[][] criteria = {{1, 3}, {1 / 3., 1}};
    Map<String, double[][]> alts = Map.of("c1", new double[][] {{1, 2}, {0.5, 1}}, "c2", new double[][] {{1, 1 / 4.}, {4, 1}});
    Ranking r = Ahp.hierarchy(List.of("c1", "c2"), criteria, List.of("a1", "a2"), alts, AhpOptions.defaults());
    // criteria weights .75/.25; local a1 = 2/3 and 1/5
    assertEquals(0.75 * 2 / 3 + 0.25 * 0.2, score(r, "a1"), 1e-12);
    assertEquals(0.75 * 1 / 3 + 0.25 * 0.8, score(r, "a2"), 1e-12);
    assertEquals(0.75 * 2 / 3, r.ranking().get(0).contributions().get("c1"), 1e-12);
    Ranking ideal = Ahp.hierarchy(List.of("c1", "c2"), criteria, List.of("a1", "a2"), alts, AhpOptions.defaults().with(AhpOptions.Synthesis.IDEAL));
    double s1 = 0.75 * 1 + 0.25 * 0.25;
    double s2 = 0.75 * 0.5 + 0.25 * 1;
    assertEquals(s1 / (s1 + s2), score(ideal, "a1"), 1e-12);
  }

  @Test
  void promethee_usualCriterionByHand() {
    // Three alternatives, two equally weighted benefit criteria with the usual function:
    // a beats b and c on c1; c beats a and b on c2; b beats nobody.
    DecisionMatrix m =
        new DecisionMatrix(
            List.of(Criterion.of("c1", CriterionDirection.BENEFIT, 0.5), Criterion.of("c2", CriterionDirection.BENEFIT, 0.5)),
            List.of("a", "b", "c"),
            new double[][] {{3, 1}, {2, 2}, {1, 3}});
    Ranking r = Mcda.promethee(m);
    // π(a,b)=.5 π(a,c)=.5 π(b,a)=.5 π(b,c)=.5 π(c,a)=.5 π(c,b)=.5 → all net flows 0, a tie
    for (RankedAlternative x : r.ranking()) {
      assertEquals(0.0, x.score(), 1e-12);
      assertEquals(0.5, x.details().get("phiPlus"), 1e-12);
    }
    assertEquals(List.of("a", "b", "c"), r.order());
  }

  @Test
  void promethee_linearFunctionAndContributions() {
    Criterion c1 = Criterion.of("c1", CriterionDirection.COST, 0.6).withPreference(new PreferenceFunction(PreferenceFunction.Shape.LINEAR, 1, 3, 0));
    Criterion c2 = Criterion.of("c2", CriterionDirection.BENEFIT, 0.4).withPreference(new PreferenceFunction(PreferenceFunction.Shape.GAUSSIAN, 0, 0, 2));
    DecisionMatrix m = new DecisionMatrix(List.of(c1, c2), List.of("x", "y"), new double[][] {{1, 5}, {3, 4}});
    Ranking r = Mcda.promethee(m);
    // x cheaper by 2: P = (2-1)/(3-1) = .5; x better by 1 on c2: P = 1 - exp(-1/8)
    double pxy = 0.6 * 0.5 + 0.4 * (1 - Math.exp(-1.0 / 8));
    assertEquals(pxy, score(r, "x"), 1e-12);
    assertEquals(-pxy, score(r, "y"), 1e-12);
    assertEquals(0.3, r.ranking().get(0).contributions().get("c1"), 1e-12);
  }

  @Test
  void preferenceFunctions_followBransVinckeDefinitions() {
    assertEquals(1, PreferenceFunction.USUAL.degree(0.1));
    assertEquals(0, new PreferenceFunction(PreferenceFunction.Shape.U_SHAPE, 1, 0, 0).degree(1));
    assertEquals(1, new PreferenceFunction(PreferenceFunction.Shape.U_SHAPE, 1, 0, 0).degree(1.01));
    assertEquals(0.25, new PreferenceFunction(PreferenceFunction.Shape.V_SHAPE, 0, 4, 0).degree(1));
    assertEquals(0.5, new PreferenceFunction(PreferenceFunction.Shape.LEVEL, 1, 2, 0).degree(1.5));
    assertEquals(1, new PreferenceFunction(PreferenceFunction.Shape.LEVEL, 1, 2, 0).degree(2.5));
    assertEquals(1 - Math.exp(-0.5), new PreferenceFunction(PreferenceFunction.Shape.GAUSSIAN, 0, 0, 1).degree(1), 1e-15);
    assertEquals(0, PreferenceFunction.USUAL.degree(-3));
  }

  @Test
  void vikor_byDefinitionWithCompromiseSet() {
    // Two benefit criteria, equal weights. S, R, Q from the definitions of Opricovic & Tzeng (2004).
    DecisionMatrix m =
        new DecisionMatrix(
            List.of(Criterion.of("f1", CriterionDirection.BENEFIT, 0.5), Criterion.of("f2", CriterionDirection.BENEFIT, 0.5)),
            List.of("A1", "A2", "A3"),
            new double[][] {{1, 5}, {3, 3}, {5, 1}});
    Ranking r = Mcda.vikor(m, 0.5);
    // A2: S = .25+.25 = .5, R = .25; A1, A3: S = .5, R = .5 → Q(A2)=0, Q(A1)=Q(A3)=.5
    assertEquals(List.of("A2", "A1", "A3"), r.order());
    assertEquals(0.0, score(r, "A2"), 1e-12);
    assertEquals(0.5, score(r, "A1"), 1e-12);
    assertEquals(0.25, r.ranking().get(0).details().get("R"), 1e-12);
    // DQ = 1/2: advantage .5 ≥ .5 holds; A2 first by R → A2 alone
    assertEquals(List.of("A2"), r.compromise());
    Ranking v1 = Mcda.vikor(m, 1.0);
    // with v = 1 all Q are 0: no advantage, the compromise set is everyone
    assertEquals(3, v1.compromise().size());
  }

  @Test
  void edgeCases_missingValueNegativeForSumAndSingleAlternative() {
    List<Criterion> cs = List.of(Criterion.of("c", CriterionDirection.COST, 1));
    Ranking missing = Mcda.weightedSum(new DecisionMatrix(cs, List.of("a", "b"), new double[][] {{1}, {Double.NaN}}), Normalization.MIN_MAX);
    assertTrue(missing.ranking().isEmpty());
    assertEquals("/alternatives/1/values/c", missing.findings().get(0).path());
    Ranking zero = Mcda.weightedSum(new DecisionMatrix(cs, List.of("a", "b"), new double[][] {{0}, {2}}), Normalization.SUM);
    assertEquals(PrioritisationCodes.VALUE_NOT_POSITIVE, zero.findings().get(0).code());
    Ranking single = Mcda.topsis(new DecisionMatrix(cs, List.of("a"), new double[][] {{2}}), Normalization.VECTOR);
    assertEquals(List.of("a"), single.order());
    assertTrue(single.findings().stream().anyMatch(f -> f.code().equals(PrioritisationCodes.SINGLE_ALTERNATIVE)));
    Ranking constant = Mcda.weightedSum(new DecisionMatrix(cs, List.of("a", "b"), new double[][] {{2}, {2}}), Normalization.MIN_MAX);
    assertTrue(constant.findings().stream().anyMatch(f -> f.code().equals(PrioritisationCodes.CRITERION_CONSTANT)));
  }

  @Test
  void sensitivity_intervalContainsWeightAndEndsWhereLeaderChanges() {
    DecisionMatrix m =
        new DecisionMatrix(
            List.of(Criterion.of("b1", CriterionDirection.BENEFIT, 0.5), Criterion.of("b2", CriterionDirection.BENEFIT, 0.5)),
            List.of("x", "y"),
            new double[][] {{1, 0}, {0, 0.5}});
    // x wins while w1 > w2/2, i.e. w1 > 1/3
    List<WeightInterval> iv = Sensitivity.weightIntervals(m, d -> Mcda.weightedSum(d, Normalization.NONE));
    assertEquals(1.0 / 3, iv.get(0).lower(), 1e-6);
    assertEquals(1.0, iv.get(0).upper(), 1e-9);
    assertEquals(0.0, iv.get(1).lower(), 1e-9);
    assertEquals(2.0 / 3, iv.get(1).upper(), 1e-6);
  }
}
