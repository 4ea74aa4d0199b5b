// SPDX-License-Identifier: Apache-2.0
package org.civicplan.climate;

import java.util.EnumSet;
import java.util.Set;

/**
 * A sector of a Covenant of Mayors emission inventory (JRC CoM approach, DOMAIN.md §1.3): the four
 * key sectors of final energy consumption (municipal, tertiary and residential buildings,
 * equipment and facilities, and transport), the optional ones, and the non-energy sectors waste and
 * wastewater, whose emissions are entered directly ({@link DirectEmission}).
 *
 * <p>Transport may be given whole ({@link #TRANSPORT}) or split into the three parts of the SECAP
 * reporting template — municipal fleet, public transport, private and commercial transport; the
 * split is the and the template's structure, not a fact of DOMAIN.md, so an unsplit
 * transport sector is only reported as an info. The parts belong to the key sector transport
 * ({@link #group()}).
 */
public enum Sector {
  /** Municipal buildings, equipment and facilities (key). */
  MUNICIPAL,
  /** Tertiary (non-municipal) buildings, equipment and facilities (key). */
  TERTIARY,
  /** Residential buildings (key). */
  RESIDENTIAL,
  /** Transport, not split into its parts (key). */
  TRANSPORT,
  /** Non-ETS industry (optional). */
  INDUSTRY,
  /** Other optional sources, e.g. highways not run by the city (optional). */
  OTHER,
  /** Transport: the municipal fleet (key, part of transport). */
  MUNICIPAL_FLEET,
  /** Transport: public transport (key, part of transport). */
  PUBLIC_TRANSPORT,
  /** Transport: private and commercial transport (key, part of transport). */
  PRIVATE_TRANSPORT,
  /** Waste: a non-energy sector, optional when the plan has measures for it. */
  WASTE,
  /** Wastewater: a non-energy sector, optional when the plan has measures for it. */
  WASTEWATER;

  private static final Set<Sector> KEY = EnumSet.of(MUNICIPAL, TERTIARY, RESIDENTIAL, TRANSPORT);

  /** {@return the sector this one is part of: {@link #TRANSPORT} for the parts of transport, else itself} */
  public Sector group() {
    return switch (this) {
      case MUNICIPAL_FLEET, PUBLIC_TRANSPORT, PRIVATE_TRANSPORT -> TRANSPORT;
      default -> this;
    };
  }

  /** {@return whether the Covenant requires this sector (or the key sector it is part of) in every inventory} */
  public boolean isKey() {
    return KEY.contains(group());
  }

  /** {@return whether this is a non-energy sector (waste, wastewater)} */
  public boolean isNonEnergy() {
    return this == WASTE || this == WASTEWATER;
  }

  /** {@return the label used in documents and parameters, e.g. {@code private-transport}} */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
