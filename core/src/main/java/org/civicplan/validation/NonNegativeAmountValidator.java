package org.civicplan.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.civicplan.strategy.Money;

/** Checks {@link NonNegativeAmount}; points the violation at the {@code amount} member. */
final class NonNegativeAmountValidator implements ConstraintValidator<NonNegativeAmount, Money> {

  @Override
  public boolean isValid(Money value, ConstraintValidatorContext context) {
    if (value == null || !value.isNegative()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    context
        .buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
        .addPropertyNode("amount")
        .addConstraintViolation();
    return false;
  }
}
