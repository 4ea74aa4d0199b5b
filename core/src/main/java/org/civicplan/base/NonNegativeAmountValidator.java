package org.civicplan.base;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ValidationException;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

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
    String template = context.getDefaultConstraintMessageTemplate();
    // Hibernate Validator interpolates no ${...} expression in a custom violation unless asked, since
    // such a template may hold user input. Ours is the constraint's own template, and an application
    // validating our records with its own validator must see the amount in it too.
    ConstraintValidatorContext.ConstraintViolationBuilder violation;
    try {
      violation = context.unwrap(HibernateConstraintValidatorContext.class)
          .buildConstraintViolationWithTemplate(template)
          .enableExpressionLanguage();
    } catch (ValidationException anotherProvider) {
      violation = context.buildConstraintViolationWithTemplate(template);
    }
    violation.addPropertyNode("amount").addConstraintViolation();
    return false;
  }
}
