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
    ColumnStats st = ColumnStats.of(m, false, false);
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
    double[] score = new double[n];
    double[] dPlus = new double[n];
    double[] dMinus = new double[n];
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
      dPlus[i] = a;
      dMinus[i] = b;
      score[i] = a + b == 0 ? 0.5 : b / (a + b);
    }
    RankedList.Explainer explainer =
        new RankedList.Explainer() {
          @Override
          public Map<String, Double> contributions(int i) {
            return NONE;
          }

          @Override
          public Map<String, Double> details(int i) {
            return new ArrayMap(KEYS, new double[] {dMinus[i], dPlus[i]});
          }
        };
    return c.ranked(score, true, explainer, List.of());
  }
}
