// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.civicplan.base.Finding;
import org.civicplan.base.Severity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Exact scores, explanations, findings and boundaries of the matrix methods, computed by hand from
 * the definitions in {@link Mcda}, so that a changed sign, bound or constant shows.
 */
class McdaValuesTest {

  private static final double EPS = 1e-12;

  private static DecisionMatrix matrix(List<Criterion> criteria, List<String> ids, double[][] values) {
    return new DecisionMatrix(criteria, ids, values);
  }

  /** b (benefit) and c (cost), weights 1/2 each; x = (2, 10), y = (4, 30), z = (6, 20). */
  private static DecisionMatrix offsetColumns() {
    return matrix(
        List.of(Criterion.of("b", CriterionDirection.BENEFIT, 0.5), Criterion.of("c", CriterionDirection.COST, 0.5)),
        List.of("x", "y", "z"),
        new double[][] {{2, 10}, {4, 30}, {6, 20}});
  }

  /** b (benefit) and c (cost), weights 1/2 each; x = (2, 1), y = (6, 4). */
  private static DecisionMatrix twoByTwo() {
    return matrix(
        List.of(Criterion.of("b", CriterionDirection.BENEFIT, 0.5), Criterion.of("c", CriterionDirection.COST, 0.5)),
        List.of("x", "y"),
        new double[][] {{2, 1}, {6, 4}});
  }

  private static RankedAlternative alternative(Ranking r, String id) {
    return r.ranking().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
  }

  private static double score(Ranking r, String id) {
    return alternative(r, id).score();
  }

  private static List<String> codes(Ranking r) {
    return r.findings().stream().map(Finding::code).toList();
  }

  @Nested
  class WeightedSum {

    @Test
    void minMax_subtractsTheColumnMinimumOrIsSubtractedFromTheMaximum() {
      // b: (x − 2) / 4 → 0, 1/2, 1; c (cost): (30 − x) / 20 → 1, 0, 1/2
      // x = 0 + 1/2 = 1/2; y = 1/4 + 0 = 1/4; z = 1/2 + 1/4 = 3/4
      Ranking r = Mcda.weightedSum(offsetColumns(), Normalization.MIN_MAX);
      assertEquals("weighted-sum", r.method());
      assertEquals(List.of("z", "x", "y"), r.order());
      assertEquals(0.5, score(r, "x"), EPS);
      assertEquals(0.25, score(r, "y"), EPS);
      assertEquals(0.75, score(r, "z"), EPS);
      assertEquals(Map.of("b", 0.5, "c", 0.25), alternative(r, "z").contributions());
      assertEquals(Map.of("normalised.b", 1.0, "normalised.c", 0.5), alternative(r, "z").details());
      assertEquals(Map.of("normalised.b", 0.0, "normalised.c", 1.0), alternative(r, "x").details());
      assertEquals(Map.of("b", 0.5, "c", 0.5), r.weights());
      assertTrue(r.findings().isEmpty(), r.findings()::toString);
    }

    @Test
    void none_negatesACostCriterion() {
      // x = 2/2 − 1/2 = 1/2; y = 6/2 − 4/2 = 1
      Ranking r = Mcda.weightedSum(twoByTwo(), Normalization.NONE);
      assertEquals(List.of("y", "x"), r.order());
      assertEquals(0.5, score(r, "x"), EPS);
      assertEquals(1.0, score(r, "y"), EPS);
      assertEquals(Map.of("b", 3.0, "c", -2.0), alternative(r, "y").contributions());
      assertEquals(Map.of("normalised.b", 6.0, "normalised.c", -4.0), alternative(r, "y").details());
    }

    @Test
    void vector_usesOneMinusTheShareForACostCriterion() {
      // b: (3, 4) / 5; c (cost): 1 − (8, 6) / 10 → 0.2, 0.4
      // x = (0.6 + 0.2) / 2 = 0.4; y = (0.8 + 0.4) / 2 = 0.6
      DecisionMatrix m =
          matrix(
              List.of(Criterion.of("b", CriterionDirection.BENEFIT, 1), Criterion.of("c", CriterionDirection.COST, 1)),
              List.of("x", "y"),
              new double[][] {{3, 8}, {4, 6}});
      Ranking r = Mcda.weightedSum(m, Normalization.VECTOR);
      assertEquals(List.of("y", "x"), r.order());
      assertEquals(0.4, score(r, "x"), EPS);
      assertEquals(0.6, score(r, "y"), EPS);
      assertEquals(0.2, alternative(r, "x").details().get("normalised.c"), EPS);
      assertEquals(0.1, alternative(r, "x").contributions().get("c"), EPS);
      // weights 1 and 1 sum to 2: normalised, and said so
      assertEquals(List.of(PrioritisationCodes.WEIGHTS_NORMALISED), codes(r));
      assertEquals("/criteria", r.findings().get(0).path());
      assertEquals(Severity.INFO, r.findings().get(0).severity());
    }

    @Test
    void sum_usesReciprocalSharesForACostCriterion() {
      // b: (2, 6) / 8 → 1/4, 3/4; c (cost): (1/1, 1/4) / (5/4) → 0.8, 0.2
      // x = (1/4 + 0.8) / 2 = 0.525; y = (3/4 + 0.2) / 2 = 0.475
      Ranking r = Mcda.weightedSum(twoByTwo(), Normalization.SUM);
      assertEquals(List.of("x", "y"), r.order());
      assertEquals(0.525, score(r, "x"), EPS);
      assertEquals(0.475, score(r, "y"), EPS);
      assertEquals(0.8, alternative(r, "x").details().get("normalised.c"), EPS);
      assertEquals(0.4, alternative(r, "x").contributions().get("c"), EPS);
    }

    @Test
    void max_usesMinimumOverValueForACostCriterion() {
      // b: (2, 6) / 6 → 1/3, 1; c (cost): 1 / (1, 4) → 1, 1/4
      // x = (1/3 + 1) / 2 = 2/3; y = (1 + 1/4) / 2 = 5/8
      Ranking r = Mcda.weightedSum(twoByTwo(), Normalization.MAX);
      assertEquals(List.of("x", "y"), r.order());
      assertEquals(2.0 / 3, score(r, "x"), EPS);
      assertEquals(0.625, score(r, "y"), EPS);
      assertEquals(0.25, alternative(r, "y").details().get("normalised.c"), EPS);
    }

    @Test
    void maxAndSum_refuseAZeroCostButAcceptAZeroBenefit() {
      // a zero benefit value is allowed when the column has a positive value; a zero cost is not
      DecisionMatrix m =
          matrix(
              List.of(Criterion.of("b", CriterionDirection.BENEFIT, 1), Criterion.of("c", CriterionDirection.COST, 1)),
              List.of("x", "y"),
              new double[][] {{0, 0}, {2, 1}});
      for (Normalization nz : List.of(Normalization.SUM, Normalization.MAX)) {
        Ranking r = Mcda.weightedSum(m, nz);
        assertTrue(r.ranking().isEmpty());
        assertEquals(List.of(PrioritisationCodes.VALUE_NOT_POSITIVE), codes(r), nz::label);
        Finding f = r.findings().get(0);
        assertEquals("/alternatives/0/values/c", f.path());
        assertEquals(Severity.ERROR, f.severity());
        assertTrue(f.message(Locale.ENGLISH).contains(nz.label()), f::toString);
      }
    }

    @Test
    void vector_refusesAColumnOfZerosAndANegativeValue() {
      List<Criterion> cs = List.of(Criterion.of("b", CriterionDirection.BENEFIT, 1));
      Ranking zeros = Mcda.weightedSum(matrix(cs, List.of("x", "y"), new double[][] {{0}, {0}}), Normalization.VECTOR);
      // both zeros are named, in row order, after the constant-criterion note
      assertEquals(
          List.of(PrioritisationCodes.CRITERION_CONSTANT, PrioritisationCodes.VALUE_NOT_POSITIVE, PrioritisationCodes.VALUE_NOT_POSITIVE),
          codes(zeros));
      assertEquals("/alternatives/1/values/b", zeros.findings().get(2).path());
      Ranking negative = Mcda.weightedSum(matrix(cs, List.of("x", "y"), new double[][] {{-1}, {3}}), Normalization.VECTOR);
      assertEquals(List.of(PrioritisationCodes.VALUE_NOT_POSITIVE), codes(negative));
      assertEquals("/alternatives/0/values/b", negative.findings().get(0).path());
      // min-max and none take any sign
      assertTrue(Mcda.weightedSum(matrix(cs, List.of("x", "y"), new double[][] {{-1}, {3}}), Normalization.MIN_MAX).findings().isEmpty());
    }

    @Test
    void zeroWeightsAreAnErrorAndEmptyMatrixIsAnError() {
      DecisionMatrix zero =
          matrix(List.of(Criterion.of("b", CriterionDirection.BENEFIT, 0)), List.of("x", "y"), new double[][] {{1}, {2}});
      Ranking r = Mcda.weightedSum(zero, Normalization.NONE);
      assertTrue(r.ranking().isEmpty());
      assertEquals(List.of(PrioritisationCodes.WEIGHTS_ZERO), codes(r));
      assertEquals("/criteria", r.findings().get(0).path());
      Ranking empty = Mcda.weightedSum(matrix(List.of(Criterion.of("b", CriterionDirection.BENEFIT, 1)), List.of(), new double[0][]), Normalization.NONE);
      assertEquals(List.of(PrioritisationCodes.EMPTY), codes(empty));
      assertEquals("", empty.findings().get(0).path());
    }

    @Test
    void missingValuesAreAllNamedInRowOrder() {
      DecisionMatrix m =
          matrix(
              List.of(Criterion.of("b", CriterionDirection.BENEFIT, 1), Criterion.of("c", CriterionDirection.COST, 1)),
              List.of("x", "y"),
              new double[][] {{Double.NaN, 1}, {2, Double.NaN}});
      Ranking r = Mcda.topsis(m, Normalization.VECTOR);
      assertTrue(r.ranking().isEmpty());
      assertEquals(List.of(PrioritisationCodes.VALUE_MISSING, PrioritisationCodes.VALUE_MISSING), codes(r));
      assertEquals("/alternatives/0/values/b", r.findings().get(0).path());
      assertEquals("/alternatives/1/values/c", r.findings().get(1).path());
      assertTrue(r.findings().stream().allMatch(f -> f.severity() == Severity.ERROR));
    }

    @Test
    void weightsSummingToOneWithinTheToleranceAreNotReported() {
      // 0.1 + 0.2 + 0.7 is 0.9999999999999999 in binary: within 1e-9 of 1, so no finding
      DecisionMatrix m =
          matrix(
              List.of(
                  Criterion.of("a", CriterionDirection.BENEFIT, 0.1),
                  Criterion.of("b", CriterionDirection.BENEFIT, 0.2),
                  Criterion.of("c", CriterionDirection.BENEFIT, 0.7)),
              List.of("x", "y"),
              new double[][] {{1, 2, 3}, {3, 1, 1}});
      Ranking r = Mcda.weightedSum(m, Normalization.NONE);
      assertTrue(r.findings().isEmpty(), r.findings()::toString);
      // x = 0.1 + 0.4 + 2.1 = 2.6; y = 0.3 + 0.2 + 0.7 = 1.2
      assertEquals(2.6, score(r, "x"), 1e-9);
      assertEquals(1.2, score(r, "y"), 1e-9);
    }
  }

  @Nested
  class Topsis {

    @Test
    void minMax_subtractsTheColumnMinimumBeforeWeighting() {
      // rescaled (direction applied only to the ideal): b (x − 2) / 4 → 0, 1/2, 1;
      // c (x − 10) / 20 → 0, 1, 1/2; weighted by 1/2: x (0, 0), y (1/4, 1/2), z (1/2, 1/4).
      // Ideal (b max, c min) = (1/2, 0), anti-ideal = (0, 1/2).
      // x: d+ = 1/2, d− = 1/2 → 1/2; y: d+ = √5/4, d− = 1/4 → 1/(1 + √5);
      // z: d+ = 1/4, d− = √5/4 → √5/(1 + √5)
      Ranking r = Mcda.topsis(offsetColumns(), Normalization.MIN_MAX);
      assertEquals("topsis", r.method());
      assertEquals(List.of("z", "x", "y"), r.order());
      double r5 = Math.sqrt(5);
      assertEquals(0.5, score(r, "x"), EPS);
      assertEquals(1 / (1 + r5), score(r, "y"), EPS);
      assertEquals(r5 / (1 + r5), score(r, "z"), EPS);
      assertEquals(0.25, alternative(r, "y").details().get("dMinus"), EPS);
      assertEquals(r5 / 4, alternative(r, "y").details().get("dPlus"), EPS);
      assertEquals(0.5, alternative(r, "x").details().get("dPlus"), EPS);
      assertEquals(0.5, alternative(r, "x").details().get("dMinus"), EPS);
      assertTrue(alternative(r, "y").contributions().isEmpty());
    }

    @Test
    void sumAndMax_rescaleWithoutTurningCostRound() {
      // twoByTwo: b (2, 6), c (1, 4). Sum: b /8 → 1/4, 3/4; c /5 → 1/5, 4/5; weighted /2.
      // Ideal (3/8, 1/10), anti (1/8, 2/5): x (1/8, 1/10) d+ = 1/4, d− = 3/10;
      // y (3/8, 2/5) d+ = 3/10, d− = 1/4. x = 0.3/0.55 = 6/11, y = 5/11.
      Ranking sum = Mcda.topsis(twoByTwo(), Normalization.SUM);
      assertEquals(6.0 / 11, score(sum, "x"), EPS);
      assertEquals(5.0 / 11, score(sum, "y"), EPS);
      // Max: b /6 → 1/3, 1; c /4 → 1/4, 1; weighted /2: x (1/6, 1/8), y (1/2, 1/2).
      // Ideal (1/2, 1/8), anti (1/6, 1/2): x d+ = 1/3, d− = 3/8; y d+ = 3/8, d− = 1/3.
      // x = (3/8) / (17/24) = 9/17, y = 8/17
      Ranking max = Mcda.topsis(twoByTwo(), Normalization.MAX);
      assertEquals(9.0 / 17, score(max, "x"), EPS);
      assertEquals(8.0 / 17, score(max, "y"), EPS);
    }

    @Test
    void distancesReadLaterAreTheOnesTheClosenessCameFrom() {
      // the distances are computed again when an explanation is read: closeness must be exactly
      // dMinus / (dPlus + dMinus) of the details, bit for bit, with every normalisation, and
      // reading an alternative twice gives the same object
      java.util.SplittableRandom rnd = new java.util.SplittableRandom(7);
      List<Criterion> cs = List.of(
          Criterion.of("a", CriterionDirection.BENEFIT, 0.2),
          Criterion.of("b", CriterionDirection.COST, 0.3),
          Criterion.of("c", CriterionDirection.BENEFIT, 0.5));
      List<String> ids = new java.util.ArrayList<>();
      double[][] v = new double[300][3];
      for (int i = 0; i < v.length; i++) {
        ids.add("a" + i);
        for (int j = 0; j < 3; j++) {
          v[i][j] = 1 + rnd.nextDouble() * 1000;
        }
      }
      for (Normalization nz : Normalization.values()) {
        Ranking r = Mcda.topsis(matrix(cs, ids, v), nz);
        assertEquals(300, r.ranking().size(), nz::label);
        for (RankedAlternative a : r.ranking()) {
          double dPlus = a.details().get("dPlus");
          double dMinus = a.details().get("dMinus");
          assertTrue(dPlus > 0 && dMinus > 0, nz::label);
          assertEquals(dMinus / (dPlus + dMinus), a.score(), 0, () -> nz.label() + " " + a.id());
          assertTrue(a == r.ranking().get(a.rank() - 1), nz::label);
        }
      }
    }

    @Test
    void allCriteriaConstant_givesEveryAlternativeOneHalf() {
      // at both the ideal and the anti-ideal: d+ = d− = 0, closeness defined as 0.5
      List<Criterion> cs = List.of(Criterion.of("b", CriterionDirection.BENEFIT, 1), Criterion.of("c", CriterionDirection.COST, 1));
      for (Normalization nz : Normalization.values()) {
        Ranking r = Mcda.topsis(matrix(cs, List.of("y", "x"), new double[][] {{3, 2}, {3, 2}}), nz);
        assertEquals(List.of("x", "y"), r.order(), nz::label);
        for (RankedAlternative a : r.ranking()) {
          assertEquals(0.5, a.score(), 0, nz::label);
          assertEquals(0.0, a.details().get("dPlus"), 0, nz::label);
          assertEquals(0.0, a.details().get("dMinus"), 0, nz::label);
        }
        assertEquals(
            List.of(
                PrioritisationCodes.CRITERION_CONSTANT,
                PrioritisationCodes.CRITERION_CONSTANT,
                PrioritisationCodes.WEIGHTS_NORMALISED,
                PrioritisationCodes.TIE),
            codes(r),
            nz::label);
        assertEquals("/criteria/0", r.findings().get(0).path());
        assertEquals("/criteria/1", r.findings().get(1).path());
      }
    }

    @Test
    void oneConstantCriterionAmongOthersContributesNothing() {
      // c is constant: with min-max it is zero for both; b alone decides: x at the anti-ideal (0),
      // y at the ideal (1)
      List<Criterion> cs = List.of(Criterion.of("b", CriterionDirection.BENEFIT, 0.5), Criterion.of("c", CriterionDirection.COST, 0.5));
      Ranking r = Mcda.topsis(matrix(cs, List.of("x", "y"), new double[][] {{1, 7}, {5, 7}}), Normalization.MIN_MAX);
      assertEquals(List.of("y", "x"), r.order());
      assertEquals(1.0, score(r, "y"), EPS);
      assertEquals(0.0, score(r, "x"), EPS);
      assertEquals(List.of(PrioritisationCodes.CRITERION_CONSTANT), codes(r));
      assertEquals("/criteria/1", r.findings().get(0).path());
    }
  }

  @Nested
  class Vikor {

    /** One benefit criterion f: a 9, b 8, c 6, d 0. */
    private DecisionMatrix oneCriterion() {
      return matrix(List.of(Criterion.of("f", CriterionDirection.BENEFIT, 1)), List.of("a", "b", "c", "d"), new double[][] {{9}, {8}, {6}, {0}});
    }

    @Test
    void advantageFails_compromiseSetStopsBeforeTheFirstAlternativeAtTheThreshold() {
      // S = R = (9 − f) / 9 → 0, 1/9, 1/3, 1; Q = S = R (both ranges are [0, 1]).
      // DQ = 1/(4 − 1) = 1/3: Q(b) − Q(a) = 1/9 < 1/3, so advantage fails; c is at exactly 1/3,
      // which is not below it: the set is a, b.
      Ranking r = Mcda.vikor(oneCriterion(), 0.5);
      assertEquals("vikor", r.method());
      assertEquals(List.of("a", "b", "c", "d"), r.order());
      assertEquals(List.of(0.0, 1.0 / 9, 1.0 / 3, 1.0), r.ranking().stream().map(RankedAlternative::score).toList());
      assertEquals(List.of("a", "b"), r.compromise());
      assertEquals(List.of(PrioritisationCodes.VIKOR_COMPROMISE), codes(r));
      Finding f = r.findings().get(0);
      assertEquals(Severity.INFO, f.severity());
      assertEquals("", f.path());
      assertEquals(
          "VIKOR: \"a\" is first but not a stable compromise (advantage in Q 0.111111, required 0.333333; rank by S 1, by R 1); the compromise set is a, b.",
          f.message(Locale.ENGLISH));
      assertEquals(Map.of("S", 1.0 / 3, "R", 1.0 / 3, "Q", 1.0 / 3), alternative(r, "c").details());
      assertEquals(Map.of("f", 1.0), alternative(r, "d").contributions());
    }

    @Test
    void stabilityFails_compromiseSetIsTheFirstTwo() {
      // Three benefit criteria, weights 1/3, v = 1/2. Ranges: c1 [0, 5], c2 [1, 6], c3 [0, 6].
      // f = (4, 5, 1): terms 1/15, 1/15, 5/18 → S = 37/90, R = 5/18
      // b = (4, 1, 6): S = 2/5 (the least), R = 1/3; e = (1, 2, 4): S = 29/45, R = 4/15 (the least)
      // S in [2/5, 23/30], R in [4/15, 1/3]:
      // Q(f) = (1/90)/(11/30)/2 + (1/90)/(1/15)/2 = 1/66 + 1/12 = 13/132; Q(e) = 1/3; Q(b) = 1/2.
      // DQ = 1/6 ≤ Q(e) − Q(f) = 31/132: advantage holds, but f is second by S and by R.
      DecisionMatrix m =
          matrix(
              List.of(
                  Criterion.of("c1", CriterionDirection.BENEFIT, 1.0 / 3),
                  Criterion.of("c2", CriterionDirection.BENEFIT, 1.0 / 3),
                  Criterion.of("c3", CriterionDirection.BENEFIT, 1.0 / 3)),
              List.of("a", "b", "c", "d", "e", "f", "g"),
              new double[][] {{0, 4, 4}, {4, 1, 6}, {5, 4, 0}, {0, 6, 1}, {1, 2, 4}, {4, 5, 1}, {1, 1, 3}});
      Ranking r = Mcda.vikor(m, 0.5);
      assertEquals(List.of("f", "e", "b"), r.order().subList(0, 3));
      assertEquals(13.0 / 132, score(r, "f"), EPS);
      assertEquals(1.0 / 3, score(r, "e"), EPS);
      assertEquals(0.5, score(r, "b"), EPS);
      assertEquals(37.0 / 90, alternative(r, "f").details().get("S"), EPS);
      assertEquals(5.0 / 18, alternative(r, "f").details().get("R"), EPS);
      assertEquals(List.of("f", "e"), r.compromise());
      Finding f = r.findings().stream().filter(x -> x.code().equals(PrioritisationCodes.VIKOR_COMPROMISE)).findFirst().orElseThrow();
      assertEquals(
          "VIKOR: \"f\" is first but not a stable compromise (advantage in Q 0.234848, required 0.166667; rank by S 2, by R 2); the compromise set is f, e.",
          f.message(Locale.ENGLISH));
    }

    @Test
    void stabilityIsDecidedWithTiesBrokenById() {
      // Two benefit criteria, weights 1/2, ranges [0, 6]: terms (6 − f)/12.
      // a (6, 0): S 1/2, R 1/2; b (1, 6): S 5/12, R 5/12; c (2, 2): S 2/3, R 1/3;
      // d (0, 5): S 7/12, R 1/2; e (2, 5): S 5/12, R 1/3.
      // Q: e 0, b 1/4, c 1/2, a 2/3, d 5/6. DQ = 1/4: advantage holds (exactly). e shares the
      // least S with b and the least R with c, and both ids come first: e is second by S and by R.
      DecisionMatrix m =
          matrix(
              List.of(Criterion.of("c1", CriterionDirection.BENEFIT, 0.5), Criterion.of("c2", CriterionDirection.BENEFIT, 0.5)),
              List.of("a", "b", "c", "d", "e"),
              new double[][] {{6, 0}, {1, 6}, {2, 2}, {0, 5}, {2, 5}});
      Ranking r = Mcda.vikor(m, 0.5);
      assertEquals(List.of("e", "b", "c", "a", "d"), r.order());
      assertEquals(0.25, score(r, "b"), EPS);
      assertEquals(2.0 / 3, score(r, "a"), EPS);
      assertEquals(5.0 / 6, score(r, "d"), EPS);
      assertEquals(List.of("e", "b"), r.compromise());
      Finding f = r.findings().stream().filter(x -> x.code().equals(PrioritisationCodes.VIKOR_COMPROMISE)).findFirst().orElseThrow();
      assertTrue(f.message(Locale.ENGLISH).contains("(advantage in Q 0.25, required 0.25; rank by S 2, by R 2)"), f::toString);
    }

    @Test
    void stableWithAdvantage_isAloneAndNotReported() {
      // a 9, b 0: Q(a) = 0, Q(b) = 1 = DQ for two alternatives
      DecisionMatrix m = matrix(List.of(Criterion.of("f", CriterionDirection.COST, 1)), List.of("a", "b"), new double[][] {{0}, {9}});
      Ranking r = Mcda.vikor(m, 0.3);
      assertEquals(List.of("a"), r.compromise());
      assertTrue(r.findings().isEmpty(), r.findings()::toString);
      assertEquals(1.0, score(r, "b"), EPS);
    }

    @Test
    void strategyWeightWeighsSAgainstR() {
      // c1 weight 3/4, c2 weight 1/4, ranges [0, 1]:
      // x (1, 0): S 1/4, R 1/4; y (0, 1): S 3/4, R 3/4; z (1/2, 1/2): S 1/2, R 3/8.
      // qs: x 0, y 1, z 1/2; qr: x 0, y 1, z 1/4. With v = 0.2: Q(z) = 0.1 + 0.2 = 0.3
      DecisionMatrix m =
          matrix(
              List.of(Criterion.of("c1", CriterionDirection.BENEFIT, 0.75), Criterion.of("c2", CriterionDirection.BENEFIT, 0.25)),
              List.of("x", "y", "z"),
              new double[][] {{1, 0}, {0, 1}, {0.5, 0.5}});
      Ranking r = Mcda.vikor(m, 0.2);
      assertEquals(0.3, score(r, "z"), EPS);
      assertEquals(0.375, alternative(r, "z").details().get("R"), EPS);
      assertEquals(0.5, alternative(r, "z").details().get("S"), EPS);
      assertEquals(Map.of("c1", 0.375, "c2", 0.125), alternative(r, "z").contributions());
      assertEquals(List.of("x", "z", "y"), r.order());
    }

    @Test
    void allCriteriaConstant_everyQIsZero() {
      DecisionMatrix m = matrix(List.of(Criterion.of("f", CriterionDirection.BENEFIT, 1)), List.of("b", "a"), new double[][] {{4}, {4}});
      Ranking r = Mcda.vikor(m, 0.5);
      assertEquals(List.of("a", "b"), r.order());
      assertEquals(0.0, score(r, "a"), 0);
      assertEquals(0.0, score(r, "b"), 0);
      assertEquals(List.of("a", "b"), r.compromise());
    }

    @Test
    void strategyWeightOutsideZeroToOneIsRefused() {
      for (double v : new double[] {-0.01, 1.01, Double.NaN}) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Mcda.vikor(oneCriterion(), v));
        assertEquals("VIKOR strategy weight v must be in [0, 1] but was " + v, e.getMessage());
      }
      assertEquals(List.of("a", "b", "c", "d"), Mcda.vikor(oneCriterion(), 0).order());
      assertEquals(List.of("a", "b", "c", "d"), Mcda.vikor(oneCriterion(), 1).order());
    }

    @Test
    void singleAlternativeIsItsOwnCompromise() {
      Ranking r = Mcda.vikor(matrix(List.of(Criterion.of("f", CriterionDirection.BENEFIT, 1)), List.of("a"), new double[][] {{4}}), 0.5);
      assertEquals(List.of("a"), r.compromise());
      assertEquals(List.of(PrioritisationCodes.SINGLE_ALTERNATIVE), codes(r));
    }
  }

  @Nested
  class AhpMatrices {

    @Test
    void raggedMatrixIsRefusedWithItsShape() {
      double[][] ragged = {{1, 2, 3}, {0.5, 1}, {1 / 3., 1, 1}};
      Ranking r = Ahp.weights("criteria", "/m", List.of("a", "b", "c"), ragged, AhpOptions.defaults());
      assertTrue(r.ranking().isEmpty());
      assertEquals(List.of(PrioritisationCodes.AHP_SHAPE), codes(r));
      Finding f = r.findings().get(0);
      assertEquals("/m", f.path());
      assertEquals(Severity.ERROR, f.severity());
      assertEquals("Matrix criteria must be square with one row and column per item (a, b, c) but has 3 rows.", f.message(Locale.ENGLISH));
    }

    @Test
    void tooFewRowsAndANullRowAreRefused() {
      Ranking rows = Ahp.weights("m", "", List.of("a", "b"), new double[][] {{1, 2}}, AhpOptions.defaults());
      assertEquals(List.of(PrioritisationCodes.AHP_SHAPE), codes(rows));
      assertTrue(rows.findings().get(0).message(Locale.ENGLISH).endsWith("but has 1 rows."));
      Ranking nullRow = Ahp.weights("m", "", List.of("a", "b"), new double[][] {{1, 2}, null}, AhpOptions.defaults());
      assertEquals(List.of(PrioritisationCodes.AHP_SHAPE), codes(nullRow));
      Ranking none = Ahp.weights("m", "", List.of(), new double[0][], AhpOptions.defaults());
      assertEquals(List.of(PrioritisationCodes.AHP_SHAPE), codes(none));
    }

    @Test
    void everyBadJudgementIsNamedByItsCell() {
      // zero, a diagonal that is not 1 (1 ± 1e-9 is accepted), infinite, NaN, negative
      double[][] a = {{1 + 1e-10, 0, 2}, {2, 1.5, Double.NaN}, {Double.POSITIVE_INFINITY, -1, 1}};
      Ranking r = Ahp.weights("m", "/p", List.of("a", "b", "c"), a, AhpOptions.defaults());
      assertTrue(r.ranking().isEmpty());
      assertEquals(List.of("/p/0/1", "/p/1/1", "/p/1/2", "/p/2/0", "/p/2/1"), r.findings().stream().map(Finding::path).toList());
      assertTrue(r.findings().get(3).message(Locale.ENGLISH).endsWith("but was Infinity."), r.findings().get(3)::toString);
      assertTrue(r.findings().get(2).message(Locale.ENGLISH).endsWith("but was NaN."), r.findings().get(2)::toString);
      assertEquals(
          "Judgement (b, b) of matrix m must be a positive number (1 on the diagonal) but was 1.5.",
          r.findings().get(1).message(Locale.ENGLISH));
      assertTrue(r.findings().stream().allMatch(f -> f.code().equals(PrioritisationCodes.AHP_VALUE)));
    }

    @Test
    void reciprocityIsAllowedOnePercentOff() {
      // 3 · 0.333 = 0.999: accepted, and the exact reciprocal 1/3 is used; 3 · 0.32 = 0.96 is refused
      Ranking ok = Ahp.weights("m", "", List.of("a", "b"), new double[][] {{1, 3}, {0.333, 1}}, AhpOptions.defaults());
      assertEquals(0.75, ok.weights().get("a"), EPS);
      assertEquals(0.25, ok.weights().get("b"), EPS);
      Ranking bad = Ahp.weights("m", "", List.of("a", "b"), new double[][] {{1, 3}, {0.32, 1}}, AhpOptions.defaults());
      assertEquals(List.of(PrioritisationCodes.AHP_NOT_RECIPROCAL), codes(bad));
      assertEquals(
          "Matrix m is not reciprocal: (a, b) is 3 and (b, a) is 0.32, whose product should be 1.",
          bad.findings().get(0).message(Locale.ENGLISH));
    }

    @Test
    void inconsistencyWarningNamesTheWorstJudgementAndTheSuggestedValue() {
      // a > b (2), b > c (2), but c > a (2): a 3-cycle. Every row's product is 1, so the geometric
      // means are equal, w = 1/3 each, and every judgement deviates alike (|log 2|): the first pair
      // in row order, (a, b), is named, and the priorities suggest w_a / w_b = 1.
      double[][] a = {{1, 2, 0.5}, {0.5, 1, 2}, {2, 0.5, 1}};
      Ranking r = Ahp.weights("m", "/p", List.of("a", "b", "c"), a, AhpOptions.defaults().with(AhpOptions.Prioritization.GEOMETRIC_MEAN));
      assertEquals(1.0 / 3, r.weights().get("a"), EPS);
      Finding f = r.findings().stream().filter(x -> x.code().equals(PrioritisationCodes.AHP_INCONSISTENT)).findFirst().orElseThrow();
      assertEquals("/p/0/1", f.path());
      assertTrue(f.message(Locale.ENGLISH).contains("The most inconsistent judgement is (a, b) = 2; the priorities suggest about 1."), f::toString);
      // λmax = mean of (Aw)_i / w_i = 1 + 2 + 1/2 = 3.5 for every row; CI = 0.5/2 = 0.25;
      // CR = 0.25/0.58 (Saaty's RI for n = 3)
      Consistency c = r.consistency().orElseThrow();
      assertEquals(3.5, c.lambdaMax(), EPS);
      assertEquals(0.25, c.ci(), EPS);
      assertEquals(0.25 / 0.58, c.cr(), EPS);
      assertEquals(Severity.WARNING, f.severity());
    }

    @Test
    void hierarchyNamesAMissingMatrixAndAnEmptyAlternativeList() {
      double[][] criteria = {{1, 3}, {1 / 3., 1}};
      Ranking missing =
          Ahp.hierarchy(List.of("c1", "c2"), criteria, List.of("x", "y"), Map.of("c1", new double[][] {{1, 2}, {0.5, 1}}), AhpOptions.defaults());
      assertTrue(missing.ranking().isEmpty());
      assertEquals(List.of(PrioritisationCodes.AHP_MATRIX_MISSING), codes(missing));
      assertEquals("/pairwise/alternatives/matrices/c2", missing.findings().get(0).path());
      assertEquals("Criterion \"c2\" needs a matrix comparing the alternatives x, y.", missing.findings().get(0).message(Locale.ENGLISH));
      assertEquals(0.75, missing.weights().get("c1"), EPS);
      assertEquals(0.25, missing.weights().get("c2"), EPS);
    }

    @Test
    void hierarchyWithGivenWeightsNormalisesThemAndRefusesZero() {
      Map<String, double[][]> alts = Map.of("c1", new double[][] {{1, 3}, {1 / 3., 1}}, "c2", new double[][] {{1, 1}, {1, 1}});
      // weights 3 and 1 → 3/4, 1/4; local a1 = 3/4 and 1/2 → 9/16 + 1/8 = 11/16
      Ranking r =
          Ahp.hierarchy(
              List.of(Criterion.of("c1", CriterionDirection.BENEFIT, 3), Criterion.of("c2", CriterionDirection.BENEFIT, 1)),
              List.of("a1", "a2"),
              alts,
              AhpOptions.defaults());
      assertEquals(11.0 / 16, score(r, "a1"), EPS);
      assertEquals(5.0 / 16, score(r, "a2"), EPS);
      assertEquals(List.of(PrioritisationCodes.WEIGHTS_NORMALISED), codes(r));
      assertEquals(Map.of("local.c1", 0.75, "local.c2", 0.5), roundAll(alternative(r, "a1").details()));
      Ranking zero =
          Ahp.hierarchy(List.of(Criterion.of("c1", CriterionDirection.BENEFIT, 0)), List.of("a1", "a2"), alts, AhpOptions.defaults());
      assertEquals(List.of(PrioritisationCodes.WEIGHTS_ZERO), codes(zero));
      assertTrue(zero.ranking().isEmpty());
    }

    private Map<String, Double> roundAll(Map<String, Double> m) {
      Map<String, Double> out = new java.util.TreeMap<>();
      m.forEach((k, v) -> out.put(k, Math.round(v * 1e12) / 1e12));
      return out;
    }
  }
}
