package org.civicplan.base;

import java.util.Locale;

/** How serious a finding is. */
public enum Severity {
  /** The document is wrong and must be fixed before approval. */
  ERROR,
  /** The document is probably incomplete or inconsistent. */
  WARNING,
  /** Worth knowing; nothing to fix. */
  INFO;

  /** The lower-case name used in reports: {@code error}, {@code warning}, {@code info}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
