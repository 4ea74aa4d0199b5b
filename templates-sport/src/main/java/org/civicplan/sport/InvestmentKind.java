// SPDX-License-Identifier: Apache-2.0
package org.civicplan.sport;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** What a candidate sport investment does. Written in documents by its {@link #label()}. */
public enum InvestmentKind {
  /** Builds a facility where none is; names its district and facility type. */
  NEW_BUILD,
  /** Renovates an existing facility of the inventory. */
  RENOVATION,
  /** Cuts the energy use of an existing facility (insulation, heating, lighting, renewables). */
  ENERGY_RETROFIT,
  /** Makes an existing facility accessible to persons with disabilities (UN CRPD art. 30). */
  ACCESSIBILITY_UPGRADE;

  /** {@return the external name: the constant in lower case, {@code _} as {@code -} ({@code new-build})} */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** {@return whether the investment works on an existing facility, which it must name} */
  public boolean onExistingFacility() {
    return this != NEW_BUILD;
  }

  /**
   * {@return the kind whose {@link #label()} is {@code label}, if any}
   *
   * @param label the external name, e.g. {@code renovation}
   * @throws NullPointerException if {@code label} is null
   */
  public static Optional<InvestmentKind> fromLabel(String label) {
    Objects.requireNonNull(label, "label");
    for (InvestmentKind k : values()) {
      if (k.label().equals(label)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
