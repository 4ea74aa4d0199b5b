package org.civicplan.base;

import java.util.Locale;
import java.util.Objects;

/**
 * One thing a validator found in a document.
 *
 * @param severity error, warning or info
 * @param code a stable, dotted code such as {@code action.dependency.cycle}; codes never change
 *     meaning between releases
 * @param path a JSON Pointer (RFC 6901) into the document, e.g. {@code /actions/3/budget/0/planned};
 *     the empty string for the whole document
 * @param message the message in English and Romanian (and any other language the catalogue has)
 */
public record Finding(Severity severity, String code, String path, LocalizedText message) {

  /**
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the code is blank or the path is neither empty nor starts
   *     with {@code /}
   */
  public Finding {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    if (code.isBlank()) {
      throw new IllegalArgumentException("finding code must not be blank");
    }
    if (!path.isEmpty() && !path.startsWith("/")) {
      throw new IllegalArgumentException(
          "finding path must be a JSON Pointer (empty or starting with '/') but was \"" + path + "\"");
    }
  }

  /** The message in {@code locale}, following {@link LocalizedText#get(Locale)}. */
  public String message(Locale locale) {
    return message.get(locale);
  }

  /** Whether this is an error. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  @Override
  public String toString() {
    return severity.label() + " " + code + " at " + (path.isEmpty() ? "/" : path) + ": " + message.get(Locale.ENGLISH);
  }
}
