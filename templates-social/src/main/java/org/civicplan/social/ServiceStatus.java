// SPDX-License-Identifier: Apache-2.0
package org.civicplan.social;

/** Whether a social service works; only an operating service needs a licence in force. */
public enum ServiceStatus {
  /** Planned by the strategy, not yet open. */
  PLANNED,
  /** Open and serving beneficiaries. */
  OPERATING,
  /** Temporarily not serving beneficiaries. */
  SUSPENDED,
  /** Closed for good. */
  CLOSED
}
