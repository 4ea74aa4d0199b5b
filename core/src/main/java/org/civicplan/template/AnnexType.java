package org.civicplan.template;

import java.util.Objects;
import org.civicplan.strategy.Annex;
import org.civicplan.base.IdSyntax;
import org.civicplan.base.LocalizedText;

/**
 * A typed annex a template contributes: documents carrying an annex of {@link #kind()} are read
 * into {@link #type()}.
 *
 * <p>The type is a record implementing {@link Annex} whose components map to the JSON members of
 * the annex's {@code data}, following the document conventions (see {@code
 * org.civicplan.document}).
 *
 * @param kind the annex kind, e.g. {@code emission-inventory}
 * @param type the record type
 * @param name the localized name
 * @param <T> the record type
 */
public record AnnexType<T extends Annex>(String kind, Class<T> type, LocalizedText name) {

  /**
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the kind is not a valid id
   */
  public AnnexType {
    IdSyntax.requireValid(kind, "annex kind");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
  }

  /** An annex type. */
  public static <T extends Annex> AnnexType<T> of(String kind, Class<T> type, LocalizedText name) {
    return new AnnexType<>(kind, type, name);
  }
}
