// SPDX-License-Identifier: Apache-2.0
package org.civicplan.accessibility;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.civicplan.base.LocalizedText;

/**
 * How one criterion evaluated for one audited element, with what explains it.
 *
 * @param element the element's id
 * @param criterion the criterion
 * @param outcome compliant, non-compliant, not applicable or not measured
 * @param threshold the threshold in force, empty for a yes/no criterion or when none is set
 * @param observation what was recorded, empty when nothing was
 * @param critical whether the criterion is in the parameter list of critical criteria
 * @param weight its weight in the compliance score
 * @param explanation the threshold, the recorded value and the outcome, in English and Romanian
 */
public record CriterionResult(
    String element,
    AuditCriterion criterion,
    Outcome outcome,
    Optional<BigDecimal> threshold,
    Optional<AccessibilityAudit.Observation> observation,
    boolean critical,
    BigDecimal weight,
    LocalizedText explanation) {

  /**
   * Creates an instance from its components.
   *
   * @param element the element's id
   * @param criterion the criterion
   * @param outcome compliant, non-compliant, not applicable or not measured
   * @param threshold the threshold in force, empty for a yes/no criterion or when none is set
   * @param observation what was recorded, empty when nothing was
   * @param critical whether the criterion is in the parameter list of critical criteria
   * @param weight its weight in the compliance score
   * @param explanation the threshold, the recorded value and the outcome, in English and Romanian
   * @throws NullPointerException if an argument is null
   */
  public CriterionResult {
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(threshold, "threshold");
    Objects.requireNonNull(observation, "observation");
    Objects.requireNonNull(weight, "weight");
    Objects.requireNonNull(explanation, "explanation");
  }
}
