// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

/**
 * The columns of a decision matrix as contiguous arrays, with what the normalisations need of each
 * (minimum, maximum and, as the normalisation needs them, sum, sum of squares, sum of reciprocals), gathered in one pass
 * over the rows. Sums run over the alternatives in input order, as the column-wise definitions do.
 */
final class ColumnStats {

  final double[][] columns;
  final double[] min;
  final double[] max;
  final double[] sum;
  final double[] sumOfSquares;
  final double[] sumOfReciprocals;
  /** Whether some value is missing (NaN); the other figures are then meaningless. */
  final boolean anyMissing;

  private ColumnStats(int n, int k, boolean transpose) {
    columns = transpose ? new double[k][n] : null;
    min = new double[k];
    max = new double[k];
    sum = new double[k];
    sumOfSquares = new double[k];
    sumOfReciprocals = new double[k];
    java.util.Arrays.fill(min, Double.POSITIVE_INFINITY);
    java.util.Arrays.fill(max, Double.NEGATIVE_INFINITY);
    anyMissing = false;
  }

  private ColumnStats(ColumnStats s, boolean missing) {
    columns = s.columns;
    min = s.min;
    max = s.max;
    sum = s.sum;
    sumOfSquares = s.sumOfSquares;
    sumOfReciprocals = s.sumOfReciprocals;
    anyMissing = missing;
  }

  /**
   * The statistics of {@code m}'s columns: minimum and maximum always (all that min-max and linear
   * max normalisations and the checks need), the sums for {@code SUM} and the sums of squares for
   * {@code VECTOR} normalisation (they stay 0 otherwise: the pass over a large matrix is shorter
   * without); with {@code transpose} also the columns themselves ({@link #columns} is null
   * otherwise); with {@code reciprocals} also the sums of reciprocals.
   */
  static ColumnStats of(DecisionMatrix m, boolean transpose, Normalization nz, boolean reciprocals) {
    int n = m.alternatives().size();
    int k = m.criteria().size();
    ColumnStats s = new ColumnStats(n, k, transpose);
    double[][] cols = s.columns;
    double[] lo = s.min;
    double[] hi = s.max;
    double[] su = s.sum;
    double[] sq = s.sumOfSquares;
    boolean sums = nz == Normalization.SUM;
    boolean squares = nz == Normalization.VECTOR;
    for (int i = 0; i < n; i++) {
      double[] row = m.row(i);
      if (squares) {
        for (int j = 0; j < k; j++) {
          double x = row[j];
          lo[j] = Math.min(lo[j], x);
          hi[j] = Math.max(hi[j], x);
          sq[j] += x * x;
        }
      } else if (sums) {
        for (int j = 0; j < k; j++) {
          double x = row[j];
          lo[j] = Math.min(lo[j], x);
          hi[j] = Math.max(hi[j], x);
          su[j] += x;
        }
      } else {
        for (int j = 0; j < k; j++) {
          double x = row[j];
          lo[j] = Math.min(lo[j], x);
          hi[j] = Math.max(hi[j], x);
        }
      }
      if (transpose) {
        for (int j = 0; j < k; j++) {
          cols[j][i] = row[j];
        }
      }
    }
    if (reciprocals) {
      double[] r = s.sumOfReciprocals;
      for (int i = 0; i < n; i++) {
        double[] row = m.row(i);
        for (int j = 0; j < k; j++) {
          r[j] += 1 / row[j];
        }
      }
    }
    boolean missing = false;
    for (int j = 0; j < k; j++) {
      // Math.min propagates NaN, so a column with a missing value has a NaN minimum
      missing |= Double.isNaN(lo[j]);
    }
    return missing ? new ColumnStats(s, true) : s;
  }
}
