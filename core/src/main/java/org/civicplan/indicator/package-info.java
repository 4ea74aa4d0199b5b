/** Indicators: definitions, baselines, targets and milestones, and measurements. */
@NullMarked
package org.civicplan.indicator;

import org.jspecify.annotations.NullMarked;
