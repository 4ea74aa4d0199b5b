// SPDX-License-Identifier: Apache-2.0
package org.civicplan.io;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * Comma-separated values as RFC 4180 defines them: fields separated by commas, optionally
 * enclosed in double quotes (a quote inside a quoted field is doubled), records ended by LF, CRLF
 * or CR. Blank lines are skipped, and so is a line holding only one empty quoted field ({@code ""}),
 * which reads the same. Used for the catalogues shipped as data, for imports and for the CSV
 * reports.
 *
 * <p>Reading and writing are Jackson's CSV data format; this class adds what callers need on top:
 * the line each record starts on, and a malformed text reported as a value with its line and
 * column rather than thrown.
 *
 * <p>Every field {@link #format} writes goes through {@link #neutralise}: a spreadsheet opening the
 * file never reads a field as a formula (CSV injection, OWASP "CSV Injection"); a reader of a file
 * the library wrote gives the text back with {@link #restore}.
 */
public final class Csv {

  // The text is already in memory, so Jackson's limit on the length of one field protects nothing
  // here; lifting it leaves the two quoting mistakes of Malformed.Kind as the only ways to fail.
  // STRICT_CHECK_FOR_QUOTING quotes a field only when RFC 4180 requires it (comma, quote, CR, LF):
  // without it Jackson also quotes any field holding a space or other character below the comma.
  private static final CsvMapper MAPPER =
      CsvMapper.builder(
              CsvFactory.builder()
                  .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
                  .build())
          .enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING)
          .build();

  private static final CsvSchema CRLF = CsvSchema.emptySchema().withLineSeparator("\r\n");

  /** The characters a spreadsheet reads as the start of a formula (OWASP "CSV Injection"). */
  private static final String FORMULA_START = "=+-@\t\r";

  /** A plain number, which a spreadsheet reads as a number and never as a formula. */
  private static final java.util.regex.Pattern PLAIN_NUMBER =
      java.util.regex.Pattern.compile("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)([eE][+-]?\\d+)?");

  private Csv() {}

  /**
   * One record.
   *
   * @param line the line the record starts on, 1-based
   * @param fields its fields, in order
   */
  public record Row(int line, List<String> fields) {

    /**
     * Creates an instance from its components.
     *
     * @param line the line the record starts on, 1-based
     * @param fields its fields, in order
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
   * Where and how a text stops being CSV. Nothing after that point is read.
   *
   * @param line the line of the opening quote of the field at fault, 1-based
   * @param column the column of that quote, 1-based
   * @param kind what is wrong with the field
   */
  public record Malformed(int line, int column, Kind kind) {

    /** The ways a text can fail to be CSV. */
    public enum Kind {
      /** A quoted field is never closed: the rest of the text lies inside it. */
      UNTERMINATED_QUOTE,
      /** Text follows the closing quote of a field before the next comma or line end. */
      TEXT_AFTER_QUOTE,
      /**
       * A field is longer than the limit given to {@link #stream}, which alone reports it; the line
       * and column are where the reading stopped, inside that field.
       */
      FIELD_TOO_LONG
    }

    /**
     * Creates an instance from its components.
     *
     * @param line the line of the opening quote of the field at fault, 1-based
     * @param column the column of that quote, 1-based
     * @param kind what is wrong with the field
     * @throws IllegalArgumentException if {@code line} or {@code column} is not positive
     * @throws NullPointerException if {@code kind} is null
     */
    public Malformed {
      if (line < 1 || column < 1) {
        throw new IllegalArgumentException("line and column must be positive but were " + line + ":" + column);
      }
      Objects.requireNonNull(kind, "kind");
    }
  }

  /**
   * What {@link #parse(CharSequence)} read.
   *
   * @param rows the complete records before any malformed one, in file order
   * @param malformed where the text stops being CSV, if it does (that record is not in {@code
   *     rows})
   */
  public record Parsed(List<Row> rows, Optional<Malformed> malformed) {

    /**
     * Creates an instance from its components.
     *
     * @param rows the complete records before any malformed one, in file order
     * @param malformed where the text stops being CSV, if it does (that record is not in {@code
     *     rows})
     * @throws NullPointerException if an argument is null
     */
    public Parsed {
      rows = List.copyOf(rows);
      Objects.requireNonNull(malformed, "malformed");
    }

    /**
     * {@return the line of a quoted field that the text never closes, if that is how it is
     * malformed}
     */
    public OptionalInt unterminatedQuoteLine() {
      return malformed.filter(m -> m.kind() == Malformed.Kind.UNTERMINATED_QUOTE)
          .map(m -> OptionalInt.of(m.line()))
          .orElse(OptionalInt.empty());
    }
  }

  /**
   * Splits {@code text} into records; never throws on any text.
   *
   * @param text the CSV text
   * @return the complete records, and where the text stops being CSV if it does
   * @throws NullPointerException if {@code text} is null
   */
  public static Parsed parse(CharSequence text) {
    return parse(text, ',');
  }

  /**
   * Splits {@code text} into records whose fields are separated by {@code separator}; never throws
   * on any text.
   *
   * @param text the CSV text
   * @param separator the field separator: {@code ','}, {@code ';'} or a tab
   * @return the complete records, and where the text stops being CSV if it does
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the separator is not one of the three
   */
  public static Parsed parse(CharSequence text, char separator) {
    Objects.requireNonNull(text, "text");
    requireSeparator(separator);
    String s = text.toString();
    List<Row> rows = new ArrayList<>();
    // Without a schema Jackson reads each record as an array of strings.
    try (JsonParser p = MAPPER.reader(CsvSchema.emptySchema().withColumnSeparator(separator)).createParser(new StringReader(s))) {
      Optional<Malformed> malformed = records(p, (at, e) -> malformed(s, at, e), rows::add);
      return new Parsed(rows, malformed);
    }
  }

  /**
   * Reads records one at a time from {@code in}, handing each to {@code each} as soon as it is
   * complete, in memory that does not grow with the text: only the current record is held (and a
   * window of the last characters read, to classify a quoting mistake). Blank lines are skipped as
   * by {@link #parse(CharSequence, char)}, which gives the same records and the same malformation
   * for the same text.
   *
   * @param in the CSV text; read to its end unless {@code each} stops, or the text is malformed;
   *     not closed
   * @param separator the field separator: {@code ','}, {@code ';'} or a tab
   * @param maxFieldLength the most characters a field may have; a longer one ends the reading with
   *     {@link Malformed.Kind#FIELD_TOO_LONG}
   * @param each receives each record; returning false stops the reading
   * @return where the text stops being CSV, if it does before {@code each} stops
   * @throws java.io.UncheckedIOException if reading {@code in} fails
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the separator is not one of the three or the limit is below 1
   */
  public static Optional<Malformed> stream(java.io.Reader in, char separator, int maxFieldLength, java.util.function.Predicate<Row> each) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(each, "each");
    requireSeparator(separator);
    if (maxFieldLength < 1) {
      throw new IllegalArgumentException("maxFieldLength must be at least 1 but was " + maxFieldLength);
    }
    CsvMapper mapper = CsvMapper.builder(
            CsvFactory.builder().streamReadConstraints(StreamReadConstraints.builder().maxStringLength(maxFieldLength).build()).build())
        .build();
    // the window holds any field within the limit plus the parser's read-ahead
    Window window = new Window(in, (int) Math.min(Integer.MAX_VALUE - 8, (long) maxFieldLength + 65_536));
    try (JsonParser p = mapper.reader(CsvSchema.emptySchema().withColumnSeparator(separator)).createParser(window)) {
      return records(p, window::malformed, each);
    }
  }

  private static void requireSeparator(char separator) {
    if (separator != ',' && separator != ';' && separator != '\t') {
      throw new IllegalArgumentException("CSV separator must be ',', ';' or a tab but was '" + separator + "'");
    }
  }

  /**
   * Hands the records of a schema-less CSV parser (each record an array of strings) to {@code
   * each}, skipping blank lines; {@return where the text stops being CSV, if it does before {@code
   * each} stops}
   *
   * @param malformed classifies a parser error at its location
   */
  private static Optional<Malformed> records(JsonParser p,
      java.util.function.BiFunction<TokenStreamLocation, JacksonException, Malformed> malformed,
      java.util.function.Predicate<Row> each) {
    List<String> fields = new ArrayList<>();
    int line = 1;
    while (true) {
      JsonToken token;
      try {
        token = p.nextToken();
      } catch (tools.jackson.core.exc.StreamConstraintsException e) {
        TokenStreamLocation at = p.currentLocation();
        return Optional.of(new Malformed(Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()), Malformed.Kind.FIELD_TOO_LONG));
      } catch (JacksonException e) {
        if (e.getCause() instanceof java.io.IOException io) {
          throw new java.io.UncheckedIOException(io);
        }
        return Optional.of(malformed.apply(p.currentTokenLocation(), e));
      }
      if (token == null) {
        return Optional.empty();
      }
      switch (token) {
        case START_ARRAY -> fields = new ArrayList<>();
        case VALUE_STRING -> {
          // The location of START_ARRAY is not maintained; the first field's is the record's.
          if (fields.isEmpty()) {
            line = p.currentTokenLocation().getLineNr();
          }
          fields.add(p.getString());
        }
        case END_ARRAY -> {
          // An empty line is read as a record of one empty field.
          if (!(fields.size() == 1 && fields.get(0).isEmpty()) && !each.test(new Row(line, fields))) {
            return Optional.empty();
          }
        }
        default -> throw new IllegalStateException("unexpected CSV token " + token);
      }
    }
  }

  /**
   * A reader that keeps the last characters it passed on, to classify a quoting mistake. It leaves
   * its source open (the parser closes what it reads from): the caller's reader is the caller's.
   */
  private static final class Window extends java.io.Reader {
    private final java.io.Reader in;
    private final char[] ring;
    private long total;
    private boolean end;

    Window(java.io.Reader in, int capacity) {
      this.in = in;
      this.ring = new char[Math.max(1024, capacity)];
    }

    @Override
    public int read(char[] buf, int off, int len) throws java.io.IOException {
      if (end) {
        return -1;
      }
      int n = in.read(buf, off, len);
      end = n < 0;
      for (int i = 0; i < n; i++) {
        ring[(int) ((total + i) % ring.length)] = buf[off + i];
      }
      if (n > 0) {
        total += n;
      }
      return n;
    }

    @Override
    public void close() {
      // the source stays open: see the class comment
    }

    /** The character at {@code offset}: from the window, or read on from the source; -1 at the end. */
    private int at(long offset) {
      try {
        while (offset >= total) {
          char[] more = new char[4096];
          if (read(more, 0, more.length) < 0) {
            return -1;
          }
        }
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      return offset < total - ring.length ? -1 : ring[(int) (offset % ring.length)];
    }

    /** As {@link Csv#malformed}, reading the text from the opening quote on. */
    Malformed malformed(TokenStreamLocation field, JacksonException e) {
      long start = field.getCharOffset();
      if (start < 0 || at(start) != '"') {
        throw new IllegalStateException("CSV refused outside a quoted field at " + field, e);
      }
      long i = start + 1;
      while (true) {
        int c = at(i);
        if (c < 0) {
          return new Malformed(field.getLineNr(), field.getColumnNr(), Malformed.Kind.UNTERMINATED_QUOTE);
        }
        if (c == '"') {
          if (at(i + 1) == '"') {
            i += 2;
            continue;
          }
          return new Malformed(field.getLineNr(), field.getColumnNr(), Malformed.Kind.TEXT_AFTER_QUOTE);
        }
        i++;
      }
    }
  }

  /**
   * The separator a CSV text uses, read from its first line that is not blank: whichever of
   * {@code ','}, {@code ';'} and a tab occurs most often there outside double quotes; a comma when
   * none does or on a tie with it. Spreadsheets in locales whose decimal mark is a comma (Romanian
   * among them) write {@code ';'}.
   *
   * @param text the CSV text
   * @return {@code ','}, {@code ';'} or {@code '\t'}
   * @throws NullPointerException if {@code text} is null
   */
  public static char separator(CharSequence text) {
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    boolean quoted = false;
    boolean content = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        if (content) {
          break;
        }
      } else if (!quoted) {
        switch (c) {
          case ',' -> commas++;
          case ';' -> semicolons++;
          case '\t' -> tabs++;
          default -> { }
        }
      }
      if (!Character.isWhitespace(c) && c != '\uFEFF') {
        content = true;
      }
    }
    if (semicolons > commas && semicolons >= tabs) {
      return ';';
    }
    return tabs > commas && tabs > semicolons ? '\t' : ',';
  }

  /** Classifies a refusal from the text itself rather than from the wording of Jackson's message. */
  private static Malformed malformed(String text, TokenStreamLocation field, JacksonException e) {
    int start = (int) field.getCharOffset();
    if (start < 0 || start >= text.length() || text.charAt(start) != '"') {
      throw new IllegalStateException("CSV refused outside a quoted field at " + field, e);
    }
    int i = start + 1;
    while (true) {
      int quote = text.indexOf('"', i);
      if (quote < 0) {
        return new Malformed(field.getLineNr(), field.getColumnNr(), Malformed.Kind.UNTERMINATED_QUOTE);
      }
      if (quote + 1 < text.length() && text.charAt(quote + 1) == '"') {
        i = quote + 2;
      } else {
        return new Malformed(field.getLineNr(), field.getColumnNr(), Malformed.Kind.TEXT_AFTER_QUOTE);
      }
    }
  }

  /**
   * Writes records as RFC 4180 text: fields separated by commas, each record ended by CRLF, a field
   * enclosed in double quotes only when it holds a comma, a quote or a line break. Every field is
   * first {@linkplain #neutralise neutralised}, so no spreadsheet reads one as a formula.
   *
   * @param records the records, each a list of fields
   * @return the text, empty when there are no records
   * @throws NullPointerException if {@code records} or any record or field is null
   */
  public static String format(List<? extends List<String>> records) {
    List<List<String>> safe = new ArrayList<>(records.size());
    for (List<String> record : records) {
      List<String> fields = new ArrayList<>(record.size());
      for (String field : record) {
        fields.add(neutralise(Objects.requireNonNull(field, "field")));
      }
      safe.add(fields);
    }
    return MAPPER.writer(CRLF).writeValueAsString(safe);
  }

  /**
   * Keeps a spreadsheet from reading {@code text} as a formula (CSV injection): a text that starts
   * with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return, and is not a plain
   * number such as {@code -12.5}, gets an apostrophe in front, the mark spreadsheets themselves use
   * for "text, not a formula". So that {@link #restore} can undo it for every text, a text made of
   * apostrophes followed by one of those characters gets one more apostrophe. Every other text is
   * returned as it is. Follows the OWASP recommendation "CSV Injection" (owasp.org/www-community/attacks/CSV_Injection).
   *
   * @param text a field or cell text
   * @return the text, safe to write into a CSV field or spreadsheet cell
   * @throws NullPointerException if {@code text} is null
   */
  public static String neutralise(String text) {
    return needsApostrophe(Objects.requireNonNull(text, "text")) ? "'" + text : text;
  }

  /**
   * Undoes {@link #neutralise}: {@code restore(neutralise(t))} is {@code t} for every text. A text
   * made of one or more apostrophes followed by {@code =}, {@code +}, {@code -}, {@code @}, a tab or
   * a carriage return loses its first apostrophe; every other text is returned as it is.
   *
   * @param text a field or cell text as read
   * @return the text before it was neutralised
   * @throws NullPointerException if {@code text} is null
   */
  public static String restore(String text) {
    Objects.requireNonNull(text, "text");
    return text.startsWith("'") && needsApostrophe(text.substring(1)) ? text.substring(1) : text;
  }

  private static boolean needsApostrophe(String text) {
    int i = 0;
    while (i < text.length() && text.charAt(i) == '\'') {
      i++;
    }
    if (i == text.length() || FORMULA_START.indexOf(text.charAt(i)) < 0) {
      return false;
    }
    return i > 0 || !PLAIN_NUMBER.matcher(text).matches();
  }

  /**
   * Reads a table shipped as data: a header row, then rows of the same width, each returned as a
   * map from column name to field in header order. For data the library itself ships, so a
   * malformed table is a programming error.
   *
   * @param text the CSV text
   * @param source the table's name, for messages
   * @param expectedHeader the columns the table must start with, in order
   * @return the rows after the header, each a map from column name to field in header order
   * @throws IllegalStateException naming the source and line when the table is empty, its header
   *     differs, a row's width differs from the header's or a quoted field is malformed
   */
  public static List<Map<String, String>> table(CharSequence text, String source, List<String> expectedHeader) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(expectedHeader, "expectedHeader");
    Parsed parsed = parse(text);
    if (parsed.malformed().isPresent()) {
      Malformed m = parsed.malformed().get();
      throw new IllegalStateException(source + " line " + m.line() + ", column " + m.column() + ": "
          + (m.kind() == Malformed.Kind.UNTERMINATED_QUOTE
              ? "quoted field is never closed"
              : "quoted field is followed by text before the next comma or line end"));
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
