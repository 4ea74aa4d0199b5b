// SPDX-License-Identifier: Apache-2.0
package org.civicplan.integrated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.civicplan.base.Money;
import org.civicplan.portfolio.CombinedBudget;
import org.civicplan.portfolio.Portfolio;
import org.civicplan.portfolio.PortfolioFinding;
import org.civicplan.portfolio.PortfolioValidator;
import org.civicplan.portfolio.StrategyLinks;
import org.civicplan.testkit.SampleFile;
import org.civicplan.validation.StrategyValidator;
import org.civicplan.template.TemplateRegistry;
import org.junit.jupiter.api.Test;

/**
 * {@code samples/data/integrated-strategy.json} is written as the document writer writes it, and
 * the sample portfolio (the integrated strategy with the city's climate, accessibility, sport and
 * social samples) reads whole and is silent under the cross-document rules. Run with {@code
 * -Dintegrated.sample.write=true} to rewrite the file in the writer's layout after editing it.
 */
class SampleFileTest {

  @Test
  void sampleFileIsWrittenAsTheDocumentsWriteIt() {
    SampleFile.of(IntegratedSample.FILE, IntegratedSample.DOCUMENTS).rewriteWhen("integrated.sample.write").check(IntegratedSample.valid());
  }

  @Test
  void samplePortfolioIsSilentUnderTheCrossDocumentRules() {
    Portfolio p = IntegratedSample.portfolio();
    assertEquals(List.of(), p.unread());
    assertEquals(5, p.members().size());
    assertEquals(List.of(), PortfolioValidator.crossDocument().validate(p).findings());
  }

  @Test
  void sampleIntegratedStrategyHasNoErrorOfItsOwn() {
    List<PortfolioFinding> errors = PortfolioValidator.of(StrategyValidator.of(TemplateRegistry.load()))
        .validate(IntegratedSample.portfolio()).errors();
    assertEquals(List.of(), errors.stream().filter(f -> f.source().endsWith("integrated-strategy.json")).toList());
  }

  @Test
  void sampleDeclaresItsLinksToEverySectoralStrategy() {
    StrategyLinks links = StrategyLinks.of(IntegratedSample.valid());
    assertEquals(7, links.delegations().size());
    assertEquals(5, links.sharedActions().size());
    assertEquals(11, links.sharedIndicators().size());
  }

  /**
   * The five shared actions copy their owners' lines: climate A-1.1 (12,500,000 + 9,000,000 +
   * 8,000,000), climate A-5.1 (2,500,000 + 3,000,000), sport P-1 (150,000), social
   * (1,500,000) and accessibility A-2.1 (900,000): 8 lines, 37,550,000 RON counted once.
   */
  @Test
  void combinedBudgetCountsTheSharedLinesOnce() {
    Portfolio p = IntegratedSample.portfolio();
    CombinedBudget b = CombinedBudget.of(p);
    assertEquals(8, b.countedOnce().size());
    Money all = p.strategies().stream().flatMap(s -> s.actions().stream()).flatMap(a -> a.budget().stream())
        .map(l -> l.planned()).reduce(Money.zero(Money.RON), Money::plus);
    Money once = b.countedOnce().stream().map(o -> o.line().planned()).reduce(Money.zero(Money.RON), Money::plus);
    assertEquals(Money.ron("37550000"), once);
    assertEquals(all.minus(once), b.planned(Money.RON));
    assertTrue(b.countedOnce().stream().allMatch(CombinedBudget.CountedOnce::declared));
  }
}
