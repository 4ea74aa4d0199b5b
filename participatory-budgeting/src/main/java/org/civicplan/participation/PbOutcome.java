// SPDX-License-Identifier: Apache-2.0
package org.civicplan.participation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of a rule on an instance, explained.
 *
 * @param rule the rule with its parameters
 * @param budget the budget limit
 * @param selected the funded projects, in the order the rule funded them
 * @param totalCost their total cost, never above {@code budget}
 * @param projects a decision for every project of the instance, in instance order
 * @param voterBudget for the Method of Equal Shares, the budget each voter started the deciding
 *     run with (raised by a completion)
 * @param raises for the Method of Equal Shares, how many times the completion raised the voters'
 *     budgets before the deciding run
 * @param proportionality proportionality figures
 */
public record PbOutcome(
    PbRule rule,
    Rational budget,
    List<ProjectId> selected,
    Rational totalCost,
    List<ProjectDecision> projects,
    Optional<Rational> voterBudget,
    int raises,
    Proportionality proportionality) {

  /**
   * Creates an instance from its components.
   *
   * @param rule the rule with its parameters
   * @param budget the budget limit
   * @param selected the funded projects, in the order the rule funded them
   * @param totalCost their total cost, never above {@code budget}
   * @param projects a decision for every project of the instance, in instance order
   * @param voterBudget for the Method of Equal Shares, the budget each voter started the deciding
   *     run with (raised by a completion)
   * @param raises for the Method of Equal Shares, how many times the completion raised the voters'
   *     budgets before the deciding run
   * @param proportionality proportionality figures
   * @throws IllegalArgumentException if the total cost exceeds the budget
   * @throws NullPointerException if an argument is null
   */
  public PbOutcome {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(budget, "budget");
    Objects.requireNonNull(totalCost, "totalCost");
    Objects.requireNonNull(voterBudget, "voterBudget");
    Objects.requireNonNull(proportionality, "proportionality");
    selected = List.copyOf(selected);
    projects = List.copyOf(projects);
    if (totalCost.compareTo(budget) > 0) {
      throw new IllegalArgumentException("an outcome costing " + totalCost + " exceeds its budget " + budget);
    }
  }

  /**
   * The decision about project {@code id}, if the instance has it.
   *
   * @param id the project id
   * @return the decision, or empty when the instance has no such project
   */
  public Optional<ProjectDecision> decision(ProjectId id) {
    return projects.stream().filter(d -> d.id().equals(id)).findFirst();
  }
}
