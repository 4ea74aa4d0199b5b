// SPDX-License-Identifier: Apache-2.0
package org.civicplan.participation;

import java.util.Objects;

/**
 * How one group of voters fared.
 *
 * @param group the group: the value of the grouping attribute ({@code all} when there is none)
 * @param voters how many voters it has
 * @param voterShare its share of all voters
 * @param satisfiedShare the share of its voters with at least one funded project they approved
 * @param approvedSpendShare the share of the budget spent on funded projects that at least one of
 *     its voters approved
 * @param equalSplitShare its share of the spending when each funded project's cost is split
 *     equally among the project's supporters (comparable with {@code voterShare})
 */
public record GroupShare(
    String group, long voters, Rational voterShare, Rational satisfiedShare, Rational approvedSpendShare, Rational equalSplitShare) {

  /**
   * Creates an instance from its components.
   *
   * @param group the group: the value of the grouping attribute ({@code all} when there is none)
   * @param voters how many voters it has
   * @param voterShare its share of all voters
   * @param satisfiedShare the share of its voters with at least one funded project they approved
   * @param approvedSpendShare the share of the budget spent on funded projects that at least one of
   *     its voters approved
   * @param equalSplitShare its share of the spending when each funded project's cost is split
   *     equally among the project's supporters (comparable with {@code voterShare})
   * @throws NullPointerException if an argument is null
   */
  public GroupShare {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(voterShare, "voterShare");
    Objects.requireNonNull(satisfiedShare, "satisfiedShare");
    Objects.requireNonNull(approvedSpendShare, "approvedSpendShare");
    Objects.requireNonNull(equalSplitShare, "equalSplitShare");
  }
}
