// SPDX-License-Identifier: Apache-2.0
package org.civicplan.spreadsheets;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.civicplan.io.Csv;
import org.civicplan.io.CsvLimits;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;

/**
 * Writes workbooks as XLSX (Office Open XML, ECMA-376) and reads them back.
 *
 * <p>Writing: one worksheet per table; the header row bold and frozen; each column its width; numbers
 * as numbers with the column's format (thousands separators and decimals, which the spreadsheet
 * shows with the reader's own separators), dates as dates in the locale's format ({@code dd.mm.yyyy}
 * in Romanian, {@code yyyy-mm-dd} in English). Text is always written as a string, never as a
 * formula, and a text that a spreadsheet would take for a formula when edited or saved as CSV is
 * neutralised with an apostrophe ({@link Csv#neutralise}); reading removes it ({@link Csv#restore}).
 *
 * <p>The same workbook gives the same bytes: the time of writing is not recorded.
 *
 * <p>Reading: every sheet with its rows of typed cells; a number whose format is a date format is a
 * date. A formula or an error cell is a problem, not a value: an import takes only values.
 */
public final class Xlsx {

  private Xlsx() {}

  /**
   * What {@link #read} gives.
   *
   * @param sheets the sheets, in workbook order; empty when the file is not a workbook
   * @param problems the cells that are formulas or errors, or why the file is not a workbook
   */
  public record Read(List<Sheet> sheets, List<ImportProblem> problems) {
    /**
     * Creates an instance from its components.
     *
     * @param sheets the sheets
     * @param problems the problems
     * @throws NullPointerException if an argument or element is null
     */
    public Read {
      sheets = List.copyOf(sheets);
      problems = List.copyOf(problems);
    }
  }

  /**
   * Writes {@code spreadsheet} as an XLSX workbook. The stream is not closed.
   *
   * @param spreadsheet the workbook to write
   * @param out where to write it
   * @throws IOException if {@code out} cannot be written
   * @throws NullPointerException if an argument is null
   */
  public static void write(Spreadsheet spreadsheet, OutputStream out) throws IOException {
    Objects.requireNonNull(spreadsheet, "spreadsheet");
    Objects.requireNonNull(out, "out");
    Locale language = Sheets.language(spreadsheet.locale());
    java.io.ByteArrayOutputStream written = new java.io.ByteArrayOutputStream();
    Workbook wb = new Workbook(written, "civicplan", "1.0");
    for (Table t : spreadsheet.tables()) {
      Worksheet ws = wb.newWorksheet(t.name().get(language));
      List<Column> columns = t.columns();
      for (int c = 0; c < columns.size(); c++) {
        Column column = columns.get(c);
        ws.width(c, column.width());
        ws.value(0, c, Csv.neutralise(column.header(language)));
        ws.style(0, c).bold().fillColor("D9E1F2").wrapText(true).set();
      }
      ws.freezePane(0, 1);
      int r = 1;
      for (List<Cell> row : t.rows()) {
        for (int c = 0; c < columns.size(); c++) {
          write(ws, r, c, row.get(c), columns.get(c).format(), language);
        }
        r++;
      }
      ws.finish();
    }
    wb.finish();
    out.write(Zips.deterministic(written.toByteArray()));
  }

  private static void write(Worksheet ws, int r, int c, Cell cell, Column.Format format, Locale language) {
    if (cell instanceof Cell.Text t) {
      ws.value(r, c, Csv.neutralise(t.value()));
    } else if (cell instanceof Cell.Number n) {
      ws.value(r, c, n.value());
      ws.style(r, c).format(numberFormat(format)).set();
    } else if (cell instanceof Cell.Date d) {
      ws.value(r, c, d.value());
      ws.style(r, c).format(language == Sheets.ROMANIAN ? "dd.mm.yyyy" : "yyyy-mm-dd").set();
    }
  }

  private static String numberFormat(Column.Format format) {
    return switch (format) {
      case YEAR, DATE -> "0";
      case INTEGER -> "#,##0";
      case AMOUNT -> "#,##0.00";
      case PERCENT -> "0.0%";
      case DECIMAL, TEXT -> "#,##0.0##";
    };
  }

  /**
   * Reads every sheet of an XLSX workbook within the default {@link CsvLimits}; never throws on the
   * content of the file.
   *
   * @param in the workbook's bytes; not closed
   * @param file the file's name, for problems
   * @return the sheets, and the problems found
   * @throws NullPointerException if an argument is null
   */
  public static Read read(InputStream in, String file) {
    return read(in, file, CsvLimits.defaults());
  }

  /**
   * Reads every sheet of an XLSX workbook, row by row; never throws on the content of the file. A
   * sheet with more than {@link CsvLimits#maxRows()} rows after its header ({@code
   * import.limit.rows}) or a cell longer than {@link CsvLimits#maxFieldLength()} characters
   * ({@code import.limit.cell}) stops the reading there: the problem names the limit, the sheet,
   * the row and the column, and no sheet is given, so that nothing else is reported about a
   * workbook read in part. The size of the file is the caller's to bound ({@link
   * SpreadsheetImport#read(byte[], String, CsvLimits)} does).
   *
   * @param in the workbook's bytes; not closed
   * @param file the file's name, for problems
   * @param limits the bounds of the import
   * @return the sheets, and the problems found
   * @throws NullPointerException if an argument is null
   */
  public static Read read(InputStream in, String file, CsvLimits limits) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(limits, "limits");
    List<Sheet> sheets = new ArrayList<>();
    List<ImportProblem> problems = new ArrayList<>();
    try (ReadableWorkbook wb = new ReadableWorkbook(new NonClosingIn(in), new ReadingOptions(true, false))) {
      for (org.dhatim.fastexcel.reader.Sheet s : wb.getSheets().toList()) {
        List<Sheet.Row> rows = new ArrayList<>();
        Map<Integer, String> headers = new HashMap<>();
        try (java.util.stream.Stream<org.dhatim.fastexcel.reader.Row> opened = s.openStream()) {
          for (org.dhatim.fastexcel.reader.Row row : (Iterable<org.dhatim.fastexcel.reader.Row>) opened::iterator) {
            List<Cell> cells = new ArrayList<>();
            for (int c = 0; c < row.getCellCount(); c++) {
              org.dhatim.fastexcel.reader.Cell cell = row.getCell(c);
              Cell value = Cell.EMPTY;
              if (cell != null) {
                if (cell.getType() == CellType.FORMULA || cell.getType() == CellType.ERROR) {
                  String column = headers.getOrDefault(c, org.dhatim.fastexcel.reader.CellAddress.convertNumToColString(c));
                  String text = cell.getType() == CellType.FORMULA ? "=" + cell.getFormula() : cell.getRawValue();
                  problems.add(Messages.problem(s.getName(), row.getRowNum(), column, text,
                      cell.getType() == CellType.FORMULA ? "import.formula" : "import.error-cell"));
                } else {
                  value = value(cell);
                }
              }
              if (value.display().length() > limits.maxFieldLength()) {
                String column = headers.getOrDefault(c, org.dhatim.fastexcel.reader.CellAddress.convertNumToColString(c));
                problems.add(Messages.problem(s.getName(), row.getRowNum(), column, "", "import.limit.cell", limits.maxFieldLength()));
                return new Read(List.of(), problems);
              }
              cells.add(value);
            }
            Sheet.Row read = new Sheet.Row(row.getRowNum(), cells);
            if (!read.cells().isEmpty()) {
              // the header and maxRows data rows
              if (rows.size() > limits.maxRows()) {
                problems.add(Messages.problem(s.getName(), row.getRowNum(), "", "", "import.limit.rows", limits.maxRows()));
                return new Read(List.of(), problems);
              }
              if (rows.isEmpty()) {
                for (int c = 0; c < read.cells().size(); c++) {
                  headers.put(c, read.cells().get(c).display());
                }
              }
              rows.add(read);
            }
          }
        }
        sheets.add(new Sheet(s.getName(), rows));
      }
    } catch (IOException | RuntimeException e) {
      // fastexcel reports a file that is not a workbook, or a damaged one, by an exception.
      return new Read(List.of(), List.of(Messages.problem(file, 0, "", "", "import.not-xlsx")));
    }
    return new Read(sheets, problems);
  }

  private static Cell value(org.dhatim.fastexcel.reader.Cell cell) {
    return switch (cell.getType()) {
      case STRING -> Cell.text(Csv.restore(cell.asString()));
      case BOOLEAN -> Cell.text(String.valueOf(cell.asBoolean()));
      case NUMBER -> isDate(cell.getDataFormatString())
          ? new Cell.Date(cell.asDate().toLocalDate())
          : Cell.number(cell.asNumber());
      default -> Cell.EMPTY;
    };
  }

  /** A number format is a date format when it has a day, month or year part outside quotes. */
  static boolean isDate(String format) {
    if (format == null) {
      return false;
    }
    String f = format.replaceAll("\"[^\"]*\"|\\[[^]]*]|\\\\.", "").toLowerCase(Locale.ROOT);
    return f.contains("yy") || f.contains("dd") || f.contains("mmm") || f.equals("d") || f.contains("d/m") || f.contains("m/d");
  }


  /** fastexcel closes the stream it reads; the caller owns it. */
  private static final class NonClosingIn extends java.io.FilterInputStream {
    NonClosingIn(InputStream in) {
      super(in);
    }

    @Override
    public void close() {
      // the caller closes it
    }
  }
}
