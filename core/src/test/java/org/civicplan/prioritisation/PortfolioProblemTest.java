// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a {@link PortfolioProblem} refuses when it is made: a repeated project id, limits not positive. */
class PortfolioProblemTest {

  private static Project project(String id) {
    return Project.of(id, 1, Map.of("2026", BigDecimal.ONE));
  }

  @Test
  void theFirstRepeatedIdIsNamed() {
    List<Project> ps = List.of(project("a"), project("b"), project("c"), project("b"), project("a"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PortfolioProblem.of(Map.of("2026", BigDecimal.TEN), ps));
    assertEquals("project id \"b\" appears twice", e.getMessage());
  }

  @Test
  void limitsMustBePositive() {
    List<Project> ps = List.of(project("a"));
    Map<String, BigDecimal> budget = Map.of("2026", BigDecimal.TEN);
    assertEquals("search limits must be positive but were 0 nodes and PT1S", assertThrows(IllegalArgumentException.class,
        () -> new PortfolioProblem(budget, ps, List.of(), List.of(), 0, Duration.ofSeconds(1))).getMessage());
    assertEquals("search limits must be positive but were 1 nodes and PT0S", assertThrows(IllegalArgumentException.class,
        () -> new PortfolioProblem(budget, ps, List.of(), List.of(), 1, Duration.ZERO)).getMessage());
    assertEquals("search limits must be positive but were 1 nodes and PT-1S", assertThrows(IllegalArgumentException.class,
        () -> new PortfolioProblem(budget, ps, List.of(), List.of(), 1, Duration.ofSeconds(-1))).getMessage());
  }

  @Test
  void aMinimumShareIsAFractionOfItsBudget_fromNoneToAll() {
    assertEquals(BigDecimal.ZERO, new MinimumShare("2026", java.util.Set.of("a"), BigDecimal.ZERO).share());
    assertEquals(BigDecimal.ONE, new MinimumShare("2026", java.util.Set.of("a"), BigDecimal.ONE).share());
    assertEquals("minimum share must be in [0, 1] but was 1.0001 (period 2026)", assertThrows(IllegalArgumentException.class,
        () -> new MinimumShare("2026", java.util.Set.of("a"), new BigDecimal("1.0001"))).getMessage());
    assertEquals("minimum share must be in [0, 1] but was -0.1 (period 2026)", assertThrows(IllegalArgumentException.class,
        () -> new MinimumShare("2026", java.util.Set.of("a"), new BigDecimal("-0.1"))).getMessage());
  }

  /**
   * The greedy baseline: mandatory projects first, then the others in decreasing value per cost
   * when they fit; a project worth nothing is not taken even when it fits; a problem that cannot
   * be met is reported as such.
   */
  @Test
  void theGreedyBaseline() {
    List<Project> ps = List.of(
        new Project("m", 1, Map.of("2026", new BigDecimal("4")), java.util.Set.of(), true),
        Project.of("a", 9, Map.of("2026", new BigDecimal("3"))),
        Project.of("b", 8, Map.of("2026", new BigDecimal("4"))),
        Project.of("c", 2, Map.of("2026", new BigDecimal("2"))),
        Project.of("zero", 0, Map.of("2026", new BigDecimal("1"))));
    Selection g = Portfolio.greedy(PortfolioProblem.of(Map.of("2026", BigDecimal.TEN), ps));
    // m (4) first; a (3 per 1) fits, b (2 per 1) does not (11), c (1 per 1) does: 4 + 3 + 2 = 9
    assertEquals(List.of("a", "c", "m"), g.selected());
    assertEquals(12, g.value());
    assertEquals(false, g.optimal());
    // the root bound: m, a, then three quarters of b
    assertEquals(1 + 9 + 8 * 3 / 4.0, g.bound(), 1e-9);
    Selection overBudget = Portfolio.greedy(PortfolioProblem.of(Map.of("2026", new BigDecimal("3")), ps));
    assertEquals(false, overBudget.feasible());
    assertEquals(PrioritisationCodes.PORTFOLIO_INFEASIBLE_BUDGET, overBudget.findings().get(0).code());
    Selection unknown = Portfolio.greedy(PortfolioProblem.of(Map.of("2026", BigDecimal.TEN),
        List.of(new Project("a", 1, Map.of("2026", BigDecimal.ONE), java.util.Set.of("nowhere"), false))));
    assertEquals(false, unknown.feasible());
    assertEquals(PrioritisationCodes.PORTFOLIO_UNKNOWN, unknown.findings().get(0).code());
  }

  /** The cells of a period's knapsack table: its budget over the costs' greatest common divisor, plus one, per item. */
  @Test
  void theKnapsackTableOfAPeriod() {
    List<Project> ps = List.of(Project.of("a", 1, Map.of("y", new BigDecimal("6"))), Project.of("b", 1, Map.of("y", new BigDecimal("9"))),
        Project.of("free", 1, Map.of("y", BigDecimal.ZERO)), Project.of("dear", 1, Map.of("y", new BigDecimal("15"))));
    PortfolioModel m = PortfolioModelBuilder.build(PortfolioProblem.of(Map.of("y", new BigDecimal("12")), ps));
    // gcd(6, 9) = 3: (12 / 3 + 1) × 2 items; the free and the unaffordable project need no row
    assertEquals(10, PeriodKnapsack.cells(m, 0));
    List<Project> withExact = new java.util.ArrayList<>(ps);
    withExact.add(Project.of("exact", 1, Map.of("y", new BigDecimal("12"))));
    assertEquals(15, PeriodKnapsack.cells(PortfolioModelBuilder.build(PortfolioProblem.of(Map.of("y", new BigDecimal("12")), withExact)), 0));
    assertEquals(0, PeriodKnapsack.cells(PortfolioModelBuilder.build(PortfolioProblem.of(Map.of("y", new BigDecimal("12")),
        List.of(Project.of("dear", 1, Map.of("y", new BigDecimal("15")))))), 0));
  }
}
