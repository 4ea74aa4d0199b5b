// SPDX-License-Identifier: Apache-2.0
package org.civicplan.participation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Proportionality figures of an outcome.
 *
 * @param satisfiedShare the share of voters with at least one funded project they approved
 * @param budgetShareByCategory for each project category, the share of the budget spent on funded
 *     projects of that category (a project of several categories counts in each), ordered by
 *     category
 * @param budgetShareByTarget the same by target (district, group served)
 * @param groupAttribute the voter attribute the groups are formed by ({@code neighborhood}, {@code
 *     district}…); empty when voters are one group
 * @param groups how each voter group fared, ordered by group
 */
public record Proportionality(
    Rational satisfiedShare,
    Map<String, Rational> budgetShareByCategory,
    Map<String, Rational> budgetShareByTarget,
    Optional<String> groupAttribute,
    List<GroupShare> groups) {

  /**
   * Creates an instance from its components.
   *
   * @param satisfiedShare the share of voters with at least one funded project they approved
   * @param budgetShareByCategory for each project category, the share of the budget spent on funded
   *     projects of that category (a project of several categories counts in each), ordered by
   *     category
   * @param budgetShareByTarget the same by target (district, group served)
   * @param groupAttribute the voter attribute the groups are formed by ({@code neighborhood},
   *     {@code district}…); empty when voters are one group
   * @param groups how each voter group fared, ordered by group
   * @throws NullPointerException if an argument is null
   */
  public Proportionality {
    Objects.requireNonNull(satisfiedShare, "satisfiedShare");
    Objects.requireNonNull(groupAttribute, "groupAttribute");
    budgetShareByCategory = Collections.unmodifiableMap(new LinkedHashMap<>(budgetShareByCategory));
    budgetShareByTarget = Collections.unmodifiableMap(new LinkedHashMap<>(budgetShareByTarget));
    groups = List.copyOf(groups);
  }
}
