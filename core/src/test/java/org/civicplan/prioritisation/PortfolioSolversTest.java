// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The solver SPI: the embedded backend is always available and is {@link Portfolio#select}; a
 * backend's answer goes through {@link CompiledPortfolio#result}, which refuses a selection that
 * breaks a constraint and reports a stopped search with its bound and gap.
 */
class PortfolioSolversTest {

  private static Map<String, BigDecimal> money(String... kv) {
    Map<String, BigDecimal> m = new java.util.TreeMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], new BigDecimal(kv[i + 1]));
    }
    return m;
  }

  /** a (6, cost 4) requires b (1, cost 4); c (5.5, cost 6) excludes a; budget 10. */
  private static PortfolioProblem problem() {
    return new PortfolioProblem(
        money("y", "10"),
        List.of(
            new Project("a", 6, money("y", "4"), Set.of("b"), false),
            Project.of("b", 1, money("y", "4")),
            Project.of("c", 5.5, money("y", "6"))),
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
    PortfolioProblem p = PortfolioProblem.of(money("y", "1"), List.of(new Project("a", 1, money("y", "2"), Set.of(), true)));
    CompiledPortfolio c = CompiledPortfolio.of(p);
    assertTrue(c.refusal().isPresent());
    assertEquals(PrioritisationCodes.PORTFOLIO_INFEASIBLE_BUDGET, c.refusal().get().findings().get(0).code());
    assertThrows(IllegalStateException.class, () -> c.result(new boolean[1], true, 0, 0));
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
