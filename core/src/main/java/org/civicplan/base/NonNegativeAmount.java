package org.civicplan.base;

import org.civicplan.validation.FindingCodes;
import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated {@link org.civicplan.base.Money} is zero or more. A null value is valid (use
 * {@code NotNull} or a constructor check for presence). Reported as {@link
 * FindingCodes#BUDGET_NEGATIVE} at the {@code amount} member of the money.
 */
@Documented
@Constraint(validatedBy = NonNegativeAmountValidator.class)
@Target({FIELD, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface NonNegativeAmount {

  /** The message key. */
  String message() default "{org.civicplan.budget.amount.negative}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload, e.g. {@link ConstraintSeverity.Warning}. */
  Class<? extends Payload>[] payload() default {};
}
