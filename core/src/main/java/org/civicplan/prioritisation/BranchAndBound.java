// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

import java.util.Arrays;

/**
 * Depth-first branch and bound. The bound at a node is the smaller of the fractional knapsack
 * bounds (see {@link PortfolioState#bound()}) and the {@link LagrangianBound} with multipliers
 * tuned at the root and adapted by a few steps at each node; a free unit whose reduced value alone
 * decides whether the node can still beat the {@link Incumbent} is fixed (reduced-cost fixing).
 * With several periods and at most {@link DecompositionBound#MAX_COPIES} copies of units, a node
 * that survives is then tested against the Lagrangian decomposition bound ({@link
 * DecompositionBound}: every period's budget kept exact in its own copy of the choice), tuned at the root and adapted by a few steps at each
 * node; at the root its relaxed choice seeds relaxation induced neighbourhood searches for a better
 * incumbent; its reduced values fix units as the plain bound's do, and the search branches on the
 * free unit on whose choice the relaxation's copies disagree most ({@link
 * DecompositionBound#mostDisputed}), where the static order would often branch on a unit the
 * relaxation already agrees on (on the 200 × 5 value~cost instances of docs/performance.md this
 * cut the nodes six- to thirtyfold). Otherwise a node that survives is tested against the
 * Lagrangian bound that keeps one period's budget exact ({@link LagrangianBound#keptBound}, a
 * knapsack solved by dynamic programming, with multipliers tuned at the root for the period whose bound is smallest and
 * adapted by a few steps at each node): it can be below the linear-programming bound, as cover
 * inequalities make it. The incumbent starts from
 * the {@link LocalSearch}; units are branched in decreasing reduced value of the root multipliers,
 * "take" before "leave". When the node or time limit stops the search, the bound is the largest
 * bound of the open nodes.
 */
final class BranchAndBound {
  // a few steps per node: measured on 200 × 2 and 200 × 5 instances, 30 steps cut the nodes by
  // only a tenth against 5 but cost twice the time
  static final int NODE_ITERATIONS = 5;
  /** Subgradient steps at the root for the bound that keeps one budget exact. */
  static final int KEPT_ITERATIONS = 400;
  // measured on 200 × 5 score values: 3 steps per node from the parent's multipliers cut the nodes
  // threefold against none, and the time by a third
  static final int KEPT_NODE_ITERATIONS = 3;
  /** Subgradient steps at the root for the decomposition bound. */
  static final int DECOMPOSITION_ITERATIONS = 1000;
  /** Subgradient steps at each node for the decomposition bound, from the parent's multipliers. */
  static final int DECOMPOSITION_NODE_ITERATIONS = 3;
  /** Node limit of a relaxation induced neighbourhood search. */
  static final long RINS_NODES = 20_000;
  /** Node limit of a relaxation induced neighbourhood search from a node of the tree. */
  static final long TREE_RINS_NODES = 2_000;
  /** Relaxation induced neighbourhood searches at the root at most, each from a better incumbent. */
  static final int RINS_ROUNDS = 5;

  /** What {@link #fix} returns when a fixing contradicts the constraints. */
  private static final int CONTRADICTION = -1;

  private final PortfolioModel m;
  private final PortfolioState st;
  private final long maxNodes;
  private final long deadline;
  private final long started = System.nanoTime();
  private final LagrangianBound lagrangian;
  private final Incumbent incumbent;
  private final LocalSearch localSearch;
  private int[] order;
  /** The Lagrangian multipliers saved at each depth, reused from node to node. */
  private double[][] saved = new double[16][];
  /** The multipliers of the kept-budget bound saved at each depth. */
  private double[][] keptSaved = new double[16][];
  private int depth;
  private long nodes;
  private boolean stopped;
  /**
   * After the stop, open nodes are bounded one by one until this {@link System#nanoTime()}; past it,
   * a parent's bound stands for its open children (valid, as a child's bound is at most its parent's).
   */
  private long boundingEnds;
  /** Set by an open node that left its bound to its parent. */
  private boolean uncovered;
  private double openBound = Double.NEGATIVE_INFINITY;
  /** The Lagrangian bound with one budget kept exact, and that budget's period; null/−1 if none. */
  private LagrangianBound kept;
  private int keptPeriod = -1;
  /** The Lagrangian decomposition bound (every budget kept exact in its own copy); null if none. */
  private DecompositionBound decomposition;
  /** The node count at which the next neighbourhood search in the tree runs; doubled each time. */
  private long nextNeighbourhood = 256;
  /** Whether this search is itself a neighbourhood search (which runs no further ones). */
  private boolean neighbourhood;
  /** The multipliers of the decomposition bound saved at each depth. */
  private double[][] decompositionSaved = new double[16][];
  /** Whether the decomposition bound may be used (where it {@linkplain DecompositionBound#fits fits}). */
  private final boolean decomposes;

  BranchAndBound(PortfolioModel m, long maxNodes, long deadline) {
    this(m, maxNodes, deadline, true);
  }

  /**
   * A search that uses the decomposition bound only if {@code decomposes}: without it, a model
   * small enough to be solved in a test takes the path of a model too large for the bound.
   */
  BranchAndBound(PortfolioModel m, long maxNodes, long deadline, boolean decomposes) {
    this.decomposes = decomposes;
    this.m = m;
    this.st = new PortfolioState(m);
    this.maxNodes = maxNodes;
    this.deadline = deadline;
    this.lagrangian = new LagrangianBound(m);
    this.lagrangian.deadline = deadline;
    this.incumbent = new Incumbent(m);
    this.localSearch = new LocalSearch(st, incumbent, deadline);
    this.order = m.order;
  }

  /** Searches the whole tree, or until a limit stops it. */
  Selection run() {
    if (st.forceMandatory()) {
      search();
    }
    return SelectionResults.ofSearch(m, incumbent, stopped, nodes, openBound);
  }

  private void search() {
    localSearch.greedyStart();
    // the limit may run out while the model is built or the root prepared: then the search stops
    // at the root, with its bound as it stands, which costs time linear in the units
    if (!outOfTime()) {
      prepareRoot();
    }
    dfs(0);
  }

  /**
   * Improves the greedy incumbent, tunes the root's bounds and orders the units by their reduced
   * values; each step is skipped once the limit has run out (each costs time at least linear in
   * the units, and on a million units a fraction of a second).
   */
  private void prepareRoot() {
    int rootIterations = Math.min(30_000, 200 * m.units.length);
    localSearch.improve(m.order);
    double lower = incumbent.exists() ? incumbent.value() : 0;
    lagrangian.optimise(st.state, lower, rootIterations);
    if (outOfTime()) {
      return;
    }
    double[] key = new double[m.units.length];
    for (int u = 0; u < key.length; u++) {
      key[u] = -lagrangian.rho[u];
    }
    order = IndexSort.ascendingThen(key, m.byId);
    if (localSearch.improve(order) && !outOfTime()) {
      lagrangian.optimise(st.state, incumbent.value(), rootIterations);
    }
    if (outOfTime()) {
      return;
    }
    decompose();
    if (decomposition == null && !outOfTime()) {
      keepOneBudget();
    }
    if (kept != null && !outOfTime()) {
      kept.keptBound(st.state, keptPeriod, kept.lastChoice());
      repair(kept.lastChoice());
    }
  }

  private boolean outOfTime() {
    return System.nanoTime() > deadline;
  }

  private void dfs(int pos) {
    if (depth == saved.length) {
      saved = Arrays.copyOf(saved, depth * 2);
      keptSaved = Arrays.copyOf(keptSaved, depth * 2);
      decompositionSaved = Arrays.copyOf(decompositionSaved, depth * 2);
    }
    if (saved[depth] == null) {
      saved[depth] = new double[lagrangian.snapshotSize()];
    }
    double[] snapshot = saved[depth];
    lagrangian.save(snapshot);
    double[] keptSnapshot = null;
    if (kept != null) {
      if (keptSaved[depth] == null) {
        keptSaved[depth] = new double[kept.snapshotSize()];
      }
      keptSnapshot = keptSaved[depth];
      kept.save(keptSnapshot);
    }
    double[] decompositionSnapshot = null;
    if (decomposition != null) {
      if (decompositionSaved[depth] == null) {
        decompositionSaved[depth] = new double[decomposition.snapshotSize()];
      }
      decompositionSnapshot = decompositionSaved[depth];
      decomposition.save(decompositionSnapshot);
    }
    depth++;
    try {
      node(pos);
    } finally {
      depth--;
      lagrangian.restore(snapshot);
      if (keptSnapshot != null) {
        kept.restore(keptSnapshot);
      }
      if (decompositionSnapshot != null) {
        decomposition.restore(decompositionSnapshot);
      }
    }
  }

  private void node(int pos) {
    nodes++;
    if (stopped && System.nanoTime() > boundingEnds) {
      uncovered = true;
      return;
    }
    double bound = Math.min(st.bound(), lagrangian.bound(st.state));
    // every node costs time linear in the number of units, so the clock is read at each
    if (!stopped && (nodes >= maxNodes || System.nanoTime() > deadline)) {
      stopped = true;
      // bounding each open node costs time linear in the units: a hundredth of the limit at most
      long now = System.nanoTime();
      long span = deadline - started;
      boundingEnds = span < 0 || now + span / 100 < now ? Long.MAX_VALUE : now + span / 100;
    }
    if (stopped) {
      if (kept != null) {
        bound = Math.min(bound, kept.keptBound(st.state, keptPeriod, null));
      }
      if (decomposition != null) {
        bound = Math.min(bound, decomposition.bound(st.state));
      }
      openBound = Math.max(openBound, bound);
      return;
    }
    if (incumbent.cuts(bound)) {
      return;
    }
    if (incumbent.exists()) {
      // a few subgradient steps from the parent's multipliers adapt the bound to this node
      if (incumbent.cuts(lagrangian.optimise(st.state, incumbent.value(), NODE_ITERATIONS))) {
        return;
      }
      if (!fixByReducedValue()) {
        return;
      }
      // a few subgradient steps from the parent's multipliers adapt the kept-budget bound too
      if (kept != null) {
        if (incumbent.cuts(kept.optimiseKept(st.state, keptPeriod, incumbent.value(), KEPT_NODE_ITERATIONS, deadline))) {
          return;
        }
        if ((nodes & 63) == 0) {
          repair(kept.lastChoice());
        }
      }
      if (decomposition != null) {
        double d = decomposition.optimise(st.state, incumbent, DECOMPOSITION_NODE_ITERATIONS, deadline);
        if (incumbent.cuts(d) || !fixByDecomposition(d)) {
          return;
        }
        if ((nodes & 15) == 0) {
          repair(decomposition.agreed());
        }
        if (nodes >= nextNeighbourhood && !neighbourhood) {
          nextNeighbourhood *= 2;
          relaxationInducedNeighbourhood(decomposition.x, TREE_RINS_NODES);
        }
      }
    }
    int p = pos;
    while (p < order.length && st.state[order[p]] != PortfolioState.FREE) {
      p++;
    }
    if (p == order.length) {
      if (st.sharesMet() && (!incumbent.exists() || st.value > incumbent.value())) {
        incumbent.replace(st.value, st.state.clone());
      }
      return;
    }
    int u = order[p];
    int next = p + 1;
    if (decomposition != null && incumbent.exists()) {
      // branch where the relaxed choices of the last evaluation disagree most; the unit at p stays
      // free, so the children search on from p
      int disputed = decomposition.mostDisputed(st.state, order, p);
      if (disputed >= 0 && disputed != u) {
        u = disputed;
        next = p;
      }
    }
    int mark = st.trail.size();
    double v = st.value;
    for (int child = 0; child < 2; child++) {
      boolean take = child == 0;
      if (take ? st.take(u) && st.sharesReachable() : st.leave(u)) {
        dfs(next);
        if (uncovered) {
          uncovered = false;
          openBound = Math.max(openBound, bound);
        }
      }
      st.restore(mark, v);
    }
  }

  /**
   * Relaxation induced neighbourhood search (E. Danna, E. Rothberg and C. Le Pape, "Exploring
   * relaxation induced neighborhoods to improve MIP solutions", <em>Mathematical Programming</em>
   * 102 (2005) 71–90): the units on which the incumbent and the relaxed choice (of the root or of
   * a node, whose fixed units it follows) agree are fixed as they are, and the rest is searched by a
   * branch and bound of its own (starting from this one's decomposition multipliers), within
   * {@code nodeLimit} nodes, the node limit left and a tenth of the time left. Returns whether it
   * improved the incumbent.
   */
  private boolean relaxationInducedNeighbourhood(byte[] relaxed, long nodeLimit) {
    byte[] best = incumbent.state();
    long now = System.nanoTime();
    // the neighbourhood's nodes count towards the node limit
    long limit = Math.min(nodeLimit, maxNodes - nodes - 1);
    if (limit <= 0) {
      return false;
    }
    BranchAndBound sub = new BranchAndBound(m, limit, now + Math.max(0, deadline - now) / 10);
    if (!sub.st.forceMandatory()) {
      return false;
    }
    for (int u = 0; u < best.length; u++) {
      boolean in = best[u] == PortfolioState.IN;
      if (in == (relaxed[u] == 1) && !(in ? sub.st.take(u) : sub.st.leave(u))) {
        return false; // cannot happen: the incumbent holds every constraint
      }
    }
    sub.incumbent.replace(incumbent.value(), best);
    sub.neighbourhood = true;
    if (decomposition != null) {
      double[] snapshot = new double[decomposition.snapshotSize()];
      decomposition.save(snapshot);
      sub.decomposition = new DecompositionBound(sub.lagrangian);
      sub.decomposition.restore(snapshot);
    }
    sub.searchNeighbourhood();
    nodes += sub.nodes;
    if (incumbent.improvedBy(sub.incumbent.value())) {
      incumbent.replace(sub.incumbent.value(), sub.incumbent.state());
      return true;
    }
    return false;
  }

  /**
   * The search of a neighbourhood: local search, the plain Lagrangian bound and the decomposition
   * bound tuned from the multipliers given, no kept budget, no further neighbourhoods.
   */
  private void searchNeighbourhood() {
    localSearch.improve(m.order);
    lagrangian.optimise(st.state, incumbent.value(), Math.min(30_000, 200 * m.units.length));
    double[] key = new double[m.units.length];
    for (int u = 0; u < key.length; u++) {
      key[u] = -lagrangian.rho[u];
    }
    order = IndexSort.ascendingThen(key, m.byId);
    if (decomposition != null) {
      decomposition.optimise(st.state, incumbent, DECOMPOSITION_ITERATIONS / 10, deadline);
    }
    dfs(0);
  }

  /**
   * With several periods, tunes at the root the Lagrangian decomposition bound ({@link
   * DecompositionBound}) when the model is small enough for it, within a fifth of the time limit,
   * repairs its relaxed choice into a selection, and then, while that improves the incumbent and
   * for at most {@link #RINS_ROUNDS} rounds, searches the neighbourhood where the incumbent and the
   * relaxed choice agree; then restarts the tuning ({@link #RESTARTS}) and searches the
   * neighbourhood of the relaxed choice once more.
   */
  private void decompose() {
    if (m.periods.length < 2 || !incumbent.exists() || !decomposes || !DecompositionBound.fits(m)) {
      return;
    }
    long now = System.nanoTime();
    long share = Math.max(0, (deadline - now) / 5);
    decomposition = new DecompositionBound(lagrangian);
    double b = decomposition.optimise(st.state, incumbent, DECOMPOSITION_ITERATIONS, now + share);
    repair(decomposition.agreed());
    for (int round = 0; round < RINS_ROUNDS && !incumbent.cuts(b) && System.nanoTime() < deadline; round++) {
      decomposition.bound(st.state);
      if (!relaxationInducedNeighbourhood(decomposition.x, RINS_NODES)) {
        break;
      }
      b = decomposition.optimise(st.state, incumbent, DECOMPOSITION_ITERATIONS / 4, System.nanoTime() + share / 4);
    }
    b = restarts(b, now + share);
    if (!incumbent.cuts(b)) {
      // the restarts' multipliers give another relaxed choice, and its neighbourhood
      decomposition.bound(st.state);
      relaxationInducedNeighbourhood(decomposition.x, RINS_NODES);
    }
  }

  /**
   * Restarts of the root's subgradient search at most, after its first steps and neighbourhood
   * searches: each runs {@link #RESTART_STEPS} steps from the best multipliers with the step length
   * reset, which lowers the bound where the halved step lengths of one long search stall (on the
   * 1,000 × 5 score instance of docs/performance.md, 25 restarts of 200 steps lowered it from
   * 30,577.9 (the Lagrangian bound) to 30,567.0, one search of 2,000 steps to 30,572.7; the optimum
   * is 30,561).
   */
  static final int RESTARTS = 60;
  /** The steps of one restart. */
  static final int RESTART_STEPS = 200;
  /** The restarts stop when one lowers the bound by less than this share of the gap to the incumbent. */
  static final double RESTART_GAIN = 0.002;

  /**
   * Restarts the root's subgradient search (see {@link #RESTARTS}) until the {@link
   * System#nanoTime()} {@code until}; after each, repairs the relaxed choices of the best
   * multipliers (the agreed one and the {@code x} part's) into selections. Returns the bound.
   */
  private double restarts(double b, long until) {
    for (int r = 0; r < RESTARTS && !incumbent.cuts(b) && System.nanoTime() < until; r++) {
      double next = decomposition.optimise(st.state, incumbent, RESTART_STEPS, until);
      decomposition.bound(st.state);
      repair(decomposition.agreed());
      repair(decomposition.x);
      boolean little = b - next < RESTART_GAIN * (b - incumbent.value());
      b = Math.min(b, next);
      if (little) {
        break;
      }
    }
    return b;
  }

  /**
   * With several periods, tunes at the root the bound that keeps one period's budget exact ({@link
   * LagrangianBound#keptBound}) for each period whose knapsack table is small enough, within a
   * tenth of the time limit, and keeps the period of the smallest bound when it is below the plain
   * Lagrangian bound.
   */
  private void keepOneBudget() {
    if (m.periods.length < 2 || !incumbent.exists()) {
      return;
    }
    long now = System.nanoTime();
    long share = Math.max(0, (deadline - now) / 10 / m.periods.length);
    double plain = lagrangian.bound(st.state);
    double best = plain;
    double[] snapshot = new double[lagrangian.snapshotSize()];
    lagrangian.save(snapshot);
    for (int t = 0; t < m.periods.length; t++) {
      if (!lagrangian.knapsackFits(t)) {
        continue;
      }
      LagrangianBound candidate = new LagrangianBound(m);
      candidate.restore(snapshot);
      double b = candidate.optimiseKept(st.state, t, incumbent.value(), KEPT_ITERATIONS, System.nanoTime() + share);
      if (b < best) {
        best = b;
        kept = candidate;
        keptPeriod = t;
      }
    }
  }

  /**
   * A primal heuristic: from the node, takes the free units of a relaxed choice that still fit
   * (with what they require), then fills greedily; replaces the incumbent when that is better. The
   * state is as it was afterwards.
   */
  private void repair(byte[] choice) {
    int mark = st.trail.size();
    double v = st.value;
    for (int u : order) {
      if (choice[u] == 1 && st.state[u] == PortfolioState.FREE) {
        st.takeIfFeasible(u);
      }
    }
    GreedyFill.fill(st, order);
    if (st.sharesMet() && incumbent.improvedBy(st.value)) {
      incumbent.replace(st.value, st.closed());
    }
    st.restore(mark, v);
  }

  /**
   * Reduced-cost fixing by the decomposition bound {@code L} of this node (multipliers as tuned):
   * leaving a free unit removes it from the {@code x} part and from every period's knapsack, which
   * can only lower the knapsacks' optima, so the bound of leaving it is at most {@code L − ρ} for
   * {@code ρ > 0}; taking it can only lower them too, so that of taking it is at most {@code L + ρ}
   * for {@code ρ ≤ 0}. A unit whose one side cannot beat the incumbent is fixed to the other.
   * Returns false when a fixing contradicts the constraints.
   */
  private boolean fixByDecomposition(double l) {
    return fix(decomposition.rho, l) != CONTRADICTION;
  }

  /**
   * Reduced-cost fixing: with L the Lagrangian bound here, a free unit with ρ > 0 whose leaving
   * gives {@code L − ρ} that cannot beat the incumbent must be taken, and one with ρ ≤ 0 whose
   * taking gives {@code L + ρ} must be left; repeated while it fixes units, as the bound falls with
   * each. Returns false when a fixing contradicts the constraints (the node holds nothing better
   * than the incumbent).
   */
  private boolean fixByReducedValue() {
    int fixed = 1;
    while (fixed == 1 && System.nanoTime() <= deadline) {
      double l = lagrangian.bound(st.state);
      if (incumbent.cuts(l)) {
        return false;
      }
      fixed = fix(lagrangian.rho, l);
      if (fixed == CONTRADICTION) {
        return false;
      }
    }
    return true;
  }

  /**
   * One pass of reduced-value fixing with bound {@code l} and reduced values {@code rho}: a free
   * unit with ρ > 0 whose leaving ({@code l − ρ}) cannot beat the incumbent is taken, one with ρ ≤ 0
   * whose taking ({@code l + ρ}) cannot is left. Returns 1 when it fixed a unit, 0 when none, and
   * {@link #CONTRADICTION}.
   */
  private int fix(double[] rho, double l) {
    int fixed = 0;
    for (int u = 0; u < rho.length; u++) {
      if (st.state[u] != PortfolioState.FREE) {
        continue;
      }
      if (rho[u] > 0 && incumbent.cuts(l - rho[u])) {
        if (!st.take(u) || !st.sharesReachable()) {
          return CONTRADICTION;
        }
        fixed = 1;
      } else if (rho[u] <= 0 && incumbent.cuts(l + rho[u])) {
        if (!st.leave(u)) {
          return CONTRADICTION;
        }
        fixed = 1;
      }
    }
    return fixed;
  }
}
