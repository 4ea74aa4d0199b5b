// SPDX-License-Identifier: Apache-2.0
/**
 * The life of a strategy: lifecycle transitions ({@link org.civicplan.lifecycle.Lifecycle}) from
 * draft through internal review, public consultation and Local Council approval to
 * implementation, revision and closure, and the events that fall due on the way ({@link
 * org.civicplan.lifecycle.StrategyEvents}).
 *
 * <p>A transition is a result, not an exception: {@link
 * org.civicplan.lifecycle.TransitionResult} holds the moved strategy, or the findings that say why
 * the move is not allowed. {@link org.civicplan.lifecycle.StrategyEvent}s (of an {@link
 * org.civicplan.lifecycle.EventKind}: status changed, task overdue, consultation closed,
 * measurement missing) are pure functions of the document and dates.
 *
 * <pre>{@code
 * TransitionResult result =
 *     Lifecycle.standard().transition(strategy, LifecycleState.APPROVED, LocalDate.of(2026, 5, 28));
 * if (!result.isAllowed()) {
 *   result.reasons().forEach(r -> System.err.println(r.code() + ": " + r.message(Locale.ENGLISH)));
 * }
 * List<StrategyEvent> due =
 *     StrategyEvents.between(strategy, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
 * }</pre>
 */
@NullMarked
package org.civicplan.lifecycle;

import org.jspecify.annotations.NullMarked;
