// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

import java.util.List;
import java.util.Map;

/** Simple additive weighting; the contract is {@link Mcda#weightedSum}'s. */
final class WeightedSumRanking {

  private WeightedSumRanking() {}

  static Ranking rank(DecisionMatrix m, Normalization normalization) {
    boolean affine = normalization != Normalization.SUM && normalization != Normalization.MAX;
    ColumnStats st = ColumnStats.of(m, !affine, normalization, normalization == Normalization.SUM);
    CheckedMatrix c = CheckedMatrix.of("weighted-sum", m, normalization, true, st);
    if (c.failed()) {
      return c.failure();
    }
    int n = c.n;
    int k = c.k;
    double[] w = c.weights();
    Directed[] norm = new Directed[k];
    for (int j = 0; j < k; j++) {
      norm[j] = Directed.of(m.criteria().get(j).direction(), normalization, st, j);
      affine &= norm[j].affine();
    }
    double[] score = affine ? rowByRow(m, norm, w) : columnByColumn(st, norm, w, n);
    String[] ids = new String[k];
    for (int j = 0; j < k; j++) {
      ids[j] = c.criterion(j);
    }
    int[] perm = ArrayMap.sortedOrder(ids);
    String[] cKeys = new String[k];
    String[] dKeys = new String[k];
    for (int p = 0; p < k; p++) {
      cKeys[p] = ids[perm[p]];
      dKeys[p] = "normalised." + ids[perm[p]];
    }
    // contributions and normalised values are computed when an alternative's explanation is read
    RankedList.Explainer explainer =
        new RankedList.Explainer() {
          @Override
          public Map<String, Double> contributions(int i) {
            double[] row = m.row(i);
            double[] v = new double[k];
            for (int p = 0; p < k; p++) {
              v[p] = w[perm[p]] * norm[perm[p]].apply(row[perm[p]]);
            }
            return new ArrayMap(cKeys, v);
          }

          @Override
          public Map<String, Double> details(int i) {
            double[] row = m.row(i);
            double[] d = new double[k];
            for (int p = 0; p < k; p++) {
              d[p] = norm[perm[p]].apply(row[perm[p]]);
            }
            return new ArrayMap(dKeys, d);
          }
        };
    return c.ranked(score, true, explainer, List.of());
  }

  /** Row by row, r = sign · ((x − offset) / divisor) + shift, adding w_j · r_ij in criterion order. */
  private static double[] rowByRow(DecisionMatrix m, Directed[] norm, double[] w) {
    int n = m.alternatives().size();
    int k = norm.length;
    double[] sg = new double[k];
    double[] off = new double[k];
    double[] div = new double[k];
    double[] sh = new double[k];
    double[] wz = new double[k];
    for (int j = 0; j < k; j++) {
      Directed d = norm[j];
      sg[j] = d.sign();
      off[j] = d.offset();
      div[j] = d.divisor();
      sh[j] = d.shift();
      // a constant min-max column gives w · 0; (x − 0) / 1 · 0 is that zero (up to its sign)
      wz[j] = d.zero() ? 0 : w[j];
    }
    double[] score = new double[n];
    for (int i = 0; i < n; i++) {
      double[] row = m.row(i);
      double t = 0;
      for (int j = 0; j < k; j++) {
        double r = sg[j] * ((row[j] - off[j]) / div[j]) + sh[j];
        t += wz[j] * r;
      }
      score[i] = t;
    }
    return score;
  }

  /** Column by column over contiguous copies, adding w_j · r_ij in criterion order as row by row. */
  private static double[] columnByColumn(ColumnStats st, Directed[] norm, double[] w, int n) {
    double[] score = new double[n];
    double[][] cols = st.columns;
    for (int j = 0; j < norm.length; j++) {
      norm[j].addWeighted(cols[j], w[j], score);
    }
    return score;
  }
}
