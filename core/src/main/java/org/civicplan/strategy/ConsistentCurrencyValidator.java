package org.civicplan.strategy;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link ConsistentCurrency}; points the violation at {@code actual/currency}.
 *
 * <p>Public only because Bean Validation providers instantiate validators reflectively; callers
 * use the annotation.
 */
public final class ConsistentCurrencyValidator implements ConstraintValidator<ConsistentCurrency, BudgetLine> {

  /** A validator; Bean Validation providers create one per constraint declaration. */
  public ConsistentCurrencyValidator() {}


  /** Whether {@code value} satisfies the constraint; null is valid. */
  @Override
  public boolean isValid(BudgetLine line, ConstraintValidatorContext context) {
    if (line == null
        || line.actual().isEmpty()
        || line.actual().get().currency().equals(line.planned().currency())) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    context
        .buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
        .addPropertyNode("actual")
        .addPropertyNode("currency")
        .addConstraintViolation();
    return false;
  }
}
