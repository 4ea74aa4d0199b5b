// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The portfolio selection backends: the embedded pure-Java solver and those found by {@link
 * ServiceLoader} (declared as providers of {@link PortfolioSolver}).
 *
 * <pre>{@code
 * PortfolioSolver solver = PortfolioSolvers.find("ortools-cbc").orElse(PortfolioSolvers.embedded());
 * Selection s = solver.select(problem);
 * }</pre>
 */
public final class PortfolioSolvers {
  /** The id of the embedded solver. */
  public static final String EMBEDDED = "civicplan";

  private static final PortfolioSolver EMBEDDED_SOLVER =
      new PortfolioSolver() {
        @Override
        public String id() {
          return EMBEDDED;
        }

        @Override
        public Selection select(PortfolioProblem problem) {
          return Portfolio.select(problem);
        }

        @Override
        public String toString() {
          return EMBEDDED;
        }
      };

  private PortfolioSolvers() {}

  /** {@return the embedded pure-Java solver, the one {@link Portfolio#select} runs} */
  public static PortfolioSolver embedded() {
    return EMBEDDED_SOLVER;
  }

  /**
   * {@return every backend: the embedded solver first, then those the {@link ServiceLoader} finds
   * from the context class loader, ordered by id} A provider whose id repeats one already listed
   * is left out.
   */
  public static List<PortfolioSolver> available() {
    List<PortfolioSolver> found = new ArrayList<>();
    for (PortfolioSolver s : ServiceLoader.load(PortfolioSolver.class)) {
      found.add(s);
    }
    found.sort(Comparator.comparing(PortfolioSolver::id));
    List<PortfolioSolver> all = new ArrayList<>();
    all.add(EMBEDDED_SOLVER);
    for (PortfolioSolver s : found) {
      if (all.stream().noneMatch(a -> a.id().equals(s.id()))) {
        all.add(s);
      }
    }
    return List.copyOf(all);
  }

  /**
   * {@return the backend of this id, if available}
   *
   * @param id the backend's id
   * @throws NullPointerException if the id is null
   */
  public static Optional<PortfolioSolver> find(String id) {
    Objects.requireNonNull(id, "id");
    return available().stream().filter(s -> s.id().equals(id)).findFirst();
  }
}
