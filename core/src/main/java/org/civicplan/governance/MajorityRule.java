// SPDX-License-Identifier: Apache-2.0
package org.civicplan.governance;

import java.util.Locale;

/**
 * The majority a council decision needs; written {@code simple}, {@code absolute}, {@code
 * two-thirds}. Which one a kind of decision needs is a rule parameter ({@code
 * org.civicplan.validation.DecisionRules}), not a constant: for strategies, council decisions
 * cite the Administrative Code (OUG 57/2019) art. 139(3), adoption by the majority of councillors
 * in office [2nd: a 2022 council decision of another city; the article was not read, NV]
 * (../shared/reference/DOMAIN.md §5).
 */
public enum MajorityRule {
  /** More than half of the councillors present vote for (majoritate simplă). */
  SIMPLE,
  /** More than half of the councillors in office vote for (majoritate absolută). */
  ABSOLUTE,
  /** At least two thirds of the councillors in office vote for. */
  TWO_THIRDS;

  /** {@return the kebab-case name, e.g. {@code two-thirds}} */
  public String kebab() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * {@return the rule written {@code label}}
   *
   * @param label {@code simple}, {@code absolute} or {@code two-thirds}
   * @throws NullPointerException if {@code label} is null
   * @throws IllegalArgumentException naming the label and the allowed ones when it is none of them
   */
  public static MajorityRule parse(String label) {
    java.util.Objects.requireNonNull(label, "label");
    for (MajorityRule r : values()) {
      if (r.kebab().equals(label)) {
        return r;
      }
    }
    throw new IllegalArgumentException("majority must be simple, absolute or two-thirds but was \"" + label + "\"");
  }

  /**
   * {@return the fewest votes for that meet this majority in {@code vote}: half of those present
   * (simple) or in office (absolute), rounded down, plus one; two thirds of those in office,
   * rounded up}
   *
   * @param vote the vote
   */
  public int required(Vote vote) {
    return switch (this) {
      case SIMPLE -> vote.present() / 2 + 1;
      case ABSOLUTE -> vote.inOffice() / 2 + 1;
      case TWO_THIRDS -> (2 * vote.inOffice() + 2) / 3;
    };
  }

  /**
   * {@return whether {@code vote} meets this majority}
   *
   * @param vote the vote
   */
  public boolean met(Vote vote) {
    return vote.inFavour() >= required(vote);
  }
}
