// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.civicplan.base.Finding;
import org.junit.jupiter.api.Test;

/**
 * Why a problem has no selection, found before any search: what the mandatory projects force (with
 * what they require) against each budget and each exclusive group, and each minimum share against
 * what may be selected at all. Each finding names exactly the projects concerned, in id order.
 */
class InfeasibilityDiagnosisTest {

  private static List<String> errors(PortfolioProblem p) {
    Selection s = Portfolio.select(p);
    assertFalse(s.feasible(), s::toString);
    return s.findings().stream().filter(Finding::isError)
        .map(f -> f.code() + " at " + f.path() + ": " + f.message().get(Locale.ENGLISH)).toList();
  }

  private static PortfolioProblem problem(Map<String, BigDecimal> budget, List<Project> ps, List<Set<String>> exclusive, List<MinimumShare> shares) {
    return new PortfolioProblem(budget, ps, exclusive, shares, 1000, Duration.ofSeconds(5));
  }

  @Test
  void mandatoryProjectsAndWhatTheyRequire_overABudget() {
    PortfolioProblem p = problem(PortfolioTest.money("2026", "10", "2027", "10"),
        List.of(new Project("z1", 1, PortfolioTest.money("2026", "6"), Set.of("a"), true),
            Project.of("a", 1, PortfolioTest.money("2026", "3", "2027", "1")),
            new Project("b", 1, PortfolioTest.money("2026", "2.5"), Set.of(), true),
            Project.of("q", 1, PortfolioTest.money("2026", "1"))),
        List.of(), List.of());
    assertEquals(List.of("portfolio.infeasible.budget at /budget/2026: Mandatory projects a, b, z1 and what they require "
        + "cost 11.5 in period 2026, more than its budget of 10."), errors(p));
  }

  @Test
  void aForcedRequiresCycleWhoseMembersExcludeEachOther() {
    PortfolioProblem p = problem(PortfolioTest.money("y", "10"),
        List.of(new Project("x", 1, PortfolioTest.money("y", "1"), Set.of("y1"), true),
            new Project("y1", 1, PortfolioTest.money("y", "1"), Set.of("x"), false),
            Project.of("w", 1, PortfolioTest.money("y", "1"))),
        List.of(Set.of("x", "y1")), List.of());
    assertEquals(List.of(
        "portfolio.infeasible.exclusive at /exclusive: Mandatory projects (or what they require) x, y1 belong to one mutually exclusive group.",
        "portfolio.infeasible.exclusive at /exclusive/0: Mandatory projects (or what they require) x, y1 belong to one mutually exclusive group."),
        errors(p));
  }

  @Test
  void twoForcedProjectsInOneExclusiveGroup() {
    PortfolioProblem p = problem(PortfolioTest.money("y", "10"),
        List.of(new Project("m3", 1, PortfolioTest.money("y", "1"), Set.of(), true),
            new Project("k", 1, PortfolioTest.money("y", "1"), Set.of("m2"), true),
            Project.of("m2", 1, PortfolioTest.money("y", "1")),
            Project.of("other", 1, PortfolioTest.money("y", "1"))),
        List.of(Set.of("other", "m3", "m2")), List.of());
    assertEquals(List.of("portfolio.infeasible.exclusive at /exclusive/0: Mandatory projects (or what they require) m2, m3 "
        + "belong to one mutually exclusive group."), errors(p));
  }

  @Test
  void aMinimumShareBeyondWhatMayBeSelected_butNotOneJustWithinIt() {
    List<Project> ps = List.of(Project.of("s1", 1, PortfolioTest.money("y", "3")), Project.of("s2", 1, PortfolioTest.money("y", "2")),
        new Project("c1", 1, PortfolioTest.money("y", "4"), Set.of("c2"), false), new Project("c2", 1, PortfolioTest.money("y", "4"), Set.of("c1"), false));
    // c1 and c2 are one unit that can never be selected: they exclude each other
    List<Set<String>> exclusive = List.of(Set.of("c1", "c2"));
    PortfolioProblem beyond = problem(PortfolioTest.money("y", "10"), ps, exclusive,
        List.of(new MinimumShare("y", Set.of("s2", "s1", "c1"), new BigDecimal("0.6"))));
    assertEquals(List.of("portfolio.infeasible.share at /minimumShares/0: The minimum share of 0.6 of the y budget (6) for "
        + "projects c1, s1, s2 cannot be reached: selecting all of them that may be selected costs only 5."), errors(beyond));
    PortfolioProblem within = problem(PortfolioTest.money("y", "10"), ps, exclusive,
        List.of(new MinimumShare("y", Set.of("s2", "s1", "c1"), new BigDecimal("0.5"))));
    Selection s = Portfolio.select(within);
    assertTrue(s.feasible() && s.optimal(), s::toString);
    assertEquals(List.of("s1", "s2"), s.selected());
  }
}
