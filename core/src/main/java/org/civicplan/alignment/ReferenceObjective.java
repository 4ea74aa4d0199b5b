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
 * @param verified false when its catalogue marks it as not verified in its sources (the {@code
 *     verified} column of {@link ReferenceFrameworks the standard format})
 */
public record ReferenceObjective(String id, LocalizedText title, String source, boolean verified) {

  /** What an objective id may be, as messages state it. */
  static final String ID_RULE = "1 to 64 characters without '/', '~' or outer spaces";

  /**
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the id is blank, has outer spaces or holds {@code /} or
   *     {@code ~}
   */
  public ReferenceObjective {
    Objects.requireNonNull(id, "reference objective id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(source, "source");
    if (!isValidId(id)) {
      throw new IllegalArgumentException("reference objective id must be " + ID_RULE + " but was \"" + id + "\"");
    }
  }

  static boolean isValidId(String id) {
    return !id.isBlank() && id.strip().equals(id) && !id.contains("/") && !id.contains("~") && id.length() <= 64;
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
