package org.civicplan.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Comma-separated values as RFC 4180 defines them: fields separated by commas, optionally
 * enclosed in double quotes (a quote inside a quoted field is doubled), records ended by LF or
 * CRLF. Blank lines are skipped. Used for the catalogues shipped as data and for imports.
 */
public final class Csv {

  private Csv() {}

  /**
   * One record.
   *
   * @param line the line the record starts on, 1-based
   * @param fields its fields, in order
   */
  public record Row(int line, List<String> fields) {

    /**
     * @throws IllegalArgumentException if {@code line} is not positive
     */
    public Row {
      if (line < 1) {
        throw new IllegalArgumentException("line must be positive but was " + line);
      }
      fields = List.copyOf(fields);
    }
  }

  /**
   * What {@link #parse(CharSequence)} read.
   *
   * @param rows the complete records, in file order
   * @param unterminatedQuoteLine the line of a quoted field that the text never closes (that
   *     record is not in {@code rows})
   */
  public record Parsed(List<Row> rows, OptionalInt unterminatedQuoteLine) {

    /**
     * @throws NullPointerException if an argument is null
     */
    public Parsed {
      rows = List.copyOf(rows);
      Objects.requireNonNull(unterminatedQuoteLine, "unterminatedQuoteLine");
    }
  }

  /** Splits {@code text} into records; never throws on any text. */
  public static Parsed parse(CharSequence text) {
    List<Row> rows = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int line = 1;
    int start = 1;
    boolean quoted = false;
    boolean any = false;
    int quoteLine = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < n && text.charAt(i + 1) == '"') {
            field.append('"');
            i += 2;
            continue;
          }
          quoted = false;
        } else {
          if (c == '\n') {
            line++;
          }
          field.append(c);
        }
        i++;
        continue;
      }
      switch (c) {
        case '"' -> {
          quoted = true;
          quoteLine = line;
          any = true;
        }
        case ',' -> {
          fields.add(field.toString());
          field.setLength(0);
          any = true;
        }
        case '\r', '\n' -> {
          if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
            i++;
          }
          if (any || field.length() > 0) {
            fields.add(field.toString());
            rows.add(new Row(start, fields));
          }
          fields.clear();
          field.setLength(0);
          any = false;
          line++;
          start = line;
        }
        default -> {
          field.append(c);
          any = true;
        }
      }
      i++;
    }
    if (quoted) {
      return new Parsed(rows, OptionalInt.of(quoteLine));
    }
    if (any || field.length() > 0) {
      fields.add(field.toString());
      rows.add(new Row(start, fields));
    }
    return new Parsed(rows, OptionalInt.empty());
  }

  /**
   * Reads a table shipped as data: a header row, then rows of the same width, each returned as a
   * map from column name to field in header order. For data the library itself ships, so a
   * malformed table is a programming error.
   *
   * @param text the CSV text
   * @param source the table's name, for messages
   * @param expectedHeader the columns the table must start with, in order
   * @throws IllegalStateException naming the source and line when the table is empty, its header
   *     differs, a row's width differs from the header's or a quoted field is not closed
   */
  public static List<Map<String, String>> table(CharSequence text, String source, List<String> expectedHeader) {
    Parsed parsed = parse(text);
    if (parsed.unterminatedQuoteLine().isPresent()) {
      throw new IllegalStateException(
          source + " line " + parsed.unterminatedQuoteLine().getAsInt() + ": quoted field is never closed");
    }
    if (parsed.rows().isEmpty()) {
      throw new IllegalStateException(source + " is empty; it must start with the header " + expectedHeader);
    }
    List<String> header = parsed.rows().get(0).fields();
    if (header.size() < expectedHeader.size() || !header.subList(0, expectedHeader.size()).equals(expectedHeader)) {
      throw new IllegalStateException(
          source + " must start with the header " + String.join(",", expectedHeader) + " but was " + String.join(",", header));
    }
    List<Map<String, String>> table = new ArrayList<>();
    for (Row row : parsed.rows().subList(1, parsed.rows().size())) {
      if (row.fields().size() != header.size()) {
        throw new IllegalStateException(
            source + " line " + row.line() + " has " + row.fields().size() + " fields but the header has " + header.size());
      }
      Map<String, String> map = new LinkedHashMap<>();
      for (int c = 0; c < header.size(); c++) {
        map.put(header.get(c), row.fields().get(c));
      }
      table.add(map);
    }
    return table;
  }
}
