// SPDX-License-Identifier: Apache-2.0
/**
 * Prioritising a strategy's own actions: ranking them on a criteria set
 * ({@link org.civicplan.planning.StrategyRanking}), selecting what to fund under yearly budgets
 * ({@link org.civicplan.planning.StrategySelection}, with {@link
 * org.civicplan.planning.SelectionOptions}) and storing the outcome with the strategy as a
 * prioritisation record. {@link org.civicplan.planning.StrategyPrioritisation} is the entry point.
 * The engines it calls are in {@code org.civicplan.prioritisation} and work on plain inputs.
 *
 * <pre>{@code
 * CriteriaSet criteria = template.criteriaSets().get(0);
 * StrategyRanking ranking =
 *     StrategyPrioritisation.rank(
 *         strategy, criteria, scores, RankingMethod.topsis(), LocalDate.of(2026, 4, 1));
 * }</pre>
 */
@NullMarked
package org.civicplan.planning;

import org.jspecify.annotations.NullMarked;
