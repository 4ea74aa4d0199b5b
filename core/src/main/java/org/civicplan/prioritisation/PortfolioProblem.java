// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A budget-constrained selection problem: maximise the total value of the selected projects
 * subject to every period's budget, the {@code requires} dependencies, at most one project per
 * mutually exclusive group, the mandatory projects and the minimum shares.
 *
 * @param budget per period id, the exact budget
 * @param projects the candidates, with distinct ids
 * @param exclusive groups of project ids of which at most one may be selected
 * @param minimumShares minimum shares of period budgets
 * @param maxNodes the search stops after this many nodes (the result then says it is not proven
 *     optimal and gives the bound and gap)
 * @param maxTime the search stops after this long
 */
public record PortfolioProblem(
    Map<String, BigDecimal> budget,
    List<Project> projects,
    List<Set<String>> exclusive,
    List<MinimumShare> minimumShares,
    long maxNodes,
    Duration maxTime) {

  /**
   * Creates an instance from its components.
   *
   * @param budget per period id, the exact budget
   * @param projects the candidates, with distinct ids
   * @param exclusive groups of project ids of which at most one may be selected
   * @param minimumShares minimum shares of period budgets
   * @param maxNodes the search stops after this many nodes (the result then says it is not proven
   *     optimal and gives the bound and gap)
   * @param maxTime the search stops after this long
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if project ids repeat or a limit is not positive
   */
  public PortfolioProblem {
    SortedMap<String, BigDecimal> b = new TreeMap<>();
    budget.forEach((k, v) -> b.put(Objects.requireNonNull(k, "period"), Objects.requireNonNull(v, "budget")));
    budget = Collections.unmodifiableSortedMap(b);
    projects = List.copyOf(projects);
    // a hash set: a tree of a million ids costs a second and more memory than the projects' ids
    Set<String> ids = new HashSet<>(Math.max(16, projects.size() * 2));
    for (Project p : projects) {
      if (!ids.add(p.id())) {
        throw new IllegalArgumentException("project id \"" + p.id() + "\" appears twice");
      }
    }
    List<Set<String>> ex = new ArrayList<>();
    for (Set<String> g : exclusive) {
      ex.add(Collections.unmodifiableSortedSet(new TreeSet<>(g)));
    }
    exclusive = List.copyOf(ex);
    minimumShares = List.copyOf(minimumShares);
    Objects.requireNonNull(maxTime, "maxTime");
    if (maxNodes <= 0 || maxTime.isNegative() || maxTime.isZero()) {
      throw new IllegalArgumentException(
          "search limits must be positive but were " + maxNodes + " nodes and " + maxTime);
    }
  }

  /**
   * {@return a problem with budgets and projects only, and generous limits (10⁹ nodes, 10 s)}
   *
   * @param budget per period id, the exact budget
   * @param projects the candidates, with distinct ids
   */
  public static PortfolioProblem of(Map<String, BigDecimal> budget, List<Project> projects) {
    return new PortfolioProblem(budget, projects, List.of(), List.of(), 1_000_000_000L, Duration.ofSeconds(10));
  }

  /**
   * {@return a copy with other exclusive groups}
   *
   * @param groups the groups of which at most one project may be selected
   */
  public PortfolioProblem withExclusive(List<Set<String>> groups) {
    return new PortfolioProblem(budget, projects, groups, minimumShares, maxNodes, maxTime);
  }

  /**
   * {@return a copy with other minimum shares}
   *
   * @param shares the minimum shares
   */
  public PortfolioProblem withMinimumShares(List<MinimumShare> shares) {
    return new PortfolioProblem(budget, projects, exclusive, shares, maxNodes, maxTime);
  }

  /**
   * {@return a copy with other search limits}
   *
   * @param nodes the most search nodes
   * @param time the longest search time
   */
  public PortfolioProblem withLimits(long nodes, Duration time) {
    return new PortfolioProblem(budget, projects, exclusive, minimumShares, nodes, time);
  }
}
