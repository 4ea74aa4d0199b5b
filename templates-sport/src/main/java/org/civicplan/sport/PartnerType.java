// SPDX-License-Identifier: Apache-2.0
package org.civicplan.sport;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The role an organisation plays in the city's sport, as Law 69/2000 and the city's remit name its
 * partners. Written in documents by its {@link #label()}; the partner-role catalogue ({@code
 * partner-roles.csv}) gives each its names and the organisation categories it fits.
 */
public enum PartnerType {
  /** A sport club. */
  CLUB,
  /** A sport federation. */
  FEDERATION,
  /** A sport association. */
  ASSOCIATION,
  /** A school. */
  SCHOOL,
  /** A university. */
  UNIVERSITY,
  /** A public sport institution (e.g. the city's sport club or sport directorate). */
  PUBLIC_SPORT_INSTITUTION;

  /** {@return the external name: the constant in lower case, {@code _} as {@code -} ({@code public-sport-institution})} */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * {@return the role whose {@link #label()} is {@code label}, if any}
   *
   * @param label the external name, e.g. {@code club}
   * @throws NullPointerException if {@code label} is null
   */
  public static Optional<PartnerType> fromLabel(String label) {
    Objects.requireNonNull(label, "label");
    for (PartnerType t : values()) {
      if (t.label().equals(label)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
