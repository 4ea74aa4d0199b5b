package org.civicplan.monitoring;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.civicplan.strategy.LocalizedText;

/**
 * How an assessment reached its status: the values used (with their roles and dates), the formula,
 * its result and the threshold rule that decided.
 *
 * @param inputs the values used, e.g. {@code baseline 2015 = 100.0}
 * @param formula the formula applied, in plain notation
 * @param result the formula's result, when one was computed
 * @param rule the rule that decided the status, e.g. {@code ratio 0.956 >= 0.95 (significant)}
 * @param text the whole explanation in English and Romanian
 */
public record Explanation(
    List<UsedValue> inputs, String formula, OptionalDouble result, String rule, LocalizedText text) {

  /**
   * @throws NullPointerException if an argument is null
   */
  public Explanation {
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(formula, "formula");
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(text, "text");
  }

  /**
   * A value an assessment used.
   *
   * @param role {@code baseline}, {@code latest}, {@code target}, {@code milestone}...
   * @param observation its date and value
   */
  public record UsedValue(String role, Observation observation) {

    /**
     * @throws NullPointerException if an argument is null
     */
    public UsedValue {
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(observation, "observation");
    }

    @Override
    public String toString() {
      return role + " " + observation.date() + " = " + Numbers.format(observation.value());
    }
  }
}
