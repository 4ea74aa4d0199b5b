package org.civicplan.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.civicplan.strategy.Strategy;

/** Checks {@link PopulationCountedInPeriod}; points at {@code municipality/population/year}. */
final class PopulationCountedInPeriodValidator
    implements ConstraintValidator<PopulationCountedInPeriod, Strategy> {

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
