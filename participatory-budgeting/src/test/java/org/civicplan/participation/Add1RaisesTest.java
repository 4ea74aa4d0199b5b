// SPDX-License-Identifier: Apache-2.0
package org.civicplan.participation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.civicplan.participation.PbRule.Completion;
import org.civicplan.participation.PbRule.Fill;
import org.civicplan.participation.PbRule.Utility;
import org.civicplan.participation.RulePropertiesTest.Case;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The add1 completions computed with skipped raises, resumed runs and interval runs give exactly
 * what raising the budgets one increment at a time and running MES from nothing at every raise
 * gives. Seeded generated instances, small first; each failure prints the seed and the instance.
 */
class Add1RaisesTest {

  /**
   * 400 small instances with costs up to 60 and few voters, so that many raises happen before
   * the budget is reached, and exact ties (which the interval runs decline) are frequent.
   */
  static Stream<Case> cases() {
    return LongStream.rangeClosed(1, 400).mapToObj(seed -> {
      RandomGenerator r = RandomGeneratorFactory.of("L64X128MixRandom").create(5000 + seed);
      int projects = 2 + (int) (seed % 6);
      int voters = 1 + r.nextInt(3 + (int) (seed % 28));
      return new Case(5000 + seed, PbGenerator.generate(
          r, new PbGenerator.Shape(projects, voters, 1 + r.nextInt(3), 1 + r.nextInt(60), 0.2 + 0.7 * r.nextDouble(), 3)));
    });
  }

  /** The increments and completions each case is counted with. */
  static List<Completion> completions() {
    return List.of(
        new Completion.Add1(Rational.ONE), new Completion.Add1(Rational.of(1, 7)), new Completion.Add1Exhaustive(Rational.ONE),
        new Completion.Add1Exhaustive(Rational.of(2, 3)));
  }

  /** What the completion gives by its definition: the raise count and the last outcome. */
  record StepByStep(int raises, Rational voterBudget, List<Integer> bought) {}

  /**
   * Raises every voter's budget by the increment one step at a time, running the exact MES from
   * nothing at every raise, while the outcome stays within the budget; stops when every candidate
   * is funded and, for add1-exhaustive, when the outcome is exhaustive.
   */
  static StepByStep stepByStep(Election e, Utility u, Completion completion) {
    Rational budget = e.instance.exactBudget();
    Rational step = completion instanceof Completion.Add1 a ? a.increment() : ((Completion.Add1Exhaustive) completion).increment();
    boolean stopWhenExhaustive = completion instanceof Completion.Add1Exhaustive;
    Rational start = budget.dividedBy(e.voters);
    EqualSharesRun current = EqualSharesRun.run(e, u, start, Optional.empty(), false);
    int raises = 0;
    while (!(stopWhenExhaustive && current.exhaustive(budget)) && !current.complete()) {
      EqualSharesRun next = EqualSharesRun.run(e, u, start.plus(step.times(raises + 1)), Optional.empty(), false);
      if (next.totalCost.compareTo(budget) > 0) {
        break;
      }
      current = next;
      raises++;
      if (raises > 1_000_000) {
        fail("no end of raising");
      }
    }
    return new StepByStep(raises, current.perVoter, current.bought);
  }

  @Nested
  class Add1Completion {

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.civicplan.participation.Add1RaisesTest#cases")
    void equalsRaisingOneIncrementAtATime(Case c) {
      Election e = new Election(c.instance(), TieOrder.lexicographic());
      for (Utility u : Utility.values()) {
        for (Completion comp : completions()) {
          StepByStep expected = stepByStep(e, u, comp);
          PbOutcome o = PbRules.run(c.instance(), new PbRule.EqualShares(u, comp, Fill.NONE));
          assertEquals(expected.bought().stream().map(e::id).toList(), o.selected(), () -> c + " " + u + " " + comp);
          assertEquals(expected.raises(), o.raises(), () -> c + " " + u + " " + comp);
          assertEquals(Optional.of(expected.voterBudget()), o.voterBudget(), () -> c + " " + u + " " + comp);
        }
      }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.civicplan.participation.Add1RaisesTest#cases")
    void exactPathAloneEqualsRaisingOneIncrementAtATime(Case c) {
      // Without the interval runs, every raise not skipped is an exact run resumed from the last.
      Election e = new Election(c.instance(), TieOrder.lexicographic());
      Rational budget = c.instance().exactBudget();
      for (Utility u : Utility.values()) {
        for (Completion comp : completions()) {
          Rational step = comp instanceof Completion.Add1 a ? a.increment() : ((Completion.Add1Exhaustive) comp).increment();
          int raises = BudgetRaises.count(
              e, u, budget, budget.dividedBy(e.voters), step, comp instanceof Completion.Add1Exhaustive, false);
          assertEquals(stepByStep(e, u, comp).raises(), raises, () -> c + " " + u + " " + comp);
        }
      }
    }
  }

  @Nested
  class IntervalRun {

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.civicplan.participation.Add1RaisesTest#cases")
    void givesTheExactOutcomeOrDeclines(Case c) {
      Election e = new Election(c.instance(), TieOrder.lexicographic());
      Rational start = c.instance().exactBudget().dividedBy(e.voters);
      for (Utility u : Utility.values()) {
        IntervalEqualShares fast = new IntervalEqualShares(e, u);
        for (int k = 0; k <= 12; k++) {
          Rational t = start.plus(Rational.of(k, 3));
          Optional<IntervalEqualShares.Outcome> o = fast.run(t, Optional.empty());
          if (o.isPresent()) {
            EqualSharesRun exact = EqualSharesRun.run(e, u, t, Optional.empty(), false);
            int raise = k;
            assertEquals(exact.bought, o.get().bought(), () -> c + " " + u + " at raise " + raise);
            assertEquals(exact.totalCost, o.get().totalCost(), () -> c + " " + u + " at raise " + raise);
            assertEquals(false, o.get().exceeded());
          }
        }
      }
    }

    @Test
    void certifiesEveryRaiseOfAGenericInstance() {
      // 30 projects, 800 voters with random costs: no exact ties, prices far apart relative to
      // the error of double arithmetic (about 1e-15), so every run is certain.
      PbInstance instance = PbGenerator.generate(
          RandomGeneratorFactory.of("L64X128MixRandom").create(7), new PbGenerator.Shape(30, 800, 4, 100_000, 0.3, 5));
      Election e = new Election(instance, TieOrder.lexicographic());
      Rational start = instance.exactBudget().dividedBy(e.voters);
      IntervalEqualShares fast = new IntervalEqualShares(e, Utility.COST);
      for (int k = 0; k < 20; k++) {
        Rational t = start.plus(Rational.of(k));
        Optional<IntervalEqualShares.Outcome> o = fast.run(t, Optional.empty());
        int raise = k;
        assertTrue(o.isPresent(), () -> "declined at raise " + raise);
        assertEquals(EqualSharesRun.run(e, Utility.COST, t, Optional.empty(), false).bought, o.get().bought());
      }
    }

    @Test
    void declinesAnExactTieAndTheRuleBreaksItByProjectId() {
      // Two projects of cost 30 with the same two supporters: ρ = 15/30 for both, a tie only
      // exact arithmetic can see; the lexicographic tie order funds a first.
      PbInstance instance = Fixtures.budget("60")
          .project("b", "30").project("a", "30")
          .voters(2, "a", "b")
          .build();
      Election e = new Election(instance, TieOrder.lexicographic());
      assertEquals(Optional.empty(), new IntervalEqualShares(e, Utility.COST).run(Rational.of(30), Optional.empty()));
      assertEquals(List.of("a", "b"), Fixtures.selected(instance, PbRule.EqualShares.of(Utility.COST)));
    }

    @Test
    void declinesAmountsBeyondItsBoundsAndTheExactRunCounts() {
      // A cost of 10^200 is outside [1e-150, 1e150], where double intervals could overflow.
      // Three voters hold 10^200 / 3 each and buy a together; b (cost 1) is then out of reach of
      // its one supporter, and one raise later it fits in no budget: add1 stops at raise 0.
      PbInstance instance = Fixtures.budget("1e200")
          .project("a", "1e200").project("b", "1")
          .voters(2, "a").voters(1, "a", "b")
          .build();
      Election e = new Election(instance, TieOrder.lexicographic());
      assertEquals(Optional.empty(), new IntervalEqualShares(e, Utility.COST).run(Rational.ONE, Optional.empty()));
      PbOutcome o = PbRules.run(instance, new PbRule.EqualShares(Utility.COST, new Completion.Add1(Rational.ONE), Fill.NONE));
      assertEquals(List.of("a"), Fixtures.ids(o.selected()));
      assertEquals(0, o.raises());
    }

    @Test
    void stopsOnceTheTotalPassesTheLimit() {
      // Three projects of cost 10, 20 and 40 approved by all 10 voters, who hold 10 each: under
      // cardinality utility ρ is the payment per voter, 1, 2 and 4, so MES buys p1, then p2
      // (total 30, past the limit of 25) and stops there.
      PbInstance instance = Fixtures.budget("100")
          .project("p1", "10").project("p2", "20").project("p3", "40")
          .voters(10, "p1", "p2", "p3")
          .build();
      Election e = new Election(instance, TieOrder.lexicographic());
      Optional<IntervalEqualShares.Outcome> o =
          new IntervalEqualShares(e, Utility.CARDINALITY).run(Rational.of(10), Optional.of(Rational.of(25)));
      assertTrue(o.isPresent());
      assertEquals(List.of(0, 1), o.get().bought());
      assertEquals(Rational.of(30), o.get().totalCost());
      assertTrue(o.get().exceeded());
    }
  }

  @Test
  void conversionBoundsAreTheNearestDoubles() {
    Rational third = Rational.of(1, 3);
    double lo = IntervalEqualShares.below(third);
    double hi = IntervalEqualShares.above(third);
    assertTrue(Rational.of(new java.math.BigDecimal(lo)).compareTo(third) < 0);
    assertTrue(Rational.of(new java.math.BigDecimal(hi)).compareTo(third) > 0);
    assertEquals(Math.nextUp(lo), hi);
    assertEquals(348.5, IntervalEqualShares.below(Rational.of(697, 2)));
    assertEquals(348.5, IntervalEqualShares.above(Rational.of(697, 2)));
  }
}
