// SPDX-License-Identifier: Apache-2.0
package org.civicplan.participation;

import java.util.Objects;
import java.util.Locale;
import java.util.Optional;

/**
 * The kind of ballot of a participatory budget, as the pabulib {@code vote_type} key names it. The
 * rules of this package read every ballot as an approval ballot: the projects it names (with
 * positive points, for cumulative and scoring ballots).
 */
public enum VoteType {
  /** A set of approved projects. */
  APPROVAL,
  /** Projects in order of preference. */
  ORDINAL,
  /** Points distributed over projects, summing to at most a maximum. */
  CUMULATIVE,
  /** A score for each project named. */
  SCORING;

  /**
   * The pabulib label: {@code approval}, {@code ordinal}, {@code cumulative}, {@code scoring}.
   *
   * @return the label
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The type whose {@link #label()} is {@code label}, if any.
   *
   * @param label the pabulib label
   * @return the vote type, or empty when the label names none
   */
  public static Optional<VoteType> fromLabel(String label) {
    Objects.requireNonNull(label, "label");
    for (VoteType t : values()) {
      if (t.label().equals(label)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether ballots of this kind carry points.
   *
   * @return whether its ballots have points
   */
  public boolean hasPoints() {
    return this == CUMULATIVE || this == SCORING;
  }
}
