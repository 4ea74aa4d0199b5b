package org.civicplan.validation;

import org.civicplan.base.Finding;
import org.civicplan.base.Severity;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The findings of a validation, in the order the rules reported them (deterministic: rules run in
 * a fixed order and walk the document in document order).
 *
 * @param findings the findings
 */
public record ValidationReport(List<Finding> findings) {

  private static final ValidationReport EMPTY = new ValidationReport(List.of());

  /**
   * @throws NullPointerException if the list or an element is null
   */
  public ValidationReport {
    findings = List.copyOf(findings);
  }

  /** A report with no findings. */
  public static ValidationReport empty() {
    return EMPTY;
  }

  /** Whether no finding is an error. */
  public boolean isValid() {
    return findings.stream().noneMatch(Finding::isError);
  }

  /** The findings of one severity. */
  public List<Finding> bySeverity(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).toList();
  }

  /** The findings with this code. */
  public List<Finding> byCode(String code) {
    return findings.stream().filter(f -> f.code().equals(code)).toList();
  }

  /** The distinct codes reported, sorted. */
  public Set<String> codes() {
    return findings.stream().map(Finding::code).collect(Collectors.toCollection(TreeSet::new));
  }

  /** Whether a finding with this code was reported. */
  public boolean has(String code) {
    return findings.stream().anyMatch(f -> f.code().equals(code));
  }

  /** This report followed by {@code other}'s findings. */
  public ValidationReport plus(ValidationReport other) {
    if (other.findings.isEmpty()) {
      return this;
    }
    return new ValidationReport(
        java.util.stream.Stream.concat(findings.stream(), other.findings.stream()).toList());
  }
}
