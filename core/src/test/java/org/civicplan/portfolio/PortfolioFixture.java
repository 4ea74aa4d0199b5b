// SPDX-License-Identifier: Apache-2.0
package org.civicplan.portfolio;

import static org.civicplan.fixture.StrategyFixture.text;

import java.util.List;
import org.civicplan.base.ActionId;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.Money;
import org.civicplan.base.ObjectiveId;
import org.civicplan.base.PlanDate;
import org.civicplan.base.StrategyId;
import org.civicplan.base.TemplateId;
import org.civicplan.fixture.StrategyFixture;
import org.civicplan.indicator.IndicatorId;
import org.civicplan.strategy.Action;
import org.civicplan.strategy.BudgetLine;
import org.civicplan.strategy.FundingKind;
import org.civicplan.strategy.FundingSource;
import org.civicplan.strategy.Strategy;

/**
 * A two-strategy portfolio of Timișoara: the green-streets strategy of {@link StrategyFixture} as
 * the sectoral strategy, and an integrated strategy that delegates its tree-cover objective to it,
 * shares its school retrofit and its CO2 indicator, and has one action of its own.
 */
final class PortfolioFixture {

  static final String SECTORAL = "tm-green-2026";
  static final String INTEGRATED = "tm-integrated-2026";
  static final ActionId SHARED_RETROFIT = ActionId.of("I-1");
  static final ActionId CULTURE_CENTRE = ActionId.of("I-2");

  private PortfolioFixture() {}

  /** The sectoral strategy: {@link StrategyFixture#valid()}. */
  static Strategy sectoral() {
    return StrategyFixture.valid();
  }

  /** The integrated strategy with its links. */
  static Strategy integrated() {
    return links().applyTo(integratedBuilder().build());
  }

  /** The integrated strategy's links. */
  static StrategyLinks links() {
    return new StrategyLinks(
        List.of(new Delegation(ObjectiveId.of("OS-2.1"), CrossReference.objective(SECTORAL, "OS-2.1"))),
        List.of(new SharedAction(SHARED_RETROFIT, CrossReference.action(SECTORAL, "A-1"))),
        List.of(new SharedIndicator(StrategyFixture.CO2, CrossReference.indicator(SECTORAL, "co2-total"))));
  }

  /** The integrated strategy without links, to change one thing. */
  static Strategy.Builder integratedBuilder() {
    return StrategyFixture.builder()
        .id(StrategyId.of(INTEGRATED))
        .templateId(TemplateId.of("integrated"))
        .title(text("Integrated development strategy", "Strategia integrată de dezvoltare"))
        .annexes(List.of())
        .indicators(List.of(
            StrategyFixture.co2().toBuilder().measurements(List.of()).build(), StrategyFixture.trees()))
        .actions(List.of(
            Action.builder(SHARED_RETROFIT, text("School retrofit programme", "Programul de reabilitare a școlilor"))
                .serves(StrategyFixture.BUILDINGS)
                .responsible(StrategyFixture.ENVIRONMENT)
                .start(PlanDate.ofYear(2026))
                .end(PlanDate.ofYear(2028))
                // the sectoral strategy's 2026 line, and one more year the sectoral one does not fund
                .budgetLine(BudgetLine.planned(2026, Money.ron("1500000"), FundingSource.of(FundingKind.LOCAL_BUDGET)))
                .budgetLine(BudgetLine.planned(2028, Money.ron("400000"), FundingSource.of(FundingKind.LOCAL_BUDGET)))
                .build(),
            Action.builder(CULTURE_CENTRE, text("Neighbourhood culture centre", "Centru cultural de cartier"))
                .serves(StrategyFixture.GREENING)
                .responsible(StrategyFixture.ENVIRONMENT)
                .start(PlanDate.ofYear(2027))
                .end(PlanDate.ofYear(2029))
                .budgetLine(BudgetLine.planned(2027, Money.ron("300000"), FundingSource.of(FundingKind.LOCAL_BUDGET)))
                .build()));
  }

  /** {@return the portfolio of the two, integrated first} */
  static Portfolio portfolio() {
    return Portfolio.of(List.of(integrated(), sectoral()));
  }

  static IndicatorId co2() {
    return StrategyFixture.CO2;
  }

  static LocalizedText title(String en) {
    return text(en, en);
  }
}
