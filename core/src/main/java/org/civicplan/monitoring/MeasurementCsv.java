// SPDX-License-Identifier: Apache-2.0
package org.civicplan.monitoring;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.CharBuffer;
import java.util.ArrayList;
import org.civicplan.io.Csv;
import org.civicplan.io.CsvLimits;
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
    return read(new StringReader(text), known, mode, CsvLimits.defaults());
  }

  /**
   * Reads measurements row by row from a stream, in memory that grows with what is accepted (and
   * the distinct indicator-date pairs, to find repeated ones), never with the length of the file:
   * under {@link Mode#ALL_OR_NOTHING} nothing is kept after the first rejected row but what finds
   * the later ones. The first {@link CsvLimits#maxRejections()} rejected rows are listed, the rest
   * counted ({@link MeasurementImport#moreRejected()}); a file with more than {@link
   * CsvLimits#maxRows()} data rows, or a field longer than {@link CsvLimits#maxFieldLength()},
   * is rejected at that row and not read further.
   *
   * @param in the CSV text, read to its end (or to a limit) and not closed
   * @param known the indicator ids allowed; when empty, any id is accepted
   * @param mode what to do with valid rows when some are rejected
   * @param limits the bounds on rows, fields and rejections
   * @return the accepted measurements, or the rejected rows and none accepted
   * @throws java.io.UncheckedIOException if reading {@code in} fails (a file that is not UTF-8 text
   *     among the causes)
   * @throws NullPointerException if an argument is null
   */
  public static MeasurementImport read(Reader in, Set<IndicatorId> known, Mode mode, CsvLimits limits) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(known, "known");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(limits, "limits");
    Reading r = new Reading(known, mode, limits);
    BufferedReader body = new BufferedReader(in, 65_536);
    char separator;
    try {
      body.mark(65_536);
      char[] head = new char[65_536];
      int n = body.read(head, 0, head.length);
      body.reset();
      if (n > 0 && head[0] == '\uFEFF') {
        body.skip(1);
      }
      separator = n <= 0 ? ',' : Csv.separator(CharBuffer.wrap(head, 0, n));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    r.separator = separator;
    Optional<Csv.Malformed> malformed = Csv.stream(body, separator, limits.maxFieldLength(), r::row);
    // a file that is not CSV imports nothing, whatever the mode
    malformed.ifPresent(m -> r.malformed(switch (m.kind()) {
      case UNTERMINATED_QUOTE -> reject(m.line(), "", "import.quote");
      case TEXT_AFTER_QUOTE -> reject(m.line(), "", "import.quote.text", String.valueOf(m.column()));
      case FIELD_TOO_LONG -> reject(m.line(), "", "import.field.long", String.valueOf(limits.maxFieldLength()));
    }));
    return r.result();
  }

  /** The state of one import as its rows arrive. */
  private static final class Reading {
    private final Set<IndicatorId> known;
    private final Mode mode;
    private final CsvLimits limits;
    char separator = ',';
    private final List<RejectedRow> rejected = new ArrayList<>();
    private int more;
    private final List<MeasurementImport.Accepted> accepted = new ArrayList<>();
    private final Map<String, Integer> seen = new HashMap<>();
    private Map<String, Integer> index;
    private int width;
    private boolean headerRead;
    private boolean headerBad;
    private boolean notCsv;
    private int rows;

    Reading(Set<IndicatorId> known, Mode mode, CsvLimits limits) {
      this.known = known;
      this.mode = mode;
      this.limits = limits;
    }

    void add(RejectedRow row) {
      if (rejected.size() < limits.maxRejections()) {
        rejected.add(row);
      } else {
        more++;
      }
      if (mode == Mode.ALL_OR_NOTHING) {
        // nothing will be accepted: what was is no longer needed
        accepted.clear();
      }
    }

    void malformed(RejectedRow row) {
      add(row);
      accepted.clear();
      this.notCsv = true;
    }

    MeasurementImport result() {
      if (!headerRead && rejected.isEmpty()) {
        add(reject(1, "", "import.empty"));
      }
      boolean none = notCsv || (mode == Mode.ALL_OR_NOTHING && !rejected.isEmpty());
      return new MeasurementImport(none ? List.of() : accepted, rejected, rows, more);
    }

    /** Takes one record; false stops the reading. */
    boolean row(Csv.Row rec) {
      if (!headerRead) {
        headerRead = true;
        header(rec);
        return true;
      }
      rows++;
      if (headerBad) {
        // the rows of a file whose header is wrong are only counted
        return true;
      }
      int row = rec.line();
      if (rows > limits.maxRows()) {
        rows--;
        add(reject(row, "", "import.rows.limit", String.valueOf(limits.maxRows())));
        return false;
      }
      if (rec.fields().size() != width) {
        add(reject(row, "", "import.fields", String.valueOf(width), String.valueOf(rec.fields().size())));
        return true;
      }
      int before = rejected.size() + more;
      String id = rec.fields().get(index.get("indicator")).strip();
      String dateText = rec.fields().get(index.get("date")).strip();
      String valueText = rec.fields().get(index.get("value")).strip();
      String source = index.containsKey("source") ? rec.fields().get(index.get("source")).strip() : "";
      Optional<IndicatorId> indicator = Optional.empty();
      if (id.isEmpty()) {
        add(reject(row, "indicator", "import.indicator.blank"));
      } else {
        try {
          indicator = Optional.of(IndicatorId.of(id));
          if (!known.isEmpty() && !known.contains(indicator.get())) {
            add(reject(row, "indicator", "import.indicator.unknown", id));
          }
        } catch (IllegalArgumentException e) {
          add(reject(row, "indicator", "import.indicator.unknown", id));
        }
      }
      Optional<PlanDate> date = Optional.empty();
      try {
        date = Optional.of(PlanDate.parse(dateText));
      } catch (RuntimeException e) {
        add(reject(row, "date", "import.date.invalid", dateText));
      }
      double value = Double.NaN;
      if (separator == ';' && DECIMAL_COMMA.matcher(valueText).matches()) {
        valueText = valueText.replace(',', '.');
      }
      if (NUMBER.matcher(valueText).matches()) {
        value = Double.parseDouble(valueText);
      }
      if (!Double.isFinite(value)) {
        add(reject(row, "value", "import.value.invalid", valueText));
      }
      if (rejected.size() + more > before) {
        return true;
      }
      String key = indicator.get().value() + "\u0000" + date.get();
      Integer first = seen.putIfAbsent(key, row);
      if (first != null) {
        add(reject(row, "date", "import.duplicate", id, date.get().toString(), String.valueOf(first)));
        return true;
      }
      if (mode == Mode.VALID_ROWS || rejected.isEmpty()) {
        Measurement m = source.isEmpty() ? Measurement.of(date.get(), value) : Measurement.of(date.get(), value, source);
        accepted.add(new MeasurementImport.Accepted(row, indicator.get(), m));
      }
      return true;
    }

    private void header(Csv.Row header) {
      index = new HashMap<>();
      for (int i = 0; i < header.fields().size(); i++) {
        String name = header.fields().get(i).strip().toLowerCase(Locale.ROOT);
        if (!COLUMNS.contains(name)) {
          add(reject(header.line(), "", "import.header.unknown", header.fields().get(i)));
        } else if (index.putIfAbsent(name, i) != null) {
          add(reject(header.line(), "", "import.header.duplicate", name));
        }
      }
      for (String required : COLUMNS.subList(0, 3)) {
        if (!index.containsKey(required)) {
          add(reject(header.line(), required, "import.header.missing", required));
        }
      }
      headerBad = !rejected.isEmpty();
      width = header.fields().size();
    }
  }

  private static RejectedRow reject(int row, String column, String code, Object... args) {
    return new RejectedRow(row, column, code, ReportLabels.CATALOG.text(code, args));
  }
}
