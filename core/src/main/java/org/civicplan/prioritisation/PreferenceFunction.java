// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

import java.util.Locale;
import java.util.Objects;

/**
 * A PROMETHEE generalised criterion: turns the difference {@code d} between two alternatives on one
 * criterion (already oriented so that positive means "better") into a preference degree in [0, 1].
 *
 * <p>The six shapes are those of Brans, Vincke and Mareschal, "How to select and how to rank
 * projects: The PROMETHEE method", European Journal of Operational Research 24 (1986) 228–238, and
 * Brans and Vincke, Management Science 31(6) (1985) 647–656:
 *
 * <ul>
 *   <li>{@link Shape#USUAL}: 1 when d &gt; 0;
 *   <li>{@link Shape#U_SHAPE} (quasi-criterion): 1 when d &gt; q;
 *   <li>{@link Shape#V_SHAPE} (linear preference): d / p up to p, then 1;
 *   <li>{@link Shape#LEVEL}: 0 up to q, 1/2 up to p, then 1;
 *   <li>{@link Shape#LINEAR} (V-shape with indifference): 0 up to q, (d − q) / (p − q) up to p,
 *       then 1;
 *   <li>{@link Shape#GAUSSIAN}: 1 − exp(−d² / (2 s²)) for d &gt; 0.
 * </ul>
 *
 * @param shape the shape
 * @param q the indifference threshold (U-shape, level, linear), non-negative
 * @param p the preference threshold (V-shape, level, linear), at least q, positive where used
 * @param s the Gaussian inflection point, positive for the Gaussian shape
 */
public record PreferenceFunction(Shape shape, double q, double p, double s) {

  /** The six generalised criteria. */
  public enum Shape {
    /** Type I. */
    USUAL,
    /** Type II, quasi-criterion. */
    U_SHAPE,
    /** Type III, linear preference without indifference. */
    V_SHAPE,
    /** Type IV. */
    LEVEL,
    /** Type V, linear preference with an indifference area. */
    LINEAR,
    /** Type VI. */
    GAUSSIAN;

    /** {@return the kebab-case name used in documents, e.g. {@code u-shape}} */
    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * {@return the shape named {@code label} ({@code usual}, {@code u-shape}, {@code v-shape},
     * {@code level}, {@code linear}, {@code gaussian})}
     *
     * @param label the label
     * @throws IllegalArgumentException if the label is none of these
     */
    public static Shape parse(String label) {
      Objects.requireNonNull(label, "label");
      for (Shape s : values()) {
        if (s.label().equals(label)) {
          return s;
        }
      }
      throw new IllegalArgumentException(
          "preference function must be one of usual, u-shape, v-shape, level, linear, gaussian but was \""
              + label
              + "\"");
    }
  }

  /** The usual criterion (no thresholds). */
  public static final PreferenceFunction USUAL = new PreferenceFunction(Shape.USUAL, 0, 0, 0);

  /**
   * Creates an instance from its components.
   *
   * @param shape the shape
   * @param q the indifference threshold (U-shape, level, linear), non-negative
   * @param p the preference threshold (V-shape, level, linear), at least q, positive where used
   * @param s the Gaussian inflection point, positive for the Gaussian shape
   * @throws NullPointerException if the shape is null
   * @throws IllegalArgumentException if a threshold is negative or not finite, p &lt; q, or the
   *     shape needs a positive p or s that is zero
   */
  public PreferenceFunction {
    Objects.requireNonNull(shape, "shape");
    check("q", q);
    check("p", p);
    check("s", s);
    switch (shape) {
      case V_SHAPE -> requirePositive("p", p, shape);
      case LEVEL, LINEAR -> {
        if (p < q) {
          throw new IllegalArgumentException(
              "preference threshold p must be at least q (" + q + ") but was " + p + " (" + shape.label() + ")");
        }
        if (shape == Shape.LINEAR && p == q) {
          throw new IllegalArgumentException(
              "linear preference function needs p > q but both were " + p);
        }
      }
      case GAUSSIAN -> requirePositive("s", s, shape);
      default -> {
        // usual and U-shape need nothing more
      }
    }
  }

  private static void check(String name, double v) {
    if (!(v >= 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException(name + " must be finite and non-negative but was " + v);
    }
  }

  private static void requirePositive(String name, double v, Shape shape) {
    if (v <= 0) {
      throw new IllegalArgumentException(
          name + " must be positive for the " + shape.label() + " preference function but was " + v);
    }
  }

  /**
   * {@return the preference degree for the oriented difference {@code d}: 0 for d ≤ 0, at most 1}
   *
   * @param d the difference, positive when the first alternative is better
   */
  public double degree(double d) {
    if (d <= 0) {
      return 0;
    }
    return switch (shape) {
      case USUAL -> 1;
      case U_SHAPE -> d > q ? 1 : 0;
      case V_SHAPE -> d >= p ? 1 : d / p;
      case LEVEL -> d <= q ? 0 : d <= p ? 0.5 : 1;
      case LINEAR -> d <= q ? 0 : d >= p ? 1 : (d - q) / (p - q);
      case GAUSSIAN -> 1 - Math.exp(-(d * d) / (2 * s * s));
    };
  }
}
