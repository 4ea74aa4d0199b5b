// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Lagrangian relaxation of the selection problem: every budget ({@code λ_t}), every {@code
 * requires} arc u → r ({@code x_u ≤ x_r}, multiplier {@code μ}) and every exclusive group ({@code
 * Σ x ≤ 1}, {@code ν}) is moved into the objective, which leaves one independent choice per unit
 * with reduced value {@code ρ_u = v_u − Σ_t λ_t c_tu − Σ_{g ∋ u} ν_g − Σ_{u→r} μ + Σ_{w→u} μ}.
 * For any non-negative multipliers, {@code Σ_t λ_t b_t + Σ_g ν_g + Σ_{in} ρ_u + Σ_{free}
 * max(0, ρ_u)} bounds every selection that agrees with the fixed units, because each moved
 * constraint adds a non-negative term to a feasible selection's value. Its minimum over the
 * multipliers is the linear-programming bound (the relaxed problem has integral optima); the
 * multipliers are searched by projected subgradient steps with Polyak's step length. The search
 * only tightens the bound: exactness never depends on how good the multipliers are.
 */
final class LagrangianBound {
  final PortfolioModel m;
  final int[] arcFrom;
  final int[] arcTo;
  final double[] lam;
  final double[] mu;
  final double[] nu;
  final double[] rho;
  double constant;
  /** The {@link System#nanoTime()} after which {@link #optimise} stops stepping. */
  long deadline = Long.MAX_VALUE;
  private final double[] scratchLam;
  private final double[] scratchMu;
  private final double[] scratchNu;
  private final double[] scratchGT;
  private final double[] scratchGG;
  private final double[] scratchGA;
  private final byte[] scratchX;

  LagrangianBound(PortfolioModel m) {
    this.m = m;
    List<int[]> arcs = new ArrayList<>();
    for (int u = 0; u < m.units.length; u++) {
      for (int r : m.units[u].requires) {
        arcs.add(new int[] {u, r});
      }
    }
    arcFrom = new int[arcs.size()];
    arcTo = new int[arcs.size()];
    for (int a = 0; a < arcs.size(); a++) {
      arcFrom[a] = arcs.get(a)[0];
      arcTo[a] = arcs.get(a)[1];
    }
    lam = m.lambda.clone();
    mu = new double[arcFrom.length];
    nu = new double[m.groupUnits.length];
    rho = new double[m.units.length];
    scratchLam = new double[lam.length];
    scratchMu = new double[mu.length];
    scratchNu = new double[nu.length];
    scratchGT = new double[lam.length];
    scratchGG = new double[nu.length];
    scratchGA = new double[mu.length];
    scratchX = new byte[rho.length];
    // start from the surrogate multipliers scaled to value per unit of budget
    double cap = 0;
    double val = 0;
    for (int t = 0; t < lam.length; t++) {
      cap += lam[t] * m.budget[t];
    }
    for (PortfolioUnit u : m.units) {
      val += Math.max(0, u.value);
    }
    double f = cap > 0 ? 0.5 * val / cap : 0;
    for (int t = 0; t < lam.length; t++) {
      lam[t] *= f;
    }
    reduce();
  }

  /** The multipliers, the reduced values and the constant, in one array. */
  int snapshotSize() {
    return lam.length + mu.length + nu.length + rho.length + 1;
  }

  void save(double[] into) {
    int p = 0;
    System.arraycopy(lam, 0, into, p, lam.length);
    p += lam.length;
    System.arraycopy(mu, 0, into, p, mu.length);
    p += mu.length;
    System.arraycopy(nu, 0, into, p, nu.length);
    p += nu.length;
    System.arraycopy(rho, 0, into, p, rho.length);
    p += rho.length;
    into[p] = constant;
  }

  void restore(double[] from) {
    int p = 0;
    System.arraycopy(from, p, lam, 0, lam.length);
    p += lam.length;
    System.arraycopy(from, p, mu, 0, mu.length);
    p += mu.length;
    System.arraycopy(from, p, nu, 0, nu.length);
    p += nu.length;
    System.arraycopy(from, p, rho, 0, rho.length);
    p += rho.length;
    constant = from[p];
  }

  /** Recomputes the reduced values and the constant from the multipliers. */
  void reduce() {
    PortfolioUnit[] us = m.units;
    double c = 0;
    for (int t = 0; t < lam.length; t++) {
      c += lam[t] * m.budget[t];
    }
    for (int g = 0; g < nu.length; g++) {
      c += nu[g];
    }
    constant = c;
    for (int u = 0; u < us.length; u++) {
      double r = us[u].value;
      long[] cost = us[u].cost;
      for (int t = 0; t < lam.length; t++) {
        r -= lam[t] * cost[t];
      }
      for (int g : us[u].groups) {
        if (g >= 0) {
          r -= nu[g];
        }
      }
      rho[u] = r;
    }
    for (int a = 0; a < arcFrom.length; a++) {
      rho[arcFrom[a]] -= mu[a];
      rho[arcTo[a]] += mu[a];
    }
  }

  /** The bound for the units' current states (OUT counts 0, IN its ρ, FREE the better of both). */
  double bound(byte[] state) {
    double b = constant;
    for (int u = 0; u < rho.length; u++) {
      byte s = state[u];
      if (s == PortfolioState.IN) {
        b += rho[u];
      } else if (s == PortfolioState.FREE && rho[u] > 0) {
        b += rho[u];
      }
    }
    return b;
  }

  /** Table cells the kept-budget knapsack may use (items × capacity); beyond, it is not used. */
  static final long MAX_KNAPSACK_CELLS = 1_000_000;

  private final PeriodKnapsack tables = new PeriodKnapsack();
  private int[] items = new int[0];
  private int[] weights = new int[0];
  private double[] values = new double[0];

  /**
   * Whether the knapsack of period t (all units free) fits in {@link #MAX_KNAPSACK_CELLS}, so that
   * {@link #keptBound} can be used for it.
   */
  boolean knapsackFits(int t) {
    return PeriodKnapsack.cells(m, t) <= MAX_KNAPSACK_CELLS;
  }

  /**
   * The Lagrangian bound with period t's budget kept as a constraint (its multiplier is ignored):
   * every other budget, the dependencies and the exclusive groups stay relaxed with the current
   * multipliers, and what remains, a 0/1 knapsack over period t with the reduced values {@code ρ_u
   * + λ_t c_tu}, is solved exactly by dynamic programming over the gcd-reduced capacity. Keeping a
   * budget exact is what cover inequalities approximate: the bound can be below the linear
   * programming bound. When {@code x} is not null it receives the relaxed choice (1 taken).
   */
  double keptBound(byte[] state, int t, byte[] x) {
    long used = 0;
    for (int u = 0; u < rho.length; u++) {
      if (state[u] == PortfolioState.IN) {
        used += m.units[u].cost[t];
      }
    }
    long cap = m.budget[t] - used;
    double b = constant - lam[t] * cap;
    if (items.length < rho.length) {
      items = new int[rho.length];
      weights = new int[rho.length];
      values = new double[rho.length];
    }
    int count = 0;
    long g = 0;
    for (int u = 0; u < rho.length; u++) {
      if (x != null) {
        x[u] = 0;
      }
      if (state[u] == PortfolioState.IN) {
        b += rho[u];
        if (x != null) {
          x[u] = 1;
        }
        continue;
      }
      if (state[u] != PortfolioState.FREE) {
        continue;
      }
      long c = m.units[u].cost[t];
      double v = rho[u] + lam[t] * c;
      if (v <= 0 || c > cap) {
        continue;
      }
      if (c == 0) {
        b += v;
        if (x != null) {
          x[u] = 1;
        }
        continue;
      }
      items[count++] = u;
      g = PeriodKnapsack.gcd(g, c);
    }
    if (count == 0) {
      return b;
    }
    for (int i = 0; i < count; i++) {
      long c = m.units[items[i]].cost[t];
      weights[i] = (int) (c / g);
      values[i] = rho[items[i]] + lam[t] * c;
    }
    return b + tables.solve(count, weights, values, (int) (cap / g), items, x);
  }

  /** The relaxed choice of the last step of {@link #optimiseKept} (1 taken); read, never kept. */
  byte[] lastChoice() {
    return scratchX;
  }

  /**
   * Projected subgradient search of the multipliers of {@link #keptBound} for period t (λ_t is set
   * to 0 and stays there) towards the target {@code lower}, until the deadline; keeps the
   * multipliers of the smallest bound found and returns it.
   */
  double optimiseKept(byte[] state, int t, double lower, int iterations, long deadline) {
    int periods = lam.length;
    lam[t] = 0;
    reduce();
    byte[] x = scratchX;
    double best = Double.POSITIVE_INFINITY;
    double[] bLam = lam.clone();
    double[] bMu = mu.clone();
    double[] bNu = nu.clone();
    double theta = 2;
    int stall = 0;
    for (int it = 0; it < iterations && theta > 1e-6 && System.nanoTime() < deadline; it++) {
      double b = keptBound(state, t, x);
      if (it == 0 || b < best - 1e-12 * Math.max(1, Math.abs(best))) {
        best = b;
        System.arraycopy(lam, 0, bLam, 0, periods);
        System.arraycopy(mu, 0, bMu, 0, mu.length);
        System.arraycopy(nu, 0, bNu, 0, nu.length);
        stall = 0;
      } else if (++stall >= 30) {
        theta /= 2;
        stall = 0;
      }
      double[] gT = scratchGT;
      double[] gG = scratchGG;
      double[] gA = scratchGA;
      for (int p = 0; p < periods; p++) {
        gT[p] = m.budget[p];
      }
      Arrays.fill(gG, 1);
      for (int u = 0; u < rho.length; u++) {
        if (x[u] == 1) {
          for (int p = 0; p < periods; p++) {
            gT[p] -= m.units[u].cost[p];
          }
          for (int grp : m.units[u].groups) {
            if (grp >= 0) {
              gG[grp] -= 1;
            }
          }
        }
      }
      for (int a = 0; a < gA.length; a++) {
        gA[a] = x[arcTo[a]] - x[arcFrom[a]];
      }
      double norm = 0;
      for (int p = 0; p < periods; p++) {
        gT[p] = p == t || m.budget[p] == 0 ? 0 : gT[p] / m.budget[p];
        if (lam[p] > 0 || gT[p] < 0) {
          norm += gT[p] * gT[p];
        }
      }
      for (int grp = 0; grp < gG.length; grp++) {
        if (nu[grp] > 0 || gG[grp] < 0) {
          norm += gG[grp] * gG[grp];
        }
      }
      for (int a = 0; a < gA.length; a++) {
        if (mu[a] > 0 || gA[a] < 0) {
          norm += gA[a] * gA[a];
        }
      }
      if (norm == 0) {
        break;
      }
      double step = theta * Math.max(b - lower, 1e-9 * Math.max(1, Math.abs(b))) / norm;
      for (int p = 0; p < periods; p++) {
        if (p != t && m.budget[p] > 0) {
          lam[p] = Math.max(0, lam[p] - step * gT[p] / m.budget[p]);
        }
      }
      for (int grp = 0; grp < gG.length; grp++) {
        nu[grp] = Math.max(0, nu[grp] - step * gG[grp]);
      }
      for (int a = 0; a < gA.length; a++) {
        mu[a] = Math.max(0, mu[a] - step * gA[a]);
      }
      reduce();
    }
    System.arraycopy(bLam, 0, lam, 0, periods);
    System.arraycopy(bMu, 0, mu, 0, mu.length);
    System.arraycopy(bNu, 0, nu, 0, nu.length);
    reduce();
    return best;
  }

  /**
   * Projected subgradient search from the current multipliers towards the target {@code lower}
   * (a known selection value); keeps the multipliers of the smallest bound found and returns it.
   */
  double optimise(byte[] state, double lower, int iterations) {
    int T = lam.length;
    double best = bound(state);
    double[] bLam = scratchLam;
    double[] bMu = scratchMu;
    double[] bNu = scratchNu;
    System.arraycopy(lam, 0, bLam, 0, T);
    System.arraycopy(mu, 0, bMu, 0, mu.length);
    System.arraycopy(nu, 0, bNu, 0, nu.length);
    double theta = 2;
    int stall = 0;
    double[] gT = scratchGT;
    double[] gG = scratchGG;
    double[] gA = scratchGA;
    byte[] x = scratchX;
    // each step is linear in the number of units, so the clock is read at each
    for (int it = 0; it < iterations && theta > 1e-7 && System.nanoTime() < deadline; it++) {
      double b = bound(state);
      if (b < best - 1e-12 * Math.max(1, Math.abs(best))) {
        best = b;
        System.arraycopy(lam, 0, bLam, 0, T);
        System.arraycopy(mu, 0, bMu, 0, mu.length);
        System.arraycopy(nu, 0, bNu, 0, nu.length);
        stall = 0;
      } else if (++stall >= 100) {
        theta /= 2;
        stall = 0;
      }
      for (int u = 0; u < rho.length; u++) {
        x[u] = (byte) (state[u] == PortfolioState.IN || (state[u] == PortfolioState.FREE && rho[u] > 0) ? 1 : 0);
      }
      for (int t = 0; t < T; t++) {
        gT[t] = m.budget[t];
      }
      // budgets are measured in shares of the budget (multiplier λ_t · b_t), so that their
      // subgradients are of the same size as those of the arcs and groups
      Arrays.fill(gG, 1);
      double norm = 0;
      for (int u = 0; u < rho.length; u++) {
        if (x[u] == 1) {
          long[] cost = m.units[u].cost;
          for (int t = 0; t < T; t++) {
            gT[t] -= cost[t];
          }
          for (int g : m.units[u].groups) {
            if (g >= 0) {
              gG[g] -= 1;
            }
          }
        }
      }
      for (int a = 0; a < gA.length; a++) {
        gA[a] = x[arcTo[a]] - x[arcFrom[a]];
      }
      // the projection keeps a multiplier at 0 when its constraint is slack
      for (int t = 0; t < T; t++) {
        gT[t] = m.budget[t] > 0 ? gT[t] / m.budget[t] : 0;
        if (lam[t] > 0 || gT[t] < 0) {
          norm += gT[t] * gT[t];
        }
      }
      for (int g = 0; g < gG.length; g++) {
        if (nu[g] > 0 || gG[g] < 0) {
          norm += gG[g] * gG[g];
        }
      }
      for (int a = 0; a < gA.length; a++) {
        if (mu[a] > 0 || gA[a] < 0) {
          norm += gA[a] * gA[a];
        }
      }
      if (norm == 0) {
        break; // the relaxed choice satisfies every moved constraint with complementary slackness
      }
      double step = theta * Math.max(b - lower, 1e-9 * Math.max(1, Math.abs(b))) / norm;
      for (int t = 0; t < T; t++) {
        if (m.budget[t] > 0) {
          lam[t] = Math.max(0, lam[t] - step * gT[t] / m.budget[t]);
        }
      }
      for (int g = 0; g < gG.length; g++) {
        nu[g] = Math.max(0, nu[g] - step * gG[g]);
      }
      for (int a = 0; a < gA.length; a++) {
        mu[a] = Math.max(0, mu[a] - step * gA[a]);
      }
      reduce();
    }
    System.arraycopy(bLam, 0, lam, 0, T);
    System.arraycopy(bMu, 0, mu, 0, mu.length);
    System.arraycopy(bNu, 0, nu, 0, nu.length);
    reduce();
    return bound(state);
  }
}
