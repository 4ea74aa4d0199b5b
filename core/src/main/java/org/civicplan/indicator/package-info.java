// SPDX-License-Identifier: Apache-2.0
/**
 * Indicators: what a strategy measures, where it starts, where it should arrive and what was
 * measured on the way.
 *
 * <p>Main types: {@link org.civicplan.indicator.Indicator} (built with its builder) with its
 * {@link org.civicplan.indicator.Baseline}, {@link org.civicplan.indicator.Target}s and milestones
 * and {@link org.civicplan.indicator.Measurement}s; {@link org.civicplan.indicator.Direction} says
 * which way is better, {@link org.civicplan.indicator.Denominator} what values are divided by
 * (per inhabitant, per km²), and {@link org.civicplan.indicator.ReportingFrequency} how often they
 * are reported. Assessing progress is the job of {@code org.civicplan.monitoring}.
 *
 * <pre>{@code
 * Indicator co2 =
 *     Indicator.builder(
 *             IndicatorId.of("co2-per-capita"),
 *             LocalizedText.of("CO2 per inhabitant", "CO2 pe locuitor"),
 *             "t CO2/inh",
 *             Direction.DECREASE)
 *         .baseline(Baseline.of(PlanDate.ofYear(2019), 4.2))
 *         .target(Target.of(PlanDate.ofYear(2030), 2.3))
 *         .measurement(Measurement.of(PlanDate.ofYear(2024), 3.6))
 *         .build();
 * }</pre>
 */
@NullMarked
package org.civicplan.indicator;

import org.jspecify.annotations.NullMarked;
