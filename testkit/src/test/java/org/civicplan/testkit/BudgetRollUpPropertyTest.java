// SPDX-License-Identifier: Apache-2.0
package org.civicplan.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.civicplan.monitoring.BudgetExecution;
import org.civicplan.monitoring.BudgetFigure;
import org.civicplan.strategy.Action;
import org.civicplan.strategy.BudgetLine;
import org.civicplan.strategy.Strategy;
import org.junit.jupiter.api.Test;

/**
 * The budget execution of any generated strategy adds up at every breakdown: by action, by year,
 * by funding source and by objective, each total equals the sum of the strategy's budget lines
 * (for objectives: of the lines of actions that serve one), per currency; no action is counted
 * twice however many objectives it serves.
 */
class BudgetRollUpPropertyTest {

  @Test
  void everyBreakdownAddsUpToTheLines() {
    AtomicInteger multiObjective = new AtomicInteger();
    int checked = PropertyRunner.forAll("budget execution adds up", c -> {
      Strategy s = c.strategy();
      BudgetExecution e = BudgetExecution.of(s.actions());
      Map<String, BigDecimal[]> lines = new TreeMap<>();
      Map<String, BigDecimal[]> served = new TreeMap<>();
      for (Action a : s.actions()) {
        if (a.objectiveIds().size() > 1) {
          multiObjective.incrementAndGet();
        }
        for (BudgetLine l : a.budget()) {
          if (l.actual().isPresent() && !l.actual().get().currency().equals(l.planned().currency())) {
            continue; // left out with a finding
          }
          String cur = l.planned().currency().getCurrencyCode();
          BigDecimal actual = l.actual().map(m -> m.amount()).orElse(BigDecimal.ZERO);
          add(lines, cur, l.planned().amount(), actual);
          if (!a.objectiveIds().isEmpty()) {
            add(served, cur, l.planned().amount(), actual);
          }
        }
      }
      for (String dimension : List.of("action", "year", "source")) {
        assertEquals(text(lines), text(totals(e.figures(dimension))), dimension + " of " + s.id());
      }
      assertEquals(text(served), text(totals(e.figures("objective"))), "objective of " + s.id());
    });
    assertEquals(PropertyRunner.cases(), checked);
    assertTrue(multiObjective.get() > 0, "some generated actions serve several objectives");
  }

  private static void add(Map<String, BigDecimal[]> sums, String currency, BigDecimal planned, BigDecimal actual) {
    BigDecimal[] s = sums.computeIfAbsent(currency, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
    s[0] = s[0].add(planned);
    s[1] = s[1].add(actual);
  }

  private static Map<String, BigDecimal[]> totals(List<BudgetFigure> figures) {
    Map<String, BigDecimal[]> sums = new TreeMap<>();
    for (BudgetFigure f : figures) {
      add(sums, f.planned().currency().getCurrencyCode(), f.planned().amount(), f.actual().amount());
    }
    return sums;
  }

  /** Compares amounts numerically (2.50 equals 2.5). */
  private static Map<String, String> text(Map<String, BigDecimal[]> sums) {
    Map<String, String> t = new TreeMap<>();
    sums.forEach((k, v) -> t.put(k, v[0].stripTrailingZeros().toPlainString() + " / " + v[1].stripTrailingZeros().toPlainString()));
    return t;
  }
}
