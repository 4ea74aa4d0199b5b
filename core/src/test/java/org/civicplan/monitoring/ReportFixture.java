// SPDX-License-Identifier: Apache-2.0
package org.civicplan.monitoring;

import java.util.ArrayList;
import java.util.List;
import org.civicplan.fixture.StrategyFixture;
import org.civicplan.indicator.Indicator;
import org.civicplan.indicator.Measurement;
import org.civicplan.strategy.Action;
import org.civicplan.strategy.BudgetLine;
import org.civicplan.strategy.FundingKind;
import org.civicplan.strategy.FundingSource;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.Money;
import org.civicplan.strategy.Municipality;
import java.util.Optional;
import org.civicplan.base.PlanDate;
import org.civicplan.strategy.Strategy;

/** A demo-like strategy for reports: the fixture with measurements over the years and an overspent line. */
final class ReportFixture {

  static final String HOSTILE = "<script>alert(1)</script> \"&' ]]> | *x* \u0001";

  private ReportFixture() {}

  static Strategy demo() {
    Strategy s = StrategyFixture.valid();
    List<Indicator> indicators = new ArrayList<>();
    for (Indicator i : s.indicators()) {
      if (i.id().equals(StrategyFixture.CO2)) {
        indicators.add(i.withMeasurements(List.of(
            Measurement.of(PlanDate.ofYear(2024), 1_100_000, "MEI 2024"),
            Measurement.of(PlanDate.ofYear(2026), 1_080_000, "MEI 2026"),
            Measurement.of(PlanDate.ofYear(2027), 1_150_000, "MEI 2027"))));
      } else {
        indicators.add(i.withMeasurements(List.of(
            Measurement.of(PlanDate.of(2026, 12, 31), 900, "registry"),
            Measurement.of(PlanDate.of(2027, 12, 31), 1900, "registry"))));
      }
    }
    List<Action> actions = new ArrayList<>();
    for (Action a : s.actions()) {
      if (a.id().equals(StrategyFixture.PLANT)) {
        actions.add(a.toBuilder().budgetLine(
            BudgetLine.planned(2027, Money.ron("250000"), FundingSource.of(FundingKind.LOCAL_BUDGET))
                .withActual(Money.ron("310000"))).build());
      } else {
        actions.add(a);
      }
    }
    return s.toBuilder().indicators(indicators).actions(actions).build();
  }

  /** The demo with hostile text in every kind of document text a report shows. */
  static Strategy hostile() {
    Strategy s = demo();
    LocalizedText evil = LocalizedText.of(HOSTILE, HOSTILE);
    return s.toBuilder()
        .title(evil)
        .municipality(Municipality.of(HOSTILE, "RO"))
        .indicators(s.indicators().stream().map(i -> i.toBuilder().name(evil).unit(HOSTILE).build()).toList())
        .actions(s.actions().stream().map(a -> a.toBuilder().title(evil).build()).toList())
        .build();
  }
}
