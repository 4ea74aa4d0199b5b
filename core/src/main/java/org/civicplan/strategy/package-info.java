// SPDX-License-Identifier: Apache-2.0
/**
 * The strategy aggregate: the document a city adopts, with its objective tree, its action plan
 * and everything that hangs off them.
 *
 * <p>Main types: {@link org.civicplan.strategy.Strategy} (built with {@link
 * org.civicplan.strategy.Strategy#builder}) holds the {@link org.civicplan.strategy.Municipality},
 * the tree of {@link org.civicplan.strategy.Objective}s, the {@link
 * org.civicplan.strategy.Action}s with their {@link org.civicplan.strategy.Task}s, {@link
 * org.civicplan.strategy.BudgetLine}s, {@link org.civicplan.strategy.Partner}s and expected
 * {@link org.civicplan.strategy.IndicatorEffect}s, the indicators, organisations, governance,
 * alignment links, template {@link org.civicplan.strategy.Annex}es (unknown kinds kept as
 * {@link org.civicplan.strategy.RawAnnex}), the change history and prioritisation records. All
 * are immutable records; lists are copied, and absent values are empty {@code Optional}s or
 * empty lists.
 *
 * <pre>{@code
 * Strategy strategy =
 *     Strategy.builder(
 *             StrategyId.of("tm-climate-2026"),
 *             TemplateId.of("climate"),
 *             Municipality.of("Timișoara", "RO"),
 *             LocalizedText.of("Climate strategy", "Strategia climatică"),
 *             StrategyPeriod.of(2026, 2030))
 *         .objective(Objective.of("OG-1", LocalizedText.of("Lower emissions", "Emisii mai mici")))
 *         .action(
 *             Action.builder("A-1", LocalizedText.of("Cycle lanes", "Piste de biciclete"))
 *                 .serves(ObjectiveId.of("OG-1"))
 *                 .build())
 *         .build();
 * }</pre>
 */
@NullMarked
package org.civicplan.strategy;

import org.jspecify.annotations.NullMarked;
