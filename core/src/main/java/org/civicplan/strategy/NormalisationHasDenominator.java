// SPDX-License-Identifier: Apache-2.0
package org.civicplan.strategy;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.civicplan.base.ConstraintSeverity;
import org.civicplan.validation.FindingCodes;

/**
 * On {@link org.civicplan.strategy.Strategy}: every indicator normalised per inhabitant (or per
 * 1 000 inhabitants) has a population count of the municipality to divide by, and every indicator
 * normalised per km² has the municipality's area; without it the monitoring report shows the values
 * as recorded. A null strategy is valid. Reported as {@link
 * FindingCodes#INDICATOR_NORMALISATION_DENOMINATOR_MISSING} at {@code
 * /indicators/<i>/normalisation}.
 */
@Documented
@Constraint(validatedBy = NormalisationHasDenominatorValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface NormalisationHasDenominator {

  /** {@return the message key} */
  String message() default "{org.civicplan.indicator.normalisation.denominator-missing}";

  /** {@return the validation groups} */
  Class<?>[] groups() default {};

  /** {@return the payload; civicplan declares it with {@link ConstraintSeverity.Warning}} */
  Class<? extends Payload>[] payload() default {};
}
