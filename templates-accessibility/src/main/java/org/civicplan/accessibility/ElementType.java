// SPDX-License-Identifier: Apache-2.0
package org.civicplan.accessibility;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What an audited element of the city's infrastructure is; the criteria catalogue lists the
 * criteria of each type. Written in documents and in the criteria catalogue by its {@link #label()}.
 */
public enum ElementType {
  /** A segment of a street: sidewalk and kerbs between two junctions. */
  STREET_SEGMENT,
  /** A pedestrian crossing, signalised or not. */
  PEDESTRIAN_CROSSING,
  /** A public-transport stop (bus, trolleybus, tram). */
  TRANSPORT_STOP,
  /** The entrance of a public-use building: ramp, platform, door. */
  BUILDING_ENTRANCE,
  /** An organised car park. */
  CAR_PARK,
  /** The vehicle fleet of a public-transport operator. */
  VEHICLE_FLEET,
  /** A dedicated transport service for persons with reduced mobility. */
  DEDICATED_TRANSPORT;

  /**
   * {@return the external name: the constant in lower case, {@code _} as {@code -} ({@code street-segment})}
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * {@return the type whose {@link #label()} is {@code label}; empty if none}
   *
   * @param label the external name, e.g. {@code street-segment}
   * @throws NullPointerException if {@code label} is null
   */
  public static Optional<ElementType> fromLabel(String label) {
    Objects.requireNonNull(label, "label");
    for (ElementType t : values()) {
      if (t.label().equals(label)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
