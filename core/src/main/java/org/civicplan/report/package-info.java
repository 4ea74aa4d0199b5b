/**
 * Reports computed from one strategy for people and machines: the public-consultation report
 * ({@link org.civicplan.report.ConsultationReport}) and the alignment matrix against reference
 * frameworks ({@link org.civicplan.report.AlignmentReport}).
 */
@NullMarked
package org.civicplan.report;

import org.jspecify.annotations.NullMarked;
