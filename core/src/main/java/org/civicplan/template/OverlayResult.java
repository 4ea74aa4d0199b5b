package org.civicplan.template;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.civicplan.base.Finding;

/**
 * What applying an overlay gave: the adapted template when the overlay has no error, and the
 * findings in a deterministic order (file order, map keys sorted).
 *
 * @param template the adapted template; empty exactly when a finding is an error (nothing is ever
 *     half-applied)
 * @param findings errors with JSON Pointer paths into the overlay file, and information
 */
public record OverlayResult(Optional<StrategyTemplate> template, List<Finding> findings) {

  /**
   * @throws NullPointerException if an argument or a finding is null
   * @throws IllegalArgumentException if a template is given together with an error finding, or
   *     neither a template nor an error is given
   */
  public OverlayResult {
    Objects.requireNonNull(template, "template");
    findings = List.copyOf(findings);
    boolean errors = findings.stream().anyMatch(Finding::isError);
    if (template.isPresent() == errors) {
      throw new IllegalArgumentException(
          "an overlay result has an adapted template exactly when it has no error finding, but it"
              + " has " + (template.isPresent() ? "a template and errors " : "neither a template nor an error: ")
              + findings);
    }
  }

  /** Whether the overlay was applied (no error finding). */
  public boolean isSuccess() {
    return template.isPresent();
  }

  /** The error findings, in order. */
  public List<Finding> errors() {
    return findings.stream().filter(Finding::isError).toList();
  }
}
