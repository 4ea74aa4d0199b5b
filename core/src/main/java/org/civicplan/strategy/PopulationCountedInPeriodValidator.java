package org.civicplan.strategy;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link PopulationCountedInPeriod}; points at {@code municipality/population/year}.
 *
 * <p>Public only because Bean Validation providers instantiate validators reflectively; callers
 * use the annotation.
 */
public final class PopulationCountedInPeriodValidator
    implements ConstraintValidator<PopulationCountedInPeriod, Strategy> {

  /** A validator; Bean Validation providers create one per constraint declaration. */
  public PopulationCountedInPeriodValidator() {}


  /** Whether {@code value} satisfies the constraint; null is valid. */
  @Override
  public boolean isValid(Strategy strategy, ConstraintValidatorContext context) {
    if (strategy == null) {
      return true;
    }
    boolean valid =
        strategy.municipality().population().map(p -> p.year() <= strategy.period().endYear()).orElse(true);
    if (!valid) {
      context.disableDefaultConstraintViolation();
      context
          .buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
          .addPropertyNode("municipality")
          .addPropertyNode("population")
          .addPropertyNode("year")
          .addConstraintViolation();
    }
    return valid;
  }
}
