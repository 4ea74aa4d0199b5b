// SPDX-License-Identifier: Apache-2.0
package org.civicplan.climate;

/**
 * A sector of final energy consumption in a Covenant of Mayors emission inventory (JRC CoM
 * approach, DOMAIN.md §1.3): four key sectors and optional others.
 */
public enum Sector {
  /** Municipal buildings, equipment and facilities (key). */
  MUNICIPAL,
  /** Tertiary (non-municipal) buildings, equipment and facilities (key). */
  TERTIARY,
  /** Residential buildings (key). */
  RESIDENTIAL,
  /** Transport (key). */
  TRANSPORT,
  /** Non-ETS industry (optional). */
  INDUSTRY,
  /** Other optional sources: highways not run by the city, waste, wastewater (optional). */
  OTHER;

  /** {@return whether the Covenant requires this sector in every inventory} */
  public boolean isKey() {
    return ordinal() <= TRANSPORT.ordinal();
  }
}
