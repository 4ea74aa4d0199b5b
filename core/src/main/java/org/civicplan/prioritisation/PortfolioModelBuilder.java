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
import java.util.TreeSet;
import org.civicplan.base.Pointer;

/**
 * Compiles a {@link PortfolioProblem} into a {@link PortfolioModel}: checks references and amounts,
 * scales money to exact {@code long}s, merges requires cycles into units, tunes the surrogate
 * multipliers, lays out exclusive groups, minimum shares and the branching orders, and diagnoses
 * an infeasibility with a single cause.
 */
final class PortfolioModelBuilder {
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

  private PortfolioModelBuilder(PortfolioProblem pb) {
    this.pb = pb;
    this.ps = pb.projects();
    this.m = new PortfolioModel(pb);
  }

  /** The model of the problem; when it is {@link PortfolioModel#refused()}, its findings say why. */
  static PortfolioModel build(PortfolioProblem pb) {
    return new PortfolioModelBuilder(pb).build();
  }

  private PortfolioModel build() {
    for (int i = 0; i < ps.size(); i++) {
      index.put(ps.get(i).id(), i);
    }
    m.periods = pb.budget().keySet().toArray(new String[0]);
    for (int t = 0; t < m.periods.length; t++) {
      periodIndex.put(m.periods[t], t);
    }
    checkReferencesAndAmounts();
    if (m.refused || !scaleAmounts()) {
      return m;
    }
    mergeCycles();
    SurrogateMultipliers.choose(m);
    groups();
    shares();
    orders();
    InfeasibilityDiagnosis.diagnose(m);
    return m;
  }

  private void checkReferencesAndAmounts() {
    for (int i = 0; i < ps.size(); i++) {
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
              m.error(PrioritisationCodes.PORTFOLIO_AMOUNT, "/projects/" + fi + "/cost/" + Pointer.escape(k), p.id(), k, v.toPlainString());
            }
          });
    }
    pb.budget().forEach(
        (k, v) -> {
          if (v.signum() < 0) {
            m.error(PrioritisationCodes.PORTFOLIO_AMOUNT, "/budget/" + Pointer.escape(k), "budget", k, v.toPlainString());
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
  }

  /**
   * Scales budgets, costs and share amounts by 10^s, s their largest number of decimals; false (with
   * the finding) when a scaled total does not fit comfortably in a {@code long}.
   */
  private boolean scaleAmounts() {
    int scale = 0;
    for (BigDecimal b : pb.budget().values()) {
      scale = Math.max(scale, b.stripTrailingZeros().scale());
    }
    for (Project p : ps) {
      for (BigDecimal c : p.cost().values()) {
        scale = Math.max(scale, c.stripTrailingZeros().scale());
      }
    }
    for (MinimumShare ms : pb.minimumShares()) {
      BigDecimal a = ms.share().multiply(pb.budget().get(ms.period()));
      shareAmounts.add(a);
      scale = Math.max(scale, a.stripTrailingZeros().scale());
    }
    m.scale = scale;
    int periods = m.periods.length;
    m.budget = new long[periods];
    cost = new long[ps.size()][periods];
    try {
      BigDecimal limit = BigDecimal.valueOf(Long.MAX_VALUE / 4);
      for (int t = 0; t < periods; t++) {
        BigDecimal total = BigDecimal.ZERO;
        for (Project p : ps) {
          total = total.add(p.costIn(m.periods[t]));
        }
        BigDecimal budget = pb.budget().get(m.periods[t]);
        BigDecimal big = total.max(budget).movePointRight(scale);
        if (big.compareTo(limit) > 0) {
          m.error(PrioritisationCodes.PORTFOLIO_TOO_LARGE, largest(m.periods[t], budget.compareTo(total) >= 0),
              big.toPlainString());
          return false;
        }
        m.budget[t] = pb.budget().get(m.periods[t]).movePointRight(scale).longValueExact();
        for (int i = 0; i < ps.size(); i++) {
          cost[i][t] = ps.get(i).costIn(m.periods[t]).movePointRight(scale).longValueExact();
        }
      }
    } catch (ArithmeticException e) {
      m.error(PrioritisationCodes.PORTFOLIO_TOO_LARGE, "", "?");
      return false;
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
      req[i] = ps.get(i).requires().stream().mapToInt(index::get).toArray();
    }
    comp = StronglyConnected.components(req);
    int units = 0;
    for (int c : comp) {
      units = Math.max(units, c + 1);
    }
    m.units = new PortfolioUnit[units];
    for (int u = 0; u < units; u++) {
      m.units[u] = new PortfolioUnit();
      m.units[u].cost = new long[periods];
    }
    for (int i = 0; i < n; i++) {
      PortfolioUnit u = m.units[comp[i]];
      u.members.add(i);
      u.value += ps.get(i).value();
      u.mandatory |= ps.get(i).mandatory();
      for (int t = 0; t < periods; t++) {
        u.cost[t] += cost[i][t];
      }
    }
    for (int u = 0; u < units; u++) {
      PortfolioUnit unit = m.units[u];
      unit.members.sort(Comparator.comparing(i -> ps.get(i).id()));
      unit.id = ps.get(unit.members.get(0)).id();
      if (unit.members.size() > 1) {
        m.findings.add(
            Messages.warning(
                PrioritisationCodes.PORTFOLIO_CYCLE, "/projects/" + unit.members.get(0) + "/requires", String.join(", ", m.memberIds(unit))));
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
    List<List<Integer>> by = lists(units);
    for (int u = 0; u < units; u++) {
      for (int r : m.units[u].requires) {
        by.get(r).add(u);
      }
    }
    for (int u = 0; u < units; u++) {
      m.units[u].requiredBy = by.get(u).stream().mapToInt(Integer::intValue).toArray();
    }
  }

  private void groups() {
    int count = pb.exclusive().size();
    m.groupUnits = new int[count][];
    List<List<Integer>> groupsOfUnit = lists(m.units.length);
    for (int g = 0; g < count; g++) {
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
    for (int u = 0; u < m.units.length; u++) {
      m.units[u].groups = groupsOfUnit.get(u).stream().mapToInt(Integer::intValue).toArray();
    }
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
        int i = index.get(id);
        m.shareCost[s][comp[i]] += cost[i][t];
      }
    }
  }

  /** The branching order (value per surrogate weight) and each period's order, ties by id. */
  private void orders() {
    PortfolioUnit[] us = m.units;
    m.order = sorted(us.length, Comparator.<Integer>comparingDouble(u -> -SurrogateMultipliers.ratio(us[u])).thenComparing(u -> us[u].id));
    m.periodOrder = new int[m.periods.length][];
    for (int t = 0; t < m.periods.length; t++) {
      final int tt = t;
      m.periodOrder[t] =
          sorted(
              us.length,
              Comparator.<Integer>comparingDouble(u -> us[u].cost[tt] == 0 ? -Double.MAX_VALUE : -us[u].value / us[u].cost[tt])
                  .thenComparing(u -> us[u].id));
    }
  }

  private static int[] sorted(int n, Comparator<Integer> by) {
    Integer[] ord = new Integer[n];
    for (int u = 0; u < n; u++) {
      ord[u] = u;
    }
    Arrays.sort(ord, by);
    return Arrays.stream(ord).mapToInt(Integer::intValue).toArray();
  }

  private static List<List<Integer>> lists(int n) {
    List<List<Integer>> l = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      l.add(new ArrayList<>());
    }
    return l;
  }
}
