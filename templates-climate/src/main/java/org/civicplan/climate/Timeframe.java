// SPDX-License-Identifier: Apache-2.0
package org.civicplan.climate;

/**
 * When a change in a hazard is expected (the near, medium and long term of the Climate-ADAPT Urban
 * Adaptation Support Tool, step 2.8; the assessment states what the terms mean for the city).
 */
public enum Timeframe {
  /** Already happening. */
  CURRENT,
  /** Short (near) term. */
  SHORT_TERM,
  /** Medium term. */
  MEDIUM_TERM,
  /** Long term. */
  LONG_TERM,
  /** Not known. */
  NOT_KNOWN
}
