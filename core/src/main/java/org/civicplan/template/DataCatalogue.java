package org.civicplan.template;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.civicplan.base.LocalizedText;

/**
 * A lookup catalogue a template ships as a CSV file with declared column types (e.g. climate's
 * hazards or emission factors), checked when the template is loaded. Its rows are read through
 * typed accessors; a value that the declaration allows is always readable, so rules never parse.
 *
 * @param name the catalogue's name in the template definition, e.g. {@code hazards}
 * @param file the CSV file it was read from
 * @param columns the declared column names, in file order
 * @param rows the rows, in file order
 */
public record DataCatalogue(String name, String file, List<String> columns, List<Row> rows) {

  /** Copies the lists. */
  public DataCatalogue {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(file, "file");
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }

  /** The row whose first (id) column is {@code id}, if any. */
  public Optional<Row> row(String id) {
    Objects.requireNonNull(id, "id");
    return rows.stream().filter(r -> r.values().get(columns.get(0)).equals(id)).findFirst();
  }

  /**
   * One row: its line in the file and its values by column, as written.
   *
   * @param line the line of the file, from 1
   * @param values the values by column name, in column order; an empty text for an empty field
   */
  public record Row(int line, Map<String, String> values) {

    /** Copies the map, keeping its order. */
    public Row {
      values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * The text of a column.
     *
     * @throws NoSuchElementException naming the column when the catalogue has no such column
     */
    public String text(String column) {
      String v = values.get(column);
      if (v == null) {
        throw new NoSuchElementException("no column \"" + column + "\"; columns: " + values.keySet());
      }
      return v;
    }

    /** The text of an optional column; empty when the field is empty. */
    public Optional<String> optionalText(String column) {
      String v = text(column);
      return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    /** A decimal column. */
    public BigDecimal decimal(String column) {
      return new BigDecimal(text(column).strip());
    }

    /** A whole-number column. */
    public int integer(String column) {
      return Integer.parseInt(text(column).strip());
    }

    /** A boolean column. */
    public boolean flag(String column) {
      return text(column).strip().equals("true");
    }

    /** The texts of {@code prefix_en} and {@code prefix_ro} as one localized text. */
    public LocalizedText localized(String prefix) {
      return LocalizedText.of(text(prefix + "_en"), text(prefix + "_ro"));
    }
  }
}
