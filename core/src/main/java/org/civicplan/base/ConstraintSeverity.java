package org.civicplan.base;

import jakarta.validation.Payload;

/**
 * Payloads that lower the severity of a Bean Validation constraint's findings; a constraint
 * without one of them is reported as an {@link Severity#ERROR}.
 *
 * <pre>{@code
 * @Max(value = 100, message = "{share.high}", payload = ConstraintSeverity.Warning.class)
 * }</pre>
 */
public final class ConstraintSeverity {

  private ConstraintSeverity() {}

  /** Report the constraint's violations as {@link Severity#WARNING}. */
  public interface Warning extends Payload {}

  /** Report the constraint's violations as {@link Severity#INFO}. */
  public interface Info extends Payload {}
}
