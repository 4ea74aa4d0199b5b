package org.civicplan.prioritisation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.civicplan.base.Finding;

/**
 * Budget-constrained portfolio selection: an exact depth-first branch and bound and a greedy
 * benefit/cost baseline.
 *
 * <p><b>Exact money.</b> Costs, budgets and the minimum-share amounts ({@code share × budget}) are
 * scaled by 10^s, where s is the largest number of decimal places among them, and held as exact
 * {@code long}s, so every budget and share comparison is exact. An instance whose scaled totals do
 * not fit in a {@code long} is refused with the finding {@code portfolio.amount.too-large}. Values
 * are doubles; optimality is proven up to a relative tolerance of 1e-9 in value.
 *
 * <p><b>Single budget.</b> Plain single-budget instances are solved by dynamic programming over the
 * (gcd-reduced) budget when it is small enough; see {@link DynamicProgram}.
 *
 * <p><b>Search.</b> Projects that require each other in a cycle are merged into one unit, selected
 * all together or not at all (with a warning). Units are branched in order of value per surrogate
 * cost ({@code Σ_t cost_t / budget_t}), "take" before "leave". Taking a unit takes what it
 * requires and leaves its exclusive partners; leaving it leaves what requires it. The bound at a
 * node is the fractional knapsack over the surrogate constraint {@code Σ_t used_t / budget_t ≤
 * periods}, a relaxation of all budgets (and, for one period, the Dantzig bound), tightened by the
 * fractional knapsack bound of each period alone, and by a Lagrangian bound of linear-programming
 * strength (budgets, dependencies and exclusive groups relaxed, multipliers tuned by subgradient
 * steps at the root and a few more at each node) with reduced-cost fixing; see {@link Search}.
 * When the node or
 * time limit stops the search, the result is marked not optimal and the bound is the largest
 * bound of the open nodes.
 *
 * <p><b>Infeasibility</b> is reported with its cause: mandatory projects (with what they require)
 * over a period's budget, mandatory projects in one exclusive group, a minimum share that even all
 * eligible projects cannot reach, and otherwise the combination of constraints.
 */
public final class Portfolio {

  private Portfolio() {}

  /**
   * Selects the projects of maximum total value, exactly (within the problem's limits).
   *
   * @throws NullPointerException if the problem is null
   */
  public static Selection select(PortfolioProblem problem) {
    Model model = Model.build(problem);
    if (model.refused()) {
      return model.infeasible(0);
    }
    Selection dp = DynamicProgram.trySolve(model);
    if (dp != null) {
      return dp;
    }
    Search s = new Search(model, problem.maxNodes(), problem.maxTime().toNanos());
    s.run();
    return s.result();
  }

  /**
   * Dynamic programming over the budget for plain single-budget instances (one period, no
   * dependencies, exclusive groups or minimum shares): costs and budget are divided by their
   * greatest common divisor, and when items × (budget + 1) stays below 4·10⁸ the classic 0/1
   * knapsack recursion over capacities gives a proven optimum whatever the correlation of values
   * and costs (the hard case for branch and bound).
   */
  static final class DynamicProgram {
    static final long MAX_CELLS = 400_000_000L;

    static Selection trySolve(Model m) {
      if (m.periods.length != 1 || m.groupUnits.length > 0 || m.shareRequired.length > 0) {
        return null;
      }
      for (Unit u : m.units) {
        if (u.requires.length > 0 || u.members.size() > 1) {
          return null;
        }
      }
      State st = new State(m);
      if (!st.forceMandatory()) {
        return null;
      }
      long cap = m.budget[0] - st.used[0];
      List<Integer> items = new ArrayList<>();
      long g = 0;
      for (int u : m.order) {
        Unit unit = m.units[u];
        if (st.state[u] == State.FREE && unit.value > 0 && unit.cost[0] <= cap) {
          items.add(u);
          g = gcd(g, unit.cost[0]);
        }
      }
      if (g == 0) {
        g = 1;
      }
      long c = cap / g;
      if ((long) items.size() * (c + 1) > MAX_CELLS) {
        return null;
      }
      int C = (int) c;
      double[] best = new double[C + 1];
      long[][] take = new long[items.size()][(C >> 6) + 1];
      for (int k = 0; k < items.size(); k++) {
        Unit unit = m.units[items.get(k)];
        int w = (int) (unit.cost[0] / g);
        double v = unit.value;
        long[] bits = take[k];
        for (int x = C; x >= w; x--) {
          double cand = best[x - w] + v;
          if (cand > best[x]) {
            best[x] = cand;
            bits[x >> 6] |= 1L << (x & 63);
          }
        }
      }
      int x = C;
      for (int k = items.size() - 1; k >= 0; k--) {
        if ((take[k][x >> 6] & (1L << (x & 63))) != 0) {
          int u = items.get(k);
          st.take(u);
          x -= (int) (m.units[u].cost[0] / g);
        }
      }
      for (int u = 0; u < m.units.length; u++) {
        if (st.state[u] == State.FREE) {
          st.leave(u);
        }
      }
      return m.selection(st.state, st.value, true, st.value, items.size(), new ArrayList<>(m.findings));
    }

    private static long gcd(long a, long b) {
      while (b != 0) {
        long t = a % b;
        a = b;
        b = t;
      }
      return a;
    }
  }

  /**
   * The greedy baseline: mandatory projects (and what they require) first, then the others in
   * decreasing value per surrogate cost, each with what it requires, when it fits and excludes no
   * selected project. Never claims optimality; the bound is the root relaxation bound.
   *
   * @throws NullPointerException if the problem is null
   */
  public static Selection greedy(PortfolioProblem problem) {
    Model model = Model.build(problem);
    if (model.refused()) {
      return model.infeasible(0);
    }
    State st = new State(model);
    if (!st.forceMandatory()) {
      return model.infeasible(0);
    }
    double bound = st.bound();
    for (int u : model.order) {
      if (model.units[u].value <= 0 || st.state[u] != State.FREE) {
        continue;
      }
      int mark = st.trail.size();
      double v = st.value;
      if (!st.take(u)) {
        st.undo(mark);
        st.value = v;
      }
    }
    for (int u : model.order) {
      if (st.state[u] == State.FREE) {
        st.leave(u);
      }
    }
    if (!st.sharesMet()) {
      List<Finding> f = new ArrayList<>(model.findings);
      f.add(Messages.error(PrioritisationCodes.PORTFOLIO_INFEASIBLE, ""));
      return new Selection(List.of(), 0, Map.of(), false, false, bound, Double.NaN, 0, f);
    }
    return model.selection(st.state, st.value, false, bound, 0, new ArrayList<>(model.findings));
  }

  // ---------------------------------------------------------------------------------------------

  /** A group of projects selected together (one project, or a requires cycle). */
  static final class Unit {
    final List<Integer> members = new ArrayList<>();
    String id = "";
    double value;
    long[] cost;
    double weight;
    int[] requires = new int[0];
    int[] requiredBy = new int[0];
    int[] groups = new int[0];
    boolean mandatory;
  }

  static final class Model {
    final PortfolioProblem problem;
    final List<Finding> findings = new ArrayList<>();
    boolean refusedFlag;
    String[] periods;
    long[] budget;
    int scale;
    Unit[] units = new Unit[0];
    int[] unitOf;
    int[][] groupUnits = new int[0][];
    int[] shareUnitsPeriod = new int[0];
    long[] shareRequired = new long[0];
    boolean[][] inShare = new boolean[0][];
    long[][] shareCost = new long[0][];
    int[] order = new int[0];
    int[][] periodOrder = new int[0][];
    double[] lambda = new double[0];

    Model(PortfolioProblem problem) {
      this.problem = problem;
    }

    boolean refused() {
      return refusedFlag;
    }

    Selection infeasible(long nodes) {
      if (findings.stream().noneMatch(Finding::isError)) {
        findings.add(Messages.error(PrioritisationCodes.PORTFOLIO_INFEASIBLE, ""));
      }
      return new Selection(List.of(), 0, Map.of(), false, false, Double.NaN, Double.NaN, nodes, findings);
    }

    Selection selection(byte[] state, double value, boolean optimal, double bound, long nodes, List<Finding> f) {
      List<String> ids = new ArrayList<>();
      Map<String, BigDecimal> cost = new TreeMap<>();
      for (String p : periods) {
        cost.put(p, BigDecimal.ZERO);
      }
      for (int u = 0; u < units.length; u++) {
        if (state[u] == State.IN) {
          for (int m : units[u].members) {
            Project p = problem.projects().get(m);
            ids.add(p.id());
            p.cost().forEach((k, v) -> cost.merge(k, v, BigDecimal::add));
          }
        }
      }
      ids.sort(Comparator.naturalOrder());
      double gap = optimal ? 0 : (bound - value) / Math.max(1e-12, Math.abs(bound));
      return new Selection(ids, value, cost, true, optimal, optimal ? value : bound, gap, nodes, f);
    }

    static Model build(PortfolioProblem pb) {
      Model m = new Model(pb);
      List<Project> ps = pb.projects();
      int n = ps.size();
      Map<String, Integer> index = new HashMap<>();
      for (int i = 0; i < n; i++) {
        index.put(ps.get(i).id(), i);
      }
      m.periods = pb.budget().keySet().toArray(new String[0]);
      Map<String, Integer> periodIndex = new HashMap<>();
      for (int t = 0; t < m.periods.length; t++) {
        periodIndex.put(m.periods[t], t);
      }
      // references and amounts
      for (int i = 0; i < n; i++) {
        Project p = ps.get(i);
        final int fi = i;
        for (String r : p.requires()) {
          if (!index.containsKey(r)) {
            m.error(PrioritisationCodes.PORTFOLIO_UNKNOWN, "/projects/" + i + "/requires", "requires", p.id(), r);
          }
        }
        p.cost().forEach(
            (k, v) -> {
              if (v.signum() < 0 || !periodIndex.containsKey(k)) {
                m.error(PrioritisationCodes.PORTFOLIO_AMOUNT, "/projects/" + fi + "/cost/" + Mcda.escape(k), p.id(), k, v.toPlainString());
              }
            });
      }
      pb.budget().forEach(
          (k, v) -> {
            if (v.signum() < 0) {
              m.error(PrioritisationCodes.PORTFOLIO_AMOUNT, "/budget/" + Mcda.escape(k), "budget", k, v.toPlainString());
            }
          });
      for (int g = 0; g < pb.exclusive().size(); g++) {
        for (String id : pb.exclusive().get(g)) {
          if (!index.containsKey(id)) {
            m.error(PrioritisationCodes.PORTFOLIO_UNKNOWN, "/exclusive/" + g, "exclusive", String.valueOf(g), id);
          }
        }
      }
      for (int s = 0; s < pb.minimumShares().size(); s++) {
        MinimumShare ms = pb.minimumShares().get(s);
        for (String id : ms.projects()) {
          if (!index.containsKey(id)) {
            m.error(PrioritisationCodes.PORTFOLIO_UNKNOWN, "/minimumShares/" + s + "/projects", "minimumShares", ms.period(), id);
          }
        }
        if (!periodIndex.containsKey(ms.period())) {
          m.error(PrioritisationCodes.PORTFOLIO_AMOUNT, "/minimumShares/" + s + "/period", "minimumShares", ms.period(), ms.share().toPlainString());
        }
      }
      if (m.refusedFlag) {
        return m;
      }
      // exact scaling
      int scale = 0;
      for (BigDecimal b : pb.budget().values()) {
        scale = Math.max(scale, b.stripTrailingZeros().scale());
      }
      for (Project p : ps) {
        for (BigDecimal c : p.cost().values()) {
          scale = Math.max(scale, c.stripTrailingZeros().scale());
        }
      }
      List<BigDecimal> shareAmounts = new ArrayList<>();
      for (MinimumShare ms : pb.minimumShares()) {
        BigDecimal a = ms.share().multiply(pb.budget().get(ms.period()));
        shareAmounts.add(a);
        scale = Math.max(scale, a.stripTrailingZeros().scale());
      }
      m.scale = scale;
      int T = m.periods.length;
      m.budget = new long[T];
      long[][] cost = new long[n][T];
      try {
        BigDecimal limit = BigDecimal.valueOf(Long.MAX_VALUE / 4);
        for (int t = 0; t < T; t++) {
          BigDecimal total = BigDecimal.ZERO;
          for (Project p : ps) {
            total = total.add(p.costIn(m.periods[t]));
          }
          BigDecimal big = total.max(pb.budget().get(m.periods[t])).movePointRight(scale);
          if (big.compareTo(limit) > 0) {
            m.error(PrioritisationCodes.PORTFOLIO_TOO_LARGE, "", big.toPlainString());
            return m;
          }
          m.budget[t] = pb.budget().get(m.periods[t]).movePointRight(scale).longValueExact();
          for (int i = 0; i < n; i++) {
            cost[i][t] = ps.get(i).costIn(m.periods[t]).movePointRight(scale).longValueExact();
          }
        }
      } catch (ArithmeticException e) {
        m.error(PrioritisationCodes.PORTFOLIO_TOO_LARGE, "", "?");
        return m;
      }
      // requires cycles: strongly connected components (Tarjan)
      int[][] req = new int[n][];
      for (int i = 0; i < n; i++) {
        req[i] = ps.get(i).requires().stream().mapToInt(index::get).toArray();
      }
      int[] comp = Scc.components(req);
      int units = 0;
      for (int c : comp) {
        units = Math.max(units, c + 1);
      }
      m.units = new Unit[units];
      for (int u = 0; u < units; u++) {
        m.units[u] = new Unit();
        m.units[u].cost = new long[T];
      }
      m.unitOf = comp;
      for (int i = 0; i < n; i++) {
        Unit u = m.units[comp[i]];
        u.members.add(i);
        u.value += ps.get(i).value();
        u.mandatory |= ps.get(i).mandatory();
        for (int t = 0; t < T; t++) {
          u.cost[t] += cost[i][t];
        }
      }
      for (int u = 0; u < units; u++) {
        Unit unit = m.units[u];
        unit.members.sort(Comparator.comparing(i -> ps.get(i).id()));
        unit.id = ps.get(unit.members.get(0)).id();
        if (unit.members.size() > 1) {
          List<String> ids = unit.members.stream().map(i -> ps.get(i).id()).toList();
          m.findings.add(
              Messages.warning(
                  PrioritisationCodes.PORTFOLIO_CYCLE, "/projects/" + unit.members.get(0) + "/requires", String.join(", ", ids)));
        }
        TreeSet<Integer> r = new TreeSet<>();
        for (int i : unit.members) {
          for (int j : req[i]) {
            if (comp[j] != u) {
              r.add(comp[j]);
            }
          }
        }
        unit.requires = r.stream().mapToInt(Integer::intValue).toArray();
      }
      List<List<Integer>> by = new ArrayList<>();
      for (int u = 0; u < units; u++) {
        by.add(new ArrayList<>());
      }
      for (int u = 0; u < units; u++) {
        for (int r : m.units[u].requires) {
          by.get(r).add(u);
        }
      }
      for (int u = 0; u < units; u++) {
        m.units[u].requiredBy = by.get(u).stream().mapToInt(Integer::intValue).toArray();
      }
      m.lambda = new double[T];
      for (int t = 0; t < T; t++) {
        m.lambda[t] = m.budget[t] > 0 ? 1.0 / m.budget[t] : 0;
      }
      if (T > 1) {
        m.tuneMultipliers();
      }
      m.applyMultipliers();
      // exclusive groups over units
      int G = pb.exclusive().size();
      m.groupUnits = new int[G][];
      List<List<Integer>> groupsOfUnit = new ArrayList<>();
      for (int u = 0; u < units; u++) {
        groupsOfUnit.add(new ArrayList<>());
      }
      for (int g = 0; g < G; g++) {
        TreeSet<Integer> us = new TreeSet<>();
        for (String id : pb.exclusive().get(g)) {
          int u = comp[index.get(id)];
          if (!us.add(u)) {
            // two members of one all-or-none unit in one exclusive group: the unit can never be taken
            groupsOfUnit.get(u).add(-1);
          }
        }
        m.groupUnits[g] = us.stream().mapToInt(Integer::intValue).toArray();
        for (int u : us) {
          groupsOfUnit.get(u).add(g);
        }
      }
      for (int u = 0; u < units; u++) {
        m.units[u].groups = groupsOfUnit.get(u).stream().mapToInt(Integer::intValue).toArray();
      }
      // minimum shares
      int S = pb.minimumShares().size();
      m.shareUnitsPeriod = new int[S];
      m.shareRequired = new long[S];
      m.shareCost = new long[S][units];
      for (int s = 0; s < S; s++) {
        MinimumShare ms = pb.minimumShares().get(s);
        int t = periodIndex.get(ms.period());
        m.shareUnitsPeriod[s] = t;
        // the share amount may have more decimals than the scale only if it was not counted; it was
        m.shareRequired[s] = shareAmounts.get(s).movePointRight(scale).setScale(0, java.math.RoundingMode.CEILING).longValueExact();
        for (String id : ms.projects()) {
          int i = index.get(id);
          m.shareCost[s][comp[i]] += cost[i][t];
        }
      }
      // branching order: value per surrogate weight, descending; ties by id
      Integer[] ord = new Integer[units];
      for (int u = 0; u < units; u++) {
        ord[u] = u;
      }
      Unit[] us = m.units;
      Arrays.sort(
          ord,
          Comparator.<Integer>comparingDouble(u -> -ratio(us[u])).thenComparing(u -> us[u].id));
      m.order = Arrays.stream(ord).mapToInt(Integer::intValue).toArray();
      m.periodOrder = new int[T][];
      for (int t = 0; t < T; t++) {
        final int tt = t;
        Integer[] po = new Integer[units];
        for (int u = 0; u < units; u++) {
          po[u] = u;
        }
        Arrays.sort(
            po,
            Comparator.<Integer>comparingDouble(
                    u -> us[u].cost[tt] == 0 ? -Double.MAX_VALUE : -us[u].value / us[u].cost[tt])
                .thenComparing(u -> us[u].id));
        m.periodOrder[t] = Arrays.stream(po).mapToInt(Integer::intValue).toArray();
      }
      m.diagnose(index);
      return m;
    }

    void applyMultipliers() {
      for (Unit u : units) {
        double w = 0;
        for (int t = 0; t < periods.length; t++) {
          w += lambda[t] * u.cost[t];
        }
        u.weight = w;
      }
    }

    /**
     * Surrogate duality: chooses the multipliers of the surrogate constraint Σ_t λ_t cost_t ≤ Σ_t
     * λ_t budget_t so that its fractional knapsack bound at the root is small, by a multiplicative
     * subgradient search. Any non-negative multipliers give a valid bound; this only tightens it.
     */
    void tuneMultipliers() {
      int T = periods.length;
      double[] best = lambda.clone();
      double bestBound = rootBound(lambda, null);
      double[] lam = lambda.clone();
      double[] usage = new double[T];
      double step = 1.0;
      for (int it = 0; it < 200; it++) {
        rootBound(lam, usage);
        for (int t = 0; t < T; t++) {
          if (budget[t] > 0) {
            lam[t] *= Math.exp(step * (usage[t] - budget[t]) / budget[t]);
          }
        }
        double b = rootBound(lam, null);
        if (b < bestBound - 1e-12) {
          bestBound = b;
          best = lam.clone();
        }
        step *= 0.97;
      }
      lambda = best;
    }

    /** The fractional surrogate bound with all units free; fills the fractional usage per period. */
    private double rootBound(double[] lam, double[] usage) {
      int n = units.length;
      double[] w = new double[n];
      Integer[] idx = new Integer[n];
      double cap = 0;
      for (int t = 0; t < periods.length; t++) {
        cap += lam[t] * budget[t];
      }
      for (int u = 0; u < n; u++) {
        idx[u] = u;
        for (int t = 0; t < periods.length; t++) {
          w[u] += lam[t] * units[u].cost[t];
        }
      }
      Arrays.sort(idx, Comparator.comparingDouble(u -> w[u] == 0 ? -Double.MAX_VALUE : -units[u].value / w[u]));
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
          for (int t = 0; t < periods.length; t++) {
            usage[t] += x * units[u].cost[t];
          }
        }
        if (x < 1) {
          break;
        }
      }
      return b;
    }

    static double ratio(Unit u) {
      if (u.weight == 0) {
        return u.value > 0 ? Double.MAX_VALUE : u.value == 0 ? 0 : -Double.MAX_VALUE;
      }
      return u.value / u.weight;
    }

    private void error(String code, String path, Object... args) {
      findings.add(Messages.error(code, path, args));
      refusedFlag = true;
    }

    /** Finds the constraint that makes the instance infeasible, when one does on its own. */
    private void diagnose(Map<String, Integer> index) {
      List<Project> ps = problem.projects();
      boolean[] forced = new boolean[units.length];
      java.util.ArrayDeque<Integer> work = new java.util.ArrayDeque<>();
      for (int u = 0; u < units.length; u++) {
        if (units[u].mandatory) {
          work.add(u);
        }
      }
      while (!work.isEmpty()) {
        int u = work.poll();
        if (!forced[u]) {
          forced[u] = true;
          for (int r : units[u].requires) {
            work.add(r);
          }
        }
      }
      List<String> forcedIds = new ArrayList<>();
      for (int u = 0; u < units.length; u++) {
        if (forced[u]) {
          units[u].members.forEach(i -> forcedIds.add(ps.get(i).id()));
        }
      }
      forcedIds.sort(Comparator.naturalOrder());
      for (int t = 0; t < periods.length; t++) {
        long sum = 0;
        for (int u = 0; u < units.length; u++) {
          if (forced[u]) {
            sum += units[u].cost[t];
          }
        }
        if (sum > budget[t]) {
          error(
              PrioritisationCodes.PORTFOLIO_INFEASIBLE_BUDGET,
              "/budget/" + Mcda.escape(periods[t]),
              String.join(", ", forcedIds),
              money(sum),
              periods[t],
              money(budget[t]));
        }
      }
      for (int u = 0; u < units.length; u++) {
        if (forced[u] && Arrays.stream(units[u].groups).anyMatch(g -> g < 0)) {
          error(PrioritisationCodes.PORTFOLIO_INFEASIBLE_EXCLUSIVE, "/exclusive", String.join(", ", units[u].members.stream().map(i -> ps.get(i).id()).toList()));
        }
      }
      for (int g = 0; g < groupUnits.length; g++) {
        List<String> in = new ArrayList<>();
        for (int u : groupUnits[g]) {
          if (forced[u]) {
            units[u].members.stream().map(i -> ps.get(i).id()).filter(problem.exclusive().get(g)::contains).forEach(in::add);
          }
        }
        if (in.size() > 1) {
          in.sort(Comparator.naturalOrder());
          error(PrioritisationCodes.PORTFOLIO_INFEASIBLE_EXCLUSIVE, "/exclusive/" + g, String.join(", ", in));
        }
      }
      for (int s = 0; s < shareRequired.length; s++) {
        long reachable = 0;
        for (int u = 0; u < units.length; u++) {
          boolean never = Arrays.stream(units[u].groups).anyMatch(g -> g < 0);
          if (!never) {
            reachable += shareCost[s][u];
          }
        }
        if (reachable < shareRequired[s]) {
          MinimumShare ms = problem.minimumShares().get(s);
          error(
              PrioritisationCodes.PORTFOLIO_INFEASIBLE_SHARE,
              "/minimumShares/" + s,
              ms.share().toPlainString(),
              ms.period(),
              money(shareRequired[s]),
              String.join(", ", ms.projects()),
              money(reachable));
        }
      }
    }

    String money(long scaled) {
      return BigDecimal.valueOf(scaled, scale).stripTrailingZeros().toPlainString();
    }
  }

  /** The assignment of units during search, with an undo trail. */
  static final class State {
    static final byte FREE = 0;
    static final byte IN = 1;
    static final byte OUT = 2;

    final Model m;
    final byte[] state;
    final long[] used;
    final int[] groupTaken;
    final long[] shareIn;
    final long[] shareOpen;
    final IntStack trail = new IntStack();
    double value;

    State(Model m) {
      this.m = m;
      state = new byte[m.units.length];
      used = new long[m.periods.length];
      groupTaken = new int[m.groupUnits.length];
      Arrays.fill(groupTaken, -1);
      shareIn = new long[m.shareRequired.length];
      shareOpen = new long[m.shareRequired.length];
      for (int s = 0; s < shareOpen.length; s++) {
        for (int u = 0; u < m.units.length; u++) {
          shareOpen[s] += m.shareCost[s][u];
        }
      }
    }

    boolean forceMandatory() {
      for (int u = 0; u < m.units.length; u++) {
        if (m.units[u].groups.length > 0 && Arrays.stream(m.units[u].groups).anyMatch(g -> g < 0)) {
          if (!leave(u)) {
            return false;
          }
        }
        for (int t = 0; t < used.length; t++) {
          if (m.units[u].cost[t] > m.budget[t] && !leave(u)) {
            return false;
          }
        }
      }
      for (int u = 0; u < m.units.length; u++) {
        if (m.units[u].mandatory && !take(u)) {
          return false;
        }
      }
      return sharesReachable();
    }

    boolean take(int u) {
      if (state[u] == IN) {
        return true;
      }
      if (state[u] == OUT) {
        return false;
      }
      Unit unit = m.units[u];
      state[u] = IN;
      trail.push(u);
      value += unit.value;
      boolean ok = true;
      for (int t = 0; t < used.length; t++) {
        used[t] += unit.cost[t];
        ok &= used[t] <= m.budget[t];
      }
      for (int s = 0; s < shareIn.length; s++) {
        shareIn[s] += m.shareCost[s][u];
        shareOpen[s] -= m.shareCost[s][u];
      }
      for (int g : unit.groups) {
        if (g < 0) {
          return false;
        }
        if (groupTaken[g] >= 0 && groupTaken[g] != u) {
          return false;
        }
      }
      for (int g : unit.groups) {
        groupTaken[g] = u;
      }
      if (!ok) {
        return false;
      }
      for (int r : unit.requires) {
        if (!take(r)) {
          return false;
        }
      }
      for (int g : unit.groups) {
        for (int v : m.groupUnits[g]) {
          if (v != u && !leave(v)) {
            return false;
          }
        }
      }
      return true;
    }

    boolean leave(int u) {
      if (state[u] == OUT) {
        return true;
      }
      if (state[u] == IN) {
        return false;
      }
      state[u] = OUT;
      trail.push(u);
      for (int s = 0; s < shareOpen.length; s++) {
        shareOpen[s] -= m.shareCost[s][u];
      }
      for (int v : m.units[u].requiredBy) {
        if (!leave(v)) {
          return false;
        }
      }
      return sharesReachable();
    }

    boolean sharesReachable() {
      for (int s = 0; s < shareIn.length; s++) {
        if (shareIn[s] + shareOpen[s] < m.shareRequired[s]) {
          return false;
        }
      }
      return true;
    }

    boolean sharesMet() {
      for (int s = 0; s < shareIn.length; s++) {
        if (shareIn[s] < m.shareRequired[s]) {
          return false;
        }
      }
      return true;
    }

    void undo(int mark) {
      while (trail.size() > mark) {
        int u = trail.pop();
        if (state[u] == IN) {
          Unit unit = m.units[u];
          for (int t = 0; t < used.length; t++) {
            used[t] -= unit.cost[t];
          }
          for (int s = 0; s < shareIn.length; s++) {
            shareIn[s] -= m.shareCost[s][u];
            shareOpen[s] += m.shareCost[s][u];
          }
          for (int g : unit.groups) {
            if (g >= 0 && groupTaken[g] == u) {
              groupTaken[g] = -1;
            }
          }
        } else {
          for (int s = 0; s < shareOpen.length; s++) {
            shareOpen[s] += m.shareCost[s][u];
          }
        }
        state[u] = FREE;
      }
    }

    /**
     * Current value plus the smallest of the fractional knapsack bounds: one per period (that
     * period's budget alone) and one over the surrogate constraint.
     */
    double bound() {
      double b = surrogateBound();
      if (used.length > 1) {
        for (int t = 0; t < used.length; t++) {
          b = Math.min(b, periodBound(t));
        }
      }
      return b;
    }

    private double periodBound(int t) {
      double cap = m.budget[t] - used[t];
      double b = value;
      for (int u : m.periodOrder[t]) {
        if (state[u] != FREE) {
          continue;
        }
        Unit unit = m.units[u];
        if (unit.value <= 0) {
          if (unit.cost[t] == 0) {
            continue;
          }
          break;
        }
        long c = unit.cost[t];
        if (c <= cap) {
          cap -= c;
          b += unit.value;
        } else {
          b += unit.value * cap / c;
          break;
        }
      }
      return b;
    }

    private double surrogateBound() {
      double cap = 0;
      for (int t = 0; t < used.length; t++) {
        cap += m.lambda[t] * (m.budget[t] - used[t]);
      }
      double b = value;
      for (int u : m.order) {
        if (state[u] != FREE) {
          continue;
        }
        Unit unit = m.units[u];
        if (unit.value <= 0) {
          break;
        }
        if (unit.weight <= cap) {
          cap -= unit.weight;
          b += unit.value;
        } else {
          b += unit.value * cap / unit.weight;
          break;
        }
      }
      return b;
    }
  }

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
  static final class Lagrangian {
    final Model m;
    final int[] arcFrom;
    final int[] arcTo;
    final double[] lam;
    final double[] mu;
    final double[] nu;
    final double[] rho;
    double constant;
    private final double[] scratchLam;
    private final double[] scratchMu;
    private final double[] scratchNu;
    private final double[] scratchGT;
    private final double[] scratchGG;
    private final double[] scratchGA;
    private final byte[] scratchX;

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

    Lagrangian(Model m) {
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
      for (Unit u : m.units) {
        val += Math.max(0, u.value);
      }
      double f = cap > 0 ? 0.5 * val / cap : 0;
      for (int t = 0; t < lam.length; t++) {
        lam[t] *= f;
      }
      reduce();
    }

    /** Recomputes the reduced values and the constant from the multipliers. */
    void reduce() {
      Unit[] us = m.units;
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
        if (s == State.IN) {
          b += rho[u];
        } else if (s == State.FREE && rho[u] > 0) {
          b += rho[u];
        }
      }
      return b;
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
      for (int it = 0; it < iterations && theta > 1e-7; it++) {
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
          x[u] = (byte) (state[u] == State.IN || (state[u] == State.FREE && rho[u] > 0) ? 1 : 0);
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

  /**
   * Depth-first branch and bound. The bound at a node is the smaller of the fractional knapsack
   * bounds (see {@link State#bound()}) and the {@link Lagrangian} bound with multipliers tuned at
   * the root; a free unit whose reduced value alone decides whether the node can still beat the
   * incumbent is fixed (reduced-cost fixing). When all values are integers, so is the optimum, and
   * a node is cut as soon as its bound is below the incumbent plus one. The incumbent starts from
   * the greedy selection improved by local search (leave one or two selected units, refill
   * greedily); units are branched in decreasing reduced value of the root multipliers.
   */
  static final class Search {
    final Model m;
    final State st;
    final long maxNodes;
    final long deadline;
    final Lagrangian lagrangian;
    final boolean integral;
    // a few steps per node: measured on 200 × 2 and 200 × 5 instances, 30 steps cut the nodes by
    // only a tenth against 5 but cost twice the time
    static final int NODE_ITERATIONS = 5;
    int[] order;
    double[][] saved = new double[16][];
    int depth;
    long nodes;
    boolean stopped;
    double best = Double.NEGATIVE_INFINITY;
    byte[] bestState;
    double openBound = Double.NEGATIVE_INFINITY;

    Search(Model m, long maxNodes, long maxNanos) {
      this.m = m;
      this.st = new State(m);
      this.maxNodes = maxNodes;
      this.deadline = System.nanoTime() + maxNanos;
      this.lagrangian = new Lagrangian(m);
      boolean ints = true;
      double total = 0;
      for (Unit u : m.units) {
        ints &= u.value == Math.rint(u.value);
        total += Math.abs(u.value);
      }
      // sums of integers stay exact in a double below 2^53
      this.integral = ints && total < 0x1p52;
      this.order = m.order;
    }

    void run() {
      if (!st.forceMandatory()) {
        return;
      }
      greedyIncumbent();
      improveIncumbent(m.order);
      double lower = bestState != null ? best : 0;
      lagrangian.optimise(st.state, lower, Math.min(30_000, 200 * m.units.length));
      Integer[] ord = new Integer[m.units.length];
      for (int u = 0; u < ord.length; u++) {
        ord[u] = u;
      }
      double[] rho = lagrangian.rho;
      Arrays.sort(ord, Comparator.<Integer>comparingDouble(u -> -rho[u]).thenComparing(u -> m.units[u].id));
      order = Arrays.stream(ord).mapToInt(Integer::intValue).toArray();
      if (improveIncumbent(order)) {
        lagrangian.optimise(st.state, best, Math.min(30_000, 200 * m.units.length));
      }
      dfs(0);
    }

    /** The greedy selection from the current state, as the first incumbent when it is feasible. */
    private void greedyIncumbent() {
      int mark = st.trail.size();
      double v0 = st.value;
      for (int u : m.order) {
        if (m.units[u].value <= 0 || st.state[u] != State.FREE) {
          continue;
        }
        int mk = st.trail.size();
        double v = st.value;
        if (!st.take(u)) {
          st.undo(mk);
          st.value = v;
        }
      }
      if (st.sharesMet()) {
        byte[] s = st.state.clone();
        for (int u = 0; u < s.length; u++) {
          if (s[u] == State.FREE) {
            s[u] = State.OUT;
          }
        }
        best = st.value;
        bestState = s;
      }
      st.undo(mark);
      st.value = v0;
    }

    /**
     * Local search from the incumbent: leave one or two of its units (and what requires them),
     * take the rest of it back, and fill the remaining room greedily in the given order; an
     * improvement becomes the incumbent and the search restarts from it. Only ever replaces the
     * incumbent by a better feasible selection, so exactness does not depend on it. Returns whether
     * the incumbent improved.
     */
    private boolean improveIncumbent(int[] fill) {
      if (bestState == null) {
        return false;
      }
      boolean any = false;
      int root = st.trail.size();
      double v0 = st.value;
      boolean improved = true;
      for (int round = 0; improved && round < 50; round++) {
        improved = false;
        int[] in = java.util.stream.IntStream.range(0, bestState.length)
            .filter(u -> bestState[u] == State.IN && st.state[u] == State.FREE)
            .toArray();
        search:
        for (int a = 0; a < in.length; a++) {
          for (int b = a; b < in.length; b++) {
            if (System.nanoTime() > deadline) {
              break search;
            }
            boolean ok = st.leave(in[a]) && st.leave(in[b]);
            if (ok) {
              for (int u : in) {
                tryTake(u);
              }
              for (int u : fill) {
                if (m.units[u].value > 0 && st.state[u] == State.FREE) {
                  tryTake(u);
                }
              }
              double tol = 1e-9 * Math.max(1, Math.abs(best));
              if (st.sharesMet() && st.value > best + tol) {
                byte[] s = st.state.clone();
                for (int u = 0; u < s.length; u++) {
                  if (s[u] == State.FREE) {
                    s[u] = State.OUT;
                  }
                }
                best = st.value;
                bestState = s;
                improved = true;
                any = true;
              }
            }
            st.undo(root);
            st.value = v0;
            if (improved) {
              break search;
            }
          }
        }
      }
      return any;
    }

    private void tryTake(int u) {
      int mk = st.trail.size();
      double v = st.value;
      if (!st.take(u)) {
        st.undo(mk);
        st.value = v;
      }
    }

    /** Whether a node of this bound cannot hold a selection better than the incumbent. */
    private boolean cut(double bound) {
      if (bestState == null) {
        return false;
      }
      double tol = 1e-9 * Math.max(1, Math.abs(best));
      return integral ? bound < best + 1 - tol : bound <= best + tol;
    }

    private void dfs(int pos) {
      if (depth == saved.length) {
        saved = Arrays.copyOf(saved, depth * 2);
      }
      if (saved[depth] == null) {
        saved[depth] = new double[lagrangian.snapshotSize()];
      }
      double[] snapshot = saved[depth];
      lagrangian.save(snapshot);
      depth++;
      try {
        node(pos);
      } finally {
        depth--;
        lagrangian.restore(snapshot);
      }
    }

    private void node(int pos) {
      nodes++;
      double bound = Math.min(st.bound(), lagrangian.bound(st.state));
      if (stopped) {
        openBound = Math.max(openBound, bound);
        return;
      }
      if (nodes >= maxNodes || ((nodes & 1023) == 0 && System.nanoTime() > deadline)) {
        stopped = true;
        openBound = Math.max(openBound, bound);
        return;
      }
      if (cut(bound)) {
        return;
      }
      if (bestState != null) {
        // a few subgradient steps from the parent's multipliers adapt the bound to this node
        if (cut(lagrangian.optimise(st.state, best, NODE_ITERATIONS))) {
          return;
        }
        if (!fixByReducedValue()) {
          return;
        }
      }
      int p = pos;
      while (p < order.length && st.state[order[p]] != State.FREE) {
        p++;
      }
      if (p == order.length) {
        if (st.sharesMet() && (bestState == null || st.value > best)) {
          best = st.value;
          bestState = st.state.clone();
        }
        return;
      }
      int u = order[p];
      int mark = st.trail.size();
      double v = st.value;
      for (int child = 0; child < 2; child++) {
        boolean take = child == 0;
        if (take ? st.take(u) && st.sharesReachable() : st.leave(u)) {
          dfs(p + 1);
        }
        st.undo(mark);
        st.value = v;
      }
    }

    /**
     * Reduced-cost fixing: with L the Lagrangian bound here, a free unit with ρ > 0 whose leaving
     * gives {@code L − ρ} that cannot beat the incumbent must be taken, and one with ρ < 0 whose
     * taking gives {@code L + ρ} must be left. Returns false when a fixing contradicts the
     * constraints (the node holds nothing better than the incumbent).
     */
    private boolean fixByReducedValue() {
      double[] rho = lagrangian.rho;
      boolean changed = true;
      while (changed) {
        changed = false;
        double l = lagrangian.bound(st.state);
        if (cut(l)) {
          return false;
        }
        for (int u = 0; u < rho.length; u++) {
          if (st.state[u] != State.FREE) {
            continue;
          }
          if (rho[u] > 0 && cut(l - rho[u])) {
            if (!st.take(u) || !st.sharesReachable()) {
              return false;
            }
            changed = true;
          } else if (rho[u] <= 0 && cut(l + rho[u])) {
            if (!st.leave(u)) {
              return false;
            }
            changed = true;
          }
        }
      }
      return true;
    }

    Selection result() {
      List<Finding> f = new ArrayList<>(m.findings);
      if (bestState == null) {
        if (stopped) {
          f.add(Messages.warning(PrioritisationCodes.PORTFOLIO_LIMIT, "/limits", String.valueOf(nodes), "?", Mcda.fmt(openBound)));
          return new Selection(List.of(), 0, Map.of(), false, false, openBound, Double.NaN, nodes, f);
        }
        m.findings.clear();
        m.findings.addAll(f);
        return m.infeasible(nodes);
      }
      if (stopped) {
        double bound = Math.max(best, openBound);
        double gap = (bound - best) / Math.max(1e-12, Math.abs(bound));
        f.add(Messages.warning(PrioritisationCodes.PORTFOLIO_LIMIT, "/limits", String.valueOf(nodes), Mcda.fmt(gap), Mcda.fmt(bound)));
        return m.selection(bestState, best, false, bound, nodes, f);
      }
      return m.selection(bestState, best, true, best, nodes, f);
    }
  }

  /** A growable int stack without boxing. */
  static final class IntStack {
    private int[] a = new int[64];
    private int size;

    void push(int v) {
      if (size == a.length) {
        a = Arrays.copyOf(a, size * 2);
      }
      a[size++] = v;
    }

    int pop() {
      return a[--size];
    }

    int size() {
      return size;
    }
  }

  /** Strongly connected components, numbered in a deterministic order. */
  static final class Scc {
    private final int[][] g;
    private final int[] index;
    private final int[] low;
    private final boolean[] on;
    private final int[] comp;
    private final IntStack stack = new IntStack();
    private int counter;
    private int comps;

    private Scc(int[][] g) {
      this.g = g;
      int n = g.length;
      index = new int[n];
      low = new int[n];
      on = new boolean[n];
      comp = new int[n];
      Arrays.fill(index, -1);
    }

    static int[] components(int[][] g) {
      Scc s = new Scc(g);
      for (int v = 0; v < g.length; v++) {
        if (s.index[v] < 0) {
          s.visit(v);
        }
      }
      return s.comp;
    }

    private void visit(int v) {
      index[v] = low[v] = counter++;
      stack.push(v);
      on[v] = true;
      for (int w : g[v]) {
        if (index[w] < 0) {
          visit(w);
          low[v] = Math.min(low[v], low[w]);
        } else if (on[w]) {
          low[v] = Math.min(low[v], index[w]);
        }
      }
      if (low[v] == index[v]) {
        int w;
        do {
          w = stack.pop();
          on[w] = false;
          comp[w] = comps;
        } while (w != v);
        comps++;
      }
    }
  }

  static Set<String> ids(List<Project> ps) {
    Set<String> s = new TreeSet<>();
    ps.forEach(p -> s.add(p.id()));
    return s;
  }
}
