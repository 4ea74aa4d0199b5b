// SPDX-License-Identifier: Apache-2.0
package org.civicplan.sport;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a sport facility is. Written in documents by its {@link #label()}; the facility-type
 * catalogue ({@code facility-types.csv}) gives each its names in English and Romanian, and the
 * parameter {@code provision.target.<label>} the number needed per 10,000 inhabitants.
 */
public enum FacilityType {
  /** A pitch with stands for spectators, for competitions. */
  STADIUM,
  /** An indoor hall for team and individual sports. */
  SPORTS_HALL,
  /** A pool for swimming, indoor or outdoor. */
  SWIMMING_POOL,
  /** An open court for one sport (tennis, basketball, handball). */
  OUTDOOR_COURT,
  /** A running track with its jumping and throwing areas. */
  ATHLETICS_TRACK,
  /** An open field marked for several sports. */
  MULTI_SPORT_FIELD,
  /** The gym of a school. */
  SCHOOL_GYM,
  /** Outdoor fitness equipment in a park or public space. */
  PARK_FITNESS_AREA;

  /**
   * {@return the external name: the constant in lower case, {@code _} as {@code -} ({@code
   * sports-hall})}
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * {@return the name of the parameter giving how many facilities of this type are needed per
   * 10,000 inhabitants: {@code provision.target.<label>}}
   */
  public String targetParameter() {
    return "provision.target." + label();
  }

  /**
   * {@return the type whose {@link #label()} is {@code label}, if any}
   *
   * @param label the external name, e.g. {@code sports-hall}
   * @throws NullPointerException if {@code label} is null
   */
  public static Optional<FacilityType> fromLabel(String label) {
    Objects.requireNonNull(label, "label");
    for (FacilityType t : values()) {
      if (t.label().equals(label)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
