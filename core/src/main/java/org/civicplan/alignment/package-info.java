// SPDX-License-Identifier: Apache-2.0
/**
 * Alignment of a local strategy with the strategies above it: the reference frameworks a city
 * answers to (European Union strategies, national strategies, the UN Sustainable Development Goals,
 * the UN Convention on the Rights of Persons with Disabilities) and the links from local
 * objectives and actions to their objectives.
 *
 * <p>Main types: {@link org.civicplan.alignment.ReferenceFramework} with its
 * {@link org.civicplan.alignment.ReferenceObjective}s, the catalogue shipped with core
 * ({@link org.civicplan.alignment.ReferenceFrameworks#standard()}), and
 * {@link org.civicplan.alignment.AlignmentLink}, stored in the strategy, with its
 * {@link org.civicplan.alignment.AlignmentStrength}. Templates may add frameworks of their own
 * ({@code StrategyTemplate.referenceFrameworks()}); the rules that check the links are in
 * {@code org.civicplan.validation}, and the alignment matrix with its coverage and gaps is
 * {@code org.civicplan.report.AlignmentReport}.
 *
 * <pre>{@code
 * AlignmentLink link =
 *     AlignmentLink.ofObjective(ObjectiveId.of("OG-1"), "sdg", "13.2", AlignmentStrength.DIRECT);
 * List<ReferenceFramework> shipped = ReferenceFrameworks.standard();
 * }</pre>
 */
@NullMarked
package org.civicplan.alignment;

import org.jspecify.annotations.NullMarked;
