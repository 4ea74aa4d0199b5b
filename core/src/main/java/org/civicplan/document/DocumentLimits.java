// SPDX-License-Identifier: Apache-2.0
package org.civicplan.document;

/**
 * Bounds that keep hostile or broken input from exhausting memory or time. Reading a document
 * that exceeds one yields a {@link ReadProblem} naming the limit and its value; nothing is
 * thrown.
 *
 * <p>The defaults ({@link #defaults()}) are far above any real strategy (a large integrated
 * strategy is a few hundred kilobytes with a nesting depth below 20):
 *
 * <ul>
 *   <li>{@code maxNestingDepth} {@value #DEFAULT_MAX_NESTING_DEPTH} objects and arrays inside each
 *       other;
 *   <li>{@code maxDocumentLength} {@value #DEFAULT_MAX_DOCUMENT_LENGTH}: bytes when reading a file
 *       or stream, characters when reading a {@code String}; checked before parsing;
 *   <li>{@code maxStringLength} {@value #DEFAULT_MAX_STRING_LENGTH} characters in one string
 *       value;
 *   <li>{@code maxNumberLength} {@value #DEFAULT_MAX_NUMBER_LENGTH} characters in one number;
 *   <li>{@code maxNameLength} {@value #DEFAULT_MAX_NAME_LENGTH} characters in one member name.
 * </ul>
 *
 * <p>All but the document length are checked per token, in JSON and YAML alike: a document over
 * one of them is refused at its first token over a limit, with the same message in both formats,
 * in English and Romanian (e.g. {@code number of 101 characters is longer than the limit
 * maxNumberLength = 100}), that token's line and column, and the JSON Pointer of its value or
 * member. Jackson's {@code StreamReadConstraints} are set to the same limits.
 *
 * @param maxNestingDepth the deepest nesting of objects and arrays, at least 1
 * @param maxDocumentLength the longest document, at least 1
 * @param maxStringLength the longest string value, at least 1
 * @param maxNumberLength the longest number, at least 1
 * @param maxNameLength the longest member name, at least 1
 */
public record DocumentLimits(
    int maxNestingDepth,
    long maxDocumentLength,
    int maxStringLength,
    int maxNumberLength,
    int maxNameLength) {

  /** Default of {@link #maxNestingDepth()}. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;

  /** Default of {@link #maxDocumentLength()}: 8 MiB. */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 8L * 1024 * 1024;

  /** Default of {@link #maxStringLength()}. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 1_000_000;

  /** Default of {@link #maxNumberLength()}. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 100;

  /**
   * The largest exponent a number may be written with, in magnitude, in every document and import:
   * {@code 1e100000} is read, {@code 1e100001} is not. Fixed, not a limit a host sets: an exact
   * amount of a few characters such as {@code 1e400600000} would be expanded to 400,600,001 digits
   * by any sum or by writing it in full. 100,000 is the bound Jackson puts on the scale of a decimal
   * it turns into an integer ({@code StreamReadConstraints}).
   */
  public static final int MAX_EXPONENT = 100_000;

  /** Default of {@link #maxNameLength()}. */
  public static final int DEFAULT_MAX_NAME_LENGTH = 256;

  private static final DocumentLimits DEFAULTS =
      new DocumentLimits(
          DEFAULT_MAX_NESTING_DEPTH,
          DEFAULT_MAX_DOCUMENT_LENGTH,
          DEFAULT_MAX_STRING_LENGTH,
          DEFAULT_MAX_NUMBER_LENGTH,
          DEFAULT_MAX_NAME_LENGTH);

  /**
   * Creates an instance from its components.
   *
   * @param maxNestingDepth the deepest nesting of objects and arrays, at least 1
   * @param maxDocumentLength the longest document, at least 1
   * @param maxStringLength the longest string value, at least 1
   * @param maxNumberLength the longest number, at least 1
   * @param maxNameLength the longest member name, at least 1
   * @throws IllegalArgumentException if a limit is below 1, naming it and its value
   */
  public DocumentLimits {
    requirePositive(maxNestingDepth, "maxNestingDepth");
    requirePositive(maxDocumentLength, "maxDocumentLength");
    requirePositive(maxStringLength, "maxStringLength");
    requirePositive(maxNumberLength, "maxNumberLength");
    requirePositive(maxNameLength, "maxNameLength");
  }

  /** {@return the documented defaults} */
  public static DocumentLimits defaults() {
    return DEFAULTS;
  }

  /**
   * {@return a copy with {@code maxNestingDepth} replaced}
   *
   * @param value the deepest nesting of objects and arrays, at least 1
   */
  public DocumentLimits withMaxNestingDepth(int value) {
    return new DocumentLimits(value, maxDocumentLength, maxStringLength, maxNumberLength, maxNameLength);
  }

  /**
   * {@return a copy with {@code maxDocumentLength} replaced}
   *
   * @param value the longest document, at least 1
   */
  public DocumentLimits withMaxDocumentLength(long value) {
    return new DocumentLimits(maxNestingDepth, value, maxStringLength, maxNumberLength, maxNameLength);
  }

  /**
   * {@return a copy with {@code maxStringLength} replaced}
   *
   * @param value the longest string value, at least 1
   */
  public DocumentLimits withMaxStringLength(int value) {
    return new DocumentLimits(maxNestingDepth, maxDocumentLength, value, maxNumberLength, maxNameLength);
  }

  /**
   * {@return a copy with {@code maxNumberLength} replaced}
   *
   * @param value the longest number, at least 1
   */
  public DocumentLimits withMaxNumberLength(int value) {
    return new DocumentLimits(maxNestingDepth, maxDocumentLength, maxStringLength, value, maxNameLength);
  }

  /**
   * {@return a copy with {@code maxNameLength} replaced}
   *
   * @param value the longest member name, at least 1
   */
  public DocumentLimits withMaxNameLength(int value) {
    return new DocumentLimits(maxNestingDepth, maxDocumentLength, maxStringLength, maxNumberLength, value);
  }

  private static void requirePositive(long value, String name) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1 but was " + value);
    }
  }
}
