package org.civicplan.base;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link TextLength}; one violation per language that is too long, at that language.
 *
 * <p>Public only because Bean Validation providers instantiate validators reflectively; callers
 * use the annotation.
 */
public final class TextLengthValidator implements ConstraintValidator<TextLength, LocalizedText> {

  /** A validator; Bean Validation providers create one per constraint declaration. */
  public TextLengthValidator() {}


  private int max;

  /** Reads the constraint's attributes. */
  @Override
  public void initialize(TextLength annotation) {
    max = annotation.max();
  }

  /** Whether {@code value} satisfies the constraint; null is valid. */
  @Override
  public boolean isValid(LocalizedText text, ConstraintValidatorContext context) {
    if (text == null) {
      return true;
    }
    boolean valid = true;
    context.disableDefaultConstraintViolation();
    // values() is sorted by tag, so the violations come in a stable order
    for (var entry : text.values().entrySet()) {
      if (entry.getValue().length() > max) {
        valid = false;
        context
            .buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
            .addPropertyNode(entry.getKey())
            .addConstraintViolation();
      }
    }
    return valid;
  }
}
