// SPDX-License-Identifier: Apache-2.0
package org.civicplan.spreadsheets;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A workbook to write: its sheets and the locale of their names, headers and formats. Built by
 * {@link SpreadsheetExport}, written by {@link Xlsx#write}.
 *
 * @param locale the locale: Romanian for {@code ro}, English otherwise
 * @param tables the sheets, in order
 */
public record Spreadsheet(Locale locale, List<Table> tables) {

  /**
   * Creates an instance from its components.
   *
   * @param locale the locale
   * @param tables the sheets, in order
   * @throws NullPointerException if an argument or element is null
   */
  public Spreadsheet {
    Objects.requireNonNull(locale, "locale");
    tables = List.copyOf(tables);
  }

  /** {@return the cells of every sheet, header row first, as an import reads them back} */
  public List<Sheet> sheets() {
    return tables.stream().map(t -> Sheet.of(t, locale)).toList();
  }
}
