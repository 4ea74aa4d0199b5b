package org.civicplan.testkit;

import java.util.Objects;
import org.civicplan.strategy.Strategy;
import org.civicplan.base.Finding;
import org.civicplan.base.Severity;
import org.civicplan.validation.ValidationReport;

/**
 * A strategy with exactly one injected defect, and the finding a validator must report for it.
 *
 * @param kind the kind of defect
 * @param description what was changed, naming the item, e.g. {@code action "A-3" ends in 2033,
 *     after the period 2026/2030}
 * @param strategy the defective strategy
 * @param expectedCode the finding code the validator must report (see {@code FindingCodes})
 * @param expectedSeverity the severity of that finding
 * @param expectedPath a JSON Pointer to the defective element (e.g. {@code /actions/2/end}, or
 *     {@code /actions} for a cycle among actions); a finding matches when its path is this
 *     pointer, lies inside it, or is one of its non-root ancestors
 */
public record Mutant(
    MutationKind kind,
    String description,
    Strategy strategy,
    String expectedCode,
    Severity expectedSeverity,
    String expectedPath) {

  /**
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code expectedPath} is not a JSON Pointer
   */
  public Mutant {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(expectedCode, "expectedCode");
    Objects.requireNonNull(expectedSeverity, "expectedSeverity");
    Objects.requireNonNull(expectedPath, "expectedPath");
    if (!expectedPath.isEmpty() && !expectedPath.startsWith("/")) {
      throw new IllegalArgumentException(
          "expected path must be a JSON Pointer (empty or starting with '/') but was \"" + expectedPath + "\"");
    }
  }

  static Mutant of(MutationKind kind, String description, Strategy strategy, String path) {
    return new Mutant(kind, description, strategy, kind.code(), kind.severity(), path);
  }

  /**
   * Whether {@code finding} is the one expected: same code and severity, and a path that is the
   * expected path, lies inside it, or is one of its ancestors other than the document root.
   *
   * @throws NullPointerException if {@code finding} is null
   */
  public boolean matches(Finding finding) {
    Objects.requireNonNull(finding, "finding");
    return finding.code().equals(expectedCode)
        && finding.severity() == expectedSeverity
        && pathsRelated(expectedPath, finding.path());
  }

  /**
   * Whether {@code report} has a finding that {@link #matches(Finding) matches}.
   *
   * @throws NullPointerException if {@code report} is null
   */
  public boolean isReportedBy(ValidationReport report) {
    return report.findings().stream().anyMatch(this::matches);
  }

  private static boolean pathsRelated(String expected, String actual) {
    if (expected.isEmpty() || actual.equals(expected) || actual.startsWith(expected + "/")) {
      return true;
    }
    return !actual.isEmpty() && expected.startsWith(actual + "/");
  }

  @Override
  public String toString() {
    return kind + ": " + description + " (expect " + expectedSeverity.label() + " " + expectedCode
        + " at " + (expectedPath.isEmpty() ? "/" : expectedPath) + ")";
  }
}
