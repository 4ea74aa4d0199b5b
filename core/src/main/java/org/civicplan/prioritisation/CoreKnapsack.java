// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Optional;

/**
 * Exact single-budget selection (one period; no dependencies, exclusive groups or minimum shares)
 * by an expanding-core dynamic program in the line of Pisinger's minknap (D. Pisinger, "A minimal
 * algorithm for the 0-1 knapsack problem", Operations Research 45 (1997) 758–767).
 *
 * <p>Items are taken in decreasing value per cost; the <em>break solution</em> takes them in that
 * order until the first that does not fit, the break item b. Every solution differs from the break
 * solution by items added after b and removed before it, so the search starts from the break
 * solution as its only state and widens a core [s, t] around b one item at a time, alternately
 * adding the next item t + 1 and removing the previous item s − 1. A state is a pair (cost, value)
 * of a solution that agrees with the break solution outside the core; states over the budget are
 * kept, because removing items may bring them back under it. After each step the states are merged
 * in cost order and a state dominated by one of no more cost and no less value is dropped (its
 * completions are never better).
 *
 * <p><b>Bounds.</b> For any multiplier λ between the value per cost of the next item to add
 * (e<sub>t+1</sub>, 0 when none is left) and that of the next item to remove (e<sub>s−1</sub>,
 * infinite when none is left), {@code value + λ (budget − cost)} bounds every completion of a state
 * (Lagrangian relaxation of the budget: every item outside the core has a non-positive reduced value
 * in its position). A state under the budget uses λ = e<sub>t+1</sub>, one over it λ =
 * e<sub>s−1</sub> (the bound of Dembo and Hammer for a partial solution); a state whose bound cannot
 * beat the best selection found is dropped. An item is skipped altogether when, with λ the break
 * item's value per cost, the bound of the break solution with that item flipped cannot beat the
 * best selection (Dembo–Hammer reduction). The search ends when no state is left or every item has
 * been in the core; the best selection under the budget seen in any state is then optimal (within a
 * relative tolerance of 1e-9 in value, or exactly when values are integers).
 *
 * <p><b>Solutions.</b> Each state carries a node of a shared tree whose path to the root lists the
 * items flipped from the break solution; nodes no state can reach are compacted away when the tree
 * grows. The first best selection comes from the greedy fill (the break solution, then every later
 * item that still fits).
 *
 * <p>When the time limit stops the search, the result is the best selection found, not marked
 * optimal, with the largest bound of the remaining states.
 */
final class CoreKnapsack {
  /** Item data in decreasing value per cost. */
  private long[] w;
  private double[] p;
  private int n;
  private long c;
  private boolean integral;
  private double tolerance;
  private long deadline;

  // the best selection: the greedy fill (bestNode == GREEDY) or the path of a state's node
  private static final int GREEDY = -2;
  private double best;
  private int bestNode;
  private int breakItem;
  private boolean[] greedyTaken = new boolean[0];
  private double bound;

  // states in cost order, values strictly increasing, and the next generation
  private long[] sw = new long[1024];
  private double[] sp = new double[1024];
  private int[] sn = new int[1024];
  private int size;
  private long[] tw = new long[1024];
  private double[] tp = new double[1024];
  private int[] tn = new int[1024];
  /** How many states of the next generation {@link #expand} has built so far. */
  private int built;

  // the tree of flipped items: parent node (−1 for the break solution) and the flipped item
  private int[] parent;
  private int[] flipped;
  private int nodes;

  private long states;

  /** The nodes the tree of flipped items holds before it is first compacted. */
  static final int INITIAL_NODES = 1 << 16;
  /**
   * States kept, as a multiple of the items, before the {@linkplain #cardinalityBound cardinality
   * bound} is computed (its cost is about {@link #CARDINALITY_STEPS} sorts of the items: only a
   * search that does not end quickly pays it).
   */
  static final int CARDINALITY_AFTER = 4;
  /** Golden-section steps of the cardinality bound's multiplier. */
  static final int CARDINALITY_STEPS = 40;
  private double[] reduced = new double[0];

  /** The relative tolerance of a selection's value (class comment). */
  static final double TOLERANCE = 1e-9;

  /**
   * A solver whose tree of flipped items first holds {@code initialNodes} nodes (at least 1); its
   * arrays are kept from one {@link #solve} to the next. An instance serves one thread.
   */
  CoreKnapsack(int initialNodes) {
    this.parent = new int[initialNodes];
    this.flipped = new int[initialNodes];
  }

  /** Whether the model is a plain single-budget instance this class solves. */
  static boolean applies(PortfolioModel m) {
    if (m.periods.length != 1 || m.groupUnits.length > 0 || m.shareRequired.length > 0) {
      return false;
    }
    for (PortfolioUnit u : m.units) {
      if (u.requires.length > 0 || u.members.length > 1) {
        return false;
      }
    }
    return true;
  }

  /**
   * The optimum (or, when the time limit stops the search, the best selection with its bound),
   * or empty when the instance is not plain single-budget.
   */
  static Optional<Selection> trySolve(PortfolioModel m, long deadline) {
    return trySolve(m, deadline, INITIAL_NODES);
  }

  /**
   * As {@link #trySolve(PortfolioModel, long)}, with the tree of flipped items first sized for
   * {@code initialNodes} nodes (at least 1): a test reaches its compaction with a small size.
   */
  static Optional<Selection> trySolve(PortfolioModel m, long deadline, int initialNodes) {
    if (!applies(m)) {
      return Optional.empty();
    }
    PortfolioState st = new PortfolioState(m);
    if (!st.forceMandatory()) {
      return Optional.of(SelectionResults.infeasible(m, 0));
    }
    return Optional.of(selectFrom(m, st, deadline, new CoreKnapsack(initialNodes)));
  }

  /** Solves the model's single budget from the mandatory units taken in {@code st}. */
  private static Selection selectFrom(PortfolioModel m, PortfolioState st, long deadline, CoreKnapsack k) {
    long capacity = m.budget[0] - st.used[0];
    ArrayList<Integer> items = new ArrayList<>();
    boolean ints = true;
    double total = 0;
    for (int u : m.order) {
      PortfolioUnit unit = m.units[u];
      if (st.state[u] != PortfolioState.FREE || unit.value <= 0) {
        continue;
      }
      if (unit.cost[0] == 0) {
        st.take(u); // free and worth something: in every optimum
      } else if (unit.cost[0] <= capacity) {
        items.add(u);
        ints &= unit.value == Math.rint(unit.value);
        total += unit.value;
      }
    }
    double base = st.value;
    int count = items.size();
    long[] w = new long[count];
    double[] p = new double[count];
    for (int i = 0; i < count; i++) {
      PortfolioUnit unit = m.units[items.get(i)];
      w[i] = unit.cost[0];
      p[i] = unit.value;
    }
    // sums of integers stay exact in a double below 2^53
    boolean optimal = k.solve(w, p, count, capacity, ints && total < 0x1p52, TOLERANCE, deadline);
    boolean[] x = new boolean[count];
    k.chosen(x);
    for (int i = 0; i < count; i++) {
      if (x[i]) {
        st.take(items.get(i));
      }
    }
    double value = st.value;
    ArrayList<org.civicplan.base.Finding> f = new ArrayList<>(m.findings);
    if (optimal) {
      return SelectionResults.of(m, st.closed(), value, true, value, k.states, f);
    }
    double fullBound = base + k.bound;
    f.add(
        Messages.warning(
            PrioritisationCodes.PORTFOLIO_LIMIT, "/limits", k.states,
            Messages.number(gap(fullBound, value)), Messages.number(fullBound)));
    return SelectionResults.of(m, st.closed(), value, false, Math.max(fullBound, value), k.states, f);
  }

  /**
   * Solves the knapsack of items 0 to {@code count - 1}: each of cost in (0, {@code capacity}] and
   * of positive value, in decreasing value per cost. Returns whether the search ended before the
   * {@link System#nanoTime()} {@code deadline}: then {@link #best()} is the optimum, or less than it
   * by at most {@code tolerance × max(1, |best|)}; otherwise it is the best value found and {@link
   * #bound()} bounds the optimum within the same tolerance. {@link #chosen} gives the items of the
   * best value.
   *
   * @param integral whether every value is an integer and their sum below 2<sup>52</sup>, so that
   *     the search may drop a state whose bound is less than one above the best value (and the
   *     result is exact)
   * @param tolerance the relative amount by which a state's bound must exceed the best value for
   *     the state to be kept, when not integral
   */
  boolean solve(long[] w, double[] p, int count, long capacity, boolean integral, double tolerance, long deadline) {
    this.w = w;
    this.p = p;
    this.n = count;
    this.c = capacity;
    this.integral = integral;
    this.tolerance = tolerance;
    this.deadline = deadline;
    nodes = 0;
    states = 0;
    bestNode = GREEDY;
    long wb = 0;
    double pb = 0;
    int b = 0;
    while (b < n && wb + w[b] <= c) {
      wb += w[b];
      pb += p[b];
      b++;
    }
    breakItem = b;
    if (greedyTaken.length < n) {
      greedyTaken = new boolean[n];
    }
    Arrays.fill(greedyTaken, 0, n, false);
    best = pb;
    bound = pb;
    if (b == n) {
      return true;
    }
    long room = c - wb;
    for (int k = b; k < n; k++) {
      if (w[k] <= room) {
        greedyTaken[k] = true;
        room -= w[k];
        best += p[k];
      }
    }
    double eb = p[b] / w[b];
    double dantzig = pb + eb * (c - wb);
    size = 1;
    sw[0] = wb;
    sp[0] = pb;
    sn[0] = -1;
    int s = b; // items before s are fixed in, items [s, t) are the core, items from t on fixed out
    int t = b;
    double cardinality = Double.POSITIVE_INFINITY;
    boolean cardinalityTried = false;
    while (size > 0 && (s > 0 || t < n)) {
      if (System.nanoTime() > deadline) {
        double open = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < size; i++) {
          open = Math.max(open, upper(sw[i], sp[i], s, t));
        }
        bound = Math.max(Math.min(open, cardinality), best);
        return false;
      }
      if (!cardinalityTried && states > (long) CARDINALITY_AFTER * n) {
        cardinalityTried = true;
        cardinality = cardinalityBound();
      }
      if (cuts(cardinality)) {
        break; // the best value reaches the cardinality bound: optimal
      }
      if (t < n) {
        int j = t++;
        if (!cuts(dantzig + p[j] - eb * w[j])) {
          expand(j, true, s, t);
        }
      }
      if (s > 0 && size > 0) {
        int j = --s;
        if (!cuts(dantzig - p[j] + eb * w[j])) {
          expand(j, false, s, t);
        }
      }
    }
    bound = best;
    return true;
  }

  /**
   * An upper bound on the optimum from the number of items a solution can hold: at most K, the
   * most of the cheapest items that fit the budget. Relaxing the budget with a multiplier λ ≥ 0
   * under that cardinality constraint (S. Martello, D. Pisinger and P. Toth, "Dynamic programming
   * and strong bounds for the 0-1 knapsack problem", <em>Management Science</em> 45 (1999)
   * 414–424) bounds the optimum by {@code λ c + } the sum of the K largest positive {@code p_j − λ
   * w_j}, a convex function of λ whose least value on [0, the largest value per cost] a
   * golden-section search approaches; raised by 10<sup>−9</sup> of itself against the rounding of
   * the sums. On the strongly correlated class (value = cost + a constant) every item has the same
   * reduced value at one λ, and the bound is the optimum on the instances of docs/performance.md,
   * where the bounds of the states stay above it by up to that constant.
   */
  private double cardinalityBound() {
    long[] ws = Arrays.copyOf(w, n);
    Arrays.sort(ws);
    long used = 0;
    int k = 0;
    while (k < n && used + ws[k] <= c) {
      used += ws[k];
      k++;
    }
    if (reduced.length < n) {
      reduced = new double[n];
    }
    double lo = 0;
    double hi = p[0] / w[0]; // the largest value per cost: beyond it the bound only grows
    double ratio = (Math.sqrt(5) - 1) / 2;
    double x1 = hi - ratio * (hi - lo);
    double x2 = lo + ratio * (hi - lo);
    double f1 = lagrangian(x1, k);
    double f2 = lagrangian(x2, k);
    double least = Math.min(Math.min(lagrangian(lo, k), lagrangian(hi, k)), Math.min(f1, f2));
    for (int it = 0; it < CARDINALITY_STEPS; it++) {
      if (f1 <= f2) {
        hi = x2;
        x2 = x1;
        f2 = f1;
        x1 = hi - ratio * (hi - lo);
        f1 = lagrangian(x1, k);
      } else {
        lo = x1;
        x1 = x2;
        f1 = f2;
        x2 = lo + ratio * (hi - lo);
        f2 = lagrangian(x2, k);
      }
      least = Math.min(least, Math.min(f1, f2));
    }
    return least + 1e-9 * Math.max(1, Math.abs(least));
  }

  /** {@code λ c} plus the sum of the {@code k} largest positive {@code p_j − λ w_j}. */
  private double lagrangian(double lambda, int k) {
    int m = 0;
    double total = 0;
    for (int j = 0; j < n; j++) {
      double r = p[j] - lambda * w[j];
      if (r > 0) {
        reduced[m++] = r;
        total += r;
      }
    }
    if (m > k) {
      Arrays.sort(reduced, 0, m);
      for (int i = 0; i < m - k; i++) {
        total -= reduced[i];
      }
    }
    return lambda * c + total;
  }

  /** The best value the last {@link #solve} found. */
  double best() {
    return best;
  }

  /** What bounds the optimum of the last {@link #solve}: its best value when it ended in time. */
  double bound() {
    return bound;
  }

  /** The states the last {@link #solve} kept, all generations together. */
  long states() {
    return states;
  }

  /** Sets {@code x[i]} (for i below the count of the last {@link #solve}) to whether item i is in its best selection. */
  void chosen(boolean[] x) {
    if (bestNode == GREEDY) {
      for (int k = 0; k < n; k++) {
        x[k] = k < breakItem || greedyTaken[k];
      }
      return;
    }
    for (int k = 0; k < n; k++) {
      x[k] = k < breakItem;
    }
    for (int node = bestNode; node >= 0; node = parent[node]) {
      x[flipped[node]] ^= true;
    }
  }

  /** The bound of a state (cost, value) with the core [s, t): see the class comment. */
  private double upper(long cost, double value, int s, int t) {
    if (cost <= c) {
      return t < n ? value + (c - cost) * (p[t] / w[t]) : value;
    }
    return s > 0 ? value + (c - cost) * (p[s - 1] / w[s - 1]) : Double.NEGATIVE_INFINITY;
  }

  /** Whether a bound cannot beat the best selection. */
  private boolean cuts(double bound) {
    double tol = tolerance * Math.max(1, Math.abs(best));
    return integral ? bound < best + 1 - tol : bound <= best + tol;
  }

  /**
   * Merges the states with the states with item j added ({@code add}) or removed, dropping the
   * dominated states and those whose bound (with the core [s, t) after the step) cannot beat the
   * best selection; records a better selection under the budget.
   */
  private void expand(int j, boolean add, int s, int t) {
    long dw = add ? w[j] : -w[j];
    double dp = add ? p[j] : -p[j];
    int cap = 2 * size;
    if (tw.length < cap) {
      tw = new long[cap];
      tp = new double[cap];
      tn = new int[cap];
    }
    int a = 0; // next unchanged state
    int f = 0; // next state with the item flipped
    int out = 0;
    double lastValue = Double.NEGATIVE_INFINITY;
    while (a < size || f < size) {
      long cw;
      double cp;
      int from;
      boolean shifted;
      long fw = f < size ? sw[f] + dw : Long.MAX_VALUE;
      if (a < size && (f >= size || sw[a] < fw || (sw[a] == fw && sp[a] >= sp[f] + dp))) {
        cw = sw[a];
        cp = sp[a];
        from = a++;
        shifted = false;
        if (f < size && sw[from] == fw) {
          f++; // the same cost with no more value: dominated
        }
      } else {
        cw = fw;
        cp = sp[f] + dp;
        from = f++;
        shifted = true;
        if (a < size && sw[a] == cw) {
          a++; // the same cost with less value: dominated
        }
      }
      if (cp <= lastValue) {
        continue; // a state of no more cost has at least this value
      }
      lastValue = cp;
      boolean improves = cw <= c && cp > best;
      if (improves) {
        best = cp;
      }
      boolean keep = !cuts(upper(cw, cp, s, t));
      if (!keep && !improves) {
        continue;
      }
      built = out; // the states built so far are live through a compaction newNode may make
      int node = shifted ? newNode(from, j) : sn[from];
      if (improves) {
        bestNode = node;
      }
      if (!keep) {
        continue;
      }
      tw[out] = cw;
      tp[out] = cp;
      tn[out] = node;
      out++;
    }
    long[] xw = sw;
    double[] xp = sp;
    int[] xn = sn;
    sw = tw;
    sp = tp;
    sn = tn;
    tw = xw;
    tp = xp;
    tn = xn;
    size = out;
    states += out;
  }

  /**
   * A node for the state {@code from} of the current generation with {@code item} flipped; its
   * parent is read after a compaction, which renumbers the states' nodes.
   */
  private int newNode(int from, int item) {
    if (nodes == parent.length) {
      compact();
      if (nodes > parent.length / 2) {
        parent = Arrays.copyOf(parent, parent.length * 2);
        flipped = Arrays.copyOf(flipped, flipped.length * 2);
      }
    }
    parent[nodes] = sn[from];
    flipped[nodes] = item;
    return nodes++;
  }

  /**
   * Keeps only the nodes on the paths of the live states (the current ones, those being built and
   * the best selection's), renumbered in their order: a parent always precedes its children.
   */
  private void compact() {
    boolean[] live = new boolean[nodes];
    markLive(live, sn, size);
    markLive(live, tn, built);
    if (bestNode >= 0) {
      live[bestNode] = true;
    }
    for (int i = nodes - 1; i >= 0; i--) {
      if (live[i] && parent[i] >= 0) {
        live[parent[i]] = true;
      }
    }
    int[] renumber = new int[nodes];
    int k = 0;
    for (int i = 0; i < nodes; i++) {
      if (live[i]) {
        renumber[i] = k;
        parent[k] = parent[i] < 0 ? parent[i] : renumber[parent[i]];
        flipped[k] = flipped[i];
        k++;
      } else {
        renumber[i] = -1;
      }
    }
    remap(sn, size, renumber);
    remap(tn, built, renumber);
    if (bestNode >= 0) {
      bestNode = renumber[bestNode];
    }
    nodes = k;
  }

  /** Marks the nodes of the first {@code count} states live; a state at the root (no node) has none. */
  private static void markLive(boolean[] live, int[] ns, int count) {
    for (int i = 0; i < count; i++) {
      if (ns[i] >= 0) {
        live[ns[i]] = true;
      }
    }
  }

  /** Renumbers the nodes of the first {@code count} states after a compaction. */
  private static void remap(int[] ns, int count, int[] renumber) {
    for (int i = 0; i < count; i++) {
      if (ns[i] >= 0) {
        ns[i] = renumber[ns[i]];
      }
    }
  }

  private static double gap(double bound, double value) {
    return (bound - value) / Math.max(1e-12, Math.abs(bound));
  }
}
