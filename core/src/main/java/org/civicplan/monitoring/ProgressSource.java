// SPDX-License-Identifier: Apache-2.0
package org.civicplan.monitoring;

/** Where an action's progress comes from, in order of preference. */
public enum ProgressSource {
  /** Entered by hand. */
  MANUAL,
  /** Share of its tasks that are done. */
  TASKS,
  /** Mean progress of the indicators it should move (each clamped to [0, 1]). */
  INDICATORS,
  /** Nothing to compute it from. */
  NONE
}
