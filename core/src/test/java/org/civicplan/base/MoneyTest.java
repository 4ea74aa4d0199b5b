package org.civicplan.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void amountsAreExact_noBinaryFloatingPoint() {
    Money sum = Money.ron("0.1").plus(Money.ron("0.2"));
    assertEquals(Money.ron("0.3"), sum);
  }

  @Test
  void equality_ignoresTrailingZeros() {
    new EqualsTester()
        .addEqualityGroup(Money.ron("100.50"), Money.ron("100.5"), Money.of(new BigDecimal("1.005E2"), Money.RON))
        .addEqualityGroup(Money.eur("100.5"))
        .addEqualityGroup(Money.ron("0"), Money.ron("0.00"), Money.zero(Money.RON))
        .testEquals();
  }

  @Test
  void toString_isPlainAmountAndCode() {
    assertEquals("1500000 RON", Money.ron("1.5E6").toString());
    assertEquals("1250.5 EUR", Money.eur("1250.50").toString());
  }

  @Test
  void parse_readsWhatToStringWrites() {
    for (Money m : new Money[] {Money.ron("1250.5"), Money.eur("-3"), Money.ron("0"), Money.eur("0.0001")}) {
      assertEquals(m, Money.parse(m.toString()));
    }
  }

  @Test
  void parse_rejectsMissingCurrency() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Money.parse("1250"));
    assertTrue(e.getMessage().contains("\"1250\""), e.getMessage());
  }

  @Test
  void parse_rejectsNonNumericAmount() {
    assertThrows(IllegalArgumentException.class, () -> Money.parse("lots RON"));
  }

  @Test
  void of_rejectsUnknownCurrency() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Money.of("1", "LEI"));
    assertTrue(e.getMessage().contains("\"LEI\""), e.getMessage());
  }

  @Test
  void plus_rejectsMixedCurrencies() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Money.ron("1").plus(Money.eur("1")));
    assertTrue(e.getMessage().contains("1 RON") && e.getMessage().contains("1 EUR"), e.getMessage());
  }

  @Test
  void negativeAmountsAreValues_notInvariantViolations() {
    assertTrue(Money.ron("-5").isNegative());
    assertEquals(Money.ron("-5"), Money.ron("10").minus(Money.ron("15")));
  }

  @Test
  void compareTo_ordersByAmountWithinCurrency() {
    assertTrue(Money.ron("9.99").compareTo(Money.ron("10")) < 0);
    assertThrows(IllegalArgumentException.class, () -> Money.ron("1").compareTo(Money.eur("1")));
  }

  @Test
  void ron_rejectsACommaDecimal_sayingWhatIsExpected_withTheValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Money.ron("1,5"));
    assertEquals(IllegalArgumentException.class, e.getClass(), "not a bare NumberFormatException");
    assertEquals("amount must be a decimal number with a point as decimal separator and no grouping, such as"
        + " \"1250.50\" or \"-3\", but was \"1,5\"", e.getMessage());
  }

  @Test
  void of_namesANullArgument() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> Money.of((String) null, "RON"));
    assertEquals("amount", e.getMessage());
  }
}
