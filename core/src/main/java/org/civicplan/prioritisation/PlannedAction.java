// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.civicplan.base.IdSyntax;

/**
 * A selected action to place in a multi-year plan.
 *
 * @param id unique within the plan
 * @param priority 1 for the most important; lower numbers start earlier where the budget allows
 * @param spending the amount it spends in each year of its run, from its first year; at least one
 *     year, amounts non-negative
 * @param requires ids of actions that must end before it starts
 * @param earliestStart the first year it could start
 */
public record PlannedAction(String id, int priority, List<BigDecimal> spending, Set<String> requires, int earliestStart) {

  /**
   * Creates an instance from its components.
   *
   * @param id unique within the plan
   * @param priority 1 for the most important; lower numbers start earlier where the budget allows
   * @param spending the amount it spends in each year of its run, from its first year; at least one
   *     year, amounts non-negative
   * @param requires ids of actions that must end before it starts
   * @param earliestStart the first year it could start
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if the id is invalid, the priority below 1, the spending empty
   *     or negative
   */
  public PlannedAction {
    Objects.requireNonNull(spending, "spending");
    Objects.requireNonNull(requires, "requires");
    IdSyntax.requireValid(id, "action");
    if (priority < 1) {
      throw new IllegalArgumentException("priority must be at least 1 but was " + priority + " (action \"" + id + "\")");
    }
    spending = List.copyOf(spending);
    if (spending.isEmpty()) {
      throw new IllegalArgumentException("spending must cover at least one year (action \"" + id + "\")");
    }
    for (BigDecimal b : spending) {
      if (b.signum() < 0) {
        throw new IllegalArgumentException("spending must be non-negative but was " + b + " (action \"" + id + "\")");
      }
    }
    requires = Collections.unmodifiableSortedSet(new TreeSet<>(Objects.requireNonNull(requires, "requires")));
  }

  /**
   * {@return the last year of its run when it starts in {@code start}}
   *
   * @param start the first year of its run
   */
  public int endWhenStarting(int start) {
    return start + spending.size() - 1;
  }
}
