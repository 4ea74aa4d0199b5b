// SPDX-License-Identifier: Apache-2.0
package org.civicplan.integrated;

import java.util.List;
import org.civicplan.base.MessageCatalog;
import org.civicplan.portfolio.StrategyLinks;
import org.civicplan.strategy.Strategy;
import org.civicplan.testkit.TemplateContract;
import org.junit.jupiter.api.Test;

/** The integrated template keeps the contract of every template, with its sample and one mutant per rule. */
class IntegratedContractTest {

  /** The sample without its culture objective (OG-5): a domain of quality of life left uncovered. */
  static Strategy withoutCulture() {
    Strategy s = IntegratedSample.valid();
    return s.toBuilder()
        .objectives(s.objectives().stream().filter(o -> !o.id().value().equals("OG-5")).toList())
        .alignments(s.alignments().stream().filter(a -> !a.objective().map(o -> o.value()).orElse("").equals("OG-5")).toList())
        .actions(s.actions().stream().map(a -> a.toBuilder()
            .objectiveIds(a.objectiveIds().stream().filter(o -> !o.value().equals("OG-5")).toList()).build()).toList())
        .build();
  }

  /** The sample without its portfolio links: it delegates nothing. */
  static Strategy withoutDelegations() {
    StrategyLinks links = StrategyLinks.of(IntegratedSample.valid());
    return new StrategyLinks(List.of(), links.sharedActions(), links.sharedIndicators()).applyTo(IntegratedSample.valid());
  }

  @Test
  void integratedKeepsTheTemplateContract() {
    TemplateContract.verify(TemplateContract.subject(new IntegratedTemplate())
        .sample(IntegratedSample.valid())
        .messages(MessageCatalog.load(IntegratedTemplate.class::getResourceAsStream, "/org/civicplan/integrated/messages"))
        .mutant(IntegratedTemplate.DOMAIN_MISSING, IntegratedContractTest::withoutCulture)
        .mutant(IntegratedTemplate.DELEGATION_NONE, IntegratedContractTest::withoutDelegations)
        .build());
  }
}
