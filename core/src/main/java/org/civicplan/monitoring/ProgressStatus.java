// SPDX-License-Identifier: Apache-2.0
package org.civicplan.monitoring;

import java.util.Locale;

/**
 * The common status scale every assessment method maps onto, ordered from worst to best (with
 * {@link #NO_DATA} first, outside the scale): {@code compareTo} orders statuses by how good they
 * are, so a better latest value never gives a smaller status.
 */
public enum ProgressStatus {
  /** Nothing to assess: no baseline, no observation after the baseline, or invalid data. */
  NO_DATA,
  /** Worse than the baseline. */
  MOVING_AWAY,
  /** Behind the trajectory by more than the at-risk threshold. */
  OFF_TRACK,
  /** Behind the trajectory, within the at-risk threshold. */
  AT_RISK,
  /** On (or ahead of) the trajectory. */
  ON_TRACK,
  /** The target is reached. */
  ACHIEVED;

  private final String label;

  ProgressStatus() {
    this.label = name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** {@return the lower-case kebab label: {@code on-track}, {@code no-data}..} */
  public String label() {
    return label;
  }
}
