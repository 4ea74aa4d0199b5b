// SPDX-License-Identifier: Apache-2.0
package org.civicplan.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;
import org.civicplan.base.ActionId;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.Money;
import org.civicplan.base.StrategyId;
import org.civicplan.portfolio.CombinedBudget;
import org.civicplan.portfolio.CrossReference;
import org.civicplan.portfolio.Portfolio;
import org.civicplan.portfolio.PortfolioCodes;
import org.civicplan.portfolio.PortfolioValidator;
import org.civicplan.portfolio.SharedAction;
import org.civicplan.portfolio.StrategyLinks;
import org.civicplan.strategy.Action;
import org.civicplan.strategy.BudgetLine;
import org.civicplan.strategy.FundingKind;
import org.civicplan.strategy.FundingSource;
import org.civicplan.strategy.Strategy;
import org.junit.jupiter.api.Test;

/**
 * The combined budget of generated portfolios (2 to 5 generated strategies, some actions of later
 * strategies declared shared with actions of earlier ones, carrying a random part of the owner's
 * budget lines plus a line of their own) never counts a line twice and never drops one: per year,
 * funding source and currency it equals the sum of every strategy's lines minus the lines the
 * shared actions copied, and the lines counted once are exactly those copies.
 */
class PortfolioBudgetPropertyTest {

  private static final int CASES = Math.max(1, PropertyRunner.cases() / 5);

  @Test
  void combinedIsTheSumMinusTheDeclaredSharedLines() {
    AtomicInteger shared = new AtomicInteger();
    int checked = PropertyRunner.forAll("combined budget = sum - declared shared lines",
        StrategyGenerator.cases(PropertyRunner.seed(), CASES), c -> {
          RandomGenerator rng = StrategyGenerator.random(c.seed());
          List<Strategy> strategies = strategies(c, rng, true);
          List<BudgetLine> copied = new ArrayList<>();
          List<Strategy> linked = share(strategies, rng, copied);
          Map<String, BigDecimal> expected = new TreeMap<>();
          linked.forEach(s -> s.actions().forEach(a -> a.budget().forEach(l -> add(expected, l, false))));
          copied.forEach(l -> add(expected, l, true));
          shared.addAndGet(copied.size());

          Portfolio p = Portfolio.of(linked);
          CombinedBudget b = CombinedBudget.of(p);
          assertEquals(normalise(expected), totals(b), "combined per year, source and currency");
          assertEquals(copied.size(), b.countedOnce().size(), "the lines counted once are the copies");
          assertTrue(b.countedOnce().stream().allMatch(CombinedBudget.CountedOnce::declared));
          var findings = PortfolioValidator.crossDocument().validate(p).findings();
          assertEquals(List.of(), findings.stream()
              .filter(f -> f.finding().code().equals(PortfolioCodes.ACTION_CLAIMED_TWICE)
                  || f.finding().code().equals(PortfolioCodes.REFERENCE_UNRESOLVED)
                  || f.finding().code().equals(PortfolioCodes.LINK_SUBJECT_UNKNOWN)).toList());
        });
    assertEquals(CASES, checked);
    assertTrue(shared.get() > CASES / 2, "the cases share lines: " + shared.get());
  }

  @Test
  void noLineIsDroppedEvenWhenStrategiesRepeatActionsUndeclared() {
    AtomicInteger once = new AtomicInteger();
    int checked = PropertyRunner.forAll("combined + counted once = every line",
        StrategyGenerator.cases(PropertyRunner.seed() + 1, CASES), c -> {
          RandomGenerator rng = StrategyGenerator.random(c.seed());
          // generated titles repeat across strategies: these actions are found the same by title
          List<Strategy> strategies = strategies(c, rng, false);
          Map<String, BigDecimal> all = new TreeMap<>();
          strategies.forEach(s -> s.actions().forEach(a -> a.budget().forEach(l -> add(all, l, false))));
          CombinedBudget b = CombinedBudget.of(Portfolio.of(strategies));
          Map<String, BigDecimal> seen = totals(b);
          for (CombinedBudget.CountedOnce o : b.countedOnce()) {
            add(seen, o.line(), false);
            Strategy owner = strategies.stream().filter(s -> s.id().equals(o.owner().strategy())).findFirst().orElseThrow();
            Action ownerAction = owner.action(ActionId.of(o.owner().id())).orElseThrow();
            assertTrue(ownerAction.budget().stream().anyMatch(l -> l.year() == o.line().year()
                && l.source().equals(o.line().source()) && l.planned().currency().equals(o.line().planned().currency())),
                () -> "the owner carries the line counted once: " + o);
          }
          assertEquals(normalise(all), normalise(seen));
          once.addAndGet(b.countedOnce().size());
        });
    assertEquals(CASES, checked);
    assertTrue(once.get() > 0, "some generated lines are counted once");
  }

  private static List<Strategy> strategies(GeneratedCase c, RandomGenerator rng, boolean distinctTitles) {
    int count = 2 + rng.nextInt(4);
    List<Strategy> out = new ArrayList<>();
    for (int j = 0; j < count; j++) {
      Strategy s = j == 0 ? c.strategy()
          : StrategyGenerator.seeded(StrategyGenerator.caseSeed(c.seed(), j)).strategy(c.size());
      String id = "p" + j + "-" + s.id().value();
      Strategy.Builder b = s.toBuilder().id(StrategyId.of(id.length() > 64 ? id.substring(0, 64) : id));
      if (distinctTitles) {
        int mark = j;
        b.actions(s.actions().stream()
            .map(a -> a.toBuilder().title(LocalizedText.of(a.title().get(java.util.Locale.ENGLISH) + " #" + mark,
                a.title().get(java.util.Locale.forLanguageTag("ro")) + " #" + mark)).build())
            .toList());
      }
      out.add(b.build());
    }
    return out;
  }

  /** Adds to later strategies actions shared with earlier ones' actions; records the copied lines. */
  private static List<Strategy> share(List<Strategy> strategies, RandomGenerator rng, List<BudgetLine> copied) {
    List<Strategy> out = new ArrayList<>(strategies);
    for (int j = 1; j < out.size(); j++) {
      Strategy s = out.get(j);
      List<Action> actions = new ArrayList<>(s.actions());
      List<SharedAction> links = new ArrayList<>();
      int n = rng.nextInt(4);
      for (int k = 0; k < n; k++) {
        Strategy owner = strategies.get(rng.nextInt(j));
        if (owner.actions().isEmpty()) {
          continue;
        }
        Action target = owner.actions().get(rng.nextInt(owner.actions().size()));
        List<BudgetLine> lines = new ArrayList<>();
        for (BudgetLine l : target.budget()) {
          if (rng.nextBoolean()) {
            lines.add(l);
            copied.add(l);
          }
        }
        // a line of its own, from a source no generated line has
        lines.add(BudgetLine.planned(2030, Money.ron(Integer.toString(1 + rng.nextInt(1000))),
            FundingSource.of(FundingKind.OTHER, "shared-copy-own-line")));
        ActionId id = ActionId.of("SH-" + j + "-" + k);
        actions.add(Action.builder(id, LocalizedText.of("Shared copy " + j + "-" + k, "Copie partajată " + j + "-" + k))
            .budget(lines).build());
        links.add(new SharedAction(id, new CrossReference(owner.id(), CrossReference.Kind.ACTION, target.id().value())));
      }
      out.set(j, new StrategyLinks(List.of(), links, List.of()).applyTo(s.toBuilder().actions(actions).build()));
    }
    return out;
  }

  private static void add(Map<String, BigDecimal> sums, BudgetLine l, boolean subtract) {
    String key = l.year() + " " + l.source().kind() + " " + l.source().programme().orElse("") + " " + l.planned().currency();
    BigDecimal amount = subtract ? l.planned().amount().negate() : l.planned().amount();
    sums.merge(key, amount, BigDecimal::add);
  }

  private static Map<String, BigDecimal> totals(CombinedBudget b) {
    Map<String, BigDecimal> t = new TreeMap<>();
    for (CombinedBudget.Line l : b.lines()) {
      t.merge(l.year() + " " + l.source().kind() + " " + l.source().programme().orElse("") + " " + l.planned().currency(),
          l.planned().amount(), BigDecimal::add);
    }
    return normalise(t);
  }

  private static Map<String, BigDecimal> normalise(Map<String, BigDecimal> m) {
    Map<String, BigDecimal> out = new TreeMap<>();
    m.forEach((k, v) -> out.put(k, v.stripTrailingZeros()));
    return out;
  }
}
