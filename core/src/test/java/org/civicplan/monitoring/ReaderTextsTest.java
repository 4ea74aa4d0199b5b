// SPDX-License-Identifier: Apache-2.0
package org.civicplan.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.civicplan.base.PlanDate;
import org.junit.jupiter.api.Test;

/** The notation of an explanation written for a reader. */
class ReaderTextsTest {

  @Test
  void share_oneDecimalInTheLanguagesNotation() {
    assertEquals("26,0 %", ReaderTexts.ROMANIAN.share(0.260417));
    assertEquals("26.0 %", ReaderTexts.ENGLISH.share(0.260417));
  }

  @Test
  void share_moreDecimalsWhenOneWouldEqualADifferentLimit() {
    // 0.94996 is 94.996 %: at one decimal 95.0 %, like the limit 95 % it is below
    assertEquals("94,996 %", ReaderTexts.ROMANIAN.share(0.94996, 0.95));
    assertEquals("95,0 %", ReaderTexts.ROMANIAN.share(0.95, 0.95));
    assertEquals("94,9 %", ReaderTexts.ROMANIAN.share(0.949, 0.95));
  }

  @Test
  void limit_keepsItsOwnDecimals() {
    assertEquals("15,0 %", ReaderTexts.ROMANIAN.limit(0.15));
    assertEquals("1,25 %", ReaderTexts.ROMANIAN.limit(0.0125));
    assertEquals("100.0 %", ReaderTexts.ENGLISH.limit(1));
  }

  @Test
  void numbersAndDatesForTheReader() {
    assertEquals("1.200.000", ReaderTexts.ROMANIAN.number(1_200_000));
    assertEquals("0,25", ReaderTexts.ROMANIAN.number(0.25));
    assertEquals("31 martie 2028", ReaderTexts.ROMANIAN.date(PlanDate.of(2028, 3, 31)));
    assertEquals("March 2028", ReaderTexts.ENGLISH.date(PlanDate.ofMonth(2028, 3)));
  }
}
