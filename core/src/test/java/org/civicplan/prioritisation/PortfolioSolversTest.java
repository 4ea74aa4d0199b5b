// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The solver SPI: the embedded backend is always available and is {@link Portfolio#select}; a
 * backend's answer goes through {@link CompiledPortfolio#result}, which refuses a selection that
 * breaks a constraint and reports a stopped search with its bound and gap.
 */
class PortfolioSolversTest {

  /** a (6, cost 4) requires b (1, cost 4); c (5.5, cost 6) excludes a; budget 10. */
  private static PortfolioProblem problem() {
    return new PortfolioProblem(
        PortfolioTest.money("y", "10"),
        List.of(
            new Project("a", 6, PortfolioTest.money("y", "4"), Set.of("b"), false),
            Project.of("b", 1, PortfolioTest.money("y", "4")),
            Project.of("c", 5.5, PortfolioTest.money("y", "6"))),
        List.of(Set.of("a", "c")),
        List.of(),
        1000,
        Duration.ofSeconds(5));
  }

  @Test
  void embeddedIsAvailableFirstAndIsPortfolioSelect() {
    assertEquals(PortfolioSolvers.EMBEDDED, PortfolioSolvers.available().get(0).id());
    assertTrue(PortfolioSolvers.find(PortfolioSolvers.EMBEDDED).isPresent());
    assertFalse(PortfolioSolvers.find("no-such-solver").isPresent());
    Selection s = PortfolioSolvers.embedded().select(problem());
    assertEquals(Portfolio.select(problem()), s);
    // a + b = 7 beats b + c = 6.5 (a and c exclude each other)
    assertEquals(List.of("a", "b"), s.selected());
  }

  @Test
  void compiledProblemExposesUnitsAndScaledAmounts() {
    CompiledPortfolio c = CompiledPortfolio.of(problem());
    assertTrue(c.refusal().isEmpty());
    assertEquals(3, c.units());
    assertEquals(1, c.periods());
    assertEquals(10, c.budget(0));
    assertEquals(1, c.groups());
    assertEquals(2, c.groupUnits(0).length);
    assertEquals(0, c.shares());
  }

  @Test
  void resultRefusesASelectionThatBreaksAConstraint() {
    CompiledPortfolio c = CompiledPortfolio.of(problem());
    int a = unit(c, 6);
    int b = unit(c, 1);
    int cc = unit(c, 5.5);
    boolean[] aWithoutB = new boolean[3];
    aWithoutB[a] = true;
    assertThrows(IllegalArgumentException.class, () -> c.result(aWithoutB, true, 6, 1));
    boolean[] aAndC = new boolean[3];
    aAndC[a] = true;
    aAndC[b] = true;
    aAndC[cc] = true;
    assertThrows(IllegalArgumentException.class, () -> c.result(aAndC, true, 12.5, 1));
    boolean[] ok = new boolean[3];
    ok[b] = true;
    ok[cc] = true;
    Selection stopped = c.result(ok, false, 7.25, 3);
    assertTrue(stopped.feasible());
    assertFalse(stopped.optimal());
    assertEquals(6.5, stopped.value(), 0);
    assertEquals(7.25, stopped.bound(), 0);
    // (7.25 − 6.5) / 7.25
    assertEquals(0.75 / 7.25, stopped.gap(), 1e-15);
    assertTrue(stopped.findings().stream().anyMatch(f -> f.code().equals(PrioritisationCodes.PORTFOLIO_LIMIT)));
  }

  @Test
  void refusedProblemReportsItsCause() {
    PortfolioProblem p = PortfolioProblem.of(PortfolioTest.money("y", "1"), List.of(new Project("a", 1, PortfolioTest.money("y", "2"), Set.of(), true)));
    CompiledPortfolio c = CompiledPortfolio.of(p);
    assertTrue(c.refusal().isPresent());
    assertEquals(PrioritisationCodes.PORTFOLIO_INFEASIBLE_BUDGET, c.refusal().get().findings().get(0).code());
    assertThrows(IllegalStateException.class, () -> c.result(new boolean[1], true, 0, 0));
  }

  /**
   * Two years with amounts in tenths; a mandatory project; a requires arc; an exclusive pair; a
   * project dearer than its year's budget; a project costing exactly its year's budget; a requires
   * cycle whose two members exclude each other; a minimum share of 2027 for c and e.
   */
  private static PortfolioProblem everyKindOfConstraint() {
    return new PortfolioProblem(
        PortfolioTest.money("2026", "10.5", "2027", "8"),
        List.of(
            new Project("m1", 2, PortfolioTest.money("2026", "1.5"), Set.of(), true),
            new Project("a", 6, PortfolioTest.money("2026", "4", "2027", "2"), Set.of("b"), false),
            Project.of("b", 1, PortfolioTest.money("2026", "4")),
            Project.of("c", 5.5, PortfolioTest.money("2027", "6")),
            Project.of("d", 9, PortfolioTest.money("2026", "11")),
            Project.of("e", 3, PortfolioTest.money("2027", "3")),
            Project.of("f", 0.5, PortfolioTest.money("2027", "8")),
            new Project("x", 20, PortfolioTest.money("2027", "1"), Set.of("y"), false),
            new Project("y", 20, PortfolioTest.money("2027", "1"), Set.of("x"), false)),
        List.of(Set.of("a", "c"), Set.of("x", "y")),
        List.of(new MinimumShare("2027", Set.of("c", "e"), new BigDecimal("0.5"))),
        1000,
        Duration.ofSeconds(5));
  }

  /**
   * What a backend reads of the compiled problem, unit by unit, and a backend written here from
   * those accessors alone (every subset of the units, checked against each constraint as the
   * accessors state it) whose best subset, through {@link CompiledPortfolio#result}, is the
   * embedded solver's selection.
   */
  @Test
  void aBackendBuiltOnTheAccessorsAlone_findsTheEmbeddedSolversSelection() {
    long before = System.nanoTime();
    CompiledPortfolio c = CompiledPortfolio.of(everyKindOfConstraint());
    assertTrue(c.deadlineNanos() - before > 0 && c.deadlineNanos() - before <= Duration.ofSeconds(5).toNanos() + (System.nanoTime() - before));
    assertTrue(c.remainingSeconds() > 0 && c.remainingSeconds() <= 5, () -> c.remainingSeconds() + " s");
    assertEquals(8, c.units(), "x and y are one unit");
    assertEquals(2, c.periods());
    assertEquals(105, c.budget(0), "amounts in tenths");
    assertEquals(80, c.budget(1));
    int m1 = unit(c, 2);
    int a = unit(c, 6);
    int b = unit(c, 1);
    int cc = unit(c, 5.5);
    int d = unit(c, 9);
    int e = unit(c, 3);
    int f = unit(c, 0.5);
    int xy = unit(c, 40);
    assertEquals(List.of(15L, 0L), List.of(c.cost(m1, 0), c.cost(m1, 1)));
    assertEquals(List.of(40L, 20L), List.of(c.cost(a, 0), c.cost(a, 1)));
    assertEquals(List.of(0L, 20L), List.of(c.cost(xy, 0), c.cost(xy, 1)));
    assertTrue(c.mandatory(m1));
    assertFalse(c.mandatory(a) || c.mandatory(xy));
    assertFalse(c.selectable(d), "dearer than 2026's budget");
    assertFalse(c.selectable(xy), "its members exclude each other");
    assertTrue(c.selectable(f), "exactly 2027's budget");
    assertTrue(c.selectable(a) && c.selectable(m1));
    assertEquals(b, c.requires(a)[0]);
    assertEquals(0, c.requires(b).length);
    assertEquals(1, c.shares());
    assertEquals(40, c.shareRequired(0), "half of 8, in tenths");
    assertEquals(List.of(60L, 30L, 0L, 0L), List.of(c.shareCost(0, cc), c.shareCost(0, e), c.shareCost(0, a), c.shareCost(0, f)));

    int n = c.units();
    boolean[] best = null;
    double bestValue = Double.NEGATIVE_INFINITY;
    for (int mask = 0; mask < 1 << n; mask++) {
      boolean[] x = new boolean[n];
      double value = 0;
      for (int u = 0; u < n; u++) {
        x[u] = (mask >> u & 1) == 1;
        value += x[u] ? c.value(u) : 0;
      }
      if (holds(c, x) && value > bestValue) {
        bestValue = value;
        best = x;
      }
    }
    Selection embedded = Portfolio.select(everyKindOfConstraint());
    Selection backend = c.result(best, true, bestValue, 1 << n);
    assertTrue(embedded.optimal() && backend.optimal());
    assertEquals(embedded.selected(), backend.selected());
    assertEquals(embedded.value(), backend.value(), 1e-12);
    assertEquals(embedded.cost(), backend.cost());
    // a excludes c, which the share needs (e alone is below it, and c and e overrun 2027 together)
    assertEquals(List.of("b", "c", "m1"), backend.selected());
  }

  private static boolean holds(CompiledPortfolio c, boolean[] x) {
    for (int t = 0; t < c.periods(); t++) {
      long used = 0;
      for (int u = 0; u < x.length; u++) {
        used += x[u] ? c.cost(u, t) : 0;
      }
      if (used > c.budget(t)) {
        return false;
      }
    }
    for (int u = 0; u < x.length; u++) {
      if (x[u] && !c.selectable(u) || c.mandatory(u) && !x[u]) {
        return false;
      }
      for (int r : c.requires(u)) {
        if (x[u] && !x[r]) {
          return false;
        }
      }
    }
    for (int g = 0; g < c.groups(); g++) {
      int in = 0;
      for (int u : c.groupUnits(g)) {
        in += x[u] ? 1 : 0;
      }
      if (in > 1) {
        return false;
      }
    }
    for (int s = 0; s < c.shares(); s++) {
      long met = 0;
      for (int u = 0; u < x.length; u++) {
        met += x[u] ? c.shareCost(s, u) : 0;
      }
      if (met < c.shareRequired(s)) {
        return false;
      }
    }
    return true;
  }

  /** What {@link CompiledPortfolio#result} refuses, each with its sentence. */
  @Test
  void resultNamesWhatASelectionBreaks() {
    CompiledPortfolio c = CompiledPortfolio.of(everyKindOfConstraint());
    int n = c.units();
    IllegalArgumentException length = assertThrows(IllegalArgumentException.class, () -> c.result(new boolean[n + 1], true, 0, 0));
    assertEquals("expected " + n + " units but got " + (n + 1), length.getMessage());
    boolean[] noMandatory = new boolean[n];
    noMandatory[unit(c, 5.5)] = true;
    assertEquals("the selection leaves out mandatory unit m1",
        assertThrows(IllegalArgumentException.class, () -> c.result(noMandatory, false, 20, 0)).getMessage());
    boolean[] noShare = new boolean[n];
    noShare[unit(c, 2)] = true;
    assertEquals("the selection misses a minimum share",
        assertThrows(IllegalArgumentException.class, () -> c.result(noShare, false, 20, 0)).getMessage());
    boolean[] overBudget = noMandatory.clone();
    overBudget[unit(c, 2)] = true;
    overBudget[unit(c, 0.5)] = true;
    assertEquals("the selection breaks a budget or an exclusive group at unit f",
        assertThrows(IllegalArgumentException.class, () -> c.result(overBudget, false, 20, 0)).getMessage());
  }

  /** A backend that found no selection before its limit: nothing selected, not optimal, its bound. */
  @Test
  void noneReportsAStoppedSearchWithoutASelection() {
    CompiledPortfolio c = CompiledPortfolio.of(everyKindOfConstraint());
    Selection none = c.none(true, 17.5, 42);
    assertTrue(none.selected().isEmpty());
    assertFalse(none.optimal());
    assertEquals(42, none.nodes());
    Selection proven = c.none(false, 0, 7);
    assertTrue(proven.selected().isEmpty());
    assertFalse(proven.feasible());
    PortfolioProblem refused = PortfolioProblem.of(PortfolioTest.money("y", "1"), List.of(new Project("a", 1, PortfolioTest.money("y", "2"), Set.of(), true)));
    assertThrows(IllegalStateException.class, () -> CompiledPortfolio.of(refused).none(true, 0, 0));
  }

  private static int unit(CompiledPortfolio c, double value) {
    for (int u = 0; u < c.units(); u++) {
      if (c.value(u) == value) {
        return u;
      }
    }
    throw new AssertionError("no unit of value " + value);
  }
}
