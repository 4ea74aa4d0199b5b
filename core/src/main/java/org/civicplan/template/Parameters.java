// SPDX-License-Identifier: Apache-2.0
package org.civicplan.template;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.civicplan.base.IdSyntax;
import org.civicplan.base.PlanDate;

/**
 * Named rule parameters of a template (e.g. {@code com.reduction.min = 40}), kept as text so that
 * an overlay file can change them without Java.
 *
 * @param values parameter values by name, sorted by name
 */
public record Parameters(Map<String, String> values) {

  private static final Parameters EMPTY = new Parameters(Map.of());

  /**
   * Creates an instance from its components.
   *
   * @param values parameter values by name, sorted by name
   * @throws NullPointerException if the map, a name or a value is null
   * @throws IllegalArgumentException if a name is not a valid id
   */
  public Parameters {
    SortedMap<String, String> copy = new TreeMap<>();
    values.forEach(
        (k, v) -> {
          IdSyntax.requireValid(k, "parameter");
          copy.put(k, Objects.requireNonNull(v, () -> "value of parameter " + k));
        });
    values = Collections.unmodifiableSortedMap(copy);
  }

  /** {@return no parameters} */
  public static Parameters empty() {
    return EMPTY;
  }

  /**
   * Parameters from name/value pairs.
   *
   * @param values parameter values by name, sorted by name
   * @return the parameters
   */
  public static Parameters of(Map<String, String> values) {
    return new Parameters(values);
  }

  /**
   * {@return the text of a parameter}
   *
   * @param name the parameter's name
   */
  public Optional<String> text(String name) {
    return Optional.ofNullable(values.get(name));
  }

  /**
   * {@return a decimal parameter, or {@code defaultValue} when absent}
   *
   * @param name the parameter's name
   * @param defaultValue the value when the parameter is absent
   * @throws IllegalStateException naming the parameter and its value when it is not a number
   */
  public BigDecimal decimal(String name, BigDecimal defaultValue) {
    Objects.requireNonNull(defaultValue, "defaultValue");
    String v = values.get(name);
    return v == null ? defaultValue : parseDecimal(name, v);
  }

  private static BigDecimal parseDecimal(String name, String v) {
    try {
      return new BigDecimal(v.strip());
    } catch (NumberFormatException e) {
      throw new IllegalStateException(
          "parameter " + name + " must be a decimal number but was \"" + v + "\"", e);
    }
  }

  /**
   * {@return a decimal parameter as a double, or {@code defaultValue} when absent}
   *
   * @param name the parameter's name
   * @param defaultValue the value when the parameter is absent
   */
  public double number(String name, double defaultValue) {
    return decimal(name, BigDecimal.valueOf(defaultValue)).doubleValue();
  }

  /**
   * {@return a boolean parameter ({@code true} or {@code false}), or {@code defaultValue} when
   * absent}
   *
   * @param name the parameter's name
   * @param defaultValue the value when the parameter is absent
   * @throws IllegalStateException naming the parameter when it is neither
   */
  public boolean flag(String name, boolean defaultValue) {
    String v = values.get(name);
    if (v == null) {
      return defaultValue;
    }
    return switch (v.strip()) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new IllegalStateException(
          "parameter " + name + " must be true or false but was \"" + v + "\"");
    };
  }

  /**
   * {@return a whole-number (or year) parameter that the template declares with a default}
   *
   * @param name the parameter's name
   * @throws IllegalStateException naming the parameter when it is absent or not a whole number
   */
  public int integer(String name) {
    String v = require(name);
    try {
      return Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw new IllegalStateException("parameter " + name + " must be a whole number but was \"" + v + "\"", e);
    }
  }

  /**
   * {@return a decimal (or percent) parameter that the template declares with a default}
   *
   * @param name the parameter's name
   * @throws IllegalStateException naming the parameter when it is absent or not a number
   */
  public BigDecimal decimal(String name) {
    return parseDecimal(name, require(name));
  }

  /**
   * {@return a boolean parameter that the template declares with a default}
   *
   * @param name the parameter's name
   * @throws IllegalStateException naming the parameter when it is absent or neither true nor false
   */
  public boolean flag(String name) {
    require(name);
    return flag(name, false);
  }

  /**
   * {@return a date parameter ({@code YYYY-MM-DD}); empty when it has no value}
   *
   * @param name the parameter's name
   * @throws IllegalStateException naming the parameter when its value is not a date
   */
  public Optional<LocalDate> date(String name) {
    Optional<String> v = text(name);
    try {
      return v.map(x -> LocalDate.parse(x.strip()));
    } catch (DateTimeParseException e) {
      throw new IllegalStateException("parameter " + name + " must be a date YYYY-MM-DD but was \"" + v.get() + "\"", e);
    }
  }

  /**
   * {@return a plan-date parameter ({@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}); empty
   * when it has no value}
   *
   * @param name the parameter's name
   * @throws IllegalStateException naming the parameter when its value is not a plan date
   */
  public Optional<PlanDate> planDate(String name) {
    Optional<String> v = text(name);
    try {
      return v.map(x -> PlanDate.parse(x.strip()));
    } catch (RuntimeException e) {
      throw new IllegalStateException("parameter " + name + " must be a date YYYY, YYYY-MM or YYYY-MM-DD but was \"" + v.get() + "\"", e);
    }
  }

  private String require(String name) {
    String v = values.get(name);
    if (v == null) {
      throw new IllegalStateException("parameter " + name + " has no value; known: " + values.keySet());
    }
    return v;
  }

  /**
   * {@return these parameters with {@code overrides} replacing or adding values}
   *
   * @param overrides the values to replace or add, by name
   */
  public Parameters with(Map<String, String> overrides) {
    Map<String, String> merged = new TreeMap<>(values);
    merged.putAll(overrides);
    return new Parameters(merged);
  }
}
