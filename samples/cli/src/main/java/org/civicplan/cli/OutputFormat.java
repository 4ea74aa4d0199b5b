// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

/** The output formats of commands that print reports. */
enum OutputFormat {
  TEXT,
  JSON;

  /** Lets picocli accept {@code text} and {@code json}. */
  static OutputFormat of(String s) {
    return valueOf(s.toUpperCase(java.util.Locale.ROOT));
  }
}
