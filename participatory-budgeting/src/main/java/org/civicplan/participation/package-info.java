// SPDX-License-Identifier: Apache-2.0
/**
 * Participatory budgeting: instances (projects, a budget, approval ballots), the pabulib {@code
 * .pb} format, the greedy rules, the Method of Equal Shares with its completions and sequential
 * Phragmén in exact rational arithmetic, explained outcomes, and the funded projects as actions
 * of a strategy.
 */
@NullMarked
package org.civicplan.participation;

import org.jspecify.annotations.NullMarked;
