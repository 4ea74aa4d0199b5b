// SPDX-License-Identifier: Apache-2.0
package org.civicplan.document;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The text formats a strategy document is read from and written to. */
public enum DocumentFormat {
  /** JSON (RFC 8259), UTF-8; file extension {@code .json}. */
  JSON,
  /** YAML 1.2, UTF-8; file extensions {@code .yaml} and {@code .yml}. */
  YAML;

  /**
   * The format a file name stands for, by its extension (case-insensitive): {@code .json} is
   * {@link #JSON}, {@code .yaml} and {@code .yml} are {@link #YAML}.
   *
   * @param file the file
   * @return the format, or empty when the extension is none of these
   */
  public static Optional<DocumentFormat> fromFileName(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return Optional.empty();
    }
    String s = name.toString().toLowerCase(Locale.ROOT);
    if (s.endsWith(".json")) {
      return Optional.of(JSON);
    }
    if (s.endsWith(".yaml") || s.endsWith(".yml")) {
      return Optional.of(YAML);
    }
    return Optional.empty();
  }
}
