package org.civicplan.base;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link NonNegativeAmount}; points the violation at the {@code amount} member.
 *
 * <p>Public only because Bean Validation providers instantiate validators reflectively; callers
 * use the annotation.
 */
public final class NonNegativeAmountValidator implements ConstraintValidator<NonNegativeAmount, Money> {

  /** A validator; Bean Validation providers create one per constraint declaration. */
  public NonNegativeAmountValidator() {}


  /** Whether {@code value} satisfies the constraint; null is valid. */
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
