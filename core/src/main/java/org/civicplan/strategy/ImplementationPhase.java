// SPDX-License-Identifier: Apache-2.0
package org.civicplan.strategy;

/** How far an action has come; separate from its {@link ActionStatus}. */
public enum ImplementationPhase {
  /** Being prepared: studies, design, approvals. */
  PLANNING,
  /** Public procurement under way. */
  PROCUREMENT,
  /** Works or services under way. */
  IMPLEMENTATION,
  /** Finished. */
  COMPLETED
}
