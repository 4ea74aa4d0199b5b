// SPDX-License-Identifier: Apache-2.0
package org.civicplan.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.civicplan.base.Finding;
import org.civicplan.base.LocalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Easter, Romania's public holidays, working days and deadlines, checked against published dates and by hand. */
class CalendarTest {

  private static final Locale RO = Locale.forLanguageTag("ro");

  /**
   * Western and Orthodox Easter Sundays 2010–2030 as published in the table "Year | Western Easter
   * | Orthodox Easter" (userz.net, "Greek Easter or Orthodox Easter"); the Orthodox dates 2024–2030
   * are also those of ../shared/reference/DOMAIN.md §5.
   */
  @ParameterizedTest
  @CsvSource({
    "2010, 2010-04-04, 2010-04-04", "2011, 2011-04-24, 2011-04-24", "2012, 2012-04-08, 2012-04-15",
    "2013, 2013-03-31, 2013-05-05", "2014, 2014-04-20, 2014-04-20", "2015, 2015-04-05, 2015-04-12",
    "2016, 2016-03-27, 2016-05-01", "2017, 2017-04-16, 2017-04-16", "2018, 2018-04-01, 2018-04-08",
    "2019, 2019-04-21, 2019-04-28", "2020, 2020-04-12, 2020-04-19", "2021, 2021-04-04, 2021-05-02",
    "2022, 2022-04-17, 2022-04-24", "2023, 2023-04-09, 2023-04-16", "2024, 2024-03-31, 2024-05-05",
    "2025, 2025-04-20, 2025-04-20", "2026, 2026-04-05, 2026-04-12", "2027, 2027-03-28, 2027-05-02",
    "2028, 2028-04-16, 2028-04-16", "2029, 2029-04-01, 2029-04-08", "2030, 2030-04-21, 2030-04-28"
  })
  void easterMatchesPublishedDates(int year, LocalDate western, LocalDate orthodox) {
    assertEquals(western, Easter.western(year));
    assertEquals(orthodox, Easter.orthodox(year));
  }

  @Test
  void easterIsAlwaysASundayInItsRange() {
    for (int y = 1583; y <= 4099; y++) {
      LocalDate o = Easter.orthodox(y);
      LocalDate w = Easter.western(y);
      assertEquals(java.time.DayOfWeek.SUNDAY, o.getDayOfWeek(), "orthodox " + y);
      assertEquals(java.time.DayOfWeek.SUNDAY, w.getDayOfWeek(), "western " + y);
      assertFalse(o.isBefore(w), "Orthodox Easter never precedes the Western one: " + y);
      assertTrue(!w.isBefore(LocalDate.of(y, 3, 22)) && !w.isAfter(LocalDate.of(y, 4, 25)), "western range " + y);
    }
    assertThrows(IllegalArgumentException.class, () -> Easter.orthodox(1582));
  }

  @Test
  void romania2026HasSeventeenHolidaysWithTheMovableFeasts() {
    List<Holiday> h = PublicHolidays.romania().in(2026);
    assertEquals(17, h.size());
    assertEquals(List.of(
        "2026-01-01", "2026-01-02", "2026-01-06", "2026-01-07", "2026-01-24", "2026-04-10", "2026-04-12", "2026-04-13",
        "2026-05-01", "2026-05-31", "2026-06-01", "2026-06-01", "2026-08-15", "2026-11-30", "2026-12-01", "2026-12-25",
        "2026-12-26"), h.stream().map(x -> x.date().toString()).toList());
    Holiday goodFriday = h.get(5);
    assertEquals("Vinerea Mare", goodFriday.name().get(RO));
    assertTrue(goodFriday.source().startsWith("Law 53/2003"));
  }

  @Test
  void epiphanyAndSaintJohnAreKeptFrom2024() {
    assertEquals(15, PublicHolidays.romania().in(2023).size());
    assertTrue(PublicHolidays.romania().in(2023).stream().noneMatch(x -> x.date().equals(LocalDate.of(2023, 1, 6))));
    assertTrue(PublicHolidays.romania().in(2024).stream().anyMatch(x -> x.date().equals(LocalDate.of(2024, 1, 6))));
  }

  @Test
  void workingDaysSkipWeekendsHolidaysAndTheHostsDaysOff() {
    WorkingDays ro = WorkingDays.romania();
    assertFalse(ro.isWorkingDay(LocalDate.of(2026, 4, 10)));   // Good Friday
    assertFalse(ro.isWorkingDay(LocalDate.of(2026, 4, 11)));   // Saturday
    assertTrue(ro.isWorkingDay(LocalDate.of(2026, 4, 14)));    // Tuesday after Easter Monday
    WorkingDays local = ro.withDaysOff(List.of(new Holiday(LocalDate.of(2026, 4, 14),
        LocalizedText.of("City day", "Ziua orașului"), "HCL 1/2026")));
    assertFalse(local.isWorkingDay(LocalDate.of(2026, 4, 14)));
    assertEquals("Ziua orașului", local.dayOff(LocalDate.of(2026, 4, 14)).orElseThrow().name().get(RO));
    assertTrue(ro.isWorkingDay(LocalDate.of(2026, 4, 14)), "the original calendar is unchanged");
  }

  /**
   * Thirty working days after an announcement, counted by hand on a printed calendar: the day of
   * the announcement is not counted, weekends and Romanian public holidays are skipped.
   */
  @ParameterizedTest
  @CsvSource({
    // 2026: Mon 2 Mar → March has 21 working days after the 2nd (3–31), April 1–9 gives 7 more
    // (28), Good Friday 10 and Easter Monday 13 skipped, 14 → 29, 15 → 30
    "2026-03-02, 2026-04-15, 2026-04-01",
    // 2026: Fri 20 Mar → 23–31 March 7, 1–9 April 7 (14), 14–30 April 13 (27), 1 May skipped, 4, 5, 6 May → 30
    "2026-03-20, 2026-05-06, 2026-04-19",
    // 2025: Mon 1 Dec (National Day, the event itself) → 2–24 Dec 17, 25–26 skipped, 29–31 Dec 3 (20),
    // 1, 2 Jan skipped, 5 Jan 21, 6, 7 Jan skipped, 8–9 (23), 12–16 (28), 19, 20 → 30
    "2025-12-01, 2026-01-20, 2025-12-31",
    // 2027: Wed 24 Mar → 25 Mar–29 Apr working days 25, 26, 29, 30, 31 (5), April 1–29 except
    // Good Friday 30 Apr: 21 (26); 30 Apr Good Friday, 1–3 May weekend/Easter, 3 May Easter Monday,
    // 4, 5, 6, 7 May → 30
    "2027-03-24, 2027-05-07, 2027-04-23",
    // 2024: Wed 13 Nov → 14–29 Nov 12, 30 Nov Sat (St Andrew), 2–24 Dec except 25, 26: 17 (29) → 27 Dec 30
    "2024-11-13, 2024-12-27, 2024-12-13",
    // 2028: Mon 20 Mar → 21–31 Mar 9, 3–13 Apr 9 (18), 14 Apr Good Friday, 17 Apr Easter Monday,
    // 18–28 Apr 9 (27), 1 May skipped, 2, 3, 4 May → 30
    "2028-03-20, 2028-05-04, 2028-04-19"
  })
  void thirtyWorkingDaysByHand(LocalDate announced, LocalDate working, LocalDate calendar) {
    assertEquals(working, WorkingDays.romania().add(announced, 30, DayCount.WORKING).due());
    assertEquals(calendar, WorkingDays.romania().add(announced, 30, DayCount.CALENDAR).due());
  }

  @Test
  void theDeadlineNamesTheHolidaysItSkipped() {
    Deadline d = WorkingDays.romania().add(LocalDate.of(2026, 3, 20), 30, DayCount.WORKING);
    assertEquals(List.of("2026-04-10", "2026-04-12", "2026-04-13", "2026-05-01"),
        d.skipped().stream().filter(s -> !s.why().equals(WorkingDays.SATURDAY) && !s.why().equals(WorkingDays.SUNDAY))
            .map(s -> s.date().toString()).toList());
    assertEquals("30 working days after 20 March 2026, not counting weekends and 10 April 2026 (Orthodox Good Friday), "
        + "13 April 2026 (Orthodox Easter Monday), 1 May 2026 (Labour Day)",
        d.explanation().get(Locale.ENGLISH));
    assertEquals("30 de zile lucrătoare după 20 martie 2026, fără sâmbetele și duminicile și 10 aprilie 2026 (Vinerea Mare), "
        + "13 aprilie 2026 (A doua zi de Paște), 1 mai 2026 (Ziua Muncii)",
        d.explanation().get(RO));
    assertEquals("10 calendar days after 20 March 2026",
        WorkingDays.romania().add(LocalDate.of(2026, 3, 20), 10, DayCount.CALENDAR).explanation().get(Locale.ENGLISH));
  }

  @Test
  void zeroDaysIsTheDayItself() {
    LocalDate sunday = LocalDate.of(2026, 4, 12);
    assertEquals(sunday, WorkingDays.romania().add(sunday, 0, DayCount.WORKING).due());
    assertThrows(IllegalArgumentException.class, () -> WorkingDays.romania().add(sunday, -1, DayCount.WORKING));
  }

  @ParameterizedTest
  @CsvSource({
    "1, 1 working day, 1 zi lucrătoare", "2, 2 working days, 2 zile lucrătoare", "19, 19 working days, 19 zile lucrătoare",
    "20, 20 working days, 20 de zile lucrătoare", "30, 30 working days, 30 de zile lucrătoare",
    "101, 101 working days, 101 zile lucrătoare", "100, 100 working days, 100 de zile lucrătoare"
  })
  void spansInBothLanguages(int n, String en, String ro) {
    assertEquals(en, DayCount.WORKING.span(n).get(Locale.ENGLISH));
    assertEquals(ro, DayCount.WORKING.span(n).get(RO));
    assertEquals("10 zile calendaristice", DayCount.CALENDAR.span(10).get(RO));
  }

  @Test
  void aHostSuppliesAnotherCountrysTable() {
    String hu = String.join("\n", String.join(",", PublicHolidays.HEADER),
        "03-15,National Day,Ziua națională a Ungariei,,,Labour Code of Hungary",
        "easter+1,Easter Monday,A doua zi de Paște,,,Labour Code of Hungary",
        "easter-2,Good Friday,Vinerea Mare,2017,,Labour Code of Hungary");
    PublicHolidays.Read read = PublicHolidays.parse("HU", hu, "hu.csv");
    assertTrue(read.isSuccess(), read.findings()::toString);
    assertEquals(List.of("2026-03-15", "2026-04-03", "2026-04-06"),
        read.holidays().orElseThrow().in(2026).stream().map(h -> h.date().toString()).toList());
    assertEquals(2, read.holidays().orElseThrow().in(2016).size());
  }

  @Test
  void aBadTableGivesEveryProblemWithItsLineAndReadsNothing() {
    String bad = String.join("\n", String.join(",", PublicHolidays.HEADER),
        "13-01,Nothing,Nimic,,,x",
        "easter+x,Nothing,Nimic,,,x",
        "05-01,,Ziua Muncii,,,x",
        "05-02,Day,Zi,20x4,,x",
        "05-03,Day,Zi,2030,2020,x",
        "05-04,Day,Zi");
    PublicHolidays.Read read = PublicHolidays.parse("XX", bad, "xx.csv");
    assertFalse(read.isSuccess());
    List<String> codes = read.findings().stream().map(f -> f.code() + " " + f.path()).toList();
    assertEquals(List.of("calendar.rule /2", "calendar.rule /3", "calendar.name /4", "calendar.year /5", "calendar.years /6",
        "calendar.width /7"), codes);
    Finding rule = read.findings().get(0);
    assertEquals("Line 2, column 1: \"13-01\" is not a holiday rule; allowed: a month and day (MM-DD, e.g. 12-25), easter or "
        + "orthodox-easter, optionally with +N or -N days (e.g. orthodox-easter-2).", rule.message(Locale.ENGLISH));
    assertEquals("Linia 4: sărbătoarea nu are nume în engleză.", read.findings().get(2).message(RO));
    PublicHolidays.Read header = PublicHolidays.parse("XX", "date,name\n01-01,x", "xx.csv");
    assertEquals("calendar.header", header.findings().get(0).code());
    PublicHolidays.Read quote = PublicHolidays.parse("XX", String.join(",", PublicHolidays.HEADER) + "\n\"01-01,x", "xx.csv");
    assertEquals("Line 2, column 1: a quoted field is never closed.", quote.findings().get(0).message(Locale.ENGLISH));
    assertEquals("calendar.empty", PublicHolidays.parse("XX", "", "xx.csv").findings().get(0).code());
  }
}
