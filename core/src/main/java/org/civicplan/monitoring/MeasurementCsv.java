// SPDX-License-Identifier: Apache-2.0
package org.civicplan.monitoring;

import java.util.ArrayList;
import org.civicplan.io.Csv;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.civicplan.indicator.IndicatorId;
import org.civicplan.indicator.Measurement;
import org.civicplan.base.PlanDate;

/**
 * Reads indicator measurements from CSV text (RFC 4180: comma separated, fields with commas,
 * quotes or line breaks in double quotes, quotes doubled; CRLF or LF line ends; a UTF-8 byte order
 * mark is ignored).
 *
 * <p>The first line is a header naming the columns, in any order: {@code indicator}, {@code date}
 * and {@code value} are required, {@code source} is optional; names are case-insensitive. Each
 * following record gives an indicator id, a date written {@code YYYY}, {@code YYYY-MM} or {@code
 * YYYY-MM-DD}, a finite value with a decimal point, and optionally its source. Blank lines are
 * skipped. The separator is the one the header uses ({@link Csv#separator}): a comma, a semicolon
 * or a tab; in a file separated by semicolons, as spreadsheets of locales with a decimal comma
 * write it (Romanian among them), a value may also be written with a decimal comma ({@code 12,5}).
 *
 * <p>Every problem is reported as a {@link RejectedRow} with the line number where the record
 * starts, the column and a reason: wrong number of fields, an empty or unknown indicator id, an
 * unreadable date or value, a second value for the same indicator and date in the file. Bad input
 * never throws. By default the import is all-or-nothing ({@link Mode#ALL_OR_NOTHING}).
 */
public final class MeasurementCsv {

  /** What happens to the valid rows when some rows are rejected. */
  public enum Mode {
    /** Any rejected row rejects the whole import: nothing is accepted. The default. */
    ALL_OR_NOTHING,
    /** The valid rows are accepted and the rejected ones reported. */
    VALID_ROWS
  }

  private static final List<String> COLUMNS = List.of("indicator", "date", "value", "source");
  /** A number with a decimal comma and no other mark, e.g. {@code 12,5}: read in a {@code ;} file. */
  private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?\\d+,\\d+");
  private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

  private MeasurementCsv() {}

  /**
   * Reads all-or-nothing, accepting any indicator id.
   *
   * @param text the CSV text
   * @return the accepted measurements, or the rejected rows and none accepted
   * @throws NullPointerException if {@code text} is null
   */
  public static MeasurementImport read(String text) {
    return read(text, Set.of(), Mode.ALL_OR_NOTHING);
  }

  /**
   * Reads measurements.
   *
   * @param text the CSV text
   * @param known the indicator ids allowed; when empty, any id is accepted
   * @param mode what to do with valid rows when some are rejected
   * @return the accepted measurements, or the rejected rows and none accepted
   * @throws NullPointerException if an argument is null
   */
  public static MeasurementImport read(String text, Set<IndicatorId> known, Mode mode) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(known, "known");
    Objects.requireNonNull(mode, "mode");
    List<RejectedRow> rejected = new ArrayList<>();
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    char separator = Csv.separator(body);
    Csv.Parsed parsed = Csv.parse(body, separator);
    parsed.malformed().ifPresent(m -> rejected.add(m.kind() == Csv.Malformed.Kind.UNTERMINATED_QUOTE
        ? reject(m.line(), "", "import.quote")
        : reject(m.line(), "", "import.quote.text", String.valueOf(m.column()))));
    List<Csv.Row> records = parsed.rows();
    if (records.isEmpty()) {
      if (rejected.isEmpty()) {
        rejected.add(reject(1, "", "import.empty"));
      }
      return new MeasurementImport(List.of(), rejected, 0);
    }
    Csv.Row header = records.get(0);
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < header.fields().size(); i++) {
      String name = header.fields().get(i).strip().toLowerCase(Locale.ROOT);
      if (!COLUMNS.contains(name)) {
        rejected.add(reject(header.line(), "", "import.header.unknown", header.fields().get(i)));
      } else if (index.putIfAbsent(name, i) != null) {
        rejected.add(reject(header.line(), "", "import.header.duplicate", name));
      }
    }
    for (String required : COLUMNS.subList(0, 3)) {
      if (!index.containsKey(required)) {
        rejected.add(reject(header.line(), required, "import.header.missing", required));
      }
    }
    if (!rejected.isEmpty()) {
      return new MeasurementImport(List.of(), rejected, records.size() - 1);
    }
    List<MeasurementImport.Accepted> accepted = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    int width = header.fields().size();
    for (Csv.Row rec : records.subList(1, records.size())) {
      int row = rec.line();
      if (rec.fields().size() != width) {
        rejected.add(reject(row, "", "import.fields", String.valueOf(width), String.valueOf(rec.fields().size())));
        continue;
      }
      int before = rejected.size();
      String id = rec.fields().get(index.get("indicator")).strip();
      String dateText = rec.fields().get(index.get("date")).strip();
      String valueText = rec.fields().get(index.get("value")).strip();
      String source = index.containsKey("source") ? rec.fields().get(index.get("source")).strip() : "";
      Optional<IndicatorId> indicator = Optional.empty();
      if (id.isEmpty()) {
        rejected.add(reject(row, "indicator", "import.indicator.blank"));
      } else {
        try {
          indicator = Optional.of(IndicatorId.of(id));
          if (!known.isEmpty() && !known.contains(indicator.get())) {
            rejected.add(reject(row, "indicator", "import.indicator.unknown", id));
          }
        } catch (IllegalArgumentException e) {
          rejected.add(reject(row, "indicator", "import.indicator.unknown", id));
        }
      }
      Optional<PlanDate> date = Optional.empty();
      try {
        date = Optional.of(PlanDate.parse(dateText));
      } catch (RuntimeException e) {
        rejected.add(reject(row, "date", "import.date.invalid", dateText));
      }
      double value = Double.NaN;
      if (separator == ';' && DECIMAL_COMMA.matcher(valueText).matches()) {
        valueText = valueText.replace(',', '.');
      }
      if (NUMBER.matcher(valueText).matches()) {
        value = Double.parseDouble(valueText);
      }
      if (!Double.isFinite(value)) {
        rejected.add(reject(row, "value", "import.value.invalid", valueText));
      }
      if (rejected.size() > before) {
        continue;
      }
      String key = indicator.get().value() + "\u0000" + date.get();
      Integer first = seen.putIfAbsent(key, row);
      if (first != null) {
        rejected.add(reject(row, "date", "import.duplicate", id, date.get().toString(), String.valueOf(first)));
        continue;
      }
      Measurement m = source.isEmpty() ? Measurement.of(date.get(), value) : Measurement.of(date.get(), value, source);
      accepted.add(new MeasurementImport.Accepted(row, indicator.get(), m));
    }
    boolean none = mode == Mode.ALL_OR_NOTHING && !rejected.isEmpty();
    return new MeasurementImport(none ? List.of() : accepted, rejected, records.size() - 1);
  }

  private static RejectedRow reject(int row, String column, String code, Object... args) {
    return new RejectedRow(row, column, code, ReportLabels.CATALOG.text(code, args));
  }
}
