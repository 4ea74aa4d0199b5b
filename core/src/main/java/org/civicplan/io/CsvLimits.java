// SPDX-License-Identifier: Apache-2.0
package org.civicplan.io;

/**
 * Bounds on a tabular import — a CSV file read row by row ({@link Csv#stream}), a spreadsheet
 * (CSV or XLSX) or a pabulib file — so that a hostile or broken file can neither exhaust memory nor
 * flood the report of rejected rows. Memory then depends on these bounds and on what the import
 * accepts, not on the length of the file.
 *
 * <p>The defaults ({@link #defaults()}) are far above any real import (a city's measurements are a
 * few thousand rows):
 *
 * <ul>
 *   <li>{@code maxRows} {@value #DEFAULT_MAX_ROWS} data rows after the header; the import stops at
 *       the first row past it, with a rejected row naming the limit;
 *   <li>{@code maxFieldLength} {@value #DEFAULT_MAX_FIELD_LENGTH} characters in one field; a longer
 *       field stops the import, with a rejected row naming the limit;
 *   <li>{@code maxRejections} {@value #DEFAULT_MAX_REJECTIONS} rejected rows kept with their line,
 *       column and reason; the rest are counted, not kept;
 *   <li>{@code maxBytes} {@value #DEFAULT_MAX_BYTES} bytes (256 MiB) in a file given whole (a
 *       spreadsheet, a pabulib file; characters when it is given as text), and in the entries of an
 *       XLSX workbook once unpacked; a longer file is refused before it is read. An import read
 *       from a stream is bounded by its rows and fields instead.
 * </ul>
 *
 * <p>Which rows count: the data rows of a CSV file or sheet after its header; all the lines of a
 * pabulib file, which has a header per section.
 *
 * @param maxRows the most data rows, at least 1
 * @param maxFieldLength the longest field in characters, at least 1
 * @param maxRejections the most rejected rows kept, at least 1
 * @param maxBytes the longest file in bytes, at least 1
 */
public record CsvLimits(int maxRows, int maxFieldLength, int maxRejections, long maxBytes) {

  /** Default of {@link #maxRows()}. */
  public static final int DEFAULT_MAX_ROWS = 1_000_000;

  /** Default of {@link #maxFieldLength()}. */
  public static final int DEFAULT_MAX_FIELD_LENGTH = 10_000;

  /** Default of {@link #maxRejections()}. */
  public static final int DEFAULT_MAX_REJECTIONS = 1_000;

  /** Default of {@link #maxBytes()}: 256 MiB. */
  public static final long DEFAULT_MAX_BYTES = 256L * 1024 * 1024;

  private static final CsvLimits DEFAULTS =
      new CsvLimits(DEFAULT_MAX_ROWS, DEFAULT_MAX_FIELD_LENGTH, DEFAULT_MAX_REJECTIONS, DEFAULT_MAX_BYTES);

  /**
   * Creates an instance from its components.
   *
   * @param maxRows the most data rows, at least 1
   * @param maxFieldLength the longest field in characters, at least 1
   * @param maxRejections the most rejected rows kept, at least 1
   * @param maxBytes the longest file in bytes, at least 1
   * @throws IllegalArgumentException if a limit is below 1, naming it and its value
   */
  public CsvLimits {
    requirePositive(maxRows, "maxRows");
    requirePositive(maxFieldLength, "maxFieldLength");
    requirePositive(maxRejections, "maxRejections");
    requirePositive(maxBytes, "maxBytes");
  }

  /** {@return the documented defaults} */
  public static CsvLimits defaults() {
    return DEFAULTS;
  }

  /**
   * {@return a copy with another row limit}
   *
   * @param rows the most data rows, at least 1
   * @throws IllegalArgumentException if {@code rows} is below 1
   */
  public CsvLimits withMaxRows(int rows) {
    return new CsvLimits(rows, maxFieldLength, maxRejections, maxBytes);
  }

  /**
   * {@return a copy with another field length limit}
   *
   * @param length the longest field in characters, at least 1
   * @throws IllegalArgumentException if {@code length} is below 1
   */
  public CsvLimits withMaxFieldLength(int length) {
    return new CsvLimits(maxRows, length, maxRejections, maxBytes);
  }

  /**
   * {@return a copy with another limit on the rejected rows kept}
   *
   * @param rejections the most rejected rows kept, at least 1
   * @throws IllegalArgumentException if {@code rejections} is below 1
   */
  public CsvLimits withMaxRejections(int rejections) {
    return new CsvLimits(maxRows, maxFieldLength, rejections, maxBytes);
  }

  /**
   * {@return a copy with another limit on the length of a file}
   *
   * @param bytes the longest file in bytes, at least 1
   * @throws IllegalArgumentException if {@code bytes} is below 1
   */
  public CsvLimits withMaxBytes(long bytes) {
    return new CsvLimits(maxRows, maxFieldLength, maxRejections, bytes);
  }

  private static void requirePositive(long value, String name) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1 but was " + value);
    }
  }
}
