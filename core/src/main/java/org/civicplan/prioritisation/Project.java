// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.civicplan.base.IdSyntax;

/**
 * A candidate for portfolio selection.
 *
 * @param id unique within the problem
 * @param value what selecting it is worth (a score from a ranking or any number)
 * @param cost per budget period id, the exact amount it needs; periods not listed cost nothing
 * @param requires ids of projects that must be selected with it
 * @param mandatory whether it must be selected (e.g. a legal obligation)
 */
public record Project(String id, double value, Map<String, BigDecimal> cost, Set<String> requires, boolean mandatory) {

  /**
   * Creates an instance from its components.
   *
   * @param id unique within the problem
   * @param value what selecting it is worth (a score from a ranking or any number)
   * @param cost per budget period id, the exact amount it needs; periods not listed cost nothing
   * @param requires ids of projects that must be selected with it
   * @param mandatory whether it must be selected (e.g. a legal obligation)
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if the id is invalid or the value is not finite
   */
  public Project {
    IdSyntax.requireValid(id, "project");
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("value must be finite but was " + value + " (project \"" + id + "\")");
    }
    SortedMap<String, BigDecimal> c = new TreeMap<>();
    cost.forEach((k, v) -> c.put(Objects.requireNonNull(k, "period"), Objects.requireNonNull(v, "cost")));
    cost = Collections.unmodifiableSortedMap(c);
    // most projects require nothing: they share one empty set
    requires = requires.isEmpty() ? Collections.emptySortedSet() : Collections.unmodifiableSortedSet(new TreeSet<>(requires));
  }

  /**
   * {@return an optional project without dependencies}
   *
   * @param id unique within the problem
   * @param value what selecting it is worth (a score from a ranking or any number)
   * @param cost per budget period id, the exact amount it needs; periods not listed cost nothing
   */
  public static Project of(String id, double value, Map<String, BigDecimal> cost) {
    return new Project(id, value, cost, Set.of(), false);
  }

  /**
   * {@return the cost in {@code period}, zero when not listed}
   *
   * @param period the period, e.g. a year
   */
  public BigDecimal costIn(String period) {
    return cost.getOrDefault(period, BigDecimal.ZERO);
  }
}
