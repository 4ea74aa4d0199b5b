// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

import java.util.List;
import java.util.Map;

/** TOPSIS; the contract is {@link Mcda#topsis}'s. */
final class TopsisRanking {
  private static final String[] KEYS = {"dMinus", "dPlus"};
  private static final Map<String, Double> NONE = new ArrayMap(new String[0], new double[0]);

  private TopsisRanking() {}

  static Ranking rank(DecisionMatrix m, Normalization normalization) {
    ColumnStats st = ColumnStats.of(m, false, normalization, false);
    CheckedMatrix c = CheckedMatrix.of("topsis", m, normalization, false, st);
    if (c.failed()) {
      return c.failure();
    }
    int n = c.n;
    int k = c.k;
    // every rescaling is (x − offset) / divisor: min-max, or offset 0 (x − 0 is x exactly)
    double[] off = new double[k];
    double[] div = new double[k];
    double[] wz = new double[k];
    double[] ideal = new double[k];
    double[] anti = new double[k];
    for (int j = 0; j < k; j++) {
      Directed scale = Directed.of(CriterionDirection.BENEFIT, normalization, st, j);
      off[j] = scale.offset();
      div[j] = scale.divisor();
      wz[j] = scale.zero() ? 0 : c.weight(j);
      // rounding is monotone, so the best weighted value is the weighted value of the best input
      double max = c.weight(j) * scale.apply(st.max[j]);
      double min = c.weight(j) * scale.apply(st.min[j]);
      ideal[j] = c.benefit(j) ? max : min;
      anti[j] = c.benefit(j) ? min : max;
    }
    double[] score = closeness(m, n, wz, off, div, ideal, anti);
    // the distances are computed again when an alternative's explanation is read, by the same
    // expressions in the same order, so they are the numbers the closeness was computed from
    RankedList.Explainer explainer =
        new RankedList.Explainer() {
          @Override
          public Map<String, Double> contributions(int i) {
            return NONE;
          }

          @Override
          public Map<String, Double> details(int i) {
            double[] row = m.row(i);
            return new ArrayMap(KEYS, new double[] {distance(row, wz, off, div, anti), distance(row, wz, off, div, ideal)});
          }
        };
    return c.ranked(score, true, explainer, List.of());
  }

  /**
   * The closeness of every alternative, row by row. A method of its own, apart from the set-up
   * above: it runs once per ranking, so the just-in-time compiler compiles its loops while they
   * run, and does that better for a small method than for a large one.
   */
  private static double[] closeness(DecisionMatrix m, int n, double[] wz, double[] off, double[] div, double[] ideal, double[] anti) {
    int k = wz.length;
    double[] score = new double[n];
    for (int i = 0; i < n; i++) {
      double[] row = m.row(i);
      double p = 0;
      double q = 0;
      for (int j = 0; j < k; j++) {
        double v = wz[j] * ((row[j] - off[j]) / div[j]);
        p += (v - ideal[j]) * (v - ideal[j]);
        q += (v - anti[j]) * (v - anti[j]);
      }
      double a = Math.sqrt(p);
      double b = Math.sqrt(q);
      score[i] = a + b == 0 ? 0.5 : b / (a + b);
    }
    return score;
  }

  /**
   * The Euclidean distance of {@code row}, rescaled and weighted, to {@code target}: the sum of
   * squares accumulated in criterion order as {@link #rank}'s loop does.
   */
  private static double distance(double[] row, double[] wz, double[] off, double[] div, double[] target) {
    double p = 0;
    for (int j = 0; j < target.length; j++) {
      double v = wz[j] * ((row[j] - off[j]) / div[j]);
      p += (v - target[j]) * (v - target[j]);
    }
    return Math.sqrt(p);
  }
}
