package org.civicplan.prioritisation;

import java.util.Objects;
import org.civicplan.strategy.IdSyntax;
import org.civicplan.strategy.LocalizedText;

/**
 * A criterion alternatives are judged on.
 *
 * @param id unique within its criteria set or problem
 * @param name the localized name
 * @param direction benefit or cost
 * @param weight the default weight, non-negative and finite
 */
public record Criterion(String id, LocalizedText name, CriterionDirection direction, double weight) {

  /**
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the id is invalid or the weight is negative or not finite
   */
  public Criterion {
    IdSyntax.requireValid(id, "criterion");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(direction, "direction");
    if (!(weight >= 0) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException(
          "weight must be finite and non-negative but was " + weight + " (criterion \"" + id + "\")");
    }
  }

  /** A copy with another weight. */
  public Criterion withWeight(double newWeight) {
    return new Criterion(id, name, direction, newWeight);
  }
}
