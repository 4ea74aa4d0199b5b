// SPDX-License-Identifier: Apache-2.0
package org.civicplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code civicplan calendar holidays} and {@code civicplan calendar add}. */
class CalendarCommandTest {

  @Test
  void holidaysAsJsonHaveTheDocumentedShape() {
    CliRun run = CliRun.of("calendar", "holidays", "--year", "2027", "--format", "json");

    assertEquals(0, run.exitCode(), run.toString());
    JsonNode list = Cli.JSON.readTree(run.out()).get("holidays");
    assertEquals(17, list.size());
    // Orthodox Easter 2027 is 2 May: Good Friday 30 April, Easter Monday 3 May, Pentecost 20 and 21 June
    JsonNode goodFriday = list.get(5);
    assertEquals("2027-04-30", goodFriday.get("date").asString());
    assertEquals("Orthodox Good Friday", goodFriday.get("name").get("en").asString());
    assertEquals("Vinerea Mare", goodFriday.get("name").get("ro").asString());
    assertEquals("2027-06-21", list.get(11).get("date").asString());
  }

  @Test
  void holidaysAsTextInRomanian() {
    CliRun run = CliRun.of("calendar", "holidays", "--year", "2026", "--locale", "ro");

    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(run.out().startsWith("2026-01-01  Anul Nou\n2026-01-02  A doua zi de Anul Nou\n"), run.out());
    assertTrue(run.out().contains("2026-12-01  Ziua Națională a României\n"), run.out());
  }

  @Test
  void addCountsWorkingDaysAndExplainsWhatItSkipped() {
    CliRun run = CliRun.of("calendar", "add", "--from", "2026-03-20", "--working-days", "30", "--explain");

    assertEquals(0, run.exitCode(), run.toString());
    String[] lines = run.out().split("\n");
    assertEquals("2026-05-06", lines[0]);
    assertTrue(lines[1].startsWith("30 working days after 20 March 2026, not counting weekends and 10 April 2026"), lines[1]);
    assertTrue(run.out().contains("  2026-04-13  Orthodox Easter Monday\n"), run.out());
    assertTrue(run.out().contains("  2026-03-21  Saturday\n"), run.out());
  }

  @Test
  void addInCalendarDays() {
    CliRun run = CliRun.of("calendar", "add", "--from", "2026-03-20", "--calendar-days", "30");

    assertEquals(0, run.exitCode(), run.toString());
    assertEquals("2026-04-19\n", run.out());
  }

  @Test
  void wrongUsageExitsTwoWithOneSentence() {
    CliRun both = CliRun.of("calendar", "add", "--from", "2026-03-20", "--working-days", "3", "--calendar-days", "3");
    assertEquals(2, both.exitCode(), both.toString());
    assertTrue(both.err().startsWith("civicplan: "), both.err());

    CliRun date = CliRun.of("calendar", "add", "--from", "20.03.2026", "--working-days", "3");
    assertEquals(2, date.exitCode(), date.toString());
    assertTrue(date.err().startsWith("civicplan: --from must be a date YYYY-MM-DD but was \"20.03.2026\""), date.err());

    CliRun country = CliRun.of("calendar", "holidays", "--year", "2026", "--country", "HU");
    assertEquals(2, country.exitCode(), country.toString());
    assertTrue(country.err().startsWith("civicplan: no public holidays are known for country \"HU\"; known: RO"), country.err());

    CliRun year = CliRun.of("calendar", "holidays", "--year", "99");
    assertEquals(2, year.exitCode(), year.toString());

    CliRun none = CliRun.of("calendar");
    assertEquals(2, none.exitCode(), none.toString());
    assertTrue(none.err().contains("civicplan: a subcommand is required: holidays or add."), none.err());
  }
}
