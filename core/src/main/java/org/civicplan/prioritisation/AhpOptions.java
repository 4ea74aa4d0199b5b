// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

import java.util.Locale;
import java.util.Objects;

/**
 * How AHP derives and combines priorities.
 *
 * @param prioritization eigenvector (Saaty 1980) or row geometric mean (Crawford and Williams,
 *     J. Math. Psych. 29 (1985) 387–405)
 * @param randomIndex the random-index table for the consistency ratio
 * @param synthesis distributive (global = Σ w_c · p_ac) or ideal (each criterion's local
 *     priorities divided by their maximum first, global priorities then normalised to sum 1;
 *     Saaty, <i>Fundamentals of Decision Making and Priority Theory</i>, RWS 1994)
 * @param threshold the consistency ratio above which a matrix is reported inconsistent (0.10)
 */
public record AhpOptions(
    AhpOptions.Prioritization prioritization, RandomIndex randomIndex, AhpOptions.Synthesis synthesis, double threshold) {

  /** How priorities are derived from one matrix. */
  public enum Prioritization {
    /** The normalised principal right eigenvector. */
    EIGENVECTOR,
    /** The normalised geometric means of the rows. */
    GEOMETRIC_MEAN;

    /**
     * {@code eigenvector} or {@code geometric-mean}.
     *
     * @return the label
     */
    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Parses {@code eigenvector} or {@code geometric-mean}.
     *
     * @param label the label
     * @return the value
     * @throws IllegalArgumentException otherwise
     */
    public static Prioritization parse(String label) {
      Objects.requireNonNull(label, "label");
      for (Prioritization p : values()) {
        if (p.label().equals(label)) {
          return p;
        }
      }
      throw new IllegalArgumentException(
          "prioritization must be eigenvector or geometric-mean but was \"" + label + "\"");
    }
  }

  /** How local priorities combine into global ones. */
  public enum Synthesis {
    /** Weighted sum of the local priorities. */
    DISTRIBUTIVE,
    /** Weighted sum of the local priorities divided by their maximum, then normalised. */
    IDEAL;

    /**
     * {@code distributive} or {@code ideal}.
     *
     * @return the label
     */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses {@code distributive} or {@code ideal}.
     *
     * @param label the label
     * @return the value
     * @throws IllegalArgumentException otherwise
     */
    public static Synthesis parse(String label) {
      Objects.requireNonNull(label, "label");
      for (Synthesis s : values()) {
        if (s.label().equals(label)) {
          return s;
        }
      }
      throw new IllegalArgumentException("synthesis must be distributive or ideal but was \"" + label + "\"");
    }
  }

  /**
   * Creates an instance from its components.
   *
   * @param prioritization eigenvector (Saaty 1980) or row geometric mean (Crawford and Williams, J.
   *     Math. Psych. 29 (1985) 387–405)
   * @param randomIndex the random-index table for the consistency ratio
   * @param synthesis distributive (global = Σ w_c · p_ac) or ideal (each criterion's local
   *     priorities divided by their maximum first, global priorities then normalised to sum 1;
   *     Saaty, <i>Fundamentals of Decision Making and Priority Theory</i>, RWS 1994)
   * @param threshold the consistency ratio above which a matrix is reported inconsistent (0.10)
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the threshold is not positive and finite
   */
  public AhpOptions {
    Objects.requireNonNull(prioritization, "prioritization");
    Objects.requireNonNull(randomIndex, "randomIndex");
    Objects.requireNonNull(synthesis, "synthesis");
    if (!(threshold > 0) || Double.isInfinite(threshold)) {
      throw new IllegalArgumentException("consistency threshold must be positive and finite but was " + threshold);
    }
  }

  /**
   * Eigenvector, Saaty 1980, distributive, CR threshold 0.10.
   *
   * @return the default options
   */
  public static AhpOptions defaults() {
    return new AhpOptions(Prioritization.EIGENVECTOR, RandomIndex.SAATY_1980, Synthesis.DISTRIBUTIVE, 0.10);
  }

  /**
   * {@return a copy with another prioritization}
   *
   * @param p the prioritization
   */
  public AhpOptions with(Prioritization p) {
    return new AhpOptions(p, randomIndex, synthesis, threshold);
  }

  /**
   * {@return a copy with another random-index table}
   *
   * @param r the random-index table
   */
  public AhpOptions with(RandomIndex r) {
    return new AhpOptions(prioritization, r, synthesis, threshold);
  }

  /**
   * {@return a copy with another synthesis}
   *
   * @param s the synthesis
   */
  public AhpOptions with(Synthesis s) {
    return new AhpOptions(prioritization, randomIndex, s, threshold);
  }
}
