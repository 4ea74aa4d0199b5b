package org.civicplan.monitoring;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.civicplan.base.PlanDate;
import org.civicplan.base.Finding;

/**
 * The assessment of one indicator series at a date.
 *
 * <p>Values are taken at the date of the latest observation on or before {@code asOf}. Fields a
 * method does not define are empty: the linear method has no rates and no category; the no-target
 * variants have no progress, expected progress, trajectory value, required rate or ratio.
 *
 * @param method the method used
 * @param status the status on the common scale
 * @param category the method's own published category in lower-case kebab form ({@code
 *     significant-progress}, {@code progress-needs-acceleration}...); empty for the linear method
 *     and when there is no data
 * @param progress share of the baseline-to-target distance covered by the latest value
 * @param expectedProgress share the trajectory expects at the latest value's date (linear), or
 *     share of the baseline-to-target time elapsed (growth-rate methods), at most 1
 * @param trajectoryValue the value the method's trajectory expects at the latest value's date
 *     (linear: through the milestones; growth-rate methods: growing at the required rate)
 * @param actualRate observed compound annual growth rate from the baseline to the latest value
 * @param requiredRate compound annual growth rate required from the baseline to reach the target
 * @param ratio the method's ratio of observed to required rate
 * @param latest the latest observation used
 * @param asOf the date assessed
 * @param explanation values, formula, result and the threshold that decided
 * @param findings problems with the series (wrong side of zero, missing target...), in order found
 */
public record Assessment(
    AssessmentMethod method,
    ProgressStatus status,
    Optional<String> category,
    OptionalDouble progress,
    OptionalDouble expectedProgress,
    OptionalDouble trajectoryValue,
    OptionalDouble actualRate,
    OptionalDouble requiredRate,
    OptionalDouble ratio,
    Optional<Observation> latest,
    PlanDate asOf,
    Explanation explanation,
    List<Finding> findings) {

  /**
   * @throws NullPointerException if an argument is null
   */
  public Assessment {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(progress, "progress");
    Objects.requireNonNull(expectedProgress, "expectedProgress");
    Objects.requireNonNull(trajectoryValue, "trajectoryValue");
    Objects.requireNonNull(actualRate, "actualRate");
    Objects.requireNonNull(requiredRate, "requiredRate");
    Objects.requireNonNull(ratio, "ratio");
    Objects.requireNonNull(latest, "latest");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(explanation, "explanation");
    findings = List.copyOf(findings);
  }

  /** Whether a finding of severity error was raised. */
  public boolean hasErrors() {
    return findings.stream().anyMatch(Finding::isError);
  }
}
