// SPDX-License-Identifier: Apache-2.0
package org.civicplan.governance;

import java.util.Locale;

/** How a proposal was answered; written {@code accepted}, {@code partly-accepted}, {@code rejected}. */
public enum ProposalDecision {
  /** Taken over in the strategy. */
  ACCEPTED,
  /** Taken over in part. */
  PARTLY_ACCEPTED,
  /** Not taken over. */
  REJECTED;

  /** {@return the kebab-case name} */
  public String kebab() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
