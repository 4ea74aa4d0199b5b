// SPDX-License-Identifier: Apache-2.0
package org.civicplan.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicplan.base.Finding;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.MessageCatalog;
import org.civicplan.base.Severity;
import org.civicplan.io.Csv;

/**
 * A country's public holidays as data: one rule a row, each a fixed date or a day counted from
 * Easter, with names in English and Romanian, the years it applies and its legal source.
 *
 * <p>The table is CSV with the header {@code rule,name_en,name_ro,from,until,source}: {@code rule}
 * is a month and day ({@code 12-25}), or {@code orthodox-easter} or {@code easter} (Western),
 * optionally with {@code +N} or {@code -N} days ({@code orthodox-easter-2} is Orthodox Good
 * Friday); {@code from} and {@code until} are the first and last year the holiday is kept (empty
 * for no limit). A host supplies another country's table with {@link #parse}; bad rows are
 * findings naming the line and column, never exceptions.
 *
 * <p>{@link #romania()} is Romania's list in Law 53/2003 (the Labour Code) art. 139(1) as completed
 * by Law 52/2023 (MO 186/6 Mar 2023), which added 6 and 7 January (../shared/reference/DOMAIN.md §5,
 * confirmed there by three secondary sources). The table holds that list as in force from 2024;
 * for earlier years only the 6 and 7 January rows are limited, and earlier changes to the list are
 * not modelled. The extra days off the Government grants public-sector staff each year are not
 * public holidays: a city that counts them adds them to its {@link WorkingDays}.
 */
public final class PublicHolidays {

  /** The header a holiday table starts with. */
  public static final List<String> HEADER = List.of("rule", "name_en", "name_ro", "from", "until", "source");

  private static final MessageCatalog MESSAGES =
      MessageCatalog.load(PublicHolidays.class::getResourceAsStream, "/org/civicplan/calendar/messages");
  private static final Pattern RULE = Pattern.compile("(\\d\\d)-(\\d\\d)|(orthodox-easter|easter)(?:([+-])(\\d{1,3}))?");
  private static final PublicHolidays ROMANIA = readShipped("RO", "/org/civicplan/calendar/ro.csv");

  private final String country;
  private final List<Rule> rules;

  private PublicHolidays(String country, List<Rule> rules) {
    this.country = country;
    this.rules = List.copyOf(rules);
  }

  /** A holiday rule of the table. */
  private record Rule(Optional<MonthDay> fixed, String easter, int offset, LocalizedText name, OptionalInt from,
      OptionalInt until, String source) {

    Optional<LocalDate> in(int year) {
      if ((from.isPresent() && year < from.getAsInt()) || (until.isPresent() && year > until.getAsInt())) {
        return Optional.empty();
      }
      if (fixed.isPresent()) {
        MonthDay md = fixed.get();
        return md.isValidYear(year) ? Optional.of(md.atYear(year)) : Optional.empty();
      }
      LocalDate sunday = easter.equals("orthodox-easter") ? Easter.orthodox(year) : Easter.western(year);
      return Optional.of(sunday.plusDays(offset));
    }
  }

  /** {@return Romania's public holidays (Law 53/2003 art. 139(1), as completed by Law 52/2023)} */
  public static PublicHolidays romania() {
    return ROMANIA;
  }

  /** {@return a calendar without public holidays, for a host that supplies every day off itself} */
  public static PublicHolidays none() {
    return new PublicHolidays("", List.of());
  }

  /**
   * The outcome of reading a holiday table: the holidays, or the findings that kept them from
   * being read (all or nothing).
   */
  public static final class Read {
    private final Optional<PublicHolidays> holidays;
    private final List<Finding> findings;

    private Read(Optional<PublicHolidays> holidays, List<Finding> findings) {
      this.holidays = holidays;
      this.findings = List.copyOf(findings);
    }

    /** {@return the holidays, when the table had no error} */
    public Optional<PublicHolidays> holidays() {
      return holidays;
    }

    /** {@return the problems found, each naming its line (and column where it has one)} */
    public List<Finding> findings() {
      return findings;
    }

    /** {@return whether the table was read} */
    public boolean isSuccess() {
      return holidays.isPresent();
    }
  }

  /**
   * Reads a holiday table (format in the class comment). Every row is checked; if any is wrong,
   * nothing is read and every problem is a finding with code {@code calendar.*} and path {@code
   * /<line>} (the line in the file), its message naming the line, the column where it has one, and
   * what is allowed.
   *
   * @param country the country the table is for, e.g. {@code HU}
   * @param text the CSV text
   * @param source the file's name, for messages
   * @return the holidays or the findings
   * @throws NullPointerException if an argument is null
   */
  public static Read parse(String country, CharSequence text, String source) {
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    List<Finding> findings = new ArrayList<>();
    Csv.Parsed parsed = Csv.parse(text);
    if (parsed.malformed().isPresent()) {
      Csv.Malformed m = parsed.malformed().get();
      LocalizedText what = m.kind() == Csv.Malformed.Kind.UNTERMINATED_QUOTE
          ? LocalizedText.of("a quoted field is never closed", "un câmp între ghilimele nu este închis")
          : LocalizedText.of("text follows a closing quote", "după ghilimelele de închidere urmează text");
      findings.add(error("calendar.malformed", m.line(), m.line(), m.column(), what));
      return new Read(Optional.empty(), findings);
    }
    if (parsed.rows().isEmpty()) {
      findings.add(MESSAGES.finding(Severity.ERROR, "calendar.empty", "", source, String.join(",", HEADER)));
      return new Read(Optional.empty(), findings);
    }
    Csv.Row header = parsed.rows().get(0);
    if (!header.fields().equals(HEADER)) {
      findings.add(error("calendar.header", header.line(), String.join(",", HEADER), String.join(",", header.fields())));
      return new Read(Optional.empty(), findings);
    }
    List<Rule> rules = new ArrayList<>();
    for (Csv.Row row : parsed.rows().subList(1, parsed.rows().size())) {
      rule(row, findings).ifPresent(rules::add);
    }
    return findings.isEmpty() ? new Read(Optional.of(new PublicHolidays(country, rules)), findings) : new Read(Optional.empty(), findings);
  }

  private static Optional<Rule> rule(Csv.Row row, List<Finding> findings) {
    int line = row.line();
    List<String> f = row.fields();
    if (f.size() != HEADER.size()) {
      findings.add(error("calendar.width", line, line, f.size(), HEADER.size()));
      return Optional.empty();
    }
    int before = findings.size();
    Matcher m = RULE.matcher(f.get(0).strip());
    Optional<MonthDay> fixed = Optional.empty();
    String easter = "";
    int offset = 0;
    if (!m.matches()) {
      findings.add(error("calendar.rule", line, line, f.get(0)));
    } else if (m.group(1) != null) {
      try {
        fixed = Optional.of(MonthDay.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
      } catch (DateTimeException e) {
        findings.add(error("calendar.rule", line, line, f.get(0)));
      }
    } else {
      easter = m.group(3);
      offset = m.group(4) == null ? 0 : Integer.parseInt(m.group(5)) * (m.group(4).equals("-") ? -1 : 1);
    }
    if (f.get(1).isBlank()) {
      findings.add(error("calendar.name", line, line, LocalizedText.of("English", "engleză")));
    }
    if (f.get(2).isBlank()) {
      findings.add(error("calendar.name", line, line, LocalizedText.of("Romanian", "română")));
    }
    OptionalInt from = year(f.get(3), line, LocalizedText.of("first", "de început"), findings);
    OptionalInt until = year(f.get(4), line, LocalizedText.of("last", "de sfârșit"), findings);
    if (from.isPresent() && until.isPresent() && until.getAsInt() < from.getAsInt()) {
      findings.add(error("calendar.years", line, line, Integer.toString(from.getAsInt()), Integer.toString(until.getAsInt())));
    }
    if (findings.size() > before) {
      return Optional.empty();
    }
    return Optional.of(new Rule(fixed, easter, offset, LocalizedText.of(f.get(1).strip(), f.get(2).strip()), from, until,
        f.get(5).strip()));
  }

  private static OptionalInt year(String text, int line, LocalizedText which, List<Finding> findings) {
    String t = text.strip();
    if (t.isEmpty()) {
      return OptionalInt.empty();
    }
    if (t.matches("\\d{4}") && Integer.parseInt(t) >= 1583 && Integer.parseInt(t) <= 4099) {
      return OptionalInt.of(Integer.parseInt(t));
    }
    findings.add(error("calendar.year", line, line, which, t));
    return OptionalInt.empty();
  }

  private static Finding error(String code, int line, Object... args) {
    return MESSAGES.finding(Severity.ERROR, code, "/" + line, args);
  }

  private static PublicHolidays readShipped(String country, String resource) {
    try (InputStream in = PublicHolidays.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the holiday table " + resource + " is missing from the library");
      }
      Read read = parse(country, new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
      if (!read.isSuccess()) {
        throw new IllegalStateException("the holiday table " + resource + " shipped with the library is wrong: " + read.findings());
      }
      return read.holidays().orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return the country the table is for (ISO 3166-1 alpha-2), empty for {@link #none()}} */
  public String country() {
    return country;
  }

  /**
   * {@return the holidays of {@code year}, by date (two rules falling on one day give two
   * entries)}
   *
   * @param year the year, 1583 to 4099
   * @throws IllegalArgumentException if the year is outside that range
   */
  public List<Holiday> in(int year) {
    if (year < 1583 || year > 4099) {
      throw new IllegalArgumentException("holidays are computed for the years 1583 to 4099 but the year was " + year);
    }
    List<Holiday> out = new ArrayList<>();
    for (Rule r : rules) {
      r.in(year).ifPresent(d -> out.add(new Holiday(d, r.name(), r.source())));
    }
    out.sort(Comparator.comparing(Holiday::date));
    return List.copyOf(out);
  }

  @Override
  public String toString() {
    return "PublicHolidays[" + (country.isEmpty() ? "none" : country) + ", " + rules.size() + " rules]";
  }
}
