// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What the model builder finds wrong with a problem, each finding exact (code, path, sentence) and
 * in the order of the problem; and what it makes of a valid one: amounts scaled to integers by the
 * largest number of decimals, units for requires cycles, the arcs both ways.
 */
class PortfolioModelBuilderTest {

  /** The model of one period "y" with budget {@code budget} and one project "a" costing {@code cost}. */
  private static PortfolioModel oneProject(String budget, String cost) {
    return PortfolioModelBuilder.build(PortfolioProblem.of(PortfolioTest.money("y", budget),
        List.of(Project.of("a", 1, PortfolioTest.money("y", cost)))));
  }

  private static String tooLarge(String path, String total) {
    return "ERROR portfolio.amount.too-large at " + path + ": The amounts are too large to be compared exactly (largest scaled total "
        + total + ").";
  }

  private static List<String> findings(PortfolioModel m) {
    return m.findings.stream().map(f -> f.severity() + " " + f.code() + " at " + f.path() + ": " + f.message().get(Locale.ENGLISH)).toList();
  }

  @Test
  void everyWrongReferenceAndAmount_inTheProblemsOrder() {
    PortfolioProblem p = new PortfolioProblem(
        PortfolioTest.money("2026", "10", "2027", "-1"),
        List.of(
            new Project("a", 1, PortfolioTest.money("2026", "2"), Set.of("ghost"), false),
            new Project("b", 1, PortfolioTest.money("2026", "-3", "2030", "1"), Set.of(), false),
            Project.of("c", 1, PortfolioTest.money("2026~x", "1"))),
        List.of(Set.of("a", "nobody")),
        List.of(new MinimumShare("2031", Set.of("a", "stranger"), new BigDecimal("0.5"))),
        1000, Duration.ofSeconds(5));
    PortfolioModel m = PortfolioModelBuilder.build(p);
    assertTrue(m.refused());
    assertEquals(List.of(
        "ERROR portfolio.reference.unknown at /projects/0/requires: requires \"a\" refers to \"ghost\", which is not a project.",
        "ERROR portfolio.amount.invalid at /projects/1/cost/2026: Amount -3 for \"b\" in period 2026 is invalid: amounts must be "
            + "non-negative and every period with costs must have a budget.",
        "ERROR portfolio.amount.invalid at /projects/1/cost/2030: Amount 1 for \"b\" in period 2030 is invalid: amounts must be "
            + "non-negative and every period with costs must have a budget.",
        "ERROR portfolio.amount.invalid at /projects/2/cost/2026~0x: Amount 1 for \"c\" in period 2026~x is invalid: amounts must be "
            + "non-negative and every period with costs must have a budget.",
        "ERROR portfolio.amount.invalid at /budget/2027: Amount -1 for \"budget\" in period 2027 is invalid: amounts must be "
            + "non-negative and every period with costs must have a budget.",
        "ERROR portfolio.reference.unknown at /exclusive/0: exclusive \"0\" refers to \"nobody\", which is not a project.",
        "ERROR portfolio.reference.unknown at /minimumShares/0/projects: minimumShares \"2031\" refers to \"stranger\", which is not a project.",
        "ERROR portfolio.amount.invalid at /minimumShares/0/period: Amount 0.5 for \"minimumShares\" in period 2031 is invalid: amounts "
            + "must be non-negative and every period with costs must have a budget."),
        findings(m));
  }

  @Test
  void amountsAreScaledByTheirLargestNumberOfDecimals() {
    PortfolioModel m = PortfolioModelBuilder.build(PortfolioProblem.of(PortfolioTest.money("2026", "10.50", "2027", "4"),
        List.of(Project.of("a", 1, PortfolioTest.money("2026", "0.125", "2027", "1.0")), Project.of("b", 2, PortfolioTest.money("2026", "3")))));
    assertFalse(m.refused());
    // 0.125 has three decimals; 10.50 and 1.0 have fewer once their trailing zeros are dropped
    assertEquals(3, m.scale);
    assertArrayEquals(new long[] {10_500, 4_000}, m.budget);
    assertArrayEquals(new long[] {125, 1_000}, m.units[0].cost);
    assertArrayEquals(new long[] {3_000, 0}, m.units[1].cost);
    assertEquals("10.5", m.money(10_500));
  }

  @Test
  void aRequiresCycleBecomesOneUnit_namedByItsSmallestId() {
    PortfolioModel m = PortfolioModelBuilder.build(PortfolioProblem.of(PortfolioTest.money("y", "100"), List.of(
        new Project("z", 1, PortfolioTest.money("y", "1"), Set.of("m"), false),
        new Project("m", 2, PortfolioTest.money("y", "2"), Set.of("z", "base"), false),
        Project.of("base", 4, PortfolioTest.money("y", "4")),
        new Project("top", 8, PortfolioTest.money("y", "8"), Set.of("z"), false))));
    assertEquals(List.of("WARNING portfolio.requires.cycle at /projects/1/requires: Projects m, z require each other in a cycle: "
        + "they are selected all together or not at all."), findings(m));
    assertEquals(3, m.units.length);
    PortfolioUnit cycle = null;
    PortfolioUnit base = null;
    PortfolioUnit top = null;
    for (PortfolioUnit u : m.units) {
      switch (u.id) {
        case "m" -> cycle = u;
        case "base" -> base = u;
        case "top" -> top = u;
        default -> throw new AssertionError(u.id);
      }
    }
    assertEquals(List.of("m", "z"), m.memberIds(cycle));
    assertEquals(3, cycle.value);
    assertArrayEquals(new long[] {3}, cycle.cost);
    int baseAt = List.of(m.units).indexOf(base);
    int cycleAt = List.of(m.units).indexOf(cycle);
    int topAt = List.of(m.units).indexOf(top);
    assertArrayEquals(new int[] {baseAt}, cycle.requires);
    assertArrayEquals(new int[] {cycleAt}, top.requires);
    assertArrayEquals(new int[] {cycleAt}, base.requiredBy);
    assertArrayEquals(new int[] {topAt}, cycle.requiredBy);
    assertEquals(0, top.requiredBy.length);
  }

  /** Long.MAX_VALUE / 4, the largest scaled total held, as three costs of at most 18 digits. */
  private static final String[] AT_LIMIT = {"999999999999999999", "999999999999999999", "305843009213693953"};

  private static PortfolioModel threeCosts(String third) {
    return PortfolioModelBuilder.build(PortfolioProblem.of(PortfolioTest.money("y", "1000"), List.of(
        Project.of("a", 1, PortfolioTest.money("y", AT_LIMIT[0])), Project.of("b", 1, PortfolioTest.money("y", AT_LIMIT[1])),
        Project.of("c", 1, PortfolioTest.money("y", third)))));
  }

  @Test
  void aTotalOfLongMaxOverFourIsHeld_oneMoreIsRefusedAtTheFirstOfTheLargestCosts() {
    assertEquals(Long.MAX_VALUE / 4, Long.parseLong(AT_LIMIT[0]) + Long.parseLong(AT_LIMIT[1]) + Long.parseLong(AT_LIMIT[2]));
    PortfolioModel held = threeCosts(AT_LIMIT[2]);
    assertEquals(List.of(), findings(held));
    assertArrayEquals(new long[] {1000}, held.budget);
    assertEquals(305_843_009_213_693_953L, held.units[2].cost[0]);
    // a and b tie for the largest cost: the first is named
    assertEquals(List.of(tooLarge("/projects/0/cost/y", "2305843009213693952")), findings(threeCosts("305843009213693954")));
  }

  @Test
  void aBudgetAtTheLimitIsHeld_oneMoreIsRefusedAtTheBudget() {
    // one decimal: the budget scaled by ten is Long.MAX_VALUE / 4, then one more
    PortfolioModel held = oneProject("230584300921369395.1", "2");
    assertEquals(List.of(), findings(held));
    assertArrayEquals(new long[] {Long.MAX_VALUE / 4}, held.budget);
    assertArrayEquals(new long[] {20}, held.units[0].cost);
    assertEquals(List.of(tooLarge("/budget/y", "2305843009213693952")), findings(oneProject("230584300921369395.2", "2")));
  }

  @Test
  void aBudgetEqualToItsPeriodsTotal_isNamedWhenBothAreTooLarge() {
    // the 0.5 of 2027 scales every amount by ten: 999999999999999999 becomes too large for a long
    PortfolioModel m = PortfolioModelBuilder.build(PortfolioProblem.of(PortfolioTest.money("2026", "999999999999999999", "2027", "1"),
        List.of(Project.of("a", 1, PortfolioTest.money("2026", "999999999999999999")), Project.of("b", 1, PortfolioTest.money("2027", "0.5")))));
    assertEquals(List.of(tooLarge("/budget/2026", "9999999999999999990")), findings(m));
  }

  @Test
  void eighteenDigitsBeforeThePointAndEighteenAfterAreHeld_nineteenAreNot() {
    assertEquals(List.of(), findings(oneProject("999999999999999999", "1")));
    assertEquals(List.of(tooLarge("/budget/y", "1000000000000000000")), findings(oneProject("1000000000000000000", "1")));
    PortfolioModel tiny = oneProject("1", "0.000000000000000001");
    assertEquals(List.of(), findings(tiny));
    assertEquals(18, tiny.scale);
    assertArrayEquals(new long[] {1}, tiny.units[0].cost);
    assertEquals(List.of(tooLarge("/projects/0/cost/y", "0.0000000000000000001")), findings(oneProject("1", "0.0000000000000000001")));
  }

  @Test
  void aUnitsRequiredUnitsAreSortedAndDistinct_whateverTheOrderOfTheProjects() {
    for (List<String> order : List.of(List.of("a", "b", "top"), List.of("b", "a", "top"), List.of("top", "b", "a"))) {
      List<Project> ps = order.stream().map(id -> id.equals("top")
          ? new Project("top", 1, PortfolioTest.money("y", "1"), Set.of("a", "b"), false)
          : Project.of(id, 1, PortfolioTest.money("y", "1"))).toList();
      PortfolioModel m = PortfolioModelBuilder.build(PortfolioProblem.of(PortfolioTest.money("y", "10"), ps));
      int a = unitOf(m, "a");
      int b = unitOf(m, "b");
      assertArrayEquals(new int[] {Math.min(a, b), Math.max(a, b)}, m.units[unitOf(m, "top")].requires, order::toString);
    }
  }

  @Test
  void twoMembersOfOneCycleInOneExclusiveGroup_markTheUnitAsNeverTaken_evenWithAProjectBetweenThem() {
    // a and c require each other (one unit); the group's ids in order are a, b, c: b stands between
    PortfolioModel m = PortfolioModelBuilder.build(new PortfolioProblem(PortfolioTest.money("y", "100"), List.of(
        new Project("a", 1, PortfolioTest.money("y", "1"), Set.of("c"), false),
        new Project("c", 2, PortfolioTest.money("y", "2"), Set.of("a"), false),
        Project.of("b", 4, PortfolioTest.money("y", "4"))),
        List.of(Set.of("a", "b", "c")), List.of(), 1000, Duration.ofSeconds(5)));
    int cycle = unitOf(m, "a");
    int b = unitOf(m, "b");
    assertEquals(cycle, unitOf(m, "c"));
    assertArrayEquals(new int[] {Math.min(cycle, b), Math.max(cycle, b)}, m.groupUnits[0]);
    assertArrayEquals(new int[] {-1, 0}, m.units[cycle].groups);
    assertArrayEquals(new int[] {0}, m.units[b].groups);
  }

  /** The index of the unit that holds project {@code id}. */
  static int unitOf(PortfolioModel m, String id) {
    for (int u = 0; u < m.units.length; u++) {
      if (m.memberIds(m.units[u]).contains(id)) {
        return u;
      }
    }
    throw new AssertionError(id);
  }
}
