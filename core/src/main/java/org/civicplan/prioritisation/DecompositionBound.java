// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

import java.util.Arrays;

/**
 * Lagrangian decomposition of the selection problem (M. Guignard and S. Kim, "Lagrangean
 * decomposition: a model yielding stronger Lagrangean bounds", <em>Mathematical Programming</em> 39
 * (1987) 215–228). Each period t gets its own copy {@code y^t} of the choice of the units that cost
 * something in it, constrained by that period's budget alone; the original choice {@code x} keeps
 * the dependencies and exclusive groups, which are relaxed as in {@link LagrangianBound}
 * (multipliers {@code μ ≥ 0} per {@code requires} arc, {@code ν ≥ 0} per group); the copies are
 * tied to {@code x} by {@code y^t_u = x_u}, moved into the objective with free multipliers {@code
 * π_tu}. The value of a unit is split between the copies ({@code π_tu}) and {@code x} (what is
 * left, {@code ρ_u = v_u − Σ_t π_tu − Σ_{g ∋ u} ν_g − Σ_{u→r} μ + Σ_{w→u} μ}), so for any
 * multipliers
 *
 * <pre>  Σ_g ν_g + Σ_{x part} ρ_u x_u + Σ_t max { Σ_u π_tu y_u : Σ_u c_tu y_u ≤ b_t }</pre>
 *
 * <p>bounds every selection that agrees with the fixed units: with {@code y^t = x} every moved
 * constraint adds a non-negative term. Each period's knapsack is solved exactly by the expanding
 * core of {@link CoreKnapsack} (Pisinger's minknap) over its items in decreasing π per cost, with a
 * relative tolerance of {@link #TOLERANCE}; its optimum is raised by that tolerance so that the
 * bound stays a bound (and, should the deadline stop it, its bound of the open states is used). On the 200 × 5
 * instances of docs/performance.md a subgradient step took a third of the time of a dynamic
 * programme over each budget's table, which it replaced, and the core needs no table whatever the
 * budgets. The best multipliers give the maximum over the
 * intersection of every period's knapsack hull with the linear relaxation of the logic — at least
 * as strong as keeping any one budget exact ({@link LagrangianBound#keptBound}), which is the case
 * {@code π_tu = λ_t c_tu} for every period but one, and as every cover inequality of every budget.
 * The multipliers are searched by projected subgradient steps with Polyak's step length; the search
 * only tightens the bound: exactness never depends on how good the multipliers are.
 */
final class DecompositionBound {
  /**
   * Copies of units (units × periods in which they cost something) beyond which the bound is not
   * used: each subgradient step sorts every period's items, and the multipliers take 16 bytes a
   * copy.
   */
  static final long MAX_COPIES = 50_000;
  /**
   * The relative tolerance of each period's knapsack: far below the search's 10<sup>−9</sup>, far
   * above the rounding of sums of a few thousand doubles.
   */
  static final double TOLERANCE = 1e-12;

  final PortfolioModel m;
  private final int periods;
  private final int n;
  private final int[] arcFrom;
  private final int[] arcTo;
  /** The multipliers of the copies, {@code [t][u]}; 0 where the unit costs nothing in t. */
  final double[][] pi;
  final double[] mu;
  final double[] nu;
  /** What is left of each unit's value for the {@code x} part. */
  final double[] rho;
  private double constant;
  /** The copies' choices of the last evaluation ({@code [t][u]}, 1 taken). */
  final byte[][] y;
  /** The {@code x} part's choice of the last evaluation (1 taken). */
  final byte[] x;
  // best multipliers of a tuning
  private final double[][] bestPi;
  private final double[] bestMu;
  private final double[] bestNu;
  private final int[] items;
  private final double[] scratchG;
  private final CoreKnapsack core = new CoreKnapsack(1 << 12);
  private final long[] coreCosts;
  private final double[] coreValues;
  private final double[] efficiency;
  private final boolean[] coreChosen;
  /**
   * The {@link System#nanoTime()} past which a core knapsack stops with its bound: that of the
   * Lagrangian relaxation it starts from.
   */
  private final long deadline;

  /**
   * Starts from the multipliers of a Lagrangian relaxation: {@code π_tu = λ_t c_tu}, and its
   * {@code μ} and {@code ν}, so that the first bound is at most the Lagrangian one.
   */
  DecompositionBound(LagrangianBound from) {
    this.m = from.m;
    this.deadline = from.deadline;
    this.periods = m.periods.length;
    this.n = m.units.length;
    this.arcFrom = from.arcFrom;
    this.arcTo = from.arcTo;
    pi = new double[periods][n];
    bestPi = new double[periods][n];
    y = new byte[periods][n];
    x = new byte[n];
    items = new int[n];
    coreCosts = new long[n];
    coreValues = new double[n];
    efficiency = new double[n];
    coreChosen = new boolean[n];
    for (int t = 0; t < periods; t++) {
      for (int u = 0; u < n; u++) {
        pi[t][u] = from.lam[t] * m.units[u].cost[t];
      }
    }
    mu = from.mu.clone();
    nu = from.nu.clone();
    bestMu = new double[mu.length];
    bestNu = new double[nu.length];
    scratchG = new double[nu.length];
    rho = new double[n];
    reduce();
  }

  /** Whether the bound can be used: the copies are at most {@link #MAX_COPIES}. */
  static boolean fits(PortfolioModel m) {
    long copies = 0;
    for (PortfolioUnit u : m.units) {
      for (long c : u.cost) {
        if (c > 0) {
          copies++;
        }
      }
    }
    return copies <= MAX_COPIES;
  }

  /** The multipliers and reduced values, in one array. */
  int snapshotSize() {
    return periods * n + mu.length + nu.length + n + 1;
  }

  void save(double[] into) {
    int p = 0;
    for (double[] row : pi) {
      System.arraycopy(row, 0, into, p, n);
      p += n;
    }
    System.arraycopy(mu, 0, into, p, mu.length);
    p += mu.length;
    System.arraycopy(nu, 0, into, p, nu.length);
    p += nu.length;
    System.arraycopy(rho, 0, into, p, n);
    p += n;
    into[p] = constant;
  }

  void restore(double[] from) {
    int p = 0;
    for (double[] row : pi) {
      System.arraycopy(from, p, row, 0, n);
      p += n;
    }
    System.arraycopy(from, p, mu, 0, mu.length);
    p += mu.length;
    System.arraycopy(from, p, nu, 0, nu.length);
    p += nu.length;
    System.arraycopy(from, p, rho, 0, n);
    p += n;
    constant = from[p];
  }

  /** Recomputes the reduced values of the {@code x} part and the constant from the multipliers. */
  void reduce() {
    double c = 0;
    for (double g : nu) {
      c += g;
    }
    constant = c;
    for (int u = 0; u < n; u++) {
      double r = m.units[u].value;
      for (int t = 0; t < periods; t++) {
        r -= pi[t][u];
      }
      for (int g : m.units[u].groups) {
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

  /**
   * The bound for the units' current states (every budget must hold for the units taken); fills
   * {@link #x} and {@link #y} with the relaxed choices.
   */
  double bound(byte[] state) {
    double b = constant;
    for (int u = 0; u < n; u++) {
      byte s = state[u];
      boolean in = s == PortfolioState.IN || (s == PortfolioState.FREE && rho[u] > 0);
      x[u] = (byte) (in ? 1 : 0);
      if (in) {
        b += rho[u];
      }
    }
    for (int t = 0; t < periods; t++) {
      b += knapsack(t, state);
    }
    return b;
  }

  /** Period t's knapsack over the free units with the values π_t, the units taken counted in. */
  private double knapsack(int t, byte[] state) {
    double[] p = pi[t];
    byte[] yt = y[t];
    long cap = m.budget[t];
    double base = 0;
    for (int u = 0; u < n; u++) {
      if (state[u] == PortfolioState.IN) {
        cap -= m.units[u].cost[t];
        base += p[u];
        yt[u] = 1;
      } else {
        yt[u] = 0;
      }
    }
    int count = 0;
    for (int u = 0; u < n; u++) {
      long c = m.units[u].cost[t];
      if (state[u] != PortfolioState.FREE || c > cap || p[u] <= 0 && c > 0) {
        continue;
      }
      if (c == 0) {
        if (p[u] > 0) {
          base += p[u];
          yt[u] = 1;
        }
        continue;
      }
      items[count++] = u;
    }
    return count == 0 ? base : base + core(t, count, cap);
  }

  /**
   * Period t's knapsack over the first {@code count} {@link #items} within {@code cap}, by the
   * expanding core: a bound on its optimum; marks the items of the best choice found in {@link #y}.
   */
  private double core(int t, int count, long cap) {
    double[] p = pi[t];
    for (int i = 0; i < count; i++) {
      efficiency[i] = p[items[i]] / m.units[items[i]].cost[t];
    }
    int[] byEfficiency = IndexSort.byScore(Arrays.copyOf(efficiency, count), true);
    for (int k = 0; k < count; k++) {
      int u = items[byEfficiency[k]];
      coreCosts[k] = m.units[u].cost[t];
      coreValues[k] = p[u];
    }
    boolean exact = core.solve(coreCosts, coreValues, count, cap, false, TOLERANCE, deadline);
    core.chosen(coreChosen);
    byte[] yt = y[t];
    for (int k = 0; k < count; k++) {
      if (coreChosen[k]) {
        yt[items[byEfficiency[k]]] = 1;
      }
    }
    double v = exact ? core.best() : core.bound();
    return v + TOLERANCE * Math.max(1, Math.abs(v));
  }

  /**
   * Projected subgradient search from the current multipliers towards the value of the incumbent,
   * for at most {@code iterations} steps, until the {@link System#nanoTime()} {@code deadline} or
   * until the bound {@linkplain Incumbent#cuts cuts} the node; keeps the multipliers of the
   * smallest bound found and returns it.
   */
  double optimise(byte[] state, Incumbent incumbent, int iterations, long deadline) {
    double lower = incumbent.value();
    double best = Double.POSITIVE_INFINITY;
    double theta = 2;
    int stall = 0;
    for (int it = 0; it < iterations && theta > 1e-6; it++) {
      double b = bound(state);
      if (it == 0 || b < best - 1e-12 * Math.max(1, Math.abs(best))) {
        best = b;
        for (int t = 0; t < periods; t++) {
          System.arraycopy(pi[t], 0, bestPi[t], 0, n);
        }
        System.arraycopy(mu, 0, bestMu, 0, mu.length);
        System.arraycopy(nu, 0, bestNu, 0, nu.length);
        stall = 0;
      } else if (++stall >= 20) {
        theta /= 2;
        stall = 0;
      }
      // each step solves every period's knapsack, so the clock is read at each
      if (incumbent.cuts(best) || System.nanoTime() > deadline) {
        break;
      }
      double norm = 0;
      for (int t = 0; t < periods; t++) {
        byte[] yt = y[t];
        for (int u = 0; u < n; u++) {
          if (m.units[u].cost[t] > 0) {
            int d = yt[u] - x[u];
            norm += d * d;
          }
        }
      }
      double[] gG = scratchG;
      Arrays.fill(gG, 1);
      for (int u = 0; u < n; u++) {
        if (x[u] == 1) {
          for (int g : m.units[u].groups) {
            if (g >= 0) {
              gG[g] -= 1;
            }
          }
        }
      }
      for (int g = 0; g < gG.length; g++) {
        if (nu[g] > 0 || gG[g] < 0) {
          norm += gG[g] * gG[g];
        }
      }
      for (int a = 0; a < arcFrom.length; a++) {
        int d = x[arcTo[a]] - x[arcFrom[a]];
        if (mu[a] > 0 || d < 0) {
          norm += d * d;
        }
      }
      if (norm == 0) {
        break; // the relaxed choices agree and satisfy every moved constraint: the bound is exact
      }
      double step = theta * Math.max(b - lower, 1e-9 * Math.max(1, Math.abs(b))) / norm;
      for (int t = 0; t < periods; t++) {
        byte[] yt = y[t];
        double[] p = pi[t];
        for (int u = 0; u < n; u++) {
          if (m.units[u].cost[t] > 0) {
            p[u] -= step * (yt[u] - x[u]);
          }
        }
      }
      for (int g = 0; g < gG.length; g++) {
        nu[g] = Math.max(0, nu[g] - step * gG[g]);
      }
      for (int a = 0; a < arcFrom.length; a++) {
        mu[a] = Math.max(0, mu[a] - step * (x[arcTo[a]] - x[arcFrom[a]]));
      }
      reduce();
    }
    for (int t = 0; t < periods; t++) {
      System.arraycopy(bestPi[t], 0, pi[t], 0, n);
    }
    System.arraycopy(bestMu, 0, mu, 0, mu.length);
    System.arraycopy(bestNu, 0, nu, 0, nu.length);
    reduce();
    return best;
  }

  /**
   * The free unit on which the relaxed choices of the last evaluation disagree most: the number of
   * periods whose copy of the unit differs from the {@code x} part's choice, ties by the first in
   * {@code order} from position {@code from}; −1 when they agree on every free unit. Branching
   * there changes the relaxation of both children, where a unit they agree on may leave the bound
   * of one child as it was.
   */
  int mostDisputed(byte[] state, int[] order, int from) {
    int best = -1;
    int most = 0;
    for (int p = from; p < order.length; p++) {
      int u = order[p];
      if (state[u] != PortfolioState.FREE) {
        continue;
      }
      int d = 0;
      for (int t = 0; t < periods; t++) {
        if (m.units[u].cost[t] > 0 && y[t][u] != x[u]) {
          d++;
        }
      }
      if (d > most) {
        most = d;
        best = u;
      }
    }
    return best;
  }

  /**
   * A relaxed choice to repair into a selection: the units that the {@code x} part and every copy
   * of the last evaluation take (1), others 0.
   */
  byte[] agreed() {
    byte[] a = x.clone();
    for (int t = 0; t < periods; t++) {
      for (int u = 0; u < n; u++) {
        if (m.units[u].cost[t] > 0 && y[t][u] == 0) {
          a[u] = 0;
        }
      }
    }
    return a;
  }
}
