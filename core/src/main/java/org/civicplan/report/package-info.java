// SPDX-License-Identifier: Apache-2.0
/**
 * Reports computed from one strategy for people and machines: the public-consultation report
 * ({@link org.civicplan.report.ConsultationReport}: proposals received, the answers and their
 * justifications, as Law 52/2003 asks) and the alignment matrix against reference frameworks
 * with its coverage and gaps ({@link org.civicplan.report.AlignmentReport}), and the list of
 * actions in order of priority a city submits to its council ({@link
 * org.civicplan.report.PriorityList}: ranks, scores by criterion, costs, funding, selection and
 * why, the weights used and how stable the first places are). They render as Markdown (the
 * priority list also as HTML) in the reader's language; their JSON form is written by {@code
 * org.civicplan.document}. Monitoring reports are in {@code org.civicplan.monitoring}.
 *
 * <pre>{@code
 * String consultation = ConsultationReport.of(strategy).toMarkdown(Locale.forLanguageTag("ro"));
 * List<ReferenceRow> gaps = AlignmentReport.of(strategy).gaps();
 * String annex = PriorityList.of(strategy, record, criteriaSet).toHtml(Locale.forLanguageTag("ro"));
 * }</pre>
 */
@NullMarked
package org.civicplan.report;

import org.jspecify.annotations.NullMarked;
