// SPDX-License-Identifier: Apache-2.0
package org.civicplan.template;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.civicplan.base.IdSyntax;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.PlanDate;
import org.jspecify.annotations.Nullable;

/**
 * The declaration of one template parameter: its name, type, default, unit, allowed range or
 * choices and its description in English and Romanian. Declared once, in the template's definition
 * file; overlays are checked against it, rules read typed values through {@link Parameters}, and
 * the documentation's parameter tables are generated from it ({@link #markdownTable}).
 *
 * <p>Immutable; {@code with…} methods return a changed copy.
 */
public final class ParameterDefinition {

  /**
   * The largest exponent in magnitude a numeric parameter's value may have, as for a number in a
   * strategy document ({@code DocumentLimits.MAX_EXPONENT}).
   */
  public static final int MAX_EXPONENT = 100_000;

  private final String name;
  private final ParameterKind kind;
  private final LocalizedText description;
  private final @Nullable String defaultValue;
  private final @Nullable BigDecimal min;
  private final @Nullable BigDecimal max;
  private final List<String> choices;
  private final String unit;

  private ParameterDefinition(
      String name, ParameterKind kind, LocalizedText description, @Nullable String defaultValue,
      @Nullable BigDecimal min, @Nullable BigDecimal max, List<String> choices, String unit) {
    this.name = name;
    this.kind = kind;
    this.description = description;
    this.defaultValue = defaultValue;
    this.min = min;
    this.max = max;
    this.choices = List.copyOf(choices);
    this.unit = unit;
  }

  /**
   * {@return a parameter with no default, range, choices or unit}
   *
   * @param name the parameter's name
   * @param kind the parameter's type
   * @param description what the parameter means
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the name is not a valid id
   */
  public static ParameterDefinition of(String name, ParameterKind kind, LocalizedText description) {
    IdSyntax.requireValid(Objects.requireNonNull(name, "name"), "parameter");
    return new ParameterDefinition(
        name, Objects.requireNonNull(kind, "kind"), Objects.requireNonNull(description, "description"),
        null, null, null, List.of(), "");
  }

  /**
   * {@return this parameter with a default value, written as in a definition or overlay file}
   *
   * @param value the default, as written in a file
   * @throws IllegalArgumentException if the value is not allowed ({@link #accepts})
   */
  public ParameterDefinition withDefault(String value) {
    Objects.requireNonNull(value, "value");
    ParameterDefinition d = new ParameterDefinition(name, kind, description, value, min, max, choices, unit);
    if (!d.accepts(value)) {
      throw new IllegalArgumentException(
          "default \"" + value + "\" of parameter " + name + " is not allowed: expected " + d.allowed().get(Locale.ENGLISH));
    }
    return d;
  }

  /**
   * {@return this parameter with numeric bounds, each inclusive and either may be null for
   * "unbounded"}
   *
   * @param newMin the min of the copy
   * @param newMax the max of the copy
   * @throws IllegalArgumentException if the kind is not numeric or {@code min > max}
   */
  public ParameterDefinition withRange(@Nullable BigDecimal newMin, @Nullable BigDecimal newMax) {
    if (!kind.isNumeric() && (newMin != null || newMax != null)) {
      throw new IllegalArgumentException("parameter " + name + " of type " + kind.label() + " cannot have a range");
    }
    if (newMin != null && newMax != null && newMin.compareTo(newMax) > 0) {
      throw new IllegalArgumentException("parameter " + name + ": min " + newMin + " is above max " + newMax);
    }
    return new ParameterDefinition(name, kind, description, defaultValue, newMin, newMax, choices, unit);
  }

  /**
   * {@return this parameter with the values a {@link ParameterKind#CHOICE} or {@link
   * ParameterKind#MATRIX} may take}
   *
   * @param newChoices the choices of the copy
   * @throws IllegalArgumentException if the list is empty, repeats a value or the kind takes none
   */
  public ParameterDefinition withChoices(List<String> newChoices) {
    if (kind != ParameterKind.CHOICE && kind != ParameterKind.MATRIX) {
      throw new IllegalArgumentException("parameter " + name + " of type " + kind.label() + " takes no choices");
    }
    if (newChoices.isEmpty() || newChoices.stream().distinct().count() != newChoices.size()) {
      throw new IllegalArgumentException("choices of parameter " + name + " must be distinct and not empty: " + newChoices);
    }
    return new ParameterDefinition(name, kind, description, defaultValue, min, max, newChoices, unit);
  }

  /**
   * {@return this parameter with a unit shown in documentation, e.g. {@code m} or {@code %}}
   *
   * @param newUnit the unit of the copy
   */
  public ParameterDefinition withUnit(String newUnit) {
    return new ParameterDefinition(name, kind, description, defaultValue, min, max, choices, Objects.requireNonNull(newUnit, "newUnit"));
  }

  /** {@return the name, e.g. {@code com.target.year}} */
  public String name() {
    return name;
  }

  /** {@return the type} */
  public ParameterKind kind() {
    return kind;
  }

  /** {@return what the parameter means, in English and Romanian} */
  public LocalizedText description() {
    return description;
  }

  /**
   * {@return the default, as text; empty when the parameter has none (a rule using it is then
   * silent)}
   */
  public Optional<String> defaultValue() {
    return Optional.ofNullable(defaultValue);
  }

  /** {@return the inclusive lower bound, if any} */
  public Optional<BigDecimal> min() {
    return Optional.ofNullable(min);
  }

  /** {@return the inclusive upper bound, if any} */
  public Optional<BigDecimal> max() {
    return Optional.ofNullable(max);
  }

  /** {@return the allowed values of a choice or matrix; empty for other kinds} */
  public List<String> choices() {
    return choices;
  }

  /** {@return the unit, or the empty string} */
  public String unit() {
    return unit;
  }

  /**
   * {@return whether {@code value} (as written in a file) is allowed: of this type and inside the
   * range}
   *
   * @param value the value as written in a file
   */
  public boolean accepts(String value) {
    Objects.requireNonNull(value, "value");
    String v = value.strip();
    switch (kind) {
      case TEXT:
        return true;
      case BOOLEAN:
        return v.equals("true") || v.equals("false");
      case DATE:
        try {
          LocalDate.parse(v);
          return true;
        } catch (DateTimeParseException e) {
          return false;
        }
      case PLAN_DATE:
        try {
          PlanDate.parse(v);
          return true;
        } catch (IllegalArgumentException | DateTimeParseException e) {
          return false;
        }
      case CHOICE:
        return choices.contains(v);
      case MATRIX:
        return matrix(v);
      default:
        return number(v).map(this::inRange).orElse(false);
    }
  }

  private boolean matrix(String v) {
    if (v.isEmpty()) {
      return false;
    }
    int width = -1;
    for (String row : v.split(";", -1)) {
      String[] cells = row.split(",", -1);
      if (width >= 0 && cells.length != width) {
        return false;
      }
      width = cells.length;
      for (String c : cells) {
        if (!choices.contains(c.strip())) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * The number {@code v} is, when it is one of at most 40 characters whose exponent is at most
   * {@value #MAX_EXPONENT} in magnitude: {@code 1e-400600000} has twelve characters, but a rule
   * that added it to another amount would compute with 400,600,000 digits.
   */
  private Optional<BigDecimal> number(String v) {
    if (v.length() > 40) {
      return Optional.empty();
    }
    BigDecimal d;
    try {
      d = new BigDecimal(v);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    if (Math.abs((long) d.scale()) > MAX_EXPONENT) {
      return Optional.empty();
    }
    boolean whole = d.stripTrailingZeros().scale() <= 0;
    if ((kind == ParameterKind.INTEGER || kind == ParameterKind.YEAR) && (!whole || v.contains(".") || v.contains("e") || v.contains("E"))) {
      return Optional.empty();
    }
    if (kind == ParameterKind.YEAR && !v.matches("[0-9]{4}")) {
      return Optional.empty();
    }
    return Optional.of(d);
  }

  private boolean inRange(BigDecimal d) {
    return (min == null || d.compareTo(min) >= 0) && (max == null || d.compareTo(max) <= 0);
  }

  /**
   * {@return what a value must be, in English and Romanian, e.g. "a year (four digits) from 2020 to
   * 2100"}
   */
  public LocalizedText allowed() {
    String en;
    String ro;
    switch (kind) {
      case INTEGER -> { en = "a whole number"; ro = "un număr întreg"; }
      case DECIMAL -> { en = "a decimal number"; ro = "un număr zecimal"; }
      case PERCENT -> { en = "a percentage (a number)"; ro = "un procent (un număr)"; }
      case YEAR -> { en = "a year (four digits)"; ro = "un an (patru cifre)"; }
      case BOOLEAN -> { en = "true or false"; ro = "true sau false"; }
      case DATE -> { en = "a date YYYY-MM-DD"; ro = "o dată AAAA-LL-ZZ"; }
      case PLAN_DATE -> { en = "a date YYYY, YYYY-MM or YYYY-MM-DD"; ro = "o dată AAAA, AAAA-LL sau AAAA-LL-ZZ"; }
      case TEXT -> { en = "a text"; ro = "un text"; }
      case CHOICE -> { en = "one of: " + String.join(", ", choices); ro = "una dintre: " + String.join(", ", choices); }
      default -> {
        en = "rows separated by ';' of values separated by ',' from: " + String.join(", ", choices);
        ro = "rânduri separate prin „;” de valori separate prin „,” dintre: " + String.join(", ", choices);
      }
    }
    if (min != null && max != null) {
      en += " from " + min.toPlainString() + " to " + max.toPlainString();
      ro += " între " + min.toPlainString() + " și " + max.toPlainString();
    } else if (min != null) {
      en += " of at least " + min.toPlainString();
      ro += " de cel puțin " + min.toPlainString();
    } else if (max != null) {
      en += " of at most " + max.toPlainString();
      ro += " de cel mult " + max.toPlainString();
    }
    return LocalizedText.of(en, ro);
  }

  /**
   * {@return the parameter table of a template's documentation, in Markdown: name, type, default,
   * unit, allowed values and meaning, one row per parameter in the given order, in {@code locale}}
   *
   * @param parameters the parameters, in table order
   * @param locale the reader's locale
   */
  public static String markdownTable(List<ParameterDefinition> parameters, Locale locale) {
    boolean ro = locale.getLanguage().equals("ro");
    StringBuilder b = new StringBuilder(ro
        ? "| parametru | tip | implicit | unitate | valori permise | semnificație |\n|---|---|---|---|---|---|\n"
        : "| parameter | type | default | unit | allowed | meaning |\n|---|---|---|---|---|---|\n");
    for (ParameterDefinition p : parameters) {
      b.append("| `").append(p.name).append("` | ").append(p.kind.label()).append(" | ")
          .append(p.defaultValue == null ? (ro ? "(niciuna)" : "(none)") : "`" + cell(p.defaultValue) + "`").append(" | ")
          .append(cell(p.unit)).append(" | ").append(cell(p.allowed().get(locale))).append(" | ")
          .append(cell(p.description.get(locale))).append(" |\n");
    }
    return b.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ParameterDefinition p && name.equals(p.name) && kind == p.kind && description.equals(p.description)
        && Objects.equals(defaultValue, p.defaultValue) && Objects.equals(min, p.min) && Objects.equals(max, p.max)
        && choices.equals(p.choices) && unit.equals(p.unit);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, kind, description, defaultValue, min, max, choices, unit);
  }

  @Override
  public String toString() {
    return "ParameterDefinition[" + name + ": " + kind.label() + (defaultValue == null ? "" : " = " + defaultValue) + "]";
  }
}
