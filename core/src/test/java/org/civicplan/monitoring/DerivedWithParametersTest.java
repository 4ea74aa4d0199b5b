// SPDX-License-Identifier: Apache-2.0
package org.civicplan.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.civicplan.base.PlanDate;
import org.civicplan.fixture.StrategyFixture;
import org.civicplan.fixture.TemplateStub;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.DerivedMeasurement;
import org.civicplan.template.Parameters;
import org.civicplan.template.TemplateRegistry;
import org.junit.jupiter.api.Test;

/** A template's derived values see the parameters in force, its defaults overridden by the host's. */
class DerivedWithParametersTest {

  /** Derives street trees in 2027 from its parameter "trees" (default 10). */
  static class ParameterisedTemplate extends TemplateStub {
    @Override
    public Parameters parameters() {
      return super.parameters().with(Map.of("trees", "10"));
    }

    @Override
    public List<DerivedMeasurement> derivedMeasurements(Strategy strategy, Parameters parameters) {
      return List.of(DerivedMeasurement.of(StrategyFixture.TREES, PlanDate.ofYear(2027),
          parameters.decimal("trees").doubleValue(), "street-survey", "survey 2027"));
    }
  }

  private static double trees2027(MonitoringReporter reporter) {
    return reporter.report(ReportFixture.demo(), LocalDate.of(2027, 6, 30)).indicator(StrategyFixture.TREES.value()).orElseThrow()
        .observations().stream().filter(o -> o.date().equals(PlanDate.ofYear(2027))).findFirst().orElseThrow().value();
  }

  @Test
  void theTemplatesDefaultsApplyWhenTheHostSetsNothing() {
    assertEquals(10.0, trees2027(MonitoringReporter.of(TemplateRegistry.of(new ParameterisedTemplate()))));
  }

  @Test
  void theHostsParametersOverrideTheDefaults() {
    MonitoringReporter reporter = MonitoringReporter.builder().templates(TemplateRegistry.of(new ParameterisedTemplate()))
        .parameters(Parameters.of(Map.of("trees", "42"))).build();
    assertEquals(42.0, trees2027(reporter));
  }
}
