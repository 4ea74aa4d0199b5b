// SPDX-License-Identifier: Apache-2.0
package org.civicplan.monitoring;

/** Whether an action or indicator has been updated recently enough ({@link FreshnessPolicy}). */
public enum Freshness {
  /** Updated within its expected interval. */
  FRESH,
  /** Not updated within its expected interval. */
  STALE,
  /** Never updated: nothing to judge by. */
  UNKNOWN
}
