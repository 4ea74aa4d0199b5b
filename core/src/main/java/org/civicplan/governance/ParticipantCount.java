// SPDX-License-Identifier: Apache-2.0
package org.civicplan.governance;

import java.util.Objects;

/**
 * How many participants of one category took part in a debate or a meeting. Citizens who take
 * part on their own count under {@link OrganisationCategory#CITIZEN_GROUP}.
 *
 * @param category the kind of participant
 * @param count how many, at least 0
 */
public record ParticipantCount(OrganisationCategory category, int count) {

  /**
   * Creates an instance from its components.
   *
   * @param category the kind of participant
   * @param count how many, at least 0
   * @throws NullPointerException if {@code category} is null
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public ParticipantCount {
    Objects.requireNonNull(category, "category");
    if (count < 0) {
      throw new IllegalArgumentException("participant count of " + category.name().toLowerCase(java.util.Locale.ROOT)
          .replace('_', '-') + " must be >= 0 but was " + count);
    }
  }
}
