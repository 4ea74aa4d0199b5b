// SPDX-License-Identifier: Apache-2.0
package org.civicplan.participation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;

class RationalTest {

  @Test
  void of_reducesAndKeepsTheDenominatorPositive() {
    assertEquals("-1/2", Rational.of(3, -6).toString());
    assertEquals(BigInteger.TWO, Rational.of(3, -6).denominator());
    assertEquals(Rational.ZERO, Rational.of(0, 7));
  }

  @Test
  void of_zeroDenominator() {
    assertThrows(ArithmeticException.class, () -> Rational.of(1, 0));
  }

  @Test
  void of_decimalIsExact() {
    assertEquals(Rational.of(109, 100), Rational.of(new BigDecimal("1.09")));
    assertEquals(Rational.of(1200), Rational.of(new BigDecimal("1.2E3")));
  }

  @Test
  void parse_readsWhatToStringWrites() {
    for (Rational r : new Rational[] {Rational.of(-3, 4), Rational.of(7), Rational.ZERO, Rational.of(22, 7)}) {
      assertEquals(r, Rational.parse(r.toString()));
    }
    assertEquals(Rational.of(1, 4), Rational.parse("0.25"));
  }

  @Test
  void parse_rejectsText() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Rational.parse("one"));
    assertTrue(e.getMessage().contains("\"one\""));
    assertThrows(IllegalArgumentException.class, () -> Rational.parse("1/0"));
  }

  @Test
  void arithmetic() {
    Rational a = Rational.of(1, 3);
    Rational b = Rational.of(1, 6);
    assertEquals(Rational.of(1, 2), a.plus(b));
    assertEquals(Rational.of(1, 6), a.minus(b));
    assertEquals(Rational.of(1, 18), a.times(b));
    assertEquals(Rational.of(2), a.dividedBy(b));
    assertEquals(Rational.of(1), a.times(3));
    assertEquals(Rational.of(1, 9), a.dividedBy(3));
    assertThrows(ArithmeticException.class, () -> a.dividedBy(Rational.ZERO));
  }

  @Test
  void compareToIsExactWhereDoublesAreNot() {
    // 1/3 + 1/3 + 1/3 is exactly 1; 0.1 + 0.2 is exactly 3/10.
    assertEquals(0, Rational.of(1, 3).times(3).compareTo(Rational.ONE));
    assertEquals(0, Rational.parse("0.1").plus(Rational.parse("0.2")).compareTo(Rational.parse("0.3")));
    assertTrue(Rational.of(-1, 2).compareTo(Rational.of(1, 3)) < 0);
  }

  @Test
  void compareToAgreesWithBigDecimalOnRandomValues() {
    RandomGenerator r = RandomGeneratorFactory.of("L64X128MixRandom").create(20);
    for (int i = 0; i < 2000; i++) {
      Rational a = Rational.of(r.nextLong(-1000, 1000), r.nextLong(1, 1000));
      Rational b = Rational.of(r.nextLong(-1000, 1000), r.nextLong(1, 1000));
      BigInteger left = a.numerator().multiply(b.denominator());
      BigInteger right = b.numerator().multiply(a.denominator());
      assertEquals(left.compareTo(right), a.compareTo(b), () -> a + " vs " + b);
      assertEquals(a, a.plus(b).minus(b));
    }
  }

  @Test
  void exactDecimalOnlyWhenFinite() {
    assertEquals(Optional.of(new BigDecimal("0.125")), Rational.of(1, 8).exactDecimal());
    assertEquals(Optional.empty(), Rational.of(1, 3).exactDecimal());
    assertEquals("12.5", Rational.of(25, 2).toPlainString());
    assertEquals("1/3", Rational.of(1, 3).toPlainString());
    assertEquals("0", Rational.ZERO.toPlainString());
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(Rational.of(1, 2), Rational.of(2, 4), Rational.parse("0.5"), Rational.of(new BigDecimal("0.50")))
        .addEqualityGroup(Rational.of(-1, 2))
        .addEqualityGroup(Rational.ZERO, Rational.of(0, 5))
        .testEquals();
  }
}
