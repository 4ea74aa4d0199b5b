// SPDX-License-Identifier: Apache-2.0
package org.civicplan.strategy;

/** What an organisation does in an action. */
public enum PartnerRole {
  /** Leads the action with the responsible body. */
  LEAD,
  /** Takes part. */
  PARTNER,
  /** Pays for part of it. */
  FUNDER,
  /** Is consulted. */
  CONSULTED
}
