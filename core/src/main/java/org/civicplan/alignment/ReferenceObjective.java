package org.civicplan.alignment;

import java.util.Objects;
import org.civicplan.base.LocalizedText;

/**
 * An objective of a reference framework, e.g. {@code EUAS-1} "Smarter adaptation" of the EU
 * Adaptation Strategy.
 *
 * <p>Ids are kept as the framework writes them ({@code 11.b}, {@code Art. 9}), so they may hold
 * spaces; they hold no {@code /} or {@code ~} and no leading or trailing space.
 *
 * @param id unique within its framework
 * @param title the localized title
 * @param source where it is stated
 * @param verified false when the catalogue marks the entry as not verified in its sources
 */
public record ReferenceObjective(String id, LocalizedText title, String source, boolean verified) {

  /**
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the id is blank, has outer spaces or holds {@code /} or
   *     {@code ~}
   */
  public ReferenceObjective {
    Objects.requireNonNull(id, "reference objective id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(source, "source");
    if (id.isBlank() || !id.strip().equals(id) || id.contains("/") || id.contains("~") || id.length() > 64) {
      throw new IllegalArgumentException(
          "reference objective id must be 1 to 64 characters without '/', '~' or outer spaces but was \"" + id + "\"");
    }
  }

  /**
   * A verified objective.
   *
   * @throws IllegalArgumentException if the id is invalid
   */
  public ReferenceObjective(String id, LocalizedText title, String source) {
    this(id, title, source, true);
  }
}
