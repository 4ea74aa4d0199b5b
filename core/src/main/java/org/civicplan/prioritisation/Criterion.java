package org.civicplan.prioritisation;

import java.util.Objects;
import java.util.Optional;
import org.civicplan.base.IdSyntax;
import org.civicplan.base.LocalizedText;

/**
 * A criterion alternatives are judged on.
 *
 * @param id unique within its criteria set or problem
 * @param name the localized name
 * @param direction benefit or cost
 * @param weight the default weight, non-negative and finite
 * @param preference the PROMETHEE preference function; empty means the usual criterion
 */
public record Criterion(
    String id,
    LocalizedText name,
    CriterionDirection direction,
    double weight,
    Optional<PreferenceFunction> preference) {

  /**
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the id is invalid or the weight is negative or not finite
   */
  public Criterion {
    IdSyntax.requireValid(id, "criterion");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(preference, "preference");
    if (!(weight >= 0) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException(
          "weight must be finite and non-negative but was " + weight + " (criterion \"" + id + "\")");
    }
  }

  /** A criterion without a PROMETHEE preference function (the usual criterion is used). */
  public Criterion(String id, LocalizedText name, CriterionDirection direction, double weight) {
    this(id, name, direction, weight, Optional.empty());
  }

  /**
   * A criterion whose name is its id in both languages, for problems read from plain data.
   *
   * @throws IllegalArgumentException as the canonical constructor
   */
  public static Criterion of(String id, CriterionDirection direction, double weight) {
    return new Criterion(id, LocalizedText.of(id, id), direction, weight);
  }

  /** A copy with another weight. */
  public Criterion withWeight(double newWeight) {
    return new Criterion(id, name, direction, newWeight, preference);
  }

  /** A copy with a PROMETHEE preference function. */
  public Criterion withPreference(PreferenceFunction function) {
    return new Criterion(id, name, direction, weight, Optional.of(function));
  }

  /** The preference function PROMETHEE uses: the given one, or the usual criterion. */
  public PreferenceFunction preferenceOrUsual() {
    return preference.orElse(PreferenceFunction.USUAL);
  }
}
