package org.civicplan.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.civicplan.strategy.LocalizedText;

/** Checks {@link TextLength}; one violation per language that is too long, at that language. */
final class TextLengthValidator implements ConstraintValidator<TextLength, LocalizedText> {

  private int max;

  @Override
  public void initialize(TextLength annotation) {
    max = annotation.max();
  }

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
