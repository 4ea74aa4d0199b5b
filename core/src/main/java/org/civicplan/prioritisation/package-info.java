// SPDX-License-Identifier: Apache-2.0
/**
 * Prioritisation engines over plain inputs: multi-criteria ranking, portfolio selection under
 * yearly budgets and multi-year sequencing. Nothing here knows a strategy; {@code
 * org.civicplan.planning} applies these engines to a strategy's actions.
 *
 * <p>Main types: {@link org.civicplan.prioritisation.Criterion} and {@link
 * org.civicplan.prioritisation.CriteriaSet}; {@link org.civicplan.prioritisation.DecisionMatrix}
 * ranked by {@link org.civicplan.prioritisation.Mcda} (weighted sum, TOPSIS, PROMETHEE II, VIKOR)
 * or {@link org.civicplan.prioritisation.Ahp} into a {@link org.civicplan.prioritisation.Ranking}
 * with per-criterion contributions and {@link org.civicplan.prioritisation.Sensitivity}
 * intervals; {@link org.civicplan.prioritisation.Portfolio} selects {@link
 * org.civicplan.prioritisation.Project}s of a {@link org.civicplan.prioritisation.PortfolioProblem}
 * exactly, giving a {@link org.civicplan.prioritisation.Selection} that says whether it is proven
 * optimal; {@link org.civicplan.prioritisation.Sequencer} plans the selection over the years.
 *
 * <pre>{@code
 * DecisionMatrix matrix =
 *     new DecisionMatrix(
 *         List.of(
 *             Criterion.of("co2-avoided", CriterionDirection.BENEFIT, 0.6),
 *             Criterion.of("cost", CriterionDirection.COST, 0.4)),
 *         List.of("A-1", "A-2", "A-3"),
 *         new double[][] {{120, 3.5}, {80, 1.2}, {40, 0.4}});
 * List<String> order = Mcda.topsis(matrix, Normalization.VECTOR).order();
 *
 * Selection selection =
 *     Portfolio.select(
 *         PortfolioProblem.of(
 *             Map.of("2026", new BigDecimal("1000000")),
 *             List.of(
 *                 Project.of("A-1", 0.71, Map.of("2026", new BigDecimal("600000"))),
 *                 Project.of("A-2", 0.55, Map.of("2026", new BigDecimal("450000"))),
 *                 Project.of("A-3", 0.30, Map.of("2026", new BigDecimal("350000"))))));
 * List<String> funded = selection.selected();
 * }</pre>
 */
@NullMarked
package org.civicplan.prioritisation;

import org.jspecify.annotations.NullMarked;
