// SPDX-License-Identifier: Apache-2.0
package org.civicplan.strategy;

/**
 * A point in WGS 84 degrees.
 *
 * @param latitude in [-90, 90]
 * @param longitude in [-180, 180]
 */
public record Coordinates(double latitude, double longitude) {

  /**
   * Creates an instance from its components.
   *
   * @param latitude in [-90, 90]
   * @param longitude in [-180, 180]
   * @throws IllegalArgumentException if a value is out of range or not finite
   */
  public Coordinates {
    if (!(latitude >= -90 && latitude <= 90)) {
      throw new IllegalArgumentException("latitude must be in [-90, 90] but was " + latitude);
    }
    if (!(longitude >= -180 && longitude <= 180)) {
      throw new IllegalArgumentException("longitude must be in [-180, 180] but was " + longitude);
    }
  }

  /**
   * {@return a point}
   *
   * @param latitude in [-90, 90]
   * @param longitude in [-180, 180]
   */
  public static Coordinates of(double latitude, double longitude) {
    return new Coordinates(latitude, longitude);
  }
}
