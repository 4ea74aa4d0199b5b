// SPDX-License-Identifier: Apache-2.0
package org.civicplan.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.Money;
import org.civicplan.strategy.Action;
import org.civicplan.strategy.BudgetLine;
import org.civicplan.strategy.FundingKind;
import org.civicplan.strategy.FundingSource;
import org.civicplan.strategy.Strategy;
import org.junit.jupiter.api.Test;

class CombinedBudgetTest {

  private static String lines(CombinedBudget b) {
    StringBuilder s = new StringBuilder();
    for (CombinedBudget.Line l : b.lines()) {
      s.append(l.year()).append(' ').append(l.source().kind()).append(l.source().programme().map(p -> " " + p).orElse(""))
          .append(": ").append(l.planned()).append(" / ").append(l.actual()).append('\n');
    }
    return s.toString();
  }

  /**
   * Hand-checked: the sectoral strategy plans A-1 2026 RON 1,500,000 (actual 1,250,000.50), A-1
   * 2027 EUR 800,000 (EU funds) and A-2 2026 RON 200,000; the integrated one shares A-1 as I-1
   * with the same 2026 line plus 2028 RON 400,000, and I-2 plans 2027 RON 300,000. The shared 2026
   * line is counted once: 2026 RON 1,500,000 + 200,000 = 1,700,000.
   */
  @Test
  void sharedLineIsCountedOnceAndTheRestIsKept() {
    CombinedBudget b = CombinedBudget.of(PortfolioFixture.portfolio());
    assertEquals("""
        2026 LOCAL_BUDGET: 1700000 RON / 1250000.5 RON
        2027 LOCAL_BUDGET: 300000 RON / 0 RON
        2027 EU_FUNDS PR Vest 2021-2027: 800000 EUR / 0 EUR
        2028 LOCAL_BUDGET: 400000 RON / 0 RON
        """, lines(b));
    assertEquals(1, b.countedOnce().size());
    CombinedBudget.CountedOnce once = b.countedOnce().get(0);
    assertEquals("tm-integrated-2026/action/I-1", once.action().toString());
    assertEquals("tm-green-2026/action/A-1", once.owner().toString());
    assertEquals(2026, once.line().year());
    assertTrue(once.declared());
    // 3,900,000 RON across both strategies, minus the 1,500,000 shared line
    assertEquals(Money.ron("2400000"), b.planned(Money.RON));
  }

  @Test
  void withoutLinksEveryLineCounts() {
    CombinedBudget b = CombinedBudget.of(Portfolio.of(List.of(PortfolioFixture.integratedBuilder().build(),
        PortfolioFixture.sectoral())));
    assertEquals(List.of(), b.countedOnce());
    assertEquals(Money.ron("3900000"), b.planned(Money.RON));
  }

  @Test
  void undeclaredSameActionIsCountedOnceToo() {
    Strategy s = PortfolioFixture.integratedBuilder()
        .action(Action.builder("I-3", LocalizedText.of("Plant street trees", "Plantarea de arbori stradali"))
            .budgetLine(BudgetLine.planned(2026, Money.ron("200000"), FundingSource.of(FundingKind.LOCAL_BUDGET)))
            .budgetLine(BudgetLine.planned(2026, Money.ron("50000"), FundingSource.of(FundingKind.LOCAL_BUDGET)))
            .build())
        .build();
    CombinedBudget b = CombinedBudget.of(Portfolio.of(List.of(PortfolioFixture.sectoral(), s)));
    // only one of I-3's two 2026 local lines matches A-2's single line
    assertEquals(1, b.countedOnce().size());
    assertFalse(b.countedOnce().get(0).declared());
    assertEquals("tm-green-2026/action/A-2", b.countedOnce().get(0).owner().toString());
    assertEquals(Money.ron("3950000"), b.planned(Money.RON));
  }
}
