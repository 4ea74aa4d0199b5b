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

  /** Weighted sum with the given normalisation. */
  public static RankingMethod weightedSum(Normalization normalization) {
    return new RankingMethod("weighted-sum", normalization, 0.5);
  }

  /** TOPSIS with vector normalisation (Hwang and Yoon 1981). */
  public static RankingMethod topsis() {
    return topsis(Normalization.VECTOR);
  }

  /** TOPSIS with the given normalisation. */
  public static RankingMethod topsis(Normalization normalization) {
    return new RankingMethod("topsis", normalization, 0.5);
  }

  /** PROMETHEE II with each criterion's preference function (usual when none). */
  public static RankingMethod promethee() {
    return new RankingMethod("promethee-ii", Normalization.NONE, 0.5);
  }

  /** VIKOR with strategy weight {@code v}. */
  public static RankingMethod vikor(double v) {
    return new RankingMethod("vikor", Normalization.NONE, v);
  }

  /** Ranks {@code m} by this method. */
  public Ranking apply(DecisionMatrix m) {
    return switch (label) {
      case "weighted-sum" -> Mcda.weightedSum(m, normalization);
      case "topsis" -> Mcda.topsis(m, normalization);
      case "promethee-ii" -> Mcda.promethee(m);
      default -> Mcda.vikor(m, v);
    };
  }

  /** The options that matter for this method, as recorded: {@code normalization} or {@code v}. */
  public Map<String, String> options() {
    Map<String, String> o = new TreeMap<>();
    switch (label) {
      case "weighted-sum", "topsis" -> o.put("normalization", normalization.label());
      case "vikor" -> o.put("v", Double.toString(v));
      default -> { }
    }
    return o;
  }

  /** Whether a lower score is better (VIKOR's Q). */
  public boolean lowerIsBetter() {
    return label.equals("vikor");
  }
}
