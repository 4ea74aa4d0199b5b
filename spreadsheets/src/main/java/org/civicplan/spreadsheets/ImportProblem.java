// SPDX-License-Identifier: Apache-2.0
package org.civicplan.spreadsheets;

import java.util.Locale;
import java.util.Objects;
import org.civicplan.base.LocalizedText;

/**
 * Why an import was refused, at one place of the file: the sheet, the row, the column and the value
 * found there, and the reason in English and Romanian.
 *
 * @param sheet the sheet's name, or the file's name for CSV
 * @param row the row as a spreadsheet numbers it (the header is row 1), or for CSV the line the
 *     record starts on; 0 when the problem concerns the whole file
 * @param column the column's header as found in the file, or its letter when it has none; empty when
 *     the problem concerns a whole row or sheet
 * @param value the value found, as text; empty when there is none
 * @param code the stable code of the problem, such as {@code import.number}
 * @param reason the reason and what is allowed, in English and Romanian
 */
public record ImportProblem(String sheet, int row, String column, String value, String code, LocalizedText reason) {

  /**
   * Creates an instance from its components.
   *
   * @param sheet the sheet's name
   * @param row the row, 0 for the whole file
   * @param column the column, or empty
   * @param value the value found, or empty
   * @param code the stable code
   * @param reason the reason in English and Romanian
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code row} is negative
   */
  public ImportProblem {
    Objects.requireNonNull(sheet, "sheet");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(reason, "reason");
    if (row < 0) {
      throw new IllegalArgumentException("row must be >= 0 but was " + row);
    }
  }

  /**
   * {@return the problem as one line in {@code locale} (Romanian for {@code ro}, English otherwise):
   * sheet, row, column, value, then the reason}
   *
   * @param locale the language of the line
   */
  public String message(Locale locale) {
    boolean ro = Sheets.language(locale) == Sheets.ROMANIAN;
    StringBuilder b = new StringBuilder(sheet);
    if (row > 0) {
      b.append(ro ? ", rândul " : ", row ").append(row);
    }
    if (!column.isEmpty()) {
      b.append(ro ? ", coloana " : ", column ").append(column);
    }
    if (!value.isEmpty()) {
      b.append(ro ? ", valoarea „" : ", value \"").append(value).append(ro ? "”" : "\"");
    }
    return b.append(": ").append(reason.get(Sheets.language(locale))).toString();
  }
}
