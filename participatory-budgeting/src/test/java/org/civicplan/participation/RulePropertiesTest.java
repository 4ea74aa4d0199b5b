// SPDX-License-Identifier: Apache-2.0
package org.civicplan.participation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.civicplan.participation.PbRule.Completion;
import org.civicplan.participation.PbRule.Fill;
import org.civicplan.participation.PbRule.GreedyOrder;
import org.civicplan.participation.PbRule.Utility;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of every rule on seeded generated instances, small first. Each case prints its seed
 * and instance on failure; {@code new Case(seed)} replays it.
 */
class RulePropertiesTest {

  /** One generated instance; the seed says everything needed to replay it. */
  record Case(long seed, PbInstance instance) {
    Case(long seed) {
      this(seed, generate(seed));
    }

    private static PbInstance generate(long seed) {
      RandomGenerator r = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
      int projects = 2 + (int) (seed % 6);
      int voters = 1 + r.nextInt(4 + (int) (seed % 17));
      return PbGenerator.generate(r, new PbGenerator.Shape(projects, voters, 1 + r.nextInt(3), 1 + r.nextInt(6), 0.2 + 0.7 * r.nextDouble(), 3));
    }

    @Override
    public String toString() {
      return "seed " + seed + ": " + Pabulib.write(instance).replace('\n', '|');
    }
  }

  static Stream<Case> cases() {
    return LongStream.rangeClosed(1, 150).mapToObj(Case::new);
  }

  static List<PbRule> rules() {
    List<PbRule> rules = new ArrayList<>();
    rules.add(new PbRule.Greedy(GreedyOrder.APPROVALS));
    rules.add(new PbRule.Greedy(GreedyOrder.APPROVALS_PER_COST));
    rules.add(new PbRule.SequentialPhragmen());
    for (Utility u : Utility.values()) {
      for (Completion c : List.of(Completion.none(), new Completion.Add1(Rational.ONE), new Completion.Add1Exhaustive(Rational.of(1, 2)))) {
        for (Fill f : Fill.values()) {
          rules.add(new PbRule.EqualShares(u, c, f));
        }
      }
    }
    return rules;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void everyOutcomeIsWithinBudgetAndExplainsEveryProject(Case c) {
    for (PbRule rule : rules()) {
      PbOutcome o = PbRules.run(c.instance(), rule);
      Rational total = Rational.ZERO;
      for (ProjectId id : o.selected()) {
        total = total.plus(c.instance().project(id).orElseThrow().exactCost());
      }
      assertEquals(total, o.totalCost(), () -> c + " " + rule);
      assertTrue(total.compareTo(c.instance().exactBudget()) <= 0, () -> c + " " + rule);
      assertEquals(o.selected().size(), new HashSet<>(o.selected()).size(), () -> c + " " + rule);
      assertEquals(c.instance().projects().size(), o.projects().size());
      for (ProjectDecision d : o.projects()) {
        assertEquals(o.selected().contains(d.id()), d.funded(), () -> c + " " + rule + " " + d);
        assertTrue(d.reason().text().has("en") && d.reason().text().has("ro"));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void mesSatisfiesItsDefinition(Case c) {
    for (Utility u : Utility.values()) {
      PbOutcome o = PbRules.run(c.instance(), PbRule.EqualShares.of(u));
      checkEqualShares(c, u, o);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void mesEqualsTheStraightforwardImplementation(Case c) {
    for (Utility u : Utility.values()) {
      for (Completion comp : List.of(Completion.none(), new Completion.Add1(Rational.ONE), new Completion.Add1Exhaustive(Rational.of(1, 3)))) {
        assertEquals(
            ReferenceEqualShares.run(c.instance(), u, comp),
            PbRules.run(c.instance(), new PbRule.EqualShares(u, comp, Fill.NONE)).selected(),
            () -> c + " " + u + " " + comp);
      }
    }
  }

  /** Instances with many raises before the budget is reached, where add1 skips raises. */
  static Stream<Case> raiseCases() {
    return LongStream.rangeClosed(1, 40).mapToObj(seed -> {
      RandomGenerator r = RandomGeneratorFactory.of("L64X128MixRandom").create(1000 + seed);
      return new Case(1000 + seed, PbGenerator.generate(r, new PbGenerator.Shape(4 + (int) (seed % 5), 5 + r.nextInt(25), 2, 60, 0.3 + 0.5 * r.nextDouble(), 3)));
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("raiseCases")
  void add1SkippingRaisesEqualsRaisingOneByOne(Case c) {
    for (Utility u : Utility.values()) {
      for (Completion comp : List.of(new Completion.Add1(Rational.of(1, 7)), new Completion.Add1Exhaustive(Rational.of(1, 7)))) {
        assertEquals(
            ReferenceEqualShares.run(c.instance(), u, comp),
            PbRules.run(c.instance(), new PbRule.EqualShares(u, comp, Fill.NONE)).selected(),
            () -> c + " " + u + " " + comp);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void greedyEqualsABruteForceReadingOfItsDefinition(Case c) {
    for (GreedyOrder order : GreedyOrder.values()) {
      PbOutcome o = PbRules.run(c.instance(), new PbRule.Greedy(order));
      assertEquals(Set.copyOf(o.selected()), bruteForceGreedy(c.instance(), order), () -> c + " " + order);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void outcomeIsIndependentOfBallotOrder(Case c) {
    List<Ballot> shuffled = new ArrayList<>(c.instance().ballots());
    Collections.shuffle(shuffled, new Random(c.seed()));
    PbInstance other = PbInstance.of(c.instance().budget(), c.instance().projects(), shuffled);
    for (PbRule rule : rules()) {
      PbOutcome a = PbRules.run(c.instance(), rule);
      PbOutcome b = PbRules.run(other, rule);
      assertEquals(a.selected(), b.selected(), () -> c + " " + rule);
      assertEquals(a.projects(), b.projects(), () -> c + " " + rule);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void pabulibRoundTripGivesTheSameInstance(Case c) {
    PabulibResult read = Pabulib.read(Pabulib.write(c.instance()));
    assertEquals(List.of(), read.problems(), c::toString);
    PbInstance back = read.instance().orElseThrow();
    assertEquals(c.instance().budget(), back.budget());
    assertEquals(c.instance().projects(), back.projects());
    assertEquals(c.instance().ballots(), back.ballots());
    assertEquals(c.instance().meta(), back.meta());
    assertEquals(Pabulib.write(c.instance()), Pabulib.write(back));
  }

  /**
   * The greedy outcome read as a definition: the set S such that each project, in greedy order, is
   * in S exactly when it fits in the budget left by the projects of S before it. Enumerates every
   * subset and checks exactly one qualifies.
   */
  private static Set<ProjectId> bruteForceGreedy(PbInstance instance, GreedyOrder order) {
    List<PbProject> ps = new ArrayList<>(instance.projects());
    Map<ProjectId, Integer> approvals = instance.approvalCounts();
    ps.sort((a, b) -> {
      long na = approvals.get(a.id());
      long nb = approvals.get(b.id());
      int c;
      if (order == GreedyOrder.APPROVALS) {
        c = Long.compare(nb, na);
      } else {
        // approvals per cost, descending; zero cost first: compare na/ca with nb/cb as na*cb vs nb*ca
        boolean za = a.cost().signum() == 0;
        boolean zb = b.cost().signum() == 0;
        c = za && zb ? Long.compare(nb, na) : za ? -1 : zb ? 1
            : Rational.of(nb).times(a.exactCost()).compareTo(Rational.of(na).times(b.exactCost()));
      }
      return c != 0 ? c : a.id().compareTo(b.id());
    });
    Set<Set<ProjectId>> found = new HashSet<>();
    for (int mask = 0; mask < (1 << ps.size()); mask++) {
      Rational spent = Rational.ZERO;
      boolean ok = true;
      Set<ProjectId> s = new HashSet<>();
      for (int i = 0; i < ps.size() && ok; i++) {
        boolean in = (mask & (1 << i)) != 0;
        boolean fits = spent.plus(ps.get(i).exactCost()).compareTo(instance.exactBudget()) <= 0;
        ok = in == fits;
        if (in) {
          spent = spent.plus(ps.get(i).exactCost());
          s.add(ps.get(i).id());
        }
      }
      if (ok) {
        found.add(s);
      }
    }
    assertEquals(1, found.size(), "the definition has exactly one solution: " + found);
    return found.iterator().next();
  }

  /**
   * Replays the outcome voter by voter: each bought project is paid exactly by its supporters, each
   * paying min(money, ρ·u); no project left could have been bought at a lower ρ (or the same ρ
   * with an earlier id) in that round; and at the end no unfunded candidate is affordable at all.
   */
  private static void checkEqualShares(Case c, Utility u, PbOutcome o) {
    PbInstance in = c.instance();
    int n = in.ballots().size();
    if (n == 0) {
      assertEquals(List.of(), o.selected());
      return;
    }
    Rational[] money = new Rational[n];
    Arrays.fill(money, in.exactBudget().dividedBy(n));
    Set<ProjectId> bought = new HashSet<>();
    for (ProjectId id : o.selected()) {
      Reason.Bought r = (Reason.Bought) o.decision(id).orElseThrow().reason();
      Rational rho = r.rho();
      for (PbProject other : in.projects()) {
        if (bought.contains(other.id()) || other.id().equals(id) || !candidate(in, other, u)) {
          continue;
        }
        Rational q = minimalCap(in, other, money);
        if (q != null) {
          Rational otherRho = u == Utility.COST ? q.dividedBy(other.exactCost()) : q;
          int cmp = otherRho.compareTo(rho);
          assertTrue(cmp > 0 || (cmp == 0 && other.id().compareTo(id) > 0),
              () -> c + " " + u + ": " + other.id() + " had ρ " + otherRho + " when " + id + " was bought at " + rho);
        }
      }
      PbProject p = in.project(id).orElseThrow();
      Rational cap = r.maxPayment();
      assertEquals(u == Utility.COST ? rho.times(p.exactCost()) : rho, cap);
      Rational paid = Rational.ZERO;
      for (int v = 0; v < n; v++) {
        if (in.ballots().get(v).approvals().contains(id)) {
          Rational pay = money[v].min(cap);
          paid = paid.plus(pay);
          money[v] = money[v].minus(pay);
        }
      }
      Rational total = paid;
      assertEquals(p.exactCost(), total, () -> c + " " + u + ": supporters of " + id + " paid " + total);
      bought.add(id);
    }
    for (PbProject p : in.projects()) {
      if (!bought.contains(p.id()) && candidate(in, p, u)) {
        assertEquals(null, minimalCap(in, p, money), () -> c + " " + u + ": " + p.id() + " was still affordable");
      }
    }
  }

  private static boolean candidate(PbInstance in, PbProject p, Utility u) {
    boolean supported = in.ballots().stream().anyMatch(b -> b.approvals().contains(p.id()));
    return supported && (u == Utility.CARDINALITY || p.cost().signum() > 0);
  }

  /** The least cap q with sum over supporters of min(money, q) = cost, by bisection over the supporters' amounts; null if none. */
  private static Rational minimalCap(PbInstance in, PbProject p, Rational[] money) {
    List<Rational> s = new ArrayList<>();
    for (int v = 0; v < money.length; v++) {
      if (in.ballots().get(v).approvals().contains(p.id())) {
        s.add(money[v]);
      }
    }
    Rational total = s.stream().reduce(Rational.ZERO, Rational::plus);
    if (total.compareTo(p.exactCost()) < 0) {
      return null;
    }
    // The function q -> sum min(m, q) is piecewise linear and increasing: try each piece.
    List<Rational> points = new ArrayList<>(s);
    points.add(Rational.ZERO);
    Collections.sort(points);
    for (int i = 0; i + 1 <= points.size(); i++) {
      Rational lo = points.get(i);
      long above = s.stream().filter(m -> m.compareTo(lo) > 0).count();
      Rational below = s.stream().filter(m -> m.compareTo(lo) <= 0).reduce(Rational.ZERO, Rational::plus);
      if (above == 0) {
        return below.compareTo(p.exactCost()) == 0 ? lo : null;
      }
      Rational q = p.exactCost().minus(below).dividedBy(above);
      Rational hi = i + 1 < points.size() ? points.get(i + 1) : null;
      if (q.compareTo(lo) >= 0 && (hi == null || q.compareTo(hi) <= 0)) {
        return q;
      }
    }
    fail("no piece contains the cap of " + p.id());
    return null;
  }
}
