// SPDX-License-Identifier: Apache-2.0
package org.civicplan.accessibility;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.civicplan.base.LocalizedText;
import org.civicplan.template.Parameters;

/**
 * A row of the criteria catalogue ({@code criteria.csv}): one measurable requirement for one
 * element type, with its threshold and the source it comes from.
 *
 * <p>Thresholds that are not verified in the sources consulted, or that come from a non-EU
 * source (the US accessible-signal figures), are marked so ({@link #verified()}, {@link
 * #nonEu()}); their failure is never reported as an error. A threshold may be supplied, or
 * replaced, by a template parameter ({@link #parameter()}), so that a city can set the value
 * its national norm gives.
 *
 * @param id the criterion id, e.g. {@code ACC-06}
 * @param element the element type it applies to
 * @param name what is checked, in English and Romanian
 * @param comparison how the threshold is compared
 * @param value the threshold (the lower bound of a range); empty when not known
 * @param maxValue the upper bound of a range; empty otherwise
 * @param unit the unit of the threshold, empty for a yes/no observation
 * @param parameter the template parameter that, when set, replaces {@code value}
 * @param source where the requirement and its value come from
 * @param verified whether the value was read in its source ({@code false} marks [NV])
 * @param nonEu whether the source is outside the EU and Romania
 */
public record AuditCriterion(
    String id,
    ElementType element,
    LocalizedText name,
    Comparison comparison,
    Optional<BigDecimal> value,
    Optional<BigDecimal> maxValue,
    String unit,
    Optional<String> parameter,
    String source,
    boolean verified,
    boolean nonEu) {

  /**
   * Creates an instance from its components.
   *
   * @param id the criterion id, e.g. {@code ACC-06}
   * @param element the element type it applies to
   * @param name what is checked, in English and Romanian
   * @param comparison how the threshold is compared
   * @param value the threshold (the lower bound of a range); empty when not known
   * @param maxValue the upper bound of a range; empty otherwise
   * @param unit the unit of the threshold, empty for a yes/no observation
   * @param parameter the template parameter that, when set, replaces {@code value}
   * @param source where the requirement and its value come from
   * @param verified whether the value was read in its source ({@code false} marks [NV])
   * @param nonEu whether the source is outside the EU and Romania
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the id is blank or a range lacks its upper bound
   */
  public AuditCriterion {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(comparison, "comparison");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(maxValue, "maxValue");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(parameter, "parameter");
    Objects.requireNonNull(source, "source");
    if (id.isBlank()) {
      throw new IllegalArgumentException("criterion id must not be blank");
    }
    if (comparison == Comparison.RANGE && value.isPresent() && maxValue.isEmpty()) {
      throw new IllegalArgumentException("range criterion " + id + " needs an upper bound (max_value)");
    }
  }

  /**
   * {@return whether the criterion's failure may be reported as an error: verified, and not from a non-EU source}
   */
  public boolean isBinding() {
    return verified && !nonEu;
  }

  /**
   * {@return the threshold in force: the parameter's value when {@link #parameter()} is set in
   * {@code parameters}, otherwise {@link #value()}}
   *
   * @param parameters the template's parameters in force
   * @throws IllegalStateException naming the parameter if its value is not a number
   */
  public Optional<BigDecimal> threshold(Parameters parameters) {
    Objects.requireNonNull(parameters, "parameters");
    if (parameter.isPresent()) {
      Optional<String> text = parameters.text(parameter.get()).filter(t -> !t.isBlank());
      if (text.isPresent()) {
        try {
          return Optional.of(new BigDecimal(text.get().strip()));
        } catch (NumberFormatException e) {
          throw new IllegalStateException(
              "parameter " + parameter.get() + " must be a number but was \"" + text.get() + "\" (criterion " + id + ")");
        }
      }
    }
    return value;
  }
}
