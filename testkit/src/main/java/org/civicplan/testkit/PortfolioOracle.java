// SPDX-License-Identifier: Apache-2.0
package org.civicplan.testkit;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.civicplan.prioritisation.MinimumShare;
import org.civicplan.prioritisation.PortfolioProblem;
import org.civicplan.prioritisation.Project;

/**
 * An oracle for portfolio selection, independent of any solver: whether a selection keeps every
 * constraint of a {@link PortfolioProblem}, checked directly from the problem by exact decimal sums,
 * and the best value by trying every subset (small problems only). For tests of a solver or a
 * backend, and for benchmarks that check each solver's answer.
 */
public final class PortfolioOracle {

  /** The most projects {@link #bestValue} enumerates the subsets of. */
  public static final int MAX_BRUTE_FORCE_PROJECTS = 20;

  private PortfolioOracle() {}

  /**
   * Whether {@code chosen} keeps every constraint of {@code problem}: each period's budget, the
   * mandatory projects, the requirements, the exclusive groups and the minimum shares.
   *
   * @param problem the problem
   * @param chosen the ids of the selected projects
   * @return whether the selection is feasible
   * @throws NullPointerException if an argument is null
   */
  public static boolean feasible(PortfolioProblem problem, Set<String> chosen) {
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(chosen, "chosen");
    for (String period : problem.budget().keySet()) {
      BigDecimal s = BigDecimal.ZERO;
      for (Project x : problem.projects()) {
        if (chosen.contains(x.id())) {
          s = s.add(x.costIn(period));
        }
      }
      if (s.compareTo(problem.budget().get(period)) > 0) {
        return false;
      }
    }
    for (Project x : problem.projects()) {
      if (x.mandatory() && !chosen.contains(x.id())) {
        return false;
      }
      if (chosen.contains(x.id()) && !chosen.containsAll(x.requires())) {
        return false;
      }
    }
    for (Set<String> group : problem.exclusive()) {
      if (group.stream().filter(chosen::contains).count() > 1) {
        return false;
      }
    }
    for (MinimumShare ms : problem.minimumShares()) {
      BigDecimal s = BigDecimal.ZERO;
      for (Project x : problem.projects()) {
        if (chosen.contains(x.id()) && ms.projects().contains(x.id())) {
          s = s.add(x.costIn(ms.period()));
        }
      }
      if (s.compareTo(ms.share().multiply(problem.budget().get(ms.period()))) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The total value of the selected projects.
   *
   * @param problem the problem
   * @param chosen the ids of the selected projects
   * @return the sum of their values
   * @throws NullPointerException if an argument is null
   */
  public static double value(PortfolioProblem problem, Set<String> chosen) {
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(chosen, "chosen");
    double v = 0;
    for (Project x : problem.projects()) {
      if (chosen.contains(x.id())) {
        v += x.value();
      }
    }
    return v;
  }

  /**
   * The best value of a feasible selection, found by trying every subset of the projects.
   *
   * @param problem the problem, of at most {@link #MAX_BRUTE_FORCE_PROJECTS} projects
   * @return the best value, or negative infinity when no selection is feasible
   * @throws NullPointerException if {@code problem} is null
   * @throws IllegalArgumentException if the problem has more than {@link
   *     #MAX_BRUTE_FORCE_PROJECTS} projects
   */
  public static double bestValue(PortfolioProblem problem) {
    Objects.requireNonNull(problem, "problem");
    int n = problem.projects().size();
    if (n > MAX_BRUTE_FORCE_PROJECTS) {
      throw new IllegalArgumentException(
          "brute force takes at most " + MAX_BRUTE_FORCE_PROJECTS + " projects but the problem has " + n);
    }
    double best = Double.NEGATIVE_INFINITY;
    for (int mask = 0; mask < (1 << n); mask++) {
      Set<String> s = new HashSet<>();
      double v = 0;
      for (int i = 0; i < n; i++) {
        if ((mask & (1 << i)) != 0) {
          s.add(problem.projects().get(i).id());
          v += problem.projects().get(i).value();
        }
      }
      if (v > best && feasible(problem, s)) {
        best = v;
      }
    }
    return best;
  }
}
