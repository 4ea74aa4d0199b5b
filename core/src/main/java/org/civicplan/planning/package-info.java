/**
 * Prioritising a strategy's own actions: ranking them on a criteria set
 * ({@link org.civicplan.planning.StrategyRanking}), selecting what to fund under yearly budgets
 * ({@link org.civicplan.planning.StrategySelection}) and storing the outcome with the strategy
 * ({@link org.civicplan.planning.StrategyPrioritisation}). The engines it calls are in
 * {@code org.civicplan.prioritisation} and work on plain inputs.
 */
@NullMarked
package org.civicplan.planning;

import org.jspecify.annotations.NullMarked;
