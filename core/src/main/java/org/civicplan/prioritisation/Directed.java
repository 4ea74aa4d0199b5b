// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

/**
 * One column's normalisation (see {@link Normalization}), with its parameters taken from the
 * column statistics, applied value by value ({@link #apply}, for explanations read later) or over a
 * whole column (the ranking's hot loops). Both use the same expressions, so an explanation repeats
 * the ranking's numbers exactly.
 */
final class Directed {

  private enum Kind {
    IDENTITY,
    NEGATED,
    MIN_MAX_BENEFIT,
    MIN_MAX_COST,
    VECTOR_BENEFIT,
    VECTOR_COST,
    SUM_BENEFIT,
    SUM_COST,
    MAX_BENEFIT,
    MAX_COST,
    ZERO
  }

  private final Kind kind;
  private final double a;
  private final double b;

  private Directed(Kind kind, double a, double b) {
    this.kind = kind;
    this.a = a;
    this.b = b;
  }

  /**
   * The normalisation of column {@code j} that makes larger better for the weighted sum; with
   * {@code BENEFIT} it only rescales, as TOPSIS needs.
   */
  static Directed of(CriterionDirection dir, Normalization nz, ColumnStats st, int j) {
    boolean cost = dir == CriterionDirection.COST;
    double lo = st.min[j];
    double hi = st.max[j];
    return switch (nz) {
      case NONE -> new Directed(cost ? Kind.NEGATED : Kind.IDENTITY, 0, 0);
      case MIN_MAX -> hi == lo ? new Directed(Kind.ZERO, 0, 0) : new Directed(cost ? Kind.MIN_MAX_COST : Kind.MIN_MAX_BENEFIT, lo, hi);
      case VECTOR -> new Directed(cost ? Kind.VECTOR_COST : Kind.VECTOR_BENEFIT, Math.sqrt(st.sumOfSquares[j]), 0);
      case SUM -> cost ? new Directed(Kind.SUM_COST, st.sumOfReciprocals[j], 0) : new Directed(Kind.SUM_BENEFIT, st.sum[j], 0);
      case MAX -> cost ? new Directed(Kind.MAX_COST, lo, 0) : new Directed(Kind.MAX_BENEFIT, hi, 0);
    };
  }

  /**
   * Whether the normalisation is {@code sign · ((x − offset) / divisor) + shift}, which gives the
   * same numbers as {@link #apply} up to the sign of a zero (negation and adding zero are exact).
   */
  boolean affine() {
    return kind != Kind.SUM_COST && kind != Kind.MAX_COST;
  }

  /** For an {@link #affine()} normalisation, ±1. */
  double sign() {
    return switch (kind) {
      case NEGATED, MIN_MAX_COST, VECTOR_COST -> -1;
      default -> 1;
    };
  }

  /** For an {@link #affine()} normalisation, the offset subtracted first. */
  double offset() {
    return switch (kind) {
      case MIN_MAX_BENEFIT -> a;
      case MIN_MAX_COST -> b;
      default -> 0;
    };
  }

  /** For an {@link #affine()} normalisation, the divisor (1 where there is none). */
  double divisor() {
    return switch (kind) {
      case MIN_MAX_BENEFIT, MIN_MAX_COST -> b - a;
      case VECTOR_BENEFIT, VECTOR_COST, SUM_BENEFIT, MAX_BENEFIT -> a;
      default -> 1;
    };
  }

  /** For an {@link #affine()} normalisation, the shift added last. */
  double shift() {
    return kind == Kind.VECTOR_COST ? 1 : 0;
  }

  /** Whether the normalisation gives 0 whatever the value (a constant min-max column). */
  boolean zero() {
    return kind == Kind.ZERO;
  }

  /** The normalised value of {@code x}. */
  double apply(double x) {
    return switch (kind) {
      case IDENTITY -> x;
      case NEGATED -> -x;
      case MIN_MAX_BENEFIT -> minMaxBenefit(x, a, b);
      case MIN_MAX_COST -> minMaxCost(x, a, b);
      case VECTOR_BENEFIT -> x / a;
      case VECTOR_COST -> 1 - x / a;
      case SUM_BENEFIT -> x / a;
      case SUM_COST -> (1 / x) / a;
      case MAX_BENEFIT -> x / a;
      case MAX_COST -> a / x;
      case ZERO -> 0;
    };
  }

  private static double minMaxBenefit(double x, double lo, double hi) {
    return (x - lo) / (hi - lo);
  }

  private static double minMaxCost(double x, double lo, double hi) {
    return (hi - x) / (hi - lo);
  }

  /**
   * {@code score[i] += w · r(col[i])} for every i. The ranking takes this path only when a column
   * is not {@link #affine()} (sum or max normalisation of a cost), and then every column has the
   * sum or the max normalisation; any other kind is applied value by value.
   */
  void addWeighted(double[] col, double w, double[] score) {
    int n = col.length;
    switch (kind) {
      case SUM_BENEFIT, MAX_BENEFIT -> {
        for (int i = 0; i < n; i++) {
          score[i] += w * (col[i] / a);
        }
      }
      case SUM_COST -> {
        for (int i = 0; i < n; i++) {
          score[i] += w * ((1 / col[i]) / a);
        }
      }
      case MAX_COST -> {
        for (int i = 0; i < n; i++) {
          score[i] += w * (a / col[i]);
        }
      }
      default -> throw new IllegalStateException(kind + " is applied value by value, not added column by column");
    }
  }
}
