// SPDX-License-Identifier: Apache-2.0
package org.civicplan.document;

import org.civicplan.base.LocalizedText;
import org.civicplan.base.MessageCatalog;

/** The English and Romanian messages of read problems ({@code read.properties}, {@code read_ro.properties}). */
final class ReadMessages {

  private static final MessageCatalog CATALOG = MessageCatalog.load(ReadMessages.class::getResourceAsStream, "read");

  private ReadMessages() {}

  /**
   * A problem of {@code kind} whose message is the catalogue's text for the kind's code, or for
   * the code and {@code variant} when the kind has several messages.
   */
  static ReadProblem at(ReadProblem.Kind kind, String variant, int line, int column, String path, Object... args) {
    String key = variant.isEmpty() ? kind.code() : kind.code() + "." + variant;
    return new ReadProblem(kind, CATALOG.text(key, args), line, column, path);
  }

  /** A problem of {@code kind} about the whole document, where it is not located. */
  static ReadProblem whole(ReadProblem.Kind kind, String variant, Object... args) {
    return at(kind, variant, 0, 0, "", args);
  }

  /** The catalogue's text, for tests. */
  static LocalizedText text(String key, Object... args) {
    return CATALOG.text(key, args);
  }
}
