// SPDX-License-Identifier: Apache-2.0
package org.civicplan.accessibility;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.civicplan.base.Money;

/**
 * What the city estimates for remedying one non-compliant audited element: what it costs per year
 * and whom it serves. These are the inputs of the remediation programme's criteria that the audit
 * itself does not give (the severity comes from the audit: {@link Barrier}).
 *
 * @param audit the audit id
 * @param element the element id within the audit
 * @param cost per year, the planned cost of the works; sorted by year
 * @param use how many people use the element on an average day (pedestrians counted at a
 *     crossing or on a street segment, boardings at a stop)
 * @param proximity the walking distance in metres to the nearest key destination (hospital,
 *     school, social service); nearer ranks higher
 * @param people how many persons with disabilities the remedy serves, as the city estimates them
 */
public record RemediationEstimate(
    String audit, String element, SortedMap<Integer, Money> cost, double use, double proximity, double people) {

  /**
   * Creates an instance from its components.
   *
   * @param audit the audit id
   * @param element the element id within the audit
   * @param cost per year, the planned cost of the works
   * @param use how many people use the element on an average day
   * @param proximity the walking distance in metres to the nearest key destination
   * @param people how many persons with disabilities the remedy serves
   * @throws NullPointerException if an argument, a year or an amount is null
   * @throws IllegalArgumentException if the cost is empty or negative in some year, or a number
   *     is negative or not finite
   */
  public RemediationEstimate {
    Objects.requireNonNull(audit, "audit");
    Objects.requireNonNull(element, "element");
    TreeMap<Integer, Money> copy = new TreeMap<>();
    cost.forEach((y, m) -> copy.put(Objects.requireNonNull(y, "year"), Objects.requireNonNull(m, "cost")));
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("the cost of remedying element " + element + " of audit " + audit
          + " must name at least one year");
    }
    copy.forEach((y, m) -> {
      if (m.isNegative()) {
        throw new IllegalArgumentException("cost must not be negative but was " + m + " in " + y + " (element " + element + ")");
      }
    });
    cost = Collections.unmodifiableSortedMap(copy);
    check(use, "use", element);
    check(proximity, "proximity", element);
    check(people, "people", element);
  }

  private static void check(double value, String what, String element) {
    if (!Double.isFinite(value) || value < 0) {
      throw new IllegalArgumentException(what + " must be a finite number >= 0 but was " + value + " (element " + element + ")");
    }
  }

  /**
   * {@return an estimate with the cost in one year}
   *
   * @param audit the audit id
   * @param element the element id within the audit
   * @param year the year of the works
   * @param cost their cost
   * @param use how many people use the element on an average day
   * @param proximity the walking distance in metres to the nearest key destination
   * @param people how many persons with disabilities the remedy serves
   */
  public static RemediationEstimate of(String audit, String element, int year, Money cost, double use, double proximity,
      double people) {
    return new RemediationEstimate(audit, element, new TreeMap<>(java.util.Map.of(year, cost)), use, proximity, people);
  }
}
