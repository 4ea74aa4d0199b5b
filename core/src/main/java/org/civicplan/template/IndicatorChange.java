package org.civicplan.template;

import java.util.Objects;
import java.util.Optional;
import org.civicplan.indicator.IndicatorId;
import org.civicplan.base.LocalizedText;

/**
 * An overlay's change to one entry of the template's indicator catalogue. What is absent stays as
 * the template has it.
 *
 * @param id the catalogue indicator of the base template to change
 * @param newId the id the indicator gets instead; empty to keep it. The skeleton's objectives
 *     follow the new id
 * @param name the name texts to set; each language given replaces that language, the other
 *     languages are kept
 * @param definition the definition texts to set, merged by language like {@code name}
 * @param dataSource where the municipality takes the values from; empty to keep the template's
 */
public record IndicatorChange(
    IndicatorId id,
    Optional<IndicatorId> newId,
    Optional<LocalizedText> name,
    Optional<LocalizedText> definition,
    Optional<String> dataSource) {

  /**
   * @throws NullPointerException if an argument is null
   */
  public IndicatorChange {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(newId, "newId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(dataSource, "dataSource");
  }

  /** A change of the name only. */
  public static IndicatorChange rename(IndicatorId id, LocalizedText name) {
    return new IndicatorChange(id, Optional.empty(), Optional.of(name), Optional.empty(), Optional.empty());
  }
}
