// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

import org.civicplan.planning.StrategyPrioritisation;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A ranking method over a {@link DecisionMatrix} with its options, as {@link
 * StrategyPrioritisation#rank} applies and records it. AHP is not among them: it ranks from
 * pairwise comparisons, not from scores; use {@link Ahp#weights} to derive criterion weights and
 * rank with those ({@link StrategyPrioritisation#withWeights}).
 *
 * @param label {@code weighted-sum}, {@code topsis}, {@code promethee-ii} or {@code vikor}
 * @param normalization for weighted sum and TOPSIS; ignored otherwise
 * @param v for VIKOR, the weight of the majority strategy in [0, 1]; ignored otherwise
 */
public record RankingMethod(String label, Normalization normalization, double v) {

  /**
   * Creates an instance from its components.
   *
   * @param label {@code weighted-sum}, {@code topsis}, {@code promethee-ii} or {@code vikor}
   * @param normalization for weighted sum and TOPSIS; ignored otherwise
   * @param v for VIKOR, the weight of the majority strategy in [0, 1]; ignored otherwise
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the label is unknown or v outside [0, 1]
   */
  public RankingMethod {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(normalization, "normalization");
    if (!label.equals("weighted-sum") && !label.equals("topsis") && !label.equals("promethee-ii") && !label.equals("vikor")) {
      throw new IllegalArgumentException(
          "method must be one of weighted-sum, topsis, promethee-ii, vikor but was \"" + label + "\"");
    }
    if (!(v >= 0 && v <= 1)) {
      throw new IllegalArgumentException("VIKOR strategy weight v must be in [0, 1] but was " + v);
    }
  }

  /**
   * {@return the method a {@link PrioritisationRecord} names by its label and options, as {@link
   * #label()} and {@link #options()} write them: the inverse of those two} A missing option takes a
   * default: {@code min-max} for weighted sum, {@code vector} for TOPSIS, {@code v} = 0.5 for
   * VIKOR.
   *
   * @param label {@code weighted-sum}, {@code topsis}, {@code promethee-ii} or {@code vikor}
   * @param options the recorded options: {@code normalization} or {@code v}; others are ignored
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the label is unknown, the normalization is not a {@link
   *     Normalization} label, or {@code v} is not a number in [0, 1]
   */
  public static RankingMethod of(String label, Map<String, String> options) {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(options, "options");
    Normalization n = switch (label) {
      case "weighted-sum" -> Normalization.parse(options.getOrDefault("normalization", "min-max"));
      case "topsis" -> Normalization.parse(options.getOrDefault("normalization", "vector"));
      default -> Normalization.NONE;
    };
    double v = 0.5;
    if (label.equals("vikor") && options.containsKey("v")) {
      try {
        v = Double.parseDouble(options.get("v"));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("VIKOR strategy weight v must be a number in [0, 1] but was \"" + options.get("v") + "\"", e);
      }
    }
    return new RankingMethod(label, n, v);
  }

  /**
   * Weighted sum with the given normalisation.
   *
   * @param normalization for weighted sum and TOPSIS; ignored otherwise
   * @return the method
   */
  public static RankingMethod weightedSum(Normalization normalization) {
    return new RankingMethod("weighted-sum", normalization, 0.5);
  }

  /**
   * TOPSIS with vector normalisation (Hwang and Yoon 1981).
   *
   * @return the method
   */
  public static RankingMethod topsis() {
    return topsis(Normalization.VECTOR);
  }

  /**
   * TOPSIS with the given normalisation.
   *
   * @param normalization for weighted sum and TOPSIS; ignored otherwise
   * @return the method
   */
  public static RankingMethod topsis(Normalization normalization) {
    return new RankingMethod("topsis", normalization, 0.5);
  }

  /**
   * PROMETHEE II with each criterion's preference function (usual when none).
   *
   * @return the method
   */
  public static RankingMethod promethee() {
    return new RankingMethod("promethee-ii", Normalization.NONE, 0.5);
  }

  /**
   * VIKOR with strategy weight {@code v}.
   *
   * @param v for VIKOR, the weight of the majority strategy in [0, 1]; ignored otherwise
   * @return the method
   */
  public static RankingMethod vikor(double v) {
    return new RankingMethod("vikor", Normalization.NONE, v);
  }

  /**
   * Ranks {@code m} by this method.
   *
   * @param m the decision matrix
   * @return the ranking
   */
  public Ranking apply(DecisionMatrix m) {
    return switch (label) {
      case "weighted-sum" -> Mcda.weightedSum(m, normalization);
      case "topsis" -> Mcda.topsis(m, normalization);
      case "promethee-ii" -> Mcda.promethee(m);
      default -> Mcda.vikor(m, v);
    };
  }

  /**
   * {@return the options that matter for this method, as recorded: {@code normalization} or {@code
   * v}}
   */
  public Map<String, String> options() {
    Map<String, String> o = new TreeMap<>();
    switch (label) {
      case "weighted-sum", "topsis" -> o.put("normalization", normalization.label());
      case "vikor" -> o.put("v", Double.toString(v));
      default -> { }
    }
    return o;
  }

  /** {@return whether a lower score is better (VIKOR's Q)} */
  public boolean lowerIsBetter() {
    return label.equals("vikor");
  }
}
