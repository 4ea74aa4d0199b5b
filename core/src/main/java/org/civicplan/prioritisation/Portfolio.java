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
import org.civicplan.validation.Finding;

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
 * fractional knapsack bound of each period alone. When the node or
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

  /** Depth-first branch and bound. */
  static final class Search {
    final Model m;
    final State st;
    final long maxNodes;
    final long deadline;
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
    }

    void run() {
      if (!st.forceMandatory()) {
        return;
      }
      dfs(0);
    }

    private void dfs(int pos) {
      nodes++;
      double bound = st.bound();
      if (stopped) {
        openBound = Math.max(openBound, bound);
        return;
      }
      if (nodes >= maxNodes || ((nodes & 1023) == 0 && System.nanoTime() > deadline)) {
        stopped = true;
        openBound = Math.max(openBound, bound);
        return;
      }
      if (bestState != null && bound <= best + 1e-9 * Math.max(1, Math.abs(best))) {
        return;
      }
      int p = pos;
      while (p < m.order.length && st.state[m.order[p]] != State.FREE) {
        p++;
      }
      if (p == m.order.length) {
        if (st.sharesMet() && (bestState == null || st.value > best)) {
          best = st.value;
          bestState = st.state.clone();
        }
        return;
      }
      int u = m.order[p];
      int mark = st.trail.size();
      double v = st.value;
      if (st.take(u) && st.sharesReachable()) {
        dfs(p + 1);
      }
      st.undo(mark);
      st.value = v;
      if (st.leave(u)) {
        dfs(p + 1);
      }
      st.undo(mark);
      st.value = v;
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
