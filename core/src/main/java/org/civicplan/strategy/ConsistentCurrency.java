package org.civicplan.strategy;

import org.civicplan.base.ConstraintSeverity;
import org.civicplan.validation.FindingCodes;
import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * On {@link org.civicplan.strategy.BudgetLine}: the actual amount, when known, is in the currency
 * of the planned amount. A null line is valid. Reported as {@link
 * FindingCodes#BUDGET_CURRENCY_MISMATCH} at {@code actual/currency}.
 */
@Documented
@Constraint(validatedBy = ConsistentCurrencyValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ConsistentCurrency {

  /** The message key. */
  String message() default "{org.civicplan.budget.currency.mismatch}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload, e.g. {@link ConstraintSeverity.Warning}. */
  Class<? extends Payload>[] payload() default {};
}
