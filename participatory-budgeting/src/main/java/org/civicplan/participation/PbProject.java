// SPDX-License-Identifier: Apache-2.0
package org.civicplan.participation;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A project put to the vote: its id and cost, and what describes it.
 *
 * @param id the id
 * @param cost the cost, a non-negative exact decimal in the currency of the budget
 * @param name the name, possibly empty
 * @param categories the categories ({@code education}, {@code greenery}), possibly none
 * @param targets the groups or areas it serves ({@code children}, {@code district-3}), possibly none
 * @param attributes every other column of the file (except {@code selected}, which is the
 *     instance's official outcome), in file order; never read by a rule
 */
public record PbProject(
    ProjectId id, BigDecimal cost, String name, List<String> categories, List<String> targets, Map<String, String> attributes) {

  /**
   * Creates an instance from its components.
   *
   * @param id the id
   * @param cost the cost, a non-negative exact decimal in the currency of the budget
   * @param name the name, possibly empty
   * @param categories the categories ({@code education}, {@code greenery}), possibly none
   * @param targets the groups or areas it serves ({@code children}, {@code district-3}), possibly
   *     none
   * @param attributes every other column of the file (except {@code selected}, which is the
   *     instance's official outcome), in file order; never read by a rule
   * @throws IllegalArgumentException if {@code cost} is negative
   * @throws NullPointerException if an argument is null
   */
  public PbProject {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(cost, "cost");
    Objects.requireNonNull(name, "name");
    if (cost.signum() < 0) {
      throw new IllegalArgumentException("cost must not be negative but was " + cost.toPlainString() + " (project \"" + id + "\")");
    }
    categories = List.copyOf(categories);
    targets = List.copyOf(targets);
    attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
  }

  /**
   * A project with only an id and a cost.
   *
   * @param id the project id
   * @param cost the cost, a non-negative decimal
   * @return the project
   */
  public static PbProject of(String id, String cost) {
    return new PbProject(ProjectId.of(id), new BigDecimal(cost), "", List.of(), List.of(), Map.of());
  }

  /**
   * The cost as an exact rational.
   *
   * @return the exact cost
   */
  public Rational exactCost() {
    return Rational.of(cost);
  }
}
