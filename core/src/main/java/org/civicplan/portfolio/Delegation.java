// SPDX-License-Identifier: Apache-2.0
package org.civicplan.portfolio;

import java.util.Objects;
import org.civicplan.base.ObjectiveId;

/**
 * An objective of an integrated strategy delegated to an objective of a sectoral strategy: the
 * sectoral objective carries it out, and its progress is the integrated objective's progress.
 *
 * @param objective the delegating objective, in the strategy that declares the link
 * @param to the objective of another strategy it is delegated to
 */
public record Delegation(ObjectiveId objective, CrossReference to) {

  /**
   * Creates an instance from its components.
   *
   * @param objective the delegating objective, in the strategy that declares the link
   * @param to the objective of another strategy it is delegated to
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code to} does not refer to an objective
   */
  public Delegation {
    Objects.requireNonNull(objective, "objective");
    Objects.requireNonNull(to, "to");
    if (to.kind() != CrossReference.Kind.OBJECTIVE) {
      throw new IllegalArgumentException(
          "objective \"" + objective.value() + "\" must be delegated to an objective but was delegated to " + to);
    }
  }
}
