// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

import java.util.Arrays;

/**
 * The multipliers λ of the surrogate constraint {@code Σ_t λ_t cost_t ≤ Σ_t λ_t budget_t}, which
 * relaxes all budgets into one: {@code 1 / budget_t} to start with, then (with several periods)
 * tuned by surrogate duality so that the constraint's fractional knapsack bound at the root is
 * small. Any non-negative multipliers give a valid bound; tuning only tightens it, so it stops when
 * it has used a tenth of the time left before the time limit (on large instances, where each of its
 * steps sorts every unit).
 */
final class SurrogateMultipliers {

  private SurrogateMultipliers() {}

  /** The share of the time left that the tuning may use. */
  static final int TIME_SHARE = 10;

  /**
   * Sets the model's multipliers and each unit's surrogate weight, tuning within a tenth of the
   * time left before the {@link System#nanoTime()} {@code deadline}.
   */
  static void choose(PortfolioModel m, long deadline) {
    int periods = m.periods.length;
    m.lambda = new double[periods];
    for (int t = 0; t < periods; t++) {
      m.lambda[t] = m.budget[t] > 0 ? 1.0 / m.budget[t] : 0;
    }
    if (periods > 1) {
      long now = System.nanoTime();
      m.lambda = tuned(m, now + Math.max(0, deadline - now) / TIME_SHARE);
    }
    for (PortfolioUnit u : m.units) {
      double w = 0;
      for (int t = 0; t < periods; t++) {
        w += m.lambda[t] * u.cost[t];
      }
      u.weight = w;
    }
  }

  /** Value per surrogate weight; a unit of no weight comes first if it is worth anything. */
  static double ratio(PortfolioUnit u) {
    if (u.weight == 0) {
      return u.value > 0 ? Double.MAX_VALUE : u.value == 0 ? 0 : -Double.MAX_VALUE;
    }
    return u.value / u.weight;
  }

  /** A multiplicative subgradient search from the model's multipliers. */
  private static double[] tuned(PortfolioModel m, long until) {
    int periods = m.periods.length;
    double[] best = m.lambda.clone();
    double bestBound = rootBound(m, m.lambda, null);
    double[] lam = m.lambda.clone();
    double[] usage = new double[periods];
    double step = 1.0;
    for (int it = 0; it < 200 && System.nanoTime() < until; it++) {
      rootBound(m, lam, usage);
      for (int t = 0; t < periods; t++) {
        if (m.budget[t] > 0) {
          lam[t] *= Math.exp(step * (usage[t] - m.budget[t]) / m.budget[t]);
        }
      }
      double b = rootBound(m, lam, null);
      if (b < bestBound - 1e-12) {
        bestBound = b;
        best = lam.clone();
      }
      step *= 0.97;
    }
    return best;
  }

  /** The fractional surrogate bound with all units free; fills the fractional usage per period. */
  private static double rootBound(PortfolioModel m, double[] lam, double[] usage) {
    PortfolioUnit[] units = m.units;
    int periods = m.periods.length;
    int n = units.length;
    double[] w = new double[n];
    double[] key = new double[n];
    double cap = 0;
    for (int t = 0; t < periods; t++) {
      cap += lam[t] * m.budget[t];
    }
    for (int u = 0; u < n; u++) {
      for (int t = 0; t < periods; t++) {
        w[u] += lam[t] * units[u].cost[t];
      }
      key[u] = w[u] == 0 ? -Double.MAX_VALUE : -units[u].value / w[u];
    }
    // ascending keys, equal keys in index order: a stable sort by key
    int[] idx = IndexSort.byScore(key, false);
    if (usage != null) {
      Arrays.fill(usage, 0);
    }
    double b = 0;
    for (int u : idx) {
      if (units[u].value <= 0) {
        continue;
      }
      double x = w[u] <= cap ? 1 : cap / w[u];
      b += x * units[u].value;
      cap -= x * w[u];
      if (usage != null) {
        for (int t = 0; t < periods; t++) {
          usage[t] += x * units[u].cost[t];
        }
      }
      if (x < 1) {
        break;
      }
    }
    return b;
  }
}
