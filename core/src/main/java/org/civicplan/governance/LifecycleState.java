package org.civicplan.governance;

import java.util.Locale;
import java.util.Objects;

/**
 * Where a strategy stands in its life, from draft to closure.
 *
 * <p>Written in documents and on the command line in lower-case kebab form ({@code
 * public-consultation}).
 */
public enum LifecycleState {
  /** Being drafted. */
  DRAFT,
  /** Reviewed inside the city hall. */
  INTERNAL_REVIEW,
  /** Published for public consultation (Law 52/2003). */
  PUBLIC_CONSULTATION,
  /** Submitted to the Local Council. */
  SUBMITTED,
  /** Approved by a council decision. */
  APPROVED,
  /** Being implemented. */
  IN_IMPLEMENTATION,
  /** Being revised after approval. */
  UNDER_REVISION,
  /** Finished. */
  CLOSED,
  /** Abandoned before approval. */
  WITHDRAWN;

  /** The kebab-case name, e.g. {@code in-implementation}. */
  public String kebab() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Reads a kebab-case name.
   *
   * @throws IllegalArgumentException listing the allowed names
   */
  public static LifecycleState fromKebab(String text) {
    Objects.requireNonNull(text, "text");
    for (LifecycleState s : values()) {
      if (s.kebab().equals(text)) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "lifecycle state must be one of " + java.util.Arrays.stream(values()).map(LifecycleState::kebab).toList()
            + " but was \"" + text + "\"");
  }
}
