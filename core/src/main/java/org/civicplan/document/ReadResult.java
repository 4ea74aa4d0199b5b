// SPDX-License-Identifier: Apache-2.0
package org.civicplan.document;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.civicplan.strategy.Strategy;

/**
 * The outcome of reading a document: either the strategy, or the problems that kept it from being
 * read; never both, never a partly read strategy.
 *
 * @param source what was read, for messages: a file name, or the name the caller gave
 * @param strategy the strategy, present exactly when there are no problems
 * @param problems why the document could not be read, in document order; empty on success
 */
public record ReadResult(String source, Optional<Strategy> strategy, List<ReadProblem> problems) {

  /**
   * Creates an instance from its components.
   *
   * @param source what was read, for messages: a file name, or the name the caller gave
   * @param strategy the strategy, present exactly when there are no problems
   * @param problems why the document could not be read, in document order; empty on success
   * @throws NullPointerException if an argument or a problem is null
   * @throws IllegalArgumentException if there is both a strategy and problems, or neither
   */
  public ReadResult {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(strategy, "strategy");
    problems = List.copyOf(problems);
    if (strategy.isPresent() == !problems.isEmpty()) {
      throw new IllegalArgumentException(
          "a read result holds either a strategy or problems, but had "
              + (strategy.isPresent() ? "both" : "neither")
              + " (source \"" + source + "\")");
    }
  }

  /**
   * {@return a successful read}
   *
   * @param source what was read, for messages: a file name, or the name the caller gave
   * @param strategy the strategy, present exactly when there are no problems
   */
  public static ReadResult of(String source, Strategy strategy) {
    return new ReadResult(source, Optional.of(strategy), List.of());
  }

  /**
   * {@return a failed read}
   *
   * @param source what was read, for messages: a file name, or the name the caller gave
   * @param problems why the document could not be read, in document order; empty on success
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public static ReadResult failed(String source, List<ReadProblem> problems) {
    return new ReadResult(source, Optional.empty(), problems);
  }

  /** {@return whether the strategy was read} */
  public boolean isSuccess() {
    return strategy.isPresent();
  }

  /**
   * {@return the strategy}
   *
   * @throws IllegalStateException listing the problems if the document could not be read
   */
  public Strategy orElseThrow() {
    return strategy.orElseThrow(
        () -> new IllegalStateException("document \"" + source + "\" could not be read: " + problems));
  }
}
