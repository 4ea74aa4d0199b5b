// SPDX-License-Identifier: Apache-2.0
package org.civicplan.accessibility;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.civicplan.base.Money;
import org.civicplan.prioritisation.RankingMethod;

/**
 * What {@link Remediation#plan} needs besides the strategy: the programme's id, the estimates of
 * the non-compliant elements, the yearly budget, the ranking method and the date.
 *
 * @param id the programme's id
 * @param estimates one per non-compliant element to rank, in any order
 * @param budget per year, the money available for remediation (one currency); sorted
 * @param method the ranking method
 * @param on the date of the decision
 */
public record RemediationRequest(
    String id, List<RemediationEstimate> estimates, SortedMap<Integer, Money> budget, RankingMethod method, LocalDate on) {

  /**
   * Creates an instance from its components.
   *
   * @param id the programme's id
   * @param estimates one per non-compliant element to rank
   * @param budget per year, the money available for remediation
   * @param method the ranking method
   * @param on the date of the decision
   * @throws NullPointerException if an argument, an estimate, a year or an amount is null
   * @throws IllegalArgumentException if the id is blank
   */
  public RemediationRequest {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("remediation programme id must not be blank");
    }
    estimates = List.copyOf(estimates);
    TreeMap<Integer, Money> copy = new TreeMap<>();
    budget.forEach((y, m) -> copy.put(Objects.requireNonNull(y, "year"), Objects.requireNonNull(m, "budget")));
    budget = Collections.unmodifiableSortedMap(copy);
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(on, "on");
  }

  /**
   * {@return a request}
   *
   * @param id the programme's id
   * @param estimates one per non-compliant element to rank
   * @param budget per year, the money available for remediation
   * @param method the ranking method
   * @param on the date of the decision
   */
  public static RemediationRequest of(String id, List<RemediationEstimate> estimates, Map<Integer, Money> budget,
      RankingMethod method, LocalDate on) {
    return new RemediationRequest(id, estimates, new TreeMap<>(budget), method, on);
  }
}
