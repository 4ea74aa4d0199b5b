// SPDX-License-Identifier: Apache-2.0
package org.civicplan.spreadsheets;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.civicplan.base.LocalizedText;

/**
 * One sheet of a workbook: a name, a header row of columns and rows of cells.
 *
 * @param name the sheet's name in English and Romanian (at most 31 characters, as XLSX allows)
 * @param columns the columns, in order
 * @param rows the rows, each as wide as {@code columns}
 */
public record Table(LocalizedText name, List<Column> columns, List<List<Cell>> rows) {

  /**
   * Creates an instance from its components.
   *
   * @param name the sheet's name in English and Romanian
   * @param columns the columns, in order
   * @param rows the rows, each as wide as {@code columns}
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if a row's width differs from the columns'
   */
  public Table {
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(columns);
    List<List<Cell>> copy = new ArrayList<>(rows.size());
    for (List<Cell> row : rows) {
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException(
            "a row of sheet \"" + name + "\" has " + row.size() + " cells but the sheet has " + columns.size() + " columns");
      }
      copy.add(List.copyOf(row));
    }
    rows = List.copyOf(copy);
  }
}
