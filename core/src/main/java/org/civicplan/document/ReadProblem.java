// SPDX-License-Identifier: Apache-2.0
package org.civicplan.document;

import java.util.Locale;
import java.util.Objects;
import org.civicplan.base.LocalizedText;

/**
 * Why a document could not be read: what kind of problem it is (a stable {@link #code() code}),
 * what was wrong and what is allowed (in English and Romanian), and where.
 *
 * <p>A read problem is not a {@link org.civicplan.base.Finding}: a finding is about a strategy that
 * was read (a rule's verdict on its content), a read problem says there is no strategy to judge.
 * The two share their outward shape (code, JSON Pointer, message, and line and column where a
 * file was read), so that the command line prints both the same way, a read problem as an error.
 *
 * @param kind what kind of problem it is
 * @param text what was wrong and what is allowed, in English and Romanian, e.g. {@code date must
 *     be written YYYY, YYYY-MM or YYYY-MM-DD but was "2027-13"}; a detail that comes from the
 *     parser or from a value's own check (such as that one) stays in English in both
 * @param line the 1-based line in the document, or 0 when unknown
 * @param column the 1-based column in the document, or 0 when unknown
 * @param path a JSON Pointer (RFC 6901) to the offending value, e.g. {@code
 *     /actions/3/budget/0/planned}; {@code ""} for the whole document
 */
public record ReadProblem(Kind kind, LocalizedText text, int line, int column, String path) {

  /** The kinds of read problems, each with a stable code. */
  public enum Kind {
    /** The file name does not end in {@code .json}, {@code .yaml} or {@code .yml}. */
    FORMAT_UNKNOWN("document.format-unknown"),
    /** The file cannot be read (missing, not permitted, …). */
    IO_ERROR("document.io-error"),
    /** The bytes are not UTF-8 text. */
    NOT_UTF8("document.not-utf8"),
    /** A limit of {@link DocumentLimits} is exceeded: length, nesting depth, a string, a number or a name too long. */
    LIMIT_EXCEEDED("document.limit-exceeded"),
    /** The text is not well-formed JSON or YAML. */
    SYNTAX("document.syntax"),
    /** The document is empty. */
    EMPTY("document.empty"),
    /** The document is not an object (an array, a string, …). */
    NOT_OBJECT("document.not-object"),
    /** {@code schemaVersion} is missing, not an integer, or newer than this library reads. */
    SCHEMA_VERSION("document.schema-version"),
    /** A required member is missing. */
    MISSING_MEMBER("document.missing-member"),
    /** A member is null where a value is required. */
    NULL_MEMBER("document.null-member"),
    /** A member the document schema does not have. */
    UNKNOWN_MEMBER("document.unknown-member"),
    /**
     * A value of the wrong JSON type: an array where a text is expected, a text where a number or
     * an object is expected, a fraction where an integer is expected.
     */
    WRONG_TYPE("document.wrong-type"),
    /**
     * A value of the right JSON type rejected by its own check: a malformed date, an unknown
     * currency or enum constant, an id of characters ids may not hold, a negative amount.
     */
    INVALID_VALUE("document.invalid-value"),
    /** A problem made from a message alone ({@link ReadProblem#ReadProblem(String, int, int, String)}). */
    UNREADABLE("document.unreadable");

    private final String code;

    Kind(String code) {
      this.code = code;
    }

    /** {@return the stable code, e.g. {@code document.syntax}} */
    public String code() {
      return code;
    }
  }

  /**
   * Creates an instance from its components.
   *
   * @param kind what kind of problem it is
   * @param text what was wrong and what is allowed, in English and Romanian
   * @param line the 1-based line in the document, or 0 when unknown
   * @param column the 1-based column in the document, or 0 when unknown
   * @param path a JSON Pointer (RFC 6901) to the offending value, e.g. {@code
   *     /actions/3/budget/0/planned}; {@code ""} for the whole document
   * @throws NullPointerException if the kind, text or path is null
   * @throws IllegalArgumentException if the line or column is negative, or the path is neither
   *     empty nor starts with {@code /}
   */
  public ReadProblem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(path, "path");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException(
          "line and column must be 0 (unknown) or positive but were " + line + ":" + column);
    }
    if (!path.isEmpty() && !path.startsWith("/")) {
      throw new IllegalArgumentException(
          "path must be a JSON Pointer, empty or starting with '/', but was \"" + path + "\"");
    }
  }

  /**
   * A problem of kind {@link Kind#UNREADABLE} with an English message only, as every read problem
   * was before problems had kinds.
   *
   * @param message what was wrong and what is allowed, in English
   * @param line the 1-based line in the document, or 0 when unknown
   * @param column the 1-based column in the document, or 0 when unknown
   * @param path a JSON Pointer (RFC 6901) to the offending value; {@code ""} for the whole document
   * @throws NullPointerException if the message or path is null
   * @throws IllegalArgumentException as the canonical constructor
   */
  public ReadProblem(String message, int line, int column, String path) {
    this(Kind.UNREADABLE, LocalizedText.in(LocalizedText.ENGLISH, Objects.requireNonNull(message, "message")), line, column, path);
  }

  /** {@return the stable code of the problem's kind, e.g. {@code document.syntax}} */
  public String code() {
    return kind.code();
  }

  /** {@return what was wrong and what is allowed, in English} */
  public String message() {
    return text.get(Locale.ENGLISH);
  }

  /**
   * {@return what was wrong and what is allowed, in {@code locale} (with the fallback of {@link
   * LocalizedText#get})}
   *
   * @param locale the reader's locale
   */
  public String message(Locale locale) {
    return text.get(Objects.requireNonNull(locale, "locale"));
  }

  /** {@code line:column path: message}, in English, with unknown parts left out. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    if (line > 0) {
      s.append(line).append(':').append(column).append(' ');
    }
    s.append(path.isEmpty() ? "/" : path).append(": ").append(message());
    return s.toString();
  }
}
