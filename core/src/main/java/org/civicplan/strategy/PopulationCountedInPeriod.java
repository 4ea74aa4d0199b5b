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
 * On {@link org.civicplan.strategy.Strategy}: the municipality's population, when given, was not
 * counted after the strategy period ends (a count from the future cannot describe the city the
 * strategy plans for; most likely the year is mistyped). A null strategy is valid. Reported as
 * {@link FindingCodes#POPULATION_YEAR_AFTER_PERIOD} at {@code /municipality/population/year}.
 */
@Documented
@Constraint(validatedBy = PopulationCountedInPeriodValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface PopulationCountedInPeriod {

  /** The message key. */
  String message() default "{org.civicplan.population.year.after-period}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload; civicplan declares it with {@link ConstraintSeverity.Warning}. */
  Class<? extends Payload>[] payload() default {};
}
