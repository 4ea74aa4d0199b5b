// SPDX-License-Identifier: Apache-2.0
package org.civicplan.climate;

import java.util.Objects;
import java.util.Optional;
import org.civicplan.base.LocalizedText;

/**
 * A climate hazard of the Covenant of Mayors hazard list (JRC SECAP reporting template, DOMAIN.md
 * §1.5), e.g. {@code HZ-01} extreme heat, or a sub-hazard such as {@code HZ-04b} river flood.
 *
 * @param id the catalogue id
 * @param name the localized name
 * @param parent the parent hazard's id for a sub-hazard
 * @param group the group, e.g. {@code temperature}, {@code water}
 * @param source where the entry comes from; starts with {@code [NV]} when not verified
 */
public record Hazard(HazardId id, LocalizedText name, Optional<HazardId> parent, String group, String source) {

  /**
   * Creates an instance from its components.
   *
   * @param id the catalogue id
   * @param name the localized name
   * @param parent the parent hazard's id for a sub-hazard
   * @param group the group, e.g. {@code temperature}, {@code water}
   * @param source where the entry comes from; starts with {@code [NV]} when not verified
   * @throws NullPointerException if an argument is null
   */
  public Hazard {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(parent, "parent");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(source, "source");
  }
}
