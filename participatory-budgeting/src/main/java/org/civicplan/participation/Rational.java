// SPDX-License-Identifier: Apache-2.0
package org.civicplan.participation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact rational number {@code numerator / denominator} on {@link BigInteger}, always in lowest
 * terms with a positive denominator, so that equal values are {@link #equals equal} and compare
 * exactly. The participatory-budgeting rules compute with it throughout: a tie between two
 * projects decides an outcome, and floating point would decide it by rounding.
 */
public final class Rational implements Comparable<Rational> {

  /** Zero. */
  public static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);

  /** One. */
  public static final Rational ONE = new Rational(BigInteger.ONE, BigInteger.ONE);

  private final BigInteger numerator;
  private final BigInteger denominator;

  private Rational(BigInteger numerator, BigInteger denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * The rational {@code numerator / denominator}, reduced.
   *
   * @param numerator the numerator
   * @param denominator the denominator, not zero
   * @return the value
   * @throws ArithmeticException if {@code denominator} is zero
   * @throws NullPointerException if an argument is null
   */
  public static Rational of(BigInteger numerator, BigInteger denominator) {
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    if (denominator.signum() == 0) {
      throw new ArithmeticException("denominator must not be zero (numerator " + numerator + ")");
    }
    if (numerator.signum() == 0) {
      return ZERO;
    }
    if (denominator.signum() < 0) {
      numerator = numerator.negate();
      denominator = denominator.negate();
    }
    BigInteger g = numerator.gcd(denominator);
    if (!g.equals(BigInteger.ONE)) {
      numerator = numerator.divide(g);
      denominator = denominator.divide(g);
    }
    return new Rational(numerator, denominator);
  }

  /**
   * The rational {@code numerator / denominator}, reduced.
   *
   * @param numerator the numerator
   * @param denominator the denominator, not zero
   * @return the value
   * @throws ArithmeticException if {@code denominator} is zero
   */
  public static Rational of(long numerator, long denominator) {
    return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  /**
   * The integer {@code value}.
   *
   * @param value the integer
   * @return the value
   */
  public static Rational of(long value) {
    return value == 0 ? ZERO : value == 1 ? ONE : new Rational(BigInteger.valueOf(value), BigInteger.ONE);
  }

  /**
   * The integer {@code value}.
   *
   * @param value the integer
   * @return the value
   */
  public static Rational of(BigInteger value) {
    return new Rational(Objects.requireNonNull(value, "value"), BigInteger.ONE);
  }

  /**
   * The exact value of a decimal ({@code 12.50} is {@code 25/2}).
   *
   * @param value the decimal
   * @return the value
   * @throws NullPointerException if {@code value} is null
   */
  public static Rational of(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    if (value.scale() <= 0) {
      return of(value.toBigIntegerExact());
    }
    return of(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
  }

  /**
   * Reads what {@link #toString()} writes ({@code 7}, {@code -3/4}) and also plain decimals ({@code
   * 0.25}, {@code 1e3}).
   *
   * @param text the text to read
   * @return the value
   * @throws IllegalArgumentException if {@code text} is neither a fraction nor a decimal
   */
  public static Rational parse(CharSequence text) {
    String s = text.toString().trim();
    int slash = s.indexOf('/');
    try {
      if (slash < 0) {
        return of(new BigDecimal(s));
      }
      BigInteger d = new BigInteger(s.substring(slash + 1).trim());
      if (d.signum() == 0) {
        throw new IllegalArgumentException("rational \"" + s + "\" has a zero denominator");
      }
      return of(new BigInteger(s.substring(0, slash).trim()), d);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "\"" + s + "\" is not a rational number (allowed: an integer, a decimal or p/q)", e);
    }
  }

  /**
   * The numerator, in lowest terms (carries the sign).
   *
   * @return the numerator
   */
  public BigInteger numerator() {
    return numerator;
  }

  /**
   * The denominator, in lowest terms, always positive.
   *
   * @return the positive denominator
   */
  public BigInteger denominator() {
    return denominator;
  }

  /**
   * {@code this + other}.
   *
   * @param other the value added
   * @return the sum
   */
  public Rational plus(Rational other) {
    if (other.numerator.signum() == 0) {
      return this;
    }
    if (numerator.signum() == 0) {
      return other;
    }
    if (denominator.equals(other.denominator)) {
      return of(numerator.add(other.numerator), denominator);
    }
    return of(
        numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  /**
   * {@code this - other}.
   *
   * @param other the value subtracted
   * @return the difference
   */
  public Rational minus(Rational other) {
    return plus(other.negate());
  }

  /**
   * {@code -this}.
   *
   * @return the negated value
   */
  public Rational negate() {
    return numerator.signum() == 0 ? this : new Rational(numerator.negate(), denominator);
  }

  /**
   * {@code this × other}.
   *
   * @param other the factor
   * @return the product
   */
  public Rational times(Rational other) {
    if (numerator.signum() == 0 || other.numerator.signum() == 0) {
      return ZERO;
    }
    return of(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
  }

  /**
   * {@code this × factor}.
   *
   * @param factor the factor
   * @return the product
   */
  public Rational times(long factor) {
    if (factor == 1) {
      return this;
    }
    return of(numerator.multiply(BigInteger.valueOf(factor)), denominator);
  }

  /**
   * {@code this / other}.
   *
   * @param other the divisor, not zero
   * @return the quotient
   * @throws ArithmeticException if {@code other} is zero
   */
  public Rational dividedBy(Rational other) {
    if (other.numerator.signum() == 0) {
      throw new ArithmeticException("division of " + this + " by zero");
    }
    return of(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
  }

  /**
   * {@code this / divisor}.
   *
   * @param divisor the divisor, not zero
   * @return the quotient
   * @throws ArithmeticException if {@code divisor} is zero
   */
  public Rational dividedBy(long divisor) {
    if (divisor == 0) {
      throw new ArithmeticException("division of " + this + " by zero");
    }
    return of(numerator, denominator.multiply(BigInteger.valueOf(divisor)));
  }

  /**
   * -1, 0 or 1 as this is negative, zero or positive.
   *
   * @return the sign
   */
  public int signum() {
    return numerator.signum();
  }

  /**
   * The smaller of the two ({@code this} when equal).
   *
   * @param other the other value
   * @return the smaller value
   */
  public Rational min(Rational other) {
    return compareTo(other) <= 0 ? this : other;
  }

  /**
   * The larger of the two ({@code this} when equal).
   *
   * @param other the other value
   * @return the larger value
   */
  public Rational max(Rational other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /**
   * Whether this is an integer.
   *
   * @return whether the denominator is 1
   */
  public boolean isInteger() {
    return denominator.equals(BigInteger.ONE);
  }

  /**
   * The exact decimal value, or empty when the denominator has a prime factor other than 2 and 5.
   *
   * @return the exact decimal, or empty when it has none
   */
  public java.util.Optional<BigDecimal> exactDecimal() {
    BigInteger d = denominator;
    int twos = d.getLowestSetBit();
    d = d.shiftRight(twos);
    int fives = 0;
    BigInteger five = BigInteger.valueOf(5);
    while (d.mod(five).signum() == 0) {
      d = d.divide(five);
      fives++;
    }
    if (!d.equals(BigInteger.ONE)) {
      return java.util.Optional.empty();
    }
    int scale = Math.max(twos, fives);
    return java.util.Optional.of(new BigDecimal(numerator.multiply(BigInteger.TEN.pow(scale)).divide(denominator), scale).stripTrailingZeros());
  }

  /**
   * A decimal: exact when the value has a finite decimal expansion, otherwise rounded half-even to
   * {@code digits} significant digits.
   *
   * @param digits the significant digits kept when the value must be rounded, at least 1
   * @return the decimal
   */
  public BigDecimal toDecimal(int digits) {
    return exactDecimal()
        .orElseGet(() -> new BigDecimal(numerator).divide(new BigDecimal(denominator), new MathContext(digits, RoundingMode.HALF_EVEN)));
  }

  /**
   * The decimal text of the value: its exact decimal expansion when finite ({@code 12.5}), else the
   * fraction ({@code 1/3}).
   *
   * @return the decimal or fraction text
   */
  public String toPlainString() {
    return exactDecimal().map(d -> d.signum() == 0 ? "0" : d.toPlainString()).orElseGet(this::toString);
  }

  /**
   * The nearest double (for display and statistics only, never for a decision).
   *
   * @return the nearest double
   */
  public double doubleValue() {
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), MathContext.DECIMAL64).doubleValue();
  }

  @Override
  public int compareTo(Rational other) {
    if (denominator.equals(other.denominator)) {
      return numerator.compareTo(other.numerator);
    }
    int s = numerator.signum() - other.numerator.signum();
    if (s != 0) {
      return Integer.signum(s);
    }
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Rational r && numerator.equals(r.numerator) && denominator.equals(r.denominator);
  }

  @Override
  public int hashCode() {
    return 31 * numerator.hashCode() + denominator.hashCode();
  }

  /** {@code p/q} in lowest terms, or just {@code p} for an integer. */
  @Override
  public String toString() {
    return isInteger() ? numerator.toString() : numerator + "/" + denominator;
  }
}
