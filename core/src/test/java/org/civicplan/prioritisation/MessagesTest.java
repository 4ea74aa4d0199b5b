// SPDX-License-Identifier: Apache-2.0
package org.civicplan.prioritisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How the prioritisation's findings show numbers, and which codes their catalogue has. */
class MessagesTest {

  @Test
  void integersPlainly_othersToSixSignificantDigits() {
    assertEquals("1234567", Messages.number(1234567));
    assertEquals("-42", Messages.number(-42));
    assertEquals("0", Messages.number(0));
    assertEquals("999999999999999", Messages.number(999_999_999_999_999d));
    assertEquals("1234570000000000", Messages.number(1_234_567_000_000_000d), "from 10^15, six digits");
    assertEquals("0.333333", Messages.number(1 / 3.0));
    assertEquals("1234.57", Messages.number(1234.5678));
    assertEquals("0.000406575", Messages.number(0.00040657512));
    assertEquals("NaN", Messages.number(Double.NaN));
    assertEquals("Infinity", Messages.number(Double.POSITIVE_INFINITY));
    assertEquals("-Infinity", Messages.number(Double.NEGATIVE_INFINITY));
  }

  @Test
  void theCatalogueHasEveryPortfolioCode() {
    assertTrue(Messages.has(PrioritisationCodes.PORTFOLIO_LIMIT));
    assertTrue(Messages.has(PrioritisationCodes.PORTFOLIO_INFEASIBLE_SHARE));
    assertFalse(Messages.has("portfolio.no-such-code"));
  }
}
