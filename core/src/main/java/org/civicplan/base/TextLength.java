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
 * Every language of the annotated {@link org.civicplan.base.LocalizedText} has at most {@link
 * #max()} characters (UTF-16 code units, as {@code Size} counts). A null text is valid. Each
 * language that is too long is reported separately as {@link FindingCodes#TEXT_TOO_LONG} at the
 * member of that language, e.g. {@code /title/ro}.
 */
@Documented
@Constraint(validatedBy = TextLengthValidator.class)
@Target({FIELD, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface TextLength {

  /** The most characters a language may have. */
  int max();

  /** The message key. */
  String message() default "{org.civicplan.text.too-long}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload, e.g. {@link ConstraintSeverity.Warning}. */
  Class<? extends Payload>[] payload() default {};
}
