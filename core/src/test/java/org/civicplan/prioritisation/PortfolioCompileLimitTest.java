// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.civicplan.base.Finding;
import org.civicplan.base.Severity;
import org.junit.jupiter.api.Test;

/**
 * The time limit while a problem is compiled for the search ({@link PortfolioModelBuilder}): a
 * problem of at least {@value PortfolioModelBuilder#WATCHED_FROM} projects stops at the limit
 * without a selection, a smaller one is compiled whatever the limit. Unlike {@link
 * PortfolioTimeLimitTest} nothing here depends on how fast the machine is: a limit of a nanosecond
 * has run out at the first reading of the clock.
 */
class PortfolioCompileLimitTest {

  /**
   * A limit shorter than compiling a problem of {@value PortfolioModelBuilder#WATCHED_FROM} projects
   * (the fewest whose compilation watches the clock): no selection,
   * within the limit, and the warning that says the limit ran out before the search.
   */
  @Test
  void whenTheLimitRunsOutWhileALargeProblemIsCompiledThereIsNoSelectionAndTheWarningSaysWhy() {
    PortfolioProblem problem = PortfolioTimeLimitTest.large(7, PortfolioModelBuilder.WATCHED_FROM).withLimits(Long.MAX_VALUE, Duration.ofNanos(1));

    long start = System.nanoTime();
    Selection s = Portfolio.select(problem);
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertFalse(s.feasible());
    assertFalse(s.optimal());
    assertEquals(List.of(), s.selected());
    assertEquals(0, s.nodes());
    assertTrue(Double.isNaN(s.bound()) && Double.isNaN(s.gap()), s.toString());
    assertEquals(1, s.findings().size(), s.findings().toString());
    Finding f = s.findings().get(0);
    assertEquals(PrioritisationCodes.PORTFOLIO_LIMIT_COMPILING, f.code());
    assertEquals(Severity.WARNING, f.severity());
    assertEquals("/limits", f.path());
    assertEquals("The time limit ran out while the problem (projects: 16,384) was being prepared for the search, "
        + "before any selection was made; allow more time in the limits.", f.message(Locale.ENGLISH));
    assertEquals("Limita de timp s-a epuizat în timp ce problema (proiecte: 16.384) era pregătită pentru căutare, "
        + "înainte de orice selecție; acordați mai mult timp în limite.", f.message(Locale.forLanguageTag("ro")));
    // the clock is read every 4,096 steps, milliseconds apart: the first reading ends it
    assertTrue(took.compareTo(Duration.ofSeconds(1)) <= 0, "took " + took);
    // the greedy baseline keeps to the limit alike
    Selection greedy = Portfolio.greedy(problem);
    assertFalse(greedy.feasible());
    assertEquals(List.of(PrioritisationCodes.PORTFOLIO_LIMIT_COMPILING), greedy.findings().stream().map(x -> x.code()).toList());
    // and CompiledPortfolio, for other backends, refuses it with the same result
    Selection refusal = CompiledPortfolio.of(problem).refusal().orElseThrow();
    assertEquals(s.findings(), refusal.findings());
  }

  /**
   * Below {@value PortfolioModelBuilder#WATCHED_FROM} projects the problem is compiled whatever the
   * limit (milliseconds): a limit of a nanosecond still gives the greedy selection with its bound.
   * One project more, and the compilation reads the clock: the nanosecond has run out at the first
   * reading.
   */
  @Test
  void aProblemBelowTheWatchedSizeIsCompiledWhateverTheLimitAndGetsTheGreedySelection() {
    PortfolioProblem problem = PortfolioTimeLimitTest.large(7, PortfolioModelBuilder.WATCHED_FROM - 1).withLimits(Long.MAX_VALUE, Duration.ofNanos(1));

    Selection s = Portfolio.select(problem);

    assertTrue(s.feasible(), s.findings().toString());
    assertFalse(s.optimal());
    PortfolioTimeLimitTest.assertFeasible(problem, s);
    assertTrue(s.value() >= Portfolio.greedy(problem).value(), "at least the greedy selection");
    assertTrue(s.bound() >= s.value());
    assertTrue(s.findings().stream().noneMatch(f -> f.code().equals(PrioritisationCodes.PORTFOLIO_LIMIT_COMPILING)));

    Selection watched = Portfolio.select(PortfolioTimeLimitTest.large(7, PortfolioModelBuilder.WATCHED_FROM).withLimits(Long.MAX_VALUE, Duration.ofNanos(1)));
    assertFalse(watched.feasible());
    assertEquals(List.of(PrioritisationCodes.PORTFOLIO_LIMIT_COMPILING), watched.findings().stream().map(f -> f.code()).toList());
  }

  /**
   * A greedy fill whose deadline has passed stops at the first reading of the clock, before the
   * {@value PortfolioModelBuilder#CHECK_EVERY}th unit of its order, each take kept: a smaller
   * selection that keeps every constraint; without a deadline it goes on to the end of the order.
   */
  @Test
  void aGreedyFillStopsWhereItStandsAtTheDeadline() {
    PortfolioModel m = PortfolioModelBuilder.build(PortfolioTimeLimitTest.large(11, PortfolioModelBuilder.WATCHED_FROM));
    PortfolioState stopped = new PortfolioState(m);
    GreedyFill.fill(stopped, m.order, System.nanoTime() - 1);
    PortfolioState prefix = new PortfolioState(m);
    GreedyFill.fill(prefix, java.util.Arrays.copyOf(m.order, PortfolioModelBuilder.CHECK_EVERY - 1));
    PortfolioState whole = new PortfolioState(m);
    GreedyFill.fill(whole, m.order, Long.MAX_VALUE);

    // what the stopped fill took is exactly the fill of the units before the reading of the clock
    // (with what they require, wherever that stands in the order)
    assertTrue(java.util.Arrays.equals(prefix.state, stopped.state));
    assertEquals(prefix.value, stopped.value);
    assertTrue(whole.value > stopped.value, whole.value + " against " + stopped.value);
    Selection partial = SelectionResults.of(m, stopped.closed(), stopped.value, false, Double.POSITIVE_INFINITY, 0, List.of());
    PortfolioTimeLimitTest.assertFeasible(m.problem, partial);
  }

  /**
   * The clock readings of a compilation, counted with a clock of the test's: one every {@value
   * PortfolioModelBuilder#CHECK_EVERY} steps of its loops and one between its phases. A step is one
   * project in each of the seven passes over the projects (the index of ids, the references, the
   * range of the amounts, their decimals, their scaling, the requirements, the units' members), one
   * unit in each of the two passes over the units, one group in each of the two passes over the
   * exclusive groups (and one member of a minimum share, none here); between phases the clock is
   * read before and after the strongly connected components, after the surrogate multipliers,
   * before and after sorting the units by id, before each period's order, and after the orders.
   * 16,474 projects over 5 periods, none in a cycle, 1,647 exclusive pairs: 9 × 16,474 + 2 × 1,647
   * = 151,560 steps, 37 readings, and 6 + 5 between phases: 48. (16,474 makes the steps 8 past a
   * multiple of 4,096, so that a pass that stopped counting would read the clock once less.) A
   * clock that runs out at a reading ends the compilation there, the last reading included.
   * A minimum share naming every project adds 16,474 steps: 168,034, 41 readings, 52 in all.
   */
  @Test
  void theCompilationReadsTheClockEvery4096StepsAndBetweenItsPhases() {
    PortfolioProblem problem = PortfolioTimeLimitTest.large(3, 16_474);
    long deadline = Long.MAX_VALUE - 10;
    long[] readings = {0};
    // a clock at the deadline itself has not run out yet
    PortfolioModel m = PortfolioModelBuilder.build(problem, deadline, () -> {
      readings[0]++;
      return deadline;
    });
    assertFalse(m.refused(), m.findings.toString());
    assertEquals(16_474, m.units.length);
    assertEquals(1_647, m.groupUnits.length);
    assertEquals(48, readings[0]);

    // a minimum share over every project adds one step a member: 168,034 steps, 41 readings
    PortfolioProblem shared = new PortfolioProblem(problem.budget(), problem.projects(), problem.exclusive(),
        List.of(new MinimumShare("2026", problem.projects().stream().map(Project::id).collect(java.util.stream.Collectors.toSet()),
            new java.math.BigDecimal("0.1"))),
        Long.MAX_VALUE, problem.maxTime());
    long[] sharedReadings = {0};
    PortfolioModel withShare = PortfolioModelBuilder.build(shared, deadline, () -> {
      sharedReadings[0]++;
      return deadline - 1;
    });
    assertFalse(withShare.refused(), withShare.findings.toString());
    assertEquals(52, sharedReadings[0]);

    for (long last : new long[] {1, 37, 48}) {
      long[] read = {0};
      PortfolioModel stopped = PortfolioModelBuilder.build(problem, deadline, () -> ++read[0] >= last ? deadline + 1 : deadline - 1);
      assertTrue(stopped.refused() && stopped.outOfTime, "out of time at reading " + last);
      assertEquals(last, read[0], "no reading after the one that ran out");
      assertEquals(List.of(PrioritisationCodes.PORTFOLIO_LIMIT_COMPILING), stopped.findings.stream().map(Finding::code).toList());
    }
  }
}
