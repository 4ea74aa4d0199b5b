// SPDX-License-Identifier: Apache-2.0
package org.civicplan.spreadsheets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The value of one spreadsheet cell: a text, a number, a date or nothing. Two cells are equal when
 * their type and value are: a number is compared by value ({@code 2.50} equals {@code 2.5}), which is
 * what a round trip through a workbook keeps. No cell is ever a formula.
 */
public sealed interface Cell permits Cell.Text, Cell.Number, Cell.Date, Cell.Empty {

  /** The empty cell. */
  Cell EMPTY = new Empty();

  /**
   * {@return a text cell, or the empty cell when {@code text} is empty}
   *
   * @param text the text
   * @throws NullPointerException if {@code text} is null
   */
  static Cell text(String text) {
    return Objects.requireNonNull(text, "text").isEmpty() ? EMPTY : new Text(text);
  }

  /**
   * {@return a number cell}
   *
   * @param value the number
   * @throws NullPointerException if {@code value} is null
   */
  static Cell number(BigDecimal value) {
    return new Number(value);
  }

  /**
   * {@return a number cell}
   *
   * @param value the number
   * @throws IllegalArgumentException if {@code value} is not finite
   */
  static Cell number(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("a number cell must be finite but was " + value);
    }
    return new Number(BigDecimal.valueOf(value));
  }

  /** {@return the value as text: the text, the plain number, the ISO date, or empty} */
  String display();

  /**
   * A text cell. Written as a string (never as a formula), and neutralised when it would start a
   * formula ({@link org.civicplan.io.Csv#neutralise}).
   *
   * @param value the text, not empty
   */
  record Text(String value) implements Cell {
    /**
     * Creates an instance from its components.
     *
     * @param value the text, not empty
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is empty
     */
    public Text {
      if (Objects.requireNonNull(value, "value").isEmpty()) {
        throw new IllegalArgumentException("a text cell is not empty; use Cell.EMPTY");
      }
    }

    @Override
    public String display() {
      return value;
    }
  }

  /**
   * A number cell.
   *
   * @param value the number, without trailing zeros
   */
  record Number(BigDecimal value) implements Cell {
    /**
     * Creates an instance from its components, dropping trailing zeros so that equal numbers are
     * equal cells.
     *
     * @param value the number
     * @throws NullPointerException if {@code value} is null
     */
    public Number {
      value = Objects.requireNonNull(value, "value").signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }

    @Override
    public String display() {
      return value.toPlainString();
    }
  }

  /**
   * A date cell, shown in the date format of the workbook's locale.
   *
   * @param value the day
   */
  record Date(LocalDate value) implements Cell {
    /**
     * Creates an instance from its components.
     *
     * @param value the day
     * @throws NullPointerException if {@code value} is null
     */
    public Date {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String display() {
      return value.toString();
    }
  }

  /** The empty cell. */
  record Empty() implements Cell {
    @Override
    public String display() {
      return "";
    }
  }
}
