// SPDX-License-Identifier: Apache-2.0
/**
 * Monitoring a strategy in implementation: indicator assessment by published methods, action
 * tracking, budget execution, roll-ups, alerts and frozen monitoring reports.
 *
 * <p>Main types: {@link org.civicplan.monitoring.IndicatorAssessor} assesses an indicator at a
 * date with the linear trajectory, the Eurostat SDG progress assessment or the Open SDG method
 * ({@link org.civicplan.monitoring.AssessmentMethod}) and returns an {@link
 * org.civicplan.monitoring.Assessment} that explains itself; {@link
 * org.civicplan.monitoring.SeriesColumns} and {@link org.civicplan.monitoring.AssessmentColumns}
 * do the same for many series at once; {@link org.civicplan.monitoring.ActionTracker} assesses
 * actions, {@link org.civicplan.monitoring.BudgetExecution} the money spent; {@link
 * org.civicplan.monitoring.MonitoringReporter} builds a {@link
 * org.civicplan.monitoring.MonitoringReport}, which {@link org.civicplan.monitoring.ReportRendering}
 * writes as CSV, Markdown and HTML; {@link org.civicplan.monitoring.MeasurementCsv} imports
 * measurements all or nothing.
 *
 * <pre>{@code
 * Assessment assessment = IndicatorAssessor.linear().assess(indicator, PlanDate.ofYear(2025));
 * ProgressStatus status = assessment.status();
 *
 * MonitoringReport report = MonitoringReporter.standard().report(strategy, LocalDate.of(2026, 6, 30));
 * String html = ReportRendering.html(report, Locale.forLanguageTag("ro"));
 * }</pre>
 */
@NullMarked
package org.civicplan.monitoring;

import org.jspecify.annotations.NullMarked;
