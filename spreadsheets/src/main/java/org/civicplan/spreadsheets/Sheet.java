// SPDX-License-Identifier: Apache-2.0
package org.civicplan.spreadsheets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A sheet as read from a workbook or a CSV file: its name and its rows of cells, header row first.
 * Trailing empty cells of a row are dropped, and so are rows with no cell that is not empty.
 *
 * @param name the sheet's name; for a CSV file, the file's name
 * @param rows the rows that have a cell that is not empty, in order
 */
public record Sheet(String name, List<Row> rows) {

  /**
   * Creates an instance from its components.
   *
   * @param name the sheet's name
   * @param rows the rows, in order
   * @throws NullPointerException if an argument or element is null
   */
  public Sheet {
    Objects.requireNonNull(name, "name");
    rows = List.copyOf(rows);
  }

  /**
   * A row.
   *
   * @param number its number as a spreadsheet shows it, 1-based; for CSV, the line it starts on
   * @param cells its cells from the first column, without trailing empty cells
   */
  public record Row(int number, List<Cell> cells) {

    /**
     * Creates an instance from its components, dropping trailing empty cells.
     *
     * @param number its number, 1-based
     * @param cells its cells from the first column
     * @throws NullPointerException if {@code cells} or an element is null
     * @throws IllegalArgumentException if {@code number} is not positive
     */
    public Row {
      if (number < 1) {
        throw new IllegalArgumentException("row number must be positive but was " + number);
      }
      int end = cells.size();
      while (end > 0 && cells.get(end - 1) instanceof Cell.Empty) {
        end--;
      }
      cells = List.copyOf(cells.subList(0, end));
    }

    /**
     * {@return the cell in column {@code index}, empty beyond the last}
     *
     * @param index the column, 0-based
     */
    public Cell cell(int index) {
      return index < cells.size() ? cells.get(index) : Cell.EMPTY;
    }
  }

  /**
   * {@return the sheet {@code table} becomes in {@code locale}: its name, its header row and its
   * rows numbered from 2}
   *
   * @param table the table
   * @param locale the locale of the name and headers
   */
  static Sheet of(Table table, Locale locale) {
    List<Row> rows = new ArrayList<>();
    rows.add(new Row(1, table.columns().stream().map(c -> Cell.text(c.header(locale))).toList()));
    int n = 2;
    for (List<Cell> r : table.rows()) {
      Row row = new Row(n++, r);
      if (!row.cells().isEmpty()) {
        rows.add(row);
      }
    }
    return new Sheet(table.name().get(Sheets.language(locale)), rows);
  }
}
