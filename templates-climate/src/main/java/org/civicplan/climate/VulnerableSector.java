package org.civicplan.climate;

import java.util.Objects;
import org.civicplan.base.IdSyntax;
import org.civicplan.base.LocalizedText;

/**
 * A sector of the minimum check-list of vulnerable urban sectors (Climate-ADAPT Urban Adaptation
 * Support Tool, step 2.3; DOMAIN.md §1.5), e.g. {@code VS-03} public health.
 *
 * @param id the catalogue id
 * @param name the localized name
 * @param source where the entry comes from
 */
public record VulnerableSector(String id, LocalizedText name, String source) {

  /**
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the id is invalid
   */
  public VulnerableSector {
    IdSyntax.requireValid(id, "vulnerable sector");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(source, "source");
  }
}
