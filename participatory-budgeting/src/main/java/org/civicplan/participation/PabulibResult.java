// SPDX-License-Identifier: Apache-2.0
package org.civicplan.participation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What reading a pabulib file gave: the instance, or the problems that prevent reading it (never
 * both, never neither).
 *
 * @param instance the instance, when the file has no problem
 * @param problems the problems, in file order
 */
public record PabulibResult(Optional<PbInstance> instance, List<PabulibProblem> problems) {

  /**
   * Creates an instance from its components.
   *
   * @param instance the instance, when the file has no problem
   * @param problems the problems, in file order
   * @throws IllegalArgumentException if both or neither are given
   */
  public PabulibResult {
    Objects.requireNonNull(instance, "instance");
    problems = List.copyOf(problems);
    if (instance.isPresent() == !problems.isEmpty()) {
      throw new IllegalArgumentException("a read gives an instance or problems, exactly one of them");
    }
  }
}
