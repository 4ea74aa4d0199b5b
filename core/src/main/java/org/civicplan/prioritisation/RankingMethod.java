// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

import org.civicplan.planning.StrategyPrioritisation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A ranking method over a {@link DecisionMatrix}, each kind with exactly the parameters it uses, as
 * {@link StrategyPrioritisation#rank} applies and records it ({@link #label()} and {@link
 * #options()} are what the record keeps; {@link #parse} reads them back).
 *
 * <pre>{@code
 * RankingMethod method = RankingMethod.topsis();                 // vector normalisation
 * RankingMethod read = RankingMethod.parse("vikor", Map.of("v", "0.3"));
 * if (read instanceof RankingMethod.Vikor vikor) {               // each kind has its own parameters
 *   double v = vikor.v();
 * }
 * }</pre>
 *
 * <p>Pure values: applying a method to the same matrix gives the same ranking.
 */
public sealed interface RankingMethod
    permits RankingMethod.WeightedSum, RankingMethod.Ahp, RankingMethod.Topsis, RankingMethod.PrometheeII,
        RankingMethod.Vikor {

  /**
   * {@return the method's name in documents: {@code weighted-sum}, {@code ahp}, {@code topsis},
   * {@code promethee-ii} or {@code vikor}}
   */
  String label();

  /**
   * {@return the method's parameters as recorded, sorted by name ({@code normalization}, {@code
   * synthesis}, {@code v}); empty for a method without parameters}
   */
  Map<String, String> options();

  /**
   * Ranks {@code m} by this method.
   *
   * @param m the decision matrix
   * @return the ranking, with findings instead of exceptions for bad values
   * @throws NullPointerException if {@code m} is null
   */
  Ranking apply(DecisionMatrix m);

  /** {@return whether a lower score is better (only VIKOR's Q)} */
  default boolean lowerIsBetter() {
    return false;
  }

  /**
   * Weighted sum with the given normalisation.
   *
   * @param normalization how values are scaled before weighting
   * @return the method
   * @throws NullPointerException if {@code normalization} is null
   */
  static RankingMethod weightedSum(Normalization normalization) {
    return new WeightedSum(normalization);
  }

  /**
   * AHP in ratings mode with the given synthesis.
   *
   * @param synthesis distributive or ideal
   * @return the method
   * @throws NullPointerException if {@code synthesis} is null
   */
  static RankingMethod ahp(AhpOptions.Synthesis synthesis) {
    return new Ahp(synthesis);
  }

  /**
   * TOPSIS with vector normalisation (Hwang and Yoon 1981).
   *
   * @return the method
   */
  static RankingMethod topsis() {
    return new Topsis(Normalization.VECTOR);
  }

  /**
   * TOPSIS with the given normalisation.
   *
   * @param normalization how each column is rescaled
   * @return the method
   * @throws NullPointerException if {@code normalization} is null
   */
  static RankingMethod topsis(Normalization normalization) {
    return new Topsis(normalization);
  }

  /**
   * PROMETHEE II with each criterion's preference function (usual when none).
   *
   * @return the method
   */
  static RankingMethod promethee() {
    return new PrometheeII();
  }

  /**
   * VIKOR with strategy weight {@code v}.
   *
   * @param v the weight of the majority strategy, in [0, 1]
   * @return the method
   * @throws IllegalArgumentException if {@code v} is outside [0, 1]
   */
  static RankingMethod vikor(double v) {
    return new Vikor(v);
  }

  /**
   * Reads a method back from its {@link #label()} and {@link #options()}, as a prioritisation
   * record or a request file holds them. A parameter left out takes its default ({@code vector}
   * normalisation for TOPSIS, {@code min-max} for the weighted sum, {@code distributive} synthesis,
   * {@code v = 0.5}); a parameter the method does not take is refused, so that a misspelt option
   * is never ignored silently.
   *
   * @param label the method's label
   * @param options its parameters by name
   * @return the method
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException naming the allowed labels or options when one is unknown or a
   *     value is out of range
   */
  static RankingMethod parse(String label, Map<String, String> options) {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(options, "options");
    String allowed = switch (label) {
      case "weighted-sum", "topsis" -> "normalization";
      case "ahp" -> "synthesis";
      case "vikor" -> "v";
      case "promethee-ii" -> "";
      default -> throw new IllegalArgumentException(
          "method must be one of weighted-sum, ahp, topsis, promethee-ii, vikor but was \"" + label + "\"");
    };
    for (String name : new TreeMap<>(options).keySet()) {
      if (!name.equals(allowed)) {
        throw new IllegalArgumentException("method " + label + " takes "
            + (allowed.isEmpty() ? "no options" : "only the option \"" + allowed + "\"") + " but was given \"" + name + "\"");
      }
    }
    return switch (label) {
      case "weighted-sum" -> new WeightedSum(Normalization.parse(options.getOrDefault("normalization", "min-max")));
      case "topsis" -> new Topsis(Normalization.parse(options.getOrDefault("normalization", "vector")));
      case "ahp" -> new Ahp(AhpOptions.Synthesis.parse(options.getOrDefault("synthesis", "distributive")));
      case "vikor" -> new Vikor(parseV(options.getOrDefault("v", "0.5")));
      default -> new PrometheeII();
    };
  }

  private static double parseV(String text) {
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("VIKOR strategy weight v must be a number in [0, 1] but was \"" + text + "\"", e);
    }
  }

  /**
   * Simple additive weighting ({@link Mcda#weightedSum}).
   *
   * @param normalization how values are scaled before weighting (it also turns cost criteria round)
   */
  record WeightedSum(Normalization normalization) implements RankingMethod {

    /**
     * Creates the method.
     *
     * @param normalization how values are scaled before weighting
     * @throws NullPointerException if {@code normalization} is null
     */
    public WeightedSum {
      Objects.requireNonNull(normalization, "normalization");
    }

    @Override
    public String label() {
      return "weighted-sum";
    }

    @Override
    public Map<String, String> options() {
      return Map.of("normalization", normalization.label());
    }

    @Override
    public Ranking apply(DecisionMatrix m) {
      return Mcda.weightedSum(m, normalization);
    }
  }

  /**
   * The Analytic Hierarchy Process in ratings mode, for criteria whose alternatives are measured
   * rather than compared in pairs (Saaty, <i>The Analytic Hierarchy Process</i>, McGraw-Hill 1980;
   * Saaty, "Absolute and relative measurement with the AHP", Socio-Economic Planning Sciences 20(6)
   * (1986) 327–331). The pairwise-comparison matrix of measurements {@code x} on a criterion is the
   * consistent matrix {@code a_ij = x_i / x_j} (for a cost criterion {@code x_j / x_i}); its
   * priorities are {@code x / Σx} (cost: {@code (1/x) / Σ(1/x)}) in the distributive mode and
   * {@code x / max} (cost: {@code min / x}) in the ideal mode, so the global priority is the
   * weighted sum of those, with the criteria set's weights (in the ideal mode renormalised to sum
   * 1, as {@link org.civicplan.prioritisation.Ahp#hierarchy} does; details are the weighted sum's
   * {@code normalised.<criterion>}). Values must therefore be positive (a
   * zero is allowed on a benefit criterion); anything else is an error finding. To derive the
   * criteria weights themselves from pairwise judgements, use {@link
   * org.civicplan.prioritisation.Ahp#weights} and rank with those ({@link
   * StrategyPrioritisation#withWeights}); to compare alternatives in pairs on every criterion use
   * {@link org.civicplan.prioritisation.Ahp#hierarchy}.
   *
   * @param synthesis distributive (priorities sum to 1) or ideal (the best alternative of each
   *     criterion gets its full weight)
   */
  record Ahp(AhpOptions.Synthesis synthesis) implements RankingMethod {

    /**
     * Creates the method.
     *
     * @param synthesis distributive or ideal
     * @throws NullPointerException if {@code synthesis} is null
     */
    public Ahp {
      Objects.requireNonNull(synthesis, "synthesis");
    }

    @Override
    public String label() {
      return "ahp";
    }

    @Override
    public Map<String, String> options() {
      return Map.of("synthesis", synthesis.label());
    }

    @Override
    public Ranking apply(DecisionMatrix m) {
      boolean ideal = synthesis == AhpOptions.Synthesis.IDEAL;
      Ranking r = Mcda.weightedSum(m, ideal ? Normalization.MAX : Normalization.SUM);
      List<RankedAlternative> ranked = r.ranking();
      double total = ranked.stream().mapToDouble(RankedAlternative::score).sum();
      if (ideal && total > 0) {
        // the ideal mode's global priorities are renormalised to sum 1, as Ahp.hierarchy does
        List<RankedAlternative> scaled = new ArrayList<>(ranked.size());
        for (RankedAlternative a : ranked) {
          Map<String, Double> c = new TreeMap<>();
          a.contributions().forEach((k, v) -> c.put(k, v / total));
          scaled.add(new RankedAlternative(a.id(), a.rank(), a.score() / total, c, a.details()));
        }
        ranked = scaled;
      }
      return new Ranking("ahp", ranked, r.weights(), r.consistency(), r.localConsistency(), r.compromise(), r.findings());
    }
  }

  /**
   * TOPSIS ({@link Mcda#topsis}).
   *
   * @param normalization how each column is rescaled before weighting
   */
  record Topsis(Normalization normalization) implements RankingMethod {

    /**
     * Creates the method.
     *
     * @param normalization how each column is rescaled
     * @throws NullPointerException if {@code normalization} is null
     */
    public Topsis {
      Objects.requireNonNull(normalization, "normalization");
    }

    @Override
    public String label() {
      return "topsis";
    }

    @Override
    public Map<String, String> options() {
      return Map.of("normalization", normalization.label());
    }

    @Override
    public Ranking apply(DecisionMatrix m) {
      return Mcda.topsis(m, normalization);
    }
  }

  /** PROMETHEE II ({@link Mcda#promethee}) with each criterion's own preference function. */
  record PrometheeII() implements RankingMethod {

    @Override
    public String label() {
      return "promethee-ii";
    }

    @Override
    public Map<String, String> options() {
      return Map.of();
    }

    @Override
    public Ranking apply(DecisionMatrix m) {
      return Mcda.promethee(m);
    }
  }

  /**
   * VIKOR ({@link Mcda#vikor}); its score Q is better when lower.
   *
   * @param v the weight of the strategy of the majority of criteria, in [0, 1] (0.5 by consensus)
   */
  record Vikor(double v) implements RankingMethod {

    /**
     * Creates the method.
     *
     * @param v the weight of the majority strategy, in [0, 1]
     * @throws IllegalArgumentException if {@code v} is outside [0, 1]
     */
    public Vikor {
      if (!(v >= 0 && v <= 1)) {
        throw new IllegalArgumentException("VIKOR strategy weight v must be in [0, 1] but was " + v);
      }
    }

    @Override
    public String label() {
      return "vikor";
    }

    @Override
    public Map<String, String> options() {
      return Map.of("v", Double.toString(v));
    }

    @Override
    public Ranking apply(DecisionMatrix m) {
      return Mcda.vikor(m, v);
    }

    @Override
    public boolean lowerIsBetter() {
      return true;
    }
  }
}
