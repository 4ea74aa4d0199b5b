// SPDX-License-Identifier: Apache-2.0
package org.civicplan.climate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.civicplan.base.Finding;
import org.civicplan.base.PlanDate;
import org.civicplan.base.Severity;
import org.civicplan.base.StrategyId;
import org.civicplan.base.StrategyPeriod;
import org.civicplan.monitoring.ProgressStatus;
import org.civicplan.strategy.Municipality;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.NewStrategyRequest;
import org.civicplan.template.TemplateRegistry;
import org.civicplan.validation.StrategyValidator;
import org.civicplan.validation.ValidationReport;
import org.junit.jupiter.api.Test;

/** The example of the package documentation ({@code package-info.java}) runs as written. */
class PackageExampleTest {

  @Test
  void draftValidateAndFollowAsInThePackageDocumentation() {
    Strategy strategy = ClimateSample.valid();

    // -- as in package-info.java --
    TemplateRegistry templates = TemplateRegistry.load();
    Strategy draft = templates.get(ClimateTemplate.ID).newStrategy(NewStrategyRequest.of(
        StrategyId.of("tm-climate-2026"), Municipality.of("Timișoara", "RO"), StrategyPeriod.of(2026, 2030)));
    ValidationReport report = StrategyValidator.of(templates).validate(draft);

    EmissionTrajectory trajectory =
        ClimateMonitoring.emissionTrajectory(strategy, PlanDate.ofYear(2025)).orElseThrow();
    ProgressStatus status = trajectory.status();
    List<Finding> late = ClimateMonitoring.cadence(strategy, PlanDate.ofYear(2027));
    // -- end --

    assertEquals(ClimateTemplate.ID, draft.templateId());
    assertFalse(draft.objectives().isEmpty(), "the draft has the template's skeleton");
    // a fresh draft has no error, only the reminder to write its vision
    assertEquals(List.of("text.language.missing"), report.findings().stream().map(Finding::code).toList());
    assertTrue(report.bySeverity(Severity.ERROR).isEmpty());
    // the sample's emissions in 2025 are above the linear path to its 2030 target
    assertEquals(ProgressStatus.OFF_TRACK, status);
    assertEquals(List.of("climate.com.monitoring-report.late", "climate.com.monitoring-inventory.late"),
        late.stream().map(Finding::code).toList());
  }
}
