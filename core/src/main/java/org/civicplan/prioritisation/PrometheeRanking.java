// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** PROMETHEE II; the contract is {@link Mcda#promethee}'s. */
final class PrometheeRanking {

  private PrometheeRanking() {}

  static Ranking rank(DecisionMatrix m) {
    CheckedMatrix c = CheckedMatrix.of("promethee-ii", m);
    if (c.failed()) {
      return c.failure();
    }
    int n = c.n;
    int k = c.k;
    double[] plus = new double[n];
    double[] minus = new double[n];
    double[][] netByCriterion = new double[n][k];
    for (int j = 0; j < k; j++) {
      PreferenceFunction f = m.criteria().get(j).preferenceOrUsual();
      double sign = c.benefit(j) ? 1 : -1;
      for (int a = 0; a < n; a++) {
        for (int b = 0; b < n; b++) {
          if (a == b) {
            continue;
          }
          double pab = f.degree(sign * (m.value(a, j) - m.value(b, j)));
          if (pab != 0) {
            double x = c.weight(j) * pab;
            plus[a] += x;
            minus[b] += x;
            netByCriterion[a][j] += x;
            netByCriterion[b][j] -= x;
          }
        }
      }
    }
    double[] score = new double[n];
    List<Map<String, Double>> contributions = new ArrayList<>();
    List<Map<String, Double>> details = new ArrayList<>();
    double div = n > 1 ? n - 1 : 1;
    for (int a = 0; a < n; a++) {
      double phiPlus = plus[a] / div;
      double phiMinus = minus[a] / div;
      score[a] = phiPlus - phiMinus;
      Map<String, Double> byCriterion = new TreeMap<>();
      for (int j = 0; j < k; j++) {
        byCriterion.put(c.criterion(j), netByCriterion[a][j] / div);
      }
      contributions.add(byCriterion);
      details.add(Map.of("phiPlus", phiPlus, "phiMinus", phiMinus, "phiNet", score[a]));
    }
    return c.ranked(score, true, contributions, details, List.of());
  }
}
