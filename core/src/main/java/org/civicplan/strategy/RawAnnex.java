package org.civicplan.strategy;

import org.civicplan.base.IdSyntax;
import java.util.Objects;

/**
 * An annex kept as it was read, because no installed template knows its kind (or the caller
 * asked for raw annexes).
 *
 * <p>The data is the JSON text of the annex's {@code data} member, exactly as read (member order
 * preserved; YAML documents are converted to the equivalent JSON). It is written back unchanged,
 * so a document survives being read and written by an application that lacks the template.
 *
 * @param kind the annex kind
 * @param json the annex data as JSON text
 */
public record RawAnnex(String kind, String json) implements Annex {

  /**
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the kind is not a valid id
   */
  public RawAnnex {
    IdSyntax.requireValid(kind, "annex kind");
    Objects.requireNonNull(json, "json");
  }
}
