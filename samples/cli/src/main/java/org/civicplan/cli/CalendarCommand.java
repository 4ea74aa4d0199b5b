// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.civicplan.calendar.DayCount;
import org.civicplan.calendar.Deadline;
import org.civicplan.calendar.Holiday;
import org.civicplan.calendar.PublicHolidays;
import org.civicplan.calendar.WorkingDays;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code civicplan calendar}: public holidays and deadlines in working days. */
@Command(
    name = "calendar",
    mixinStandardHelpOptions = true,
    description = "Public holidays and legal deadlines counted in working or calendar days.",
    subcommands = {CalendarCommand.Holidays.class, CalendarCommand.Add.class},
    footerHeading = "%nExample:%n",
    footer = "  civicplan calendar holidays --year 2026")
final class CalendarCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  /** Without a subcommand: the usage, and exit 2. */
  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    spec.commandLine().usage(err);
    err.println("civicplan: a subcommand is required: holidays or add.");
    return Civicplan.USAGE;
  }

  /** The countries with a holiday table in the library. */
  static final List<String> COUNTRIES = List.of("RO");

  static WorkingDays workingDays(CommandSpec spec, String country) {
    if (!COUNTRIES.contains(country.toUpperCase(Locale.ROOT))) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "no public holidays are known for country \"" + country + "\"; known: " + String.join(", ", COUNTRIES));
    }
    return WorkingDays.of(PublicHolidays.romania());
  }

  /** {@code civicplan calendar holidays}. */
  @Command(
      name = "holidays",
      mixinStandardHelpOptions = true,
      description = {
        "List the public holidays of a year, with the movable Orthodox feasts computed.",
        "Romania: Labour Code (Law 53/2003) art. 139(1), as completed by Law 52/2023."
      },
      footerHeading = "%nExample:%n",
      footer = "  civicplan calendar holidays --year 2026 --format json")
  static final class Holidays implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--year", required = true, description = "the year, 1583 to 4099")
    int year;

    @Option(names = "--country", defaultValue = "RO", description = "ISO 3166-1 country code (default: ${DEFAULT-VALUE}; known: RO)")
    String country;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Option(names = "--locale", defaultValue = "en", description = "language of the names in text, a BCP 47 tag (default: ${DEFAULT-VALUE})")
    String locale;

    @Override
    public Integer call() {
      if (year < 1583 || year > 4099) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--year must be between 1583 and 4099 but was " + year);
      }
      List<Holiday> holidays = workingDays(spec, country).holidays().in(year);
      PrintWriter out = spec.commandLine().getOut();
      if (format == OutputFormat.JSON) {
        ObjectNode root = Cli.JSON.createObjectNode();
        ArrayNode list = root.putArray("holidays");
        for (Holiday h : holidays) {
          ObjectNode n = list.addObject();
          n.put("date", h.date().toString());
          ObjectNode name = n.putObject("name");
          name.put("en", h.name().get(Locale.ENGLISH));
          name.put("ro", h.name().get(Locale.forLanguageTag("ro")));
        }
        out.println(Cli.JSON.writeValueAsString(root));
        return Civicplan.OK;
      }
      Locale loc = Cli.locale(locale);
      for (Holiday h : holidays) {
        out.println(h.date() + "  " + h.name().get(loc));
      }
      return Civicplan.OK;
    }
  }

  /** {@code civicplan calendar add}. */
  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = {
        "Print the date a term of N working (or calendar) days after DATE ends.",
        "Counting: DATE itself is not counted; the result is the N-th counted day after it. Working days"
            + " are Monday to Friday except public holidays. Law 52/2003 (art. 7(2), as quoted by secondary"
            + " sources) asks for 30 working days between the announcement of a draft and its submission."
      },
      footerHeading = "%nExample:%n",
      footer = "  civicplan calendar add --from 2026-03-20 --working-days 30 --explain")
  static final class Add implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--from", required = true, description = "the day of the event, YYYY-MM-DD")
    String from;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Term term;

    /** One of the two kinds of term. */
    static final class Term {
      @Option(names = "--working-days", description = "the term in working days")
      Integer working;

      @Option(names = "--calendar-days", description = "the term in calendar days")
      Integer calendar;
    }

    @Option(names = "--country", defaultValue = "RO", description = "ISO 3166-1 country code (default: ${DEFAULT-VALUE}; known: RO)")
    String country;

    @Option(names = "--explain", description = "also print the term in words and every day not counted")
    boolean explain;

    @Option(names = "--locale", defaultValue = "en", description = "language of the explanation, a BCP 47 tag (default: ${DEFAULT-VALUE})")
    String locale;

    @Override
    public Integer call() {
      LocalDate start;
      try {
        start = LocalDate.parse(from);
      } catch (DateTimeParseException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--from must be a date YYYY-MM-DD but was \"" + from + "\"");
      }
      int days = term.working != null ? term.working : term.calendar;
      if (days < 0 || days > 100_000) {
        throw new CommandLine.ParameterException(spec.commandLine(), "the term must be 0 to 100000 days but was " + days);
      }
      DayCount count = term.working != null ? DayCount.WORKING : DayCount.CALENDAR;
      Deadline d = workingDays(spec, country).add(start, days, count);
      PrintWriter out = spec.commandLine().getOut();
      out.println(d.due());
      if (explain) {
        Locale loc = Cli.locale(locale);
        out.println(d.explanation().get(loc));
        for (Deadline.Skipped s : d.skipped()) {
          out.println("  " + s.date() + "  " + s.why().get(loc));
        }
      }
      return Civicplan.OK;
    }
  }
}
