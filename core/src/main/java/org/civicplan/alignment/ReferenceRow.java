// SPDX-License-Identifier: Apache-2.0
package org.civicplan.alignment;

import java.util.List;
import java.util.Objects;

/**
 * One row of the alignment matrix: a reference objective and the local objectives and actions
 * that serve it.
 *
 * @param framework the framework id
 * @param objective the reference objective
 * @param objectiveLinks links from local objectives, in document order
 * @param actionLinks links from local actions, in document order
 */
public record ReferenceRow(
    FrameworkId framework, ReferenceObjective objective, List<AlignmentLink> objectiveLinks, List<AlignmentLink> actionLinks) {

  /**
   * Creates an instance from its components.
   *
   * @param framework the framework id
   * @param objective the reference objective
   * @param objectiveLinks links from local objectives, in document order
   * @param actionLinks links from local actions, in document order
   * @throws NullPointerException if an argument or a link is null
   */
  public ReferenceRow {
    Objects.requireNonNull(framework, "framework");
    Objects.requireNonNull(objective, "objective");
    objectiveLinks = List.copyOf(objectiveLinks);
    actionLinks = List.copyOf(actionLinks);
  }

  /** {@return whether no local objective or action serves this reference objective} */
  public boolean isGap() {
    return objectiveLinks.isEmpty() && actionLinks.isEmpty();
  }
}
