package org.civicplan.governance;

import java.util.Objects;
import org.civicplan.strategy.LocalizedText;
import org.civicplan.validation.TextLength;

/**
 * An organisation that takes part in a strategy: responsible body, partner, member of a body.
 *
 * @param id unique among the organisations of a document
 * @param name the localized name
 * @param category what kind of organisation it is
 */
public record Organisation(OrganisationId id, @TextLength(max = 300) LocalizedText name, OrganisationCategory category) {

  /**
   * @throws NullPointerException if an argument is null
   */
  public Organisation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(category, "category");
  }

  /** An organisation. */
  public static Organisation of(String id, LocalizedText name, OrganisationCategory category) {
    return new Organisation(OrganisationId.of(id), name, category);
  }
}
