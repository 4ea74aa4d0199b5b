// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The search's state under random walks of takes, leaves and restores on small problems with every
 * kind of constraint: after each step that succeeds, what the state keeps (value, money used per
 * period, the taken member of each exclusive group, the share amounts taken and still open) equals
 * what its assignment gives when recomputed, the assignment keeps every constraint, and the bound
 * is at least the best completion found by enumeration; a step that fails is undone exactly.
 */
class PortfolioStateTest {

  static Stream<Long> seeds() {
    return LongStream.range(0, 150).boxed();
  }

  private static PortfolioModel randomModel(SplittableRandom g) {
    int n = 3 + g.nextInt(6);
    int periods = 1 + g.nextInt(3);
    List<Project> ps = new ArrayList<>();
    long[] demand = new long[periods];
    for (int i = 0; i < n; i++) {
      Map<String, BigDecimal> cost = new TreeMap<>();
      for (int t = 0; t < periods; t++) {
        if (g.nextInt(3) > 0) {
          int c = g.nextInt(10);
          cost.put("y" + t, BigDecimal.valueOf(c));
          demand[t] += c;
        }
      }
      Set<String> req = i > 0 && g.nextInt(3) == 0 ? Set.of("p" + g.nextInt(i)) : Set.of();
      ps.add(new Project("p" + i, g.nextInt(12) - 2, cost, req, g.nextInt(10) == 0));
    }
    Map<String, BigDecimal> budget = new TreeMap<>();
    for (int t = 0; t < periods; t++) {
      budget.put("y" + t, BigDecimal.valueOf(demand[t] / 2 + g.nextInt(3)));
    }
    List<Set<String>> ex = new ArrayList<>();
    if (g.nextBoolean()) {
      ex.add(Set.of("p" + g.nextInt(n / 2), "p" + (n / 2 + g.nextInt(n - n / 2))));
    }
    List<MinimumShare> shares = new ArrayList<>();
    if (g.nextBoolean()) {
      shares.add(new MinimumShare("y0", new HashSet<>(List.of("p" + g.nextInt(n), "p" + g.nextInt(n))), new BigDecimal("0.1")));
    }
    return PortfolioModelBuilder.build(new PortfolioProblem(budget, ps, ex, shares, 1000, Duration.ofSeconds(5)));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void randomWalksKeepTheStateTrue(long seed) {
    SplittableRandom g = new SplittableRandom(seed);
    PortfolioModel m = randomModel(g);
    if (m.refused()) {
      return;
    }
    PortfolioState st = new PortfolioState(m);
    if (!st.forceMandatory()) {
      return;
    }
    check(st, "after forcing, seed " + seed);
    List<int[]> marks = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    for (int step = 0; step < 60; step++) {
      int u = g.nextInt(m.units.length);
      int op = g.nextInt(5);
      String ctx = "seed " + seed + ", step " + step + ", op " + op + " on unit " + u;
      if (op == 4 && !marks.isEmpty()) {
        int k = g.nextInt(marks.size());
        st.restore(marks.get(k)[0], values.get(k));
        marks.subList(k, marks.size()).clear();
        values.subList(k, values.size()).clear();
        check(st, ctx);
        continue;
      }
      Snapshot before = new Snapshot(st);
      int mark = st.trail.size();
      double v = st.value;
      boolean ok = switch (op) {
        case 0, 1 -> st.take(u) && st.sharesReachable();
        case 2 -> st.leave(u);
        default -> {
          st.takeIfFeasible(u);
          yield true;
        }
      };
      if (ok) {
        marks.add(new int[] {mark});
        values.add(v);
        check(st, ctx);
      } else {
        st.restore(mark, v);
        before.assertSame(st, ctx);
      }
    }
  }

  /** The model of projects (id, value, cost in "y", requires, mandatory) under a budget of 10 in "y". */
  private static PortfolioModel model(List<Project> ps, List<Set<String>> exclusive, List<MinimumShare> shares) {
    return PortfolioModelBuilder.build(
        new PortfolioProblem(Map.of("y", BigDecimal.TEN), ps, exclusive, shares, 1000, Duration.ofSeconds(5)));
  }

  private static Project project(String id, long cost, Set<String> requires, boolean mandatory) {
    return new Project(id, 5, Map.of("y", BigDecimal.valueOf(cost)), requires, mandatory);
  }

  private static int unit(PortfolioModel m, String id) {
    for (int u = 0; u < m.units.length; u++) {
      if (m.units[u].id.equals(id)) {
        return u;
      }
    }
    throw new AssertionError("no unit " + id);
  }

  /**
   * Forcing the mandatory projects fails, whatever the diagnosis of the model says first, when a
   * mandatory project costs more than the budget, when leaving a project over the budget makes a
   * minimum share unreachable, and when a share is unreachable from the start.
   */
  @Test
  void forcingTheMandatoryProjectsFailsWhereNoSelectionIsPossible() {
    PortfolioModel overBudget = model(List.of(project("a", 20, Set.of(), true), project("b", 2, Set.of(), false)), List.of(), List.of());
    assertFalse(new PortfolioState(overBudget).forceMandatory(), "a mandatory project over the budget");

    // "a" is over the budget, so it is left at once, and the share of half the budget needed it
    PortfolioModel shareNeedsIt = model(List.of(project("a", 20, Set.of(), false), project("b", 2, Set.of(), false)), List.of(),
        List.of(new MinimumShare("y", Set.of("a"), new BigDecimal("0.5"))));
    assertFalse(new PortfolioState(shareNeedsIt).forceMandatory(), "a share that only a project over the budget could meet");

    PortfolioModel unreachable = model(List.of(project("a", 1, Set.of(), false), project("b", 2, Set.of(), false)), List.of(),
        List.of(new MinimumShare("y", Set.of("a"), new BigDecimal("0.9"))));
    assertFalse(new PortfolioState(unreachable).forceMandatory(), "a share of 9 from projects costing 1");

    PortfolioModel fine = model(List.of(project("a", 4, Set.of(), true), project("b", 2, Set.of(), false)), List.of(),
        List.of(new MinimumShare("y", Set.of("a", "b"), new BigDecimal("0.5"))));
    PortfolioState st = new PortfolioState(fine);
    assertTrue(st.forceMandatory());
    assertEquals(PortfolioState.IN, st.state[unit(fine, "a")]);
    assertEquals(PortfolioState.FREE, st.state[unit(fine, "b")]);
  }

  /**
   * Each refusal of a take or a leave: a unit already left or already taken, a unit whose two
   * members are in one exclusive group, a unit requiring one already left, a unit whose taking
   * would exceed the budget; and the repeated take or leave that changes nothing.
   */
  @Test
  void takesAndLeavesAreRefusedWhereTheyWouldBreakAConstraint() {
    PortfolioModel m = model(
        List.of(project("a", 2, Set.of(), false), project("b", 3, Set.of("a"), false), project("c", 9, Set.of(), false),
            project("d", 1, Set.of("e"), false), project("e", 1, Set.of("d"), false)),
        List.of(Set.of("d", "e")), List.of());
    int a = unit(m, "a");
    int b = unit(m, "b");
    int c = unit(m, "c");
    int de = unit(m, "d");

    PortfolioState st = new PortfolioState(m);
    assertTrue(st.leave(a));
    assertTrue(st.leave(a), "leaving again changes nothing");
    assertFalse(st.take(a), "a unit already left");
    assertFalse(new PortfolioState(m).take(de), "d and e require each other and exclude each other");

    PortfolioState requiring = new PortfolioState(m);
    assertTrue(requiring.leave(a));
    assertEquals(PortfolioState.OUT, requiring.state[b], "what requires a left unit is left too");

    PortfolioState taken = new PortfolioState(m);
    assertTrue(taken.take(b));
    assertEquals(PortfolioState.IN, taken.state[a], "what a taken unit requires is taken too");
    assertTrue(taken.take(b), "taking again changes nothing");
    assertFalse(taken.leave(a), "a unit already taken");
    assertFalse(taken.take(c), "5 used, 9 more exceeds the budget of 10");
  }

  /** What the state keeps, compared with what its assignment gives. */
  private static void check(PortfolioState st, String ctx) {
    PortfolioModel m = st.m;
    int n = m.units.length;
    double value = 0;
    long[] used = new long[m.periods.length];
    long[] shareIn = new long[m.shareRequired.length];
    long[] shareOpen = new long[m.shareRequired.length];
    for (int u = 0; u < n; u++) {
      PortfolioUnit unit = m.units[u];
      if (st.state[u] == PortfolioState.IN) {
        value += unit.value;
        for (int t = 0; t < used.length; t++) {
          used[t] += unit.cost[t];
        }
        for (int r : unit.requires) {
          assertEquals(PortfolioState.IN, st.state[r], ctx + ": a taken unit's requirement");
        }
      }
      if (st.state[u] == PortfolioState.OUT) {
        for (int r : unit.requiredBy) {
          assertEquals(PortfolioState.OUT, st.state[r], ctx + ": what requires a left unit");
        }
      }
      for (int s = 0; s < shareIn.length; s++) {
        shareIn[s] += st.state[u] == PortfolioState.IN ? m.shareCost[s][u] : 0;
        shareOpen[s] += st.state[u] == PortfolioState.FREE ? m.shareCost[s][u] : 0;
      }
    }
    assertEquals(value, st.value, 1e-9, ctx);
    assertArrayEquals(used, st.used, ctx);
    for (int t = 0; t < used.length; t++) {
      assertTrue(used[t] <= m.budget[t], ctx);
    }
    assertArrayEquals(shareIn, st.shareIn, ctx);
    assertArrayEquals(shareOpen, st.shareOpen, ctx);
    boolean reachable = true;
    boolean met = true;
    for (int s = 0; s < shareIn.length; s++) {
      reachable &= shareIn[s] + shareOpen[s] >= m.shareRequired[s];
      met &= shareIn[s] >= m.shareRequired[s];
    }
    assertEquals(reachable, st.sharesReachable(), ctx);
    assertEquals(met, st.sharesMet(), ctx);
    for (int gr = 0; gr < m.groupUnits.length; gr++) {
      int taken = -1;
      for (int u : m.groupUnits[gr]) {
        if (st.state[u] == PortfolioState.IN) {
          assertEquals(-1, taken, ctx + ": two taken in group " + gr);
          taken = u;
        }
      }
      assertEquals(taken, st.groupTaken[gr], ctx + ": group " + gr);
      for (int u : m.groupUnits[gr]) {
        if (taken >= 0 && u != taken) {
          assertEquals(PortfolioState.OUT, st.state[u], ctx + ": the others of a group with a taken unit");
        }
      }
    }
    byte[] closed = st.closed();
    for (int u = 0; u < n; u++) {
      assertEquals(st.state[u] == PortfolioState.IN ? PortfolioState.IN : PortfolioState.OUT, closed[u], ctx);
    }
    double best = bestCompletion(st);
    assertTrue(st.bound() >= best - 1e-9, ctx + ": bound " + st.bound() + " below the best completion " + best);
  }

  /** The best value of any assignment of the free units that keeps the budgets, requirements and groups. */
  private static double bestCompletion(PortfolioState st) {
    PortfolioModel m = st.m;
    List<Integer> free = new ArrayList<>();
    for (int u = 0; u < m.units.length; u++) {
      if (st.state[u] == PortfolioState.FREE) {
        free.add(u);
      }
    }
    double best = Double.NEGATIVE_INFINITY;
    for (int mask = 0; mask < 1 << free.size(); mask++) {
      Set<Integer> in = new HashSet<>();
      for (int u = 0; u < m.units.length; u++) {
        if (st.state[u] == PortfolioState.IN) {
          in.add(u);
        }
      }
      for (int k = 0; k < free.size(); k++) {
        if ((mask >> k & 1) == 1) {
          in.add(free.get(k));
        }
      }
      if (feasible(m, in)) {
        best = Math.max(best, in.stream().mapToDouble(u -> m.units[u].value).sum());
      }
    }
    return best;
  }

  private static boolean feasible(PortfolioModel m, Set<Integer> in) {
    for (int t = 0; t < m.periods.length; t++) {
      long used = 0;
      for (int u : in) {
        used += m.units[u].cost[t];
      }
      if (used > m.budget[t]) {
        return false;
      }
    }
    for (int u : in) {
      if (m.units[u].neverSelectable()) {
        return false;
      }
      for (int r : m.units[u].requires) {
        if (!in.contains(r)) {
          return false;
        }
      }
    }
    for (int[] group : m.groupUnits) {
      int taken = 0;
      for (int u : group) {
        taken += in.contains(u) ? 1 : 0;
      }
      if (taken > 1) {
        return false;
      }
    }
    return true;
  }

  private record Snapshot(byte[] state, long[] used, int[] groupTaken, long[] shareIn, long[] shareOpen, double value, int trail) {
    Snapshot(PortfolioState st) {
      this(st.state.clone(), st.used.clone(), st.groupTaken.clone(), st.shareIn.clone(), st.shareOpen.clone(), st.value, st.trail.size());
    }

    void assertSame(PortfolioState st, String ctx) {
      assertArrayEquals(state, st.state, ctx + ": state after a failed step");
      assertArrayEquals(used, st.used, ctx);
      assertArrayEquals(groupTaken, st.groupTaken, ctx);
      assertArrayEquals(shareIn, st.shareIn, ctx);
      assertArrayEquals(shareOpen, st.shareOpen, ctx);
      assertEquals(value, st.value, ctx);
      assertEquals(trail, st.trail.size(), ctx);
    }
  }
}
