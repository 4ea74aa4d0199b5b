// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** VIKOR with its compromise set; the contract is {@link Mcda#vikor}'s. */
final class VikorRanking {

  private VikorRanking() {}

  static Ranking rank(DecisionMatrix m, double v) {
    if (!(v >= 0 && v <= 1)) {
      throw new IllegalArgumentException("VIKOR strategy weight v must be in [0, 1] but was " + v);
    }
    CheckedMatrix c = CheckedMatrix.of("vikor", m);
    if (c.failed()) {
      return c.failure();
    }
    int n = c.n;
    int k = c.k;
    double[] s = new double[n];
    double[] r = new double[n];
    List<Map<String, Double>> contributions = new ArrayList<>();
    double[][] terms = new double[n][k];
    for (int j = 0; j < k; j++) {
      double best = c.benefit(j) ? c.stats.max[j] : c.stats.min[j];
      double worst = c.benefit(j) ? c.stats.min[j] : c.stats.max[j];
      for (int i = 0; i < n; i++) {
        terms[i][j] = best == worst ? 0 : c.weight(j) * (best - m.value(i, j)) / (best - worst);
      }
    }
    for (int i = 0; i < n; i++) {
      Map<String, Double> byCriterion = new TreeMap<>();
      double rr = 0;
      for (int j = 0; j < k; j++) {
        s[i] += terms[i][j];
        rr = Math.max(rr, terms[i][j]);
        byCriterion.put(c.criterion(j), terms[i][j]);
      }
      r[i] = rr;
      contributions.add(byCriterion);
    }
    double sBest = min(s);
    double sWorst = max(s);
    double rBest = min(r);
    double rWorst = max(r);
    double[] q = new double[n];
    List<Map<String, Double>> details = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double qs = sWorst == sBest ? 0 : (s[i] - sBest) / (sWorst - sBest);
      double qr = rWorst == rBest ? 0 : (r[i] - rBest) / (rWorst - rBest);
      q[i] = v * qs + (1 - v) * qr;
      details.add(Map.of("S", s[i], "R", r[i], "Q", q[i]));
    }
    List<String> compromise = compromise(c, s, r, q);
    return c.ranked(q, false, contributions, details, compromise);
  }

  /**
   * The compromise set, with an info finding when it is more than the first alternative: A1 alone
   * with acceptable advantage and stability, A1 and A2 when only stability fails, A1..AM when
   * advantage fails.
   */
  private static List<String> compromise(CheckedMatrix c, double[] s, double[] r, double[] q) {
    List<String> ids = c.m.alternatives();
    int n = c.n;
    int[] order = IndexSort.rankOrder(ids, q, false);
    List<String> compromise = new ArrayList<>();
    if (n >= 1) {
      int a1 = order[0];
      compromise.add(ids.get(a1));
      if (n >= 2) {
        double dq = 1.0 / (n - 1);
        int a2 = order[1];
        boolean advantage = q[a2] - q[a1] >= dq - 1e-12;
        boolean stable = isBest(s, a1, ids) || isBest(r, a1, ids);
        if (!advantage) {
          for (int p = 1; p < n && q[order[p]] - q[a1] < dq - 1e-12; p++) {
            compromise.add(ids.get(order[p]));
          }
        } else if (!stable) {
          compromise.add(ids.get(a2));
        }
        if (!advantage || !stable) {
          c.findings.add(
              Messages.info(
                  PrioritisationCodes.VIKOR_COMPROMISE,
                  "",
                  ids.get(a1),
                  Messages.number(q[a2] - q[a1]),
                  Messages.number(dq),
                  String.valueOf(rankOf(s, a1, ids)),
                  String.valueOf(rankOf(r, a1, ids)),
                  String.join(", ", compromise)));
        }
      }
    }
    return compromise;
  }

  private static int rankOf(double[] x, int a, List<String> ids) {
    int[] o = IndexSort.rankOrder(ids, x, false);
    for (int p = 0; p < o.length; p++) {
      if (o[p] == a) {
        return p + 1;
      }
    }
    throw new IllegalStateException("alternative index " + a + " not in order");
  }

  /** Whether {@code a} is first by {@code x} (lower is better), ties broken by id. */
  private static boolean isBest(double[] x, int a, List<String> ids) {
    double tol = IndexSort.tieTolerance(x[a]);
    for (int i = 0; i < x.length; i++) {
      if (i != a && (x[i] < x[a] - tol || (Math.abs(x[i] - x[a]) <= tol && ids.get(i).compareTo(ids.get(a)) < 0))) {
        return false;
      }
    }
    return true;
  }

  private static double max(double[] x) {
    double m = Double.NEGATIVE_INFINITY;
    for (double v : x) {
      m = Math.max(m, v);
    }
    return m;
  }

  private static double min(double[] x) {
    double m = Double.POSITIVE_INFINITY;
    for (double v : x) {
      m = Math.min(m, v);
    }
    return m;
  }
}
