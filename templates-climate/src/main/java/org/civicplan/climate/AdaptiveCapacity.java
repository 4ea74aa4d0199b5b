package org.civicplan.climate;

import java.util.Objects;
import org.civicplan.base.IdSyntax;
import org.civicplan.base.LocalizedText;

/**
 * One factor of the city's capacity to adapt (step 6 of the Covenant of Mayors risk and
 * vulnerability assessment), e.g. access to services, governance, knowledge and innovation.
 *
 * @param id the city's id of the factor
 * @param name the localized name
 * @param level the capacity rating (a high rating means a high capacity)
 * @param notes why; may be empty
 */
public record AdaptiveCapacity(String id, LocalizedText name, Rating level, LocalizedText notes) {

  /**
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the id is not a valid id
   */
  public AdaptiveCapacity {
    IdSyntax.requireValid(id, "adaptive capacity");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(notes, "notes");
  }
}
