// SPDX-License-Identifier: Apache-2.0
package org.civicplan.spreadsheets;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.civicplan.strategy.Strategy;

/**
 * What an import gives: the strategy with the imported rows, or the problems that refused it. An
 * import is all or nothing: when there is a problem there is no strategy.
 *
 * @param strategy the strategy with every row imported; empty when there are problems
 * @param problems the problems, in the order of the file; empty when the import succeeded
 * @param rows how many data rows were read
 */
public record ImportResult(Optional<Strategy> strategy, List<ImportProblem> problems, int rows) {

  /**
   * Creates an instance from its components.
   *
   * @param strategy the strategy, empty when there are problems
   * @param problems the problems
   * @param rows how many data rows were read
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if there is both a strategy and a problem, or neither
   */
  public ImportResult {
    Objects.requireNonNull(strategy, "strategy");
    problems = List.copyOf(problems);
    if (strategy.isPresent() == !problems.isEmpty()) {
      throw new IllegalArgumentException("an import gives a strategy or problems, never both or neither");
    }
  }

  /** {@return whether the import succeeded} */
  public boolean isSuccess() {
    return strategy.isPresent();
  }
}
