// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import org.civicplan.base.Pointer;

/**
 * Compiles a {@link PortfolioProblem} into a {@link PortfolioModel}: checks references and amounts,
 * scales money to exact {@code long}s, merges requires cycles into units, tunes the surrogate
 * multipliers, lays out exclusive groups, minimum shares and the branching orders, and diagnoses
 * an infeasibility with a single cause.
 *
 * <p>The time limit holds here too: a problem of at least {@value #WATCHED_FROM} projects is
 * compiled with the clock read every {@value #CHECK_EVERY} steps of each loop over projects, units,
 * groups and shares (and between the sorts), and when the limit runs out the model is refused with
 * the warning {@link PrioritisationCodes#PORTFOLIO_LIMIT_COMPILING}. A smaller problem is compiled
 * whatever the limit, which takes milliseconds, so that it always gets at least the greedy selection.
 */
final class PortfolioModelBuilder {
  /**
   * The most digits an amount may have before its decimal point, and after it: a {@code long}
   * holds 18 digits whatever they are.
   */
  static final int MAX_DIGITS = 18;

  /** The fewest projects of a problem whose compilation stops when the time limit runs out. */
  static final int WATCHED_FROM = 16_384;

  /** How many steps of the compilation's loops pass between two readings of the clock (a power of two). */
  static final int CHECK_EVERY = 4_096;

  /** Ends the compilation when the time limit has run out; {@link #build()} catches it. */
  private static final class OutOfTime extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OutOfTime() {
      super("the time limit ran out while the problem was compiled", null, false, false);
    }
  }

  private final PortfolioProblem pb;
  private final List<Project> ps;
  private final PortfolioModel m;
  private final Map<String, Integer> index = new HashMap<>();
  private final Map<String, Integer> periodIndex = new HashMap<>();
  private final List<BigDecimal> shareAmounts = new ArrayList<>();
  /** Scaled cost per project and period. */
  private long[][] cost;
  /** Unit of each project. */
  private int[] comp;

  /** The {@link System#nanoTime()} at which the problem's time limit runs out. */
  private final long deadline;
  /** The clock the compilation reads: {@link System#nanoTime()}, or a test's. */
  private final LongSupplier clock;
  /** Steps of the compilation's loops so far, counted when the model is {@linkplain PortfolioModel#watched watched}. */
  private int steps;

  private PortfolioModelBuilder(PortfolioProblem pb, long deadline, LongSupplier clock) {
    this.pb = pb;
    this.deadline = deadline;
    this.clock = clock;
    this.ps = pb.projects();
    this.m = new PortfolioModel(pb);
    m.watched = ps.size() >= WATCHED_FROM;
  }

  /** The model of the problem; when it is {@link PortfolioModel#refused()}, its findings say why. */
  static PortfolioModel build(PortfolioProblem pb) {
    return build(pb, deadline(pb));
  }

  /** {@return the {@link System#nanoTime()} at which the problem's time limit, starting now, runs out} */
  static long deadline(PortfolioProblem pb) {
    long now = System.nanoTime();
    long limit = pb.maxTime().compareTo(java.time.Duration.ofNanos(Long.MAX_VALUE / 2)) >= 0 ? Long.MAX_VALUE / 2 : pb.maxTime().toNanos();
    // a limit of centuries means none; nanoTime may be near Long.MAX_VALUE, so the sum saturates
    long d = now + limit;
    return d < now ? Long.MAX_VALUE : d;
  }

  /**
   * The model of the problem, whose optional tuning (the surrogate multipliers) stops early when
   * the time limit, running out at the {@link System#nanoTime()} {@code deadline}, comes near; the
   * rest of the compilation is linear or n log n in the size of the problem, and on a problem of
   * at least {@value #WATCHED_FROM} projects stops when the limit runs out, the model then refused
   * with {@link PrioritisationCodes#PORTFOLIO_LIMIT_COMPILING}.
   */
  static PortfolioModel build(PortfolioProblem pb, long deadline) {
    return build(pb, deadline, System::nanoTime);
  }

  /** {@link #build(PortfolioProblem, long)} whose compilation reads {@code clock} (tests count its readings). */
  static PortfolioModel build(PortfolioProblem pb, long deadline, LongSupplier clock) {
    return new PortfolioModelBuilder(pb, deadline, clock).build();
  }

  private PortfolioModel build() {
    try {
      compile();
    } catch (OutOfTime e) {
      m.outOfTime();
    }
    return m;
  }

  /**
   * One step of a loop of the compilation: every {@link #CHECK_EVERY} steps of a watched
   * compilation, ends it when the time limit has run out.
   */
  private void step() {
    if (m.watched && (++steps & (CHECK_EVERY - 1)) == 0) {
      checkTime();
    }
  }

  /** Ends a watched compilation when the time limit has run out (between steps that are not loops). */
  private void checkTime() {
    if (m.watched && clock.getAsLong() > deadline) {
      throw new OutOfTime();
    }
  }

  private void compile() {
    for (int i = 0; i < ps.size(); i++) {
      step();
      index.put(ps.get(i).id(), i);
    }
    m.periods = pb.budget().keySet().toArray(new String[0]);
    for (int t = 0; t < m.periods.length; t++) {
      periodIndex.put(m.periods[t], t);
    }
    checkReferencesAndAmounts();
    if (m.refused || !scaleAmounts()) {
      return;
    }
    mergeCycles();
    SurrogateMultipliers.choose(m, deadline);
    checkTime();
    groups();
    shares();
    orders();
    checkTime();
    InfeasibilityDiagnosis.diagnose(m);
  }

  private void checkReferencesAndAmounts() {
    for (int i = 0; i < ps.size(); i++) {
      step();
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
              m.error(PrioritisationCodes.PORTFOLIO_AMOUNT, "/projects/" + fi + "/cost/" + Pointer.escape(k), p.id(), k, Messages.shown(v));
            }
          });
    }
    pb.budget().forEach(
        (k, v) -> {
          if (v.signum() < 0) {
            m.error(PrioritisationCodes.PORTFOLIO_AMOUNT, "/budget/" + Pointer.escape(k), "budget", k, Messages.shown(v));
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
        m.error(PrioritisationCodes.PORTFOLIO_AMOUNT, "/minimumShares/" + s + "/period", "minimumShares", ms.period(), Messages.shown(ms.share()));
      }
    }
  }

  /**
   * Scales budgets, costs and share amounts by 10^s, s their largest number of decimals; false (with
   * the finding) when a scaled total does not fit comfortably in a {@code long}.
   */
  private boolean scaleAmounts() {
    if (!inRange()) {
      return false;
    }
    int scale = 0;
    for (BigDecimal b : pb.budget().values()) {
      scale = decimals(b, scale);
    }
    for (Project p : ps) {
      step();
      for (BigDecimal c : p.cost().values()) {
        scale = decimals(c, scale);
      }
    }
    for (MinimumShare ms : pb.minimumShares()) {
      BigDecimal a = ms.share().multiply(pb.budget().get(ms.period()));
      shareAmounts.add(a);
      scale = decimals(a, scale);
    }
    m.scale = scale;
    int periods = m.periods.length;
    m.budget = new long[periods];
    cost = new long[ps.size()][periods];
    // in longs first (one pass over the projects); the exact decimals only to name a total too large
    try {
      long[] total = new long[periods];
      for (int i = 0; i < ps.size(); i++) {
        step();
        for (Map.Entry<String, BigDecimal> e : ps.get(i).cost().entrySet()) {
          int t = periodIndex.get(e.getKey());
          long c = scaled(e.getValue(), scale);
          cost[i][t] = c;
          total[t] = Math.addExact(total[t], c);
        }
      }
      for (int t = 0; t < periods; t++) {
        m.budget[t] = scaled(pb.budget().get(m.periods[t]), scale);
        if (Math.max(total[t], m.budget[t]) > Long.MAX_VALUE / 4) {
          return scaleExactly(scale);
        }
      }
      return true;
    } catch (ArithmeticException e) {
      return scaleExactly(scale);
    }
  }

  /**
   * Whether every amount could be held exactly in a {@code long} after scaling: at most {@value
   * #MAX_DIGITS} digits before the decimal point and as many after it (share amounts included);
   * false, with the finding at the first amount that could not, otherwise. Checked before any sum
   * or scaling, which for an amount such as {@code 1e400600000} (eleven characters) would expand it
   * to 400,600,000 digits.
   */
  private boolean inRange() {
    for (Map.Entry<String, BigDecimal> e : pb.budget().entrySet()) {
      if (outOfRange(e.getValue())) {
        return refuse(e.getValue(), "/budget/" + Pointer.escape(e.getKey()));
      }
    }
    for (int i = 0; i < ps.size(); i++) {
      step();
      for (Map.Entry<String, BigDecimal> e : ps.get(i).cost().entrySet()) {
        if (outOfRange(e.getValue())) {
          return refuse(e.getValue(), "/projects/" + i + "/cost/" + Pointer.escape(e.getKey()));
        }
      }
    }
    for (int s = 0; s < pb.minimumShares().size(); s++) {
      if (outOfRange(pb.minimumShares().get(s).share())) {
        return refuse(pb.minimumShares().get(s).share(), "/minimumShares/" + s + "/share");
      }
    }
    return true;
  }

  private static boolean outOfRange(BigDecimal v) {
    // precision - scale, the digits before the point, is the same stripped of trailing zeros; only
    // a long scale needs them stripped (1.000000000000000000000 has one digit, scale 21)
    return v.signum() != 0 && ((long) v.precision() - v.scale() > MAX_DIGITS
        || v.scale() > MAX_DIGITS && v.stripTrailingZeros().scale() > MAX_DIGITS);
  }

  private boolean refuse(BigDecimal v, String path) {
    m.error(PrioritisationCodes.PORTFOLIO_TOO_LARGE, path, Messages.shown(v));
    return false;
  }

  /** The largest of {@code current} and the number of decimals of {@code v}. */
  private static int decimals(BigDecimal v, int current) {
    return v.scale() <= current ? current : Math.max(current, v.stripTrailingZeros().scale());
  }

  private static long scaled(BigDecimal v, int scale) {
    return scale == 0 ? v.longValueExact() : v.movePointRight(scale).longValueExact();
  }

  /**
   * The scaling in exact decimals, which names the total that does not fit. Every amount is
   * non-negative here (negative ones were refused before), so a total within the limit holds each
   * of its scaled amounts exactly.
   */
  private boolean scaleExactly(int scale) {
    int periods = m.periods.length;
    BigDecimal limit = BigDecimal.valueOf(Long.MAX_VALUE / 4);
    for (int t = 0; t < periods; t++) {
      BigDecimal total = BigDecimal.ZERO;
      for (Project p : ps) {
        step();
        total = total.add(p.costIn(m.periods[t]));
      }
      BigDecimal budget = pb.budget().get(m.periods[t]);
      BigDecimal big = total.max(budget).movePointRight(scale);
      if (big.compareTo(limit) > 0) {
        m.error(PrioritisationCodes.PORTFOLIO_TOO_LARGE, largest(m.periods[t], budget.compareTo(total) >= 0),
            Messages.shown(big));
        return false;
      }
      m.budget[t] = budget.movePointRight(scale).longValueExact();
      for (int i = 0; i < ps.size(); i++) {
        step();
        cost[i][t] = ps.get(i).costIn(m.periods[t]).movePointRight(scale).longValueExact();
      }
    }
    return true;
  }

  /**
   * {@return the path of the largest amount of {@code period}: its budget, or the largest cost in
   * it}, so that the refusal of a too-large total points at the value to change
   */
  private String largest(String period, boolean budget) {
    if (budget) {
      return "/budget/" + Pointer.escape(period);
    }
    int at = 0;
    for (int i = 1; i < ps.size(); i++) {
      if (ps.get(i).costIn(period).compareTo(ps.get(at).costIn(period)) > 0) {
        at = i;
      }
    }
    return "/projects/" + at + "/cost/" + Pointer.escape(period);
  }

  /** One unit per strongly connected component of the requires graph, with its arcs both ways. */
  private void mergeCycles() {
    int n = ps.size();
    int periods = m.periods.length;
    int[][] req = new int[n][];
    for (int i = 0; i < n; i++) {
      step();
      Set<String> rs = ps.get(i).requires();
      if (rs.isEmpty()) {
        req[i] = PortfolioUnit.NONE;
        continue;
      }
      int[] a = new int[rs.size()];
      int k = 0;
      for (String r : rs) {
        a[k++] = index.get(r);
      }
      req[i] = a;
    }
    checkTime();
    comp = StronglyConnected.components(req);
    checkTime();
    int units = 0;
    for (int c : comp) {
      units = Math.max(units, c + 1);
    }
    m.units = new PortfolioUnit[units];
    int[] size = new int[units];
    for (int c : comp) {
      size[c]++;
    }
    for (int u = 0; u < units; u++) {
      step();
      m.units[u] = new PortfolioUnit();
      m.units[u].cost = new long[periods];
      m.units[u].members = new int[size[u]];
    }
    Arrays.fill(size, 0);
    for (int i = 0; i < n; i++) {
      step();
      PortfolioUnit u = m.units[comp[i]];
      u.members[size[comp[i]]++] = i;
      u.value += ps.get(i).value();
      u.mandatory |= ps.get(i).mandatory();
      for (int t = 0; t < periods; t++) {
        u.cost[t] += cost[i][t];
      }
    }
    for (int u = 0; u < units; u++) {
      step();
      PortfolioUnit unit = m.units[u];
      if (unit.members.length > 1) {
        unit.members = Arrays.stream(unit.members).boxed()
            .sorted(Comparator.comparing(i -> ps.get(i).id())).mapToInt(Integer::intValue).toArray();
        m.findings.add(
            Messages.warning(
                PrioritisationCodes.PORTFOLIO_CYCLE, "/projects/" + unit.members[0] + "/requires", String.join(", ", m.memberIds(unit))));
      }
      unit.id = ps.get(unit.members[0]).id();
      int count = 0;
      for (int i : unit.members) {
        count += req[i].length;
      }
      int[] r = new int[count];
      int k = 0;
      for (int i : unit.members) {
        for (int j : req[i]) {
          if (comp[j] != u) {
            r[k++] = comp[j];
          }
        }
      }
      unit.requires = sortedDistinct(r, k);
    }
    int[] by = new int[units];
    for (PortfolioUnit unit : m.units) {
      for (int r : unit.requires) {
        by[r]++;
      }
    }
    for (int u = 0; u < units; u++) {
      m.units[u].requiredBy = by[u] == 0 ? PortfolioUnit.NONE : new int[by[u]];
    }
    Arrays.fill(by, 0);
    for (int u = 0; u < units; u++) {
      for (int r : m.units[u].requires) {
        m.units[r].requiredBy[by[r]++] = u;
      }
    }
  }

  /** The units of exclusive group g's members, sorted, one entry a member. */
  private int[] sortedUnits(int g) {
    int[] us = new int[pb.exclusive().get(g).size()];
    int k = 0;
    for (String id : pb.exclusive().get(g)) {
      us[k++] = comp[index.get(id)];
    }
    Arrays.sort(us);
    return us;
  }

  private void groups() {
    int count = pb.exclusive().size();
    m.groupUnits = new int[count][];
    // per unit: its groups in group order, each after a -1 for every second member of the unit in it
    int[] entries = new int[m.units.length];
    int[] twice = new int[count];
    for (int g = 0; g < count; g++) {
      step();
      int[] us = sortedUnits(g);
      for (int i = 1; i < us.length; i++) {
        if (us[i] == us[i - 1]) {
          // two members of one all-or-none unit in one exclusive group: the unit can never be taken
          entries[us[i]]++;
          twice[g]++;
        }
      }
      m.groupUnits[g] = sortedDistinct(us, us.length);
      for (int u : m.groupUnits[g]) {
        entries[u]++;
      }
    }
    for (int u = 0; u < m.units.length; u++) {
      m.units[u].groups = entries[u] == 0 ? PortfolioUnit.NONE : new int[entries[u]];
    }
    Arrays.fill(entries, 0);
    for (int g = 0; g < count; g++) {
      step();
      if (twice[g] > 0) {
        int[] us = sortedUnits(g);
        for (int i = 1; i < us.length; i++) {
          if (us[i] == us[i - 1]) {
            m.units[us[i]].groups[entries[us[i]]++] = -1;
          }
        }
      }
      for (int u : m.groupUnits[g]) {
        m.units[u].groups[entries[u]++] = g;
      }
    }
  }

  /** The first {@code k} values of {@code a}, sorted, each once (sorts {@code a} in place). */
  private static int[] sortedDistinct(int[] a, int k) {
    if (k == 0) {
      return PortfolioUnit.NONE;
    }
    Arrays.sort(a, 0, k);
    int d = 0;
    for (int i = 0; i < k; i++) {
      if (d == 0 || a[i] != a[d - 1]) {
        a[d++] = a[i];
      }
    }
    return Arrays.copyOf(a, d);
  }

  private void shares() {
    int count = pb.minimumShares().size();
    m.shareRequired = new long[count];
    m.shareCost = new long[count][m.units.length];
    for (int s = 0; s < count; s++) {
      MinimumShare ms = pb.minimumShares().get(s);
      int t = periodIndex.get(ms.period());
      // the scale counted the share amount's decimals, so the ceiling only drops trailing zeros
      m.shareRequired[s] = shareAmounts.get(s).movePointRight(m.scale).setScale(0, RoundingMode.CEILING).longValueExact();
      for (String id : ms.projects()) {
        step();
        int i = index.get(id);
        m.shareCost[s][comp[i]] += cost[i][t];
      }
    }
  }

  /** The branching order (value per surrogate weight) and each period's order, ties by id. */
  private void orders() {
    PortfolioUnit[] us = m.units;
    Integer[] byId = new Integer[us.length];
    for (int u = 0; u < us.length; u++) {
      byId[u] = u;
    }
    checkTime();
    Arrays.sort(byId, Comparator.comparing(u -> us[u].id));
    checkTime();
    m.byId = new int[us.length];
    for (int k = 0; k < us.length; k++) {
      m.byId[k] = byId[k];
    }
    double[] key = new double[us.length];
    for (int u = 0; u < us.length; u++) {
      key[u] = -SurrogateMultipliers.ratio(us[u]);
    }
    m.order = IndexSort.ascendingThen(key, m.byId);
    m.periodOrder = new int[m.periods.length][];
    for (int t = 0; t < m.periods.length; t++) {
      checkTime();
      for (int u = 0; u < us.length; u++) {
        key[u] = us[u].cost[t] == 0 ? -Double.MAX_VALUE : -us[u].value / us[u].cost[t];
      }
      m.periodOrder[t] = IndexSort.ascendingThen(key, m.byId);
    }
  }
}
