// SPDX-License-Identifier: Apache-2.0
package org.civicplan.accessibility;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.civicplan.base.Finding;
import org.civicplan.strategy.Strategy;

/**
 * What {@link Remediation#plan} gives: the strategy with its remediation programme annex, the
 * programme, and the findings. When a finding is an error, the programme is empty and the
 * strategy is the one given.
 *
 * @param strategy the strategy, with the programme stored as an annex when there is one
 * @param programme the programme, empty when an error prevented it or nothing fails
 * @param findings what was wrong with the inputs, and what the ranking and selection reported
 */
public record RemediationPlan(Strategy strategy, Optional<RemediationProgramme> programme, List<Finding> findings) {

  /**
   * Creates an instance from its components.
   *
   * @param strategy the strategy
   * @param programme the programme, if any
   * @param findings the findings
   * @throws NullPointerException if an argument or a finding is null
   */
  public RemediationPlan {
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(programme, "programme");
    findings = List.copyOf(findings);
  }

  /** {@return whether a finding is an error} */
  public boolean hasErrors() {
    return findings.stream().anyMatch(Finding::isError);
  }
}
