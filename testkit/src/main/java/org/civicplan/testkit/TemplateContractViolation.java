package org.civicplan.testkit;

import java.util.List;
import java.util.Objects;
import org.civicplan.base.TemplateId;

/**
 * Thrown by {@link TemplateContract#verify} when a template breaks its contract: the message lists
 * every violation, one a line, and {@link #violations()} gives them to a test that inspects them.
 */
public final class TemplateContractViolation extends AssertionError {

  private static final long serialVersionUID = 1L;

  private final TemplateId templateId;
  private final transient List<TemplateContract.Violation> violations;

  /**
   * @param templateId the template that breaks the contract
   * @param violations what it breaks, in clause order; at least one
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code violations} is empty
   */
  public TemplateContractViolation(TemplateId templateId, List<TemplateContract.Violation> violations) {
    super(message(templateId, violations));
    this.templateId = templateId;
    this.violations = List.copyOf(violations);
  }

  private static String message(TemplateId templateId, List<TemplateContract.Violation> violations) {
    Objects.requireNonNull(templateId, "templateId");
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("a contract violation needs at least one violation");
    }
    StringBuilder b = new StringBuilder("template ").append(templateId).append(" breaks its contract in ")
        .append(violations.size()).append(violations.size() == 1 ? " way:" : " ways:");
    violations.forEach(v -> b.append("\n  ").append(v));
    return b.toString();
  }

  /** The template that breaks the contract. */
  public TemplateId templateId() {
    return templateId;
  }

  /** What it breaks, in clause order. */
  public List<TemplateContract.Violation> violations() {
    return violations;
  }
}
