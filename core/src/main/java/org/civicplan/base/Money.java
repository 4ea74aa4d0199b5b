package org.civicplan.base;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact decimal amount of money in one currency ({@code RON}, {@code EUR}, ...).
 *
 * <p>The amount is kept exactly as a {@link BigDecimal} and normalised (trailing zeros
 * stripped), so {@code 100.50 RON} equals {@code 100.5 RON}. Negative amounts can be expressed:
 * whether they make sense (a budget line cannot be negative) is a validation rule, not an
 * invariant.
 *
 * @param amount the amount, exact
 * @param currency the ISO 4217 currency
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

  /** The Romanian leu. */
  public static final Currency RON = Currency.getInstance("RON");

  /** The euro. */
  public static final Currency EUR = Currency.getInstance("EUR");

  /**
   * @throws NullPointerException if an argument is null
   */
  public Money {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    amount = normalise(amount);
  }

  /**
   * Builds an amount from its decimal text and ISO currency code.
   *
   * @throws NullPointerException naming the argument if one is null
   * @throws IllegalArgumentException if {@code amount} is not a decimal number written with a
   *     point ({@code "1250.50"}), or {@code currencyCode} is not an ISO 4217 code
   */
  public static Money of(String amount, String currencyCode) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currencyCode, "currencyCode");
    return new Money(parseAmount(amount), currency(currencyCode));
  }

  private static BigDecimal parseAmount(String amount) {
    try {
      return new BigDecimal(amount);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "amount must be a decimal number with a point as decimal separator and no grouping, such as"
              + " \"1250.50\" or \"-3\", but was \"" + amount + "\"",
          e);
    }
  }

  /** Builds an amount. */
  public static Money of(BigDecimal amount, Currency currency) {
    return new Money(amount, currency);
  }

  /** An amount in Romanian lei. */
  public static Money ron(String amount) {
    return of(amount, "RON");
  }

  /** An amount in euro. */
  public static Money eur(String amount) {
    return of(amount, "EUR");
  }

  /** Zero in the given currency. */
  public static Money zero(Currency currency) {
    return new Money(BigDecimal.ZERO, currency);
  }

  /**
   * Reads what {@link #toString()} writes: {@code "1250.5 RON"}.
   *
   * @throws IllegalArgumentException if the text is not an amount, one space and a currency code
   */
  public static Money parse(CharSequence text) {
    String s = text.toString().strip();
    int space = s.lastIndexOf(' ');
    if (space < 0) {
      throw new IllegalArgumentException(
          "money must be written as an amount and a currency code, e.g. \"1250.50 RON\", but was \""
              + s
              + "\"");
    }
    try {
      return of(s.substring(0, space).strip(), s.substring(space + 1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "money amount must be a decimal number, e.g. \"1250.50 RON\", but was \"" + s + "\"", e);
    }
  }

  /**
   * Looks up an ISO 4217 currency.
   *
   * @throws IllegalArgumentException naming the code when it is not an ISO 4217 currency code
   */
  public static Currency currency(String code) {
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "currency must be an ISO 4217 code such as RON or EUR but was \"" + code + "\"", e);
    }
  }

  /** Whether the amount is below zero. */
  public boolean isNegative() {
    return amount.signum() < 0;
  }

  /**
   * The sum of two amounts in the same currency.
   *
   * @throws IllegalArgumentException if the currencies differ
   */
  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.add(other.amount), currency);
  }

  /**
   * The difference of two amounts in the same currency.
   *
   * @throws IllegalArgumentException if the currencies differ
   */
  public Money minus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.subtract(other.amount), currency);
  }

  /**
   * Compares amounts in the same currency.
   *
   * @throws IllegalArgumentException if the currencies differ
   */
  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return amount.compareTo(other.amount);
  }

  private void requireSameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException(
          "cannot combine " + this + " with " + other + ": currencies differ");
    }
  }

  /** Writes the plain amount, a space and the currency code: {@code "1250.5 RON"}. */
  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency.getCurrencyCode();
  }

  private static BigDecimal normalise(BigDecimal amount) {
    if (amount.signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal stripped = amount.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
