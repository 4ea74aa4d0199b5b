// SPDX-License-Identifier: Apache-2.0
/**
 * The climate template ({@link org.civicplan.climate.ClimateTemplate}, id {@code climate}) and the
 * typed annexes a climate strategy carries: {@link org.civicplan.climate.RiskAssessment}, {@link
 * org.civicplan.climate.EmissionInventory}, {@link org.civicplan.climate.CovenantCommitment},
 * {@link org.civicplan.climate.AwarenessCampaigns} and {@link org.civicplan.climate.GreenSpace}; and
 * {@link org.civicplan.climate.ClimateMonitoring}, which follows an adopted strategy: emissions
 * against the trajectory to the reduction target, and the Covenant reporting cadence at a date.
 *
 * <h2>Conventions a climate strategy follows</h2>
 *
 * <ul>
 *   <li><b>Hazard links.</b> An action addresses a hazard of the risk assessment when it carries the
 *       tag {@code hazard:<id>} with the hazard's catalogue id, e.g. {@code hazard:HZ-01} for
 *       extreme heat. A tag naming a parent hazard ({@code hazard:HZ-04}, floods) also addresses
 *       its sub-hazards ({@code HZ-04a}…{@code HZ-04e}). Cancelled actions address nothing.
 *   <li><b>Covenant of Mayors.</b> A strategy is a Covenant signatory's when it carries a {@code
 *       covenant-commitment} annex, or when the parameter {@code com.signatory} is {@code true}.
 *   <li><b>Biogenic carriers</b> (biodiesel, wood) are reported apart from fossil emissions and
 *       never summed into them: their zero-rating under the Covenant was not verified.
 * </ul>
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * TemplateRegistry templates = TemplateRegistry.load();        // finds this template by ServiceLoader
 * Strategy draft = templates.get(ClimateTemplate.ID).newStrategy(NewStrategyRequest.of(
 *     StrategyId.of("tm-climate-2026"), Municipality.of("Timișoara", "RO"), StrategyPeriod.of(2026, 2030)));
 * ValidationReport report = StrategyValidator.of(templates).validate(draft);   // core + climate rules
 *
 * // an adopted strategy with its inventories and Covenant commitment, followed at a date
 * EmissionTrajectory trajectory =
 *     ClimateMonitoring.emissionTrajectory(strategy, PlanDate.ofYear(2025)).orElseThrow();
 * ProgressStatus status = trajectory.status();                  // emissions against the path to the target
 * List<Finding> late = ClimateMonitoring.cadence(strategy, PlanDate.ofYear(2027)); // reports and inventories due
 * }</pre>
 *
 * <p>{@code PackageExampleTest} in this module runs the example as written, on the bundled sample.
 */
@NullMarked
package org.civicplan.climate;

import org.jspecify.annotations.NullMarked;
