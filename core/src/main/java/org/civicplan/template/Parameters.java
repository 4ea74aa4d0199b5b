package org.civicplan.template;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
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

  /** No parameters. */
  public static Parameters empty() {
    return EMPTY;
  }

  /** Parameters from name/value pairs. */
  public static Parameters of(Map<String, String> values) {
    return new Parameters(values);
  }

  /** The text of a parameter. */
  public Optional<String> text(String name) {
    return Optional.ofNullable(values.get(name));
  }

  /**
   * A decimal parameter, or {@code defaultValue} when absent.
   *
   * @throws IllegalStateException naming the parameter and its value when it is not a number
   */
  public BigDecimal decimal(String name, @Nullable BigDecimal defaultValue) {
    String v = values.get(name);
    if (v == null) {
      if (defaultValue == null) {
        throw new IllegalStateException("parameter " + name + " has no value; known: " + values.keySet());
      }
      return defaultValue;
    }
    try {
      return new BigDecimal(v.strip());
    } catch (NumberFormatException e) {
      throw new IllegalStateException(
          "parameter " + name + " must be a decimal number but was \"" + v + "\"", e);
    }
  }

  /** A decimal parameter as a double, or {@code defaultValue} when absent. */
  public double number(String name, double defaultValue) {
    return decimal(name, BigDecimal.valueOf(defaultValue)).doubleValue();
  }

  /**
   * A boolean parameter ({@code true} or {@code false}), or {@code defaultValue} when absent.
   *
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
   * A whole-number (or year) parameter that the template declares with a default.
   *
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
   * A decimal (or percent) parameter that the template declares with a default.
   *
   * @throws IllegalStateException naming the parameter when it is absent or not a number
   */
  public BigDecimal decimal(String name) {
    return decimal(name, null);
  }

  /**
   * A boolean parameter that the template declares with a default.
   *
   * @throws IllegalStateException naming the parameter when it is absent or neither true nor false
   */
  public boolean flag(String name) {
    require(name);
    return flag(name, false);
  }

  /**
   * A date parameter ({@code YYYY-MM-DD}); empty when it has no value.
   *
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
   * A plan-date parameter ({@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}); empty when it has
   * no value.
   *
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

  /** These parameters with {@code overrides} replacing or adding values. */
  public Parameters with(Map<String, String> overrides) {
    Map<String, String> merged = new TreeMap<>(values);
    merged.putAll(overrides);
    return new Parameters(merged);
  }
}
