// SPDX-License-Identifier: Apache-2.0
package org.civicplan.template;

import java.util.List;
import java.util.Objects;
import org.civicplan.base.LocalizedText;

/**
 * A section a template adds to the strategy document ({@link StrategyTemplate#documentSections}),
 * such as climate's emission inventory table: a title, paragraphs and tables, in both languages.
 * Core renders it the same way to every format (HTML, PDF, DOCX), after its own sections; numbers
 * given as {@link MonitoringContribution.Cell#number number cells} are written for the reader's
 * language by core, so a template never formats a number itself.
 *
 * <p>A section carries what a council member reads: names rather than ids, no data notes or
 * sources kept for the maintainers.
 *
 * @param id unique among the template's sections, e.g. {@code climate.emission-inventory}
 * @param title the section's heading
 * @param paragraphs the paragraphs before the tables, in order
 * @param tables the tables, in order
 */
public record DocumentSection(String id, LocalizedText title, List<LocalizedText> paragraphs,
    List<MonitoringContribution.Table> tables) {

  /**
   * Creates an instance from its components.
   *
   * @param id unique among the template's sections, e.g. {@code climate.emission-inventory}
   * @param title the section's heading
   * @param paragraphs the paragraphs before the tables, in order
   * @param tables the tables, in order
   * @throws NullPointerException if an argument or a list element is null
   * @throws IllegalArgumentException if the id is blank
   */
  public DocumentSection {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank");
    }
    Objects.requireNonNull(title, "title");
    paragraphs = List.copyOf(paragraphs);
    tables = List.copyOf(tables);
  }
}
