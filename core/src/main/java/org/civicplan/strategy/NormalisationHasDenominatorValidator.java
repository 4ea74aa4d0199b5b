// SPDX-License-Identifier: Apache-2.0
package org.civicplan.strategy;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.civicplan.indicator.Denominator;
import org.civicplan.indicator.Indicator;

/**
 * Checks {@link NormalisationHasDenominator}; points at {@code indicators/<i>/normalisation}.
 *
 * <p>Public only because Bean Validation providers instantiate validators reflectively; callers
 * use the annotation.
 */
public final class NormalisationHasDenominatorValidator
    implements ConstraintValidator<NormalisationHasDenominator, Strategy> {

  /** A validator; Bean Validation providers create one per constraint declaration. */
  public NormalisationHasDenominatorValidator() {}

  /** Whether {@code value} satisfies the constraint; null is valid. */
  @Override
  public boolean isValid(Strategy strategy, ConstraintValidatorContext context) {
    if (strategy == null) {
      return true;
    }
    Municipality m = strategy.municipality();
    boolean people = !m.populations().isEmpty();
    boolean area = m.areaKm2().isPresent();
    List<Indicator> indicators = strategy.indicators();
    boolean valid = true;
    for (int i = 0; i < indicators.size(); i++) {
      Denominator d = indicators.get(i).normalisation();
      boolean missing = switch (d) {
        case PER_CAPITA, PER_1000_INHABITANTS -> !people;
        case PER_KM2 -> !area;
        case NONE -> false;
      };
      if (missing) {
        if (valid) {
          context.disableDefaultConstraintViolation();
        }
        valid = false;
        context
            .buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
            .addPropertyNode("indicators")
            .addPropertyNode("normalisation").inIterable().atIndex(i)
            .addConstraintViolation();
      }
    }
    return valid;
  }
}
