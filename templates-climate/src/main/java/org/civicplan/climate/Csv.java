package org.civicplan.climate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the small RFC 4180 CSV files this module ships: a header row, comma-separated fields,
 * fields in double quotes may hold commas, line breaks and doubled quotes.
 */
final class Csv {

  private Csv() {}

  /**
   * The rows of a resource next to this class, each as a map from header to field, in file order.
   *
   * @throws IllegalStateException if the resource is missing or a row's width differs from the header's
   */
  static List<Map<String, String>> read(String resource) {
    try (InputStream in = Csv.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("catalogue resource " + resource + " is missing from the climate module");
      }
      List<List<String>> records = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      List<String> header = records.get(0);
      List<Map<String, String>> rows = new ArrayList<>();
      for (int i = 1; i < records.size(); i++) {
        List<String> r = records.get(i);
        if (r.size() != header.size()) {
          throw new IllegalStateException(
              resource + " row " + (i + 1) + " has " + r.size() + " fields but the header has " + header.size());
        }
        Map<String, String> row = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
          row.put(header.get(c), r.get(c));
        }
        rows.add(row);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read catalogue resource " + resource, e);
    }
  }

  /** The records of {@code text}; a blank last line is ignored. */
  static List<List<String>> parse(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (quoted) {
        if (ch == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          field.append(ch);
        }
        continue;
      }
      switch (ch) {
        case '"' -> {
          quoted = true;
          any = true;
        }
        case ',' -> {
          fields.add(field.toString());
          field.setLength(0);
          any = true;
        }
        case '\r' -> { }
        case '\n' -> {
          if (any || field.length() > 0) {
            fields.add(field.toString());
            records.add(List.copyOf(fields));
          }
          fields.clear();
          field.setLength(0);
          any = false;
        }
        default -> {
          field.append(ch);
          any = true;
        }
      }
    }
    if (quoted) {
      throw new IllegalStateException("CSV text ends inside a quoted field");
    }
    if (any || field.length() > 0) {
      fields.add(field.toString());
      records.add(List.copyOf(fields));
    }
    return records;
  }
}
