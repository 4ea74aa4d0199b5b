// SPDX-License-Identifier: Apache-2.0
package org.civicplan.strategy;

/** Where money for an action comes from. */
public enum FundingKind {
  /** The municipality's own budget. */
  LOCAL_BUDGET,
  /** The county council's budget. */
  COUNTY,
  /** The national budget or a national programme. */
  NATIONAL,
  /** European Union funds; name the programme. */
  EU_FUNDS,
  /** Private money: sponsors, companies, public-private partnerships. */
  PRIVATE,
  /** Anything else: loans, donors, international financial institutions. */
  OTHER
}
