// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SequencerTest {

  private static List<BigDecimal> money(int... a) {
    List<BigDecimal> l = new ArrayList<>();
    for (int x : a) {
      l.add(BigDecimal.valueOf(x));
    }
    return l;
  }

  private static TreeMap<Integer, BigDecimal> budgets(int from, int... a) {
    TreeMap<Integer, BigDecimal> m = new TreeMap<>();
    for (int i = 0; i < a.length; i++) {
      m.put(from + i, BigDecimal.valueOf(a[i]));
    }
    return m;
  }

  @Test
  void dependencyAndBudgetSlipsAreExplained() {
    List<PlannedAction> as =
        List.of(
            new PlannedAction("road", 1, money(60, 60), Set.of(), 2026),
            new PlannedAction("lights", 2, money(30), Set.of("road"), 2026),
            new PlannedAction("park", 3, money(50), Set.of(), 2026));
    Schedule s = Sequencer.plan(budgets(2026, 100, 100, 100), as);
    Map<String, ScheduledAction> by = new HashMap<>();
    s.scheduled().forEach(a -> by.put(a.id(), a));
    assertEquals(2026, by.get("road").start());
    assertEquals(2028, by.get("lights").start());
    assertEquals(PrioritisationCodes.SLIP_DEPENDENCY, by.get("lights").reasons().get(0).code());
    // park needs 50; 2026 and 2027 have 40 left after the road, so it goes to 2028
    assertEquals(2028, by.get("park").start());
    assertEquals(PrioritisationCodes.SLIP_BUDGET, by.get("park").reasons().get(0).code());
    assertTrue(by.get("park").reasons().get(0).message().get(java.util.Locale.ENGLISH).contains("2026"));
  }

  @Test
  void actionBeyondHorizonIsUnscheduledWithItsDependants() {
    List<PlannedAction> as =
        List.of(new PlannedAction("big", 1, money(500), Set.of(), 2026), new PlannedAction("after", 2, money(1), Set.of("big"), 2026));
    Schedule s = Sequencer.plan(budgets(2026, 100, 100), as);
    assertEquals(List.of("after", "big"), s.unscheduled());
    assertTrue(s.findings().stream().allMatch(f -> f.code().equals(PrioritisationCodes.UNSCHEDULED)));
  }

  /** Each edge of the rules, one at a time: ties, a dependency ending just in time, money just enough, the last year. */
  @Test
  void theEdgesOfTheRules() {
    // equal priority: the smaller id claims the money first
    Schedule tie = Sequencer.plan(budgets(2026, 10, 10), List.of(
        new PlannedAction("b", 1, money(10), Set.of(), 2026), new PlannedAction("a", 1, money(10), Set.of(), 2026)));
    assertEquals(List.of("a 2026-2026 slip 0 []", "b 2027-2027 slip 1 [sequencing.slip.budget]"), describe(tie));
    // a lower priority number first, whatever the order given
    Schedule first = Sequencer.plan(budgets(2026, 10, 10), List.of(
        new PlannedAction("a", 2, money(10), Set.of(), 2026), new PlannedAction("b", 1, money(10), Set.of(), 2026)));
    assertEquals(List.of("b 2026-2026 slip 0 []", "a 2027-2027 slip 1 [sequencing.slip.budget]"), describe(first));
    // a required action ending the year before the earliest start delays nothing, and says nothing
    Schedule inTime = Sequencer.plan(budgets(2026, 10, 10, 10), List.of(
        new PlannedAction("road", 1, money(5, 5), Set.of(), 2026), new PlannedAction("lights", 2, money(5), Set.of("road"), 2028)));
    assertEquals(List.of("road 2026-2027 slip 0 []", "lights 2028-2028 slip 0 []"), describe(inTime));
    // exactly the money left, and a run ending in the last budget year
    Schedule exact = Sequencer.plan(budgets(2026, 10, 7), List.of(
        new PlannedAction("x", 1, money(3), Set.of(), 2026), new PlannedAction("y", 2, money(7, 7), Set.of(), 2026)));
    assertEquals(List.of("x 2026-2026 slip 0 []", "y 2026-2027 slip 0 []"), describe(exact));
    assertEquals(Map.of(2026, BigDecimal.valueOf(10), 2027, BigDecimal.valueOf(7)), exact.spending());
    // a year of no spending needs no money
    Schedule nothing = Sequencer.plan(budgets(2026, 0, 4), List.of(new PlannedAction("z", 1, money(0, 4), Set.of(), 2026)));
    assertEquals(List.of("z 2026-2027 slip 0 []"), describe(nothing));
  }

  /** Actions that require each other can never be placed: each is an error naming what it requires. */
  @Test
  void aRequiresCycleIsReported() {
    Schedule s = Sequencer.plan(budgets(2026, 10), List.of(
        new PlannedAction("a", 1, money(1), Set.of("b"), 2026), new PlannedAction("b", 1, money(1), Set.of("a"), 2026),
        new PlannedAction("c", 1, money(1), Set.of(), 2026)));
    assertEquals(List.of("c 2026-2026 slip 0 []"), describe(s));
    assertEquals(List.of("a", "b"), s.unscheduled());
    assertEquals(List.of("sequencing.reference.invalid at /actions/0/requires", "sequencing.reference.invalid at /actions/1/requires"),
        s.findings().stream().map(f -> f.code() + " at " + f.path()).toList());
  }

  private static List<String> describe(Schedule s) {
    return s.scheduled().stream()
        .map(a -> a.id() + " " + a.start() + "-" + a.end() + " slip " + a.slip() + " " + a.reasons().stream().map(f -> f.code()).toList())
        .toList();
  }

  static Stream<Long> seeds() {
    return LongStream.range(0, 500).boxed();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void plansRespectDependenciesAndBudgets(long seed) {
    RandomGenerator g = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
    int n = 1 + g.nextInt(10);
    List<PlannedAction> as = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Set<String> req = new HashSet<>();
      if (i > 0 && g.nextBoolean()) {
        req.add("a" + g.nextInt(i));
      }
      int[] sp = new int[1 + g.nextInt(3)];
      for (int k = 0; k < sp.length; k++) {
        sp[k] = g.nextInt(60);
      }
      as.add(new PlannedAction("a" + i, 1 + g.nextInt(5), money(sp), req, 2026 + g.nextInt(2)));
    }
    TreeMap<Integer, BigDecimal> b = budgets(2026, 80, 80, 80, 80, 80, 80);
    Schedule s = Sequencer.plan(b, as);
    Map<String, ScheduledAction> by = new HashMap<>();
    s.scheduled().forEach(a -> by.put(a.id(), a));
    String ctx = "seed " + seed + " " + as + " -> " + s;
    assertEquals(n, s.scheduled().size() + s.unscheduled().size(), ctx);
    for (PlannedAction a : as) {
      ScheduledAction x = by.get(a.id());
      if (x == null) {
        continue;
      }
      assertTrue(x.start() >= a.earliestStart(), ctx);
      for (String r : a.requires()) {
        assertTrue(by.containsKey(r) && by.get(r).end() < x.start(), ctx);
      }
      if (x.slip() > 0) {
        assertTrue(!x.reasons().isEmpty(), ctx);
      }
    }
    s.spending().forEach((y, v) -> assertTrue(v.compareTo(b.getOrDefault(y, BigDecimal.ZERO)) <= 0, ctx));
  }
}
