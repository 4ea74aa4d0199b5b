// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

/**
 * Multi-criteria ranking methods over a {@link DecisionMatrix}: weighted sum, TOPSIS, PROMETHEE II
 * and VIKOR (AHP, which starts from pairwise comparisons, is in {@link Ahp}). Pure functions: no
 * state, same input gives the same output.
 *
 * <p>Common rules, decided once for every method:
 *
 * <ul>
 *   <li>Weights are normalised to sum 1; when they did not, an info finding {@code
 *       ranking.weights.normalised} says so. All-zero weights are an error.
 *   <li>A missing value (NaN) is an error finding; no ranking is produced.
 *   <li>A criterion whose values are all equal is reported (info) and contributes nothing.
 *   <li>Ties (scores within 1e-9 relative) are broken by id and reported (info).
 *   <li>A single alternative is ranked first (info).
 * </ul>
 */
public final class Mcda {

  private Mcda() {}

  /**
   * Simple additive weighting: {@code score(a) = Σ w_j · r_aj} with {@code r} from {@code
   * normalization} (which also turns cost criteria round, see {@link Normalization}). The
   * contribution of criterion j is {@code w_j · r_aj}. Details: {@code normalised.<criterion>}.
   *
   * @param m the decision matrix
   * @param normalization how values are scaled before weighting
   * @return the ranking
   * @throws NullPointerException if an argument is null
   */
  public static Ranking weightedSum(DecisionMatrix m, Normalization normalization) {
    return WeightedSumRanking.rank(m, normalization);
  }

  /**
   * TOPSIS (Hwang and Yoon, <i>Multiple Attribute Decision Making</i>, Springer 1981, pp. 128–134):
   * normalise each column (vector by default), weight it, take the ideal (best per criterion) and
   * anti-ideal (worst), the Euclidean distances {@code dPlus}, {@code dMinus} of each alternative to
   * them, and rank by the closeness {@code dMinus / (dPlus + dMinus)}. Per-criterion contributions
   * are not defined (distances do not add up by criterion), so they are empty; details give
   * {@code dPlus}, {@code dMinus}. An alternative at both ideal and anti-ideal (all criteria
   * constant) gets closeness 0.5.
   *
   * @param m the decision matrix
   * @param normalization how values are scaled before weighting
   * @return the ranking
   * @throws NullPointerException if an argument is null
   */
  public static Ranking topsis(DecisionMatrix m, Normalization normalization) {
    return TopsisRanking.rank(m, normalization);
  }

  /**
   * PROMETHEE II (Brans and Vincke, Management Science 31(6) (1985) 647–656; Brans, Vincke and
   * Mareschal, EJOR 24 (1986) 228–238): for each ordered pair, the preference degree on each
   * criterion from its {@link PreferenceFunction} (usual when none), the weighted preference index
   * π(a,b), the leaving flow φ⁺(a) = Σ π(a,x) / (n − 1), the entering flow φ⁻(a) = Σ π(x,a) / (n −
   * 1) and the net flow φ = φ⁺ − φ⁻, the score. The contribution of criterion j is its net flow
   * w_j · Σ (P_j(a,x) − P_j(x,a)) / (n − 1); contributions sum to φ. Details: {@code phiPlus},
   * {@code phiMinus}, {@code phiNet}. With one alternative all flows are 0.
   *
   * @param m the decision matrix
   * @return the ranking
   * @throws NullPointerException if the matrix is null
   */
  public static Ranking promethee(DecisionMatrix m) {
    return PrometheeRanking.rank(m);
  }

  /**
   * VIKOR (Opricovic and Tzeng, "Compromise solution by MCDM methods: A comparative analysis of
   * VIKOR and TOPSIS", EJOR 156 (2004) 445–455): with f* and f⁻ the best and worst value of each
   * criterion, {@code S = Σ w_j (f*_j − f_j) / (f*_j − f⁻_j)}, {@code R = max_j} of the same terms,
   * {@code Q = v (S − S*) / (S⁻ − S*) + (1 − v) (R − R*) / (R⁻ − R*)}; the ranking is by Q,
   * ascending (lower is better), and Q is the score. A constant criterion contributes 0 to S and R;
   * when all S (or all R) are equal, that part of Q is 0.
   *
   * <p>The compromise set: the first alternative A1 alone if it has acceptable advantage ({@code
   * Q(A2) − Q(A1) ≥ 1/(J − 1)}) and acceptable stability (it is also first by S or by R); A1 and A2
   * if only stability fails; A1..AM, the alternatives with {@code Q(AM) − Q(A1) < 1/(J − 1)}, if
   * advantage fails. Contributions: each criterion's term of S. Details: {@code S}, {@code R},
   * {@code Q}.
   *
   * @param m the decision matrix
   * @param v the weight of the strategy of the majority of criteria, in [0, 1] (0.5 by consensus)
   * @return the ranking
   * @throws IllegalArgumentException if v is outside [0, 1]
   */
  public static Ranking vikor(DecisionMatrix m, double v) {
    return VikorRanking.rank(m, v);
  }
}
