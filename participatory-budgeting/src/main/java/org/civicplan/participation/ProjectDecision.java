// SPDX-License-Identifier: Apache-2.0
package org.civicplan.participation;

import java.util.Objects;

/**
 * What a rule decided about one project, and why.
 *
 * @param id the project
 * @param cost its cost
 * @param approvals the voters who approve it
 * @param funded whether it is in the outcome
 * @param reason why
 */
public record ProjectDecision(ProjectId id, Rational cost, long approvals, boolean funded, Reason reason) {

  /**
   * Creates an instance from its components.
   *
   * @param id the project
   * @param cost its cost
   * @param approvals the voters who approve it
   * @param funded whether it is in the outcome
   * @param reason why
   * @throws NullPointerException if an argument is null
   */
  public ProjectDecision {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(cost, "cost");
    Objects.requireNonNull(reason, "reason");
  }
}
