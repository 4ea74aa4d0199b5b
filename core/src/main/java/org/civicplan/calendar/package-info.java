// SPDX-License-Identifier: Apache-2.0
/**
 * Working days and legal deadlines: public holidays as data with their legal source, the movable
 * feasts computed ({@link org.civicplan.calendar.Easter}), a {@link
 * org.civicplan.calendar.WorkingDays} calendar a host may extend with its own days off, and
 * deadlines ({@link org.civicplan.calendar.Deadline}) that say whether they count working or
 * calendar days and which dates they skipped.
 *
 * <pre>{@code
 * WorkingDays days = WorkingDays.of(PublicHolidays.romania());
 * Deadline earliest = days.add(LocalDate.of(2026, 3, 20), 30, DayCount.WORKING);
 * earliest.due();       // 2026-05-05: Good Friday, Easter Monday and 1 May are not counted
 * earliest.skipped();   // every date not counted, with the holiday's name
 * }</pre>
 *
 * <p>Counting convention: the day of the event is not counted; the deadline is the n-th counted
 * day after it. With {@link org.civicplan.calendar.DayCount#CALENDAR} every day counts, so the
 * deadline is {@code from.plusDays(n)}; with {@link org.civicplan.calendar.DayCount#WORKING}
 * Saturdays, Sundays, public holidays and the host's own days off are skipped.
 */
package org.civicplan.calendar;
