package org.civicplan.monitoring;

import java.util.Objects;
import org.civicplan.base.LocalizedText;

/**
 * A row of a measurements CSV file that was not imported, and why.
 *
 * @param row the line number where the record starts, counting the header as line 1
 * @param column the column at fault ({@code indicator}, {@code date}, {@code value}, {@code
 *     source}), or the empty string when the whole row or the header is at fault
 * @param code a stable code, e.g. {@code import.date.invalid}
 * @param reason what is wrong, in English and Romanian
 */
public record RejectedRow(int row, String column, String code, LocalizedText reason) {

  /**
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code row} is not positive
   */
  public RejectedRow {
    if (row < 1) {
      throw new IllegalArgumentException("row must be >= 1 but was " + row + " (code " + code + ")");
    }
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(reason, "reason");
  }

  @Override
  public String toString() {
    return "row " + row + (column.isEmpty() ? "" : ", column " + column) + ": " + reason.get(java.util.Locale.ENGLISH);
  }
}
