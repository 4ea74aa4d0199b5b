package org.civicplan.alignment;

import java.util.Objects;
import org.civicplan.strategy.IdSyntax;
import org.civicplan.strategy.LocalizedText;

/**
 * An objective of a reference framework, e.g. {@code EUAS-1} "Smarter adaptation" of the EU
 * Adaptation Strategy.
 *
 * @param id unique within its framework
 * @param title the localized title
 * @param source where it is stated
 */
public record ReferenceObjective(String id, LocalizedText title, String source) {

  /**
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the id is invalid
   */
  public ReferenceObjective {
    IdSyntax.requireValid(id, "reference objective");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(source, "source");
  }
}
