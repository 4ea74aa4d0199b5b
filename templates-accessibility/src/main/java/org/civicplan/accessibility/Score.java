// SPDX-License-Identifier: Apache-2.0
package org.civicplan.accessibility;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A compliance score: the weighted share of the assessed criteria (compliant or non-compliant)
 * that are compliant. Not-applicable and not-measured criteria are counted but do not weigh:
 *
 * <pre>
 *   score = 100 × Σ_{r compliant} w(r) / Σ_{r compliant or non-compliant} w(r)
 * </pre>
 *
 * where {@code w(r)} is parameter {@code audit.weight.critical} for a critical criterion and
 * {@code audit.weight.other} otherwise. A score over several elements (a works project, a street,
 * a district) pools the results of all its elements in the same sums; it is not the mean of the
 * elements' scores.
 *
 * @param compliantWeight Σ w over compliant results
 * @param assessedWeight Σ w over compliant and non-compliant results
 * @param compliant how many results are compliant
 * @param nonCompliant how many are non-compliant
 * @param notApplicable how many are not applicable
 * @param notMeasured how many are not measured
 */
public record Score(
    BigDecimal compliantWeight, BigDecimal assessedWeight, int compliant, int nonCompliant, int notApplicable, int notMeasured) {

  /**
   * Creates an instance from its components.
   *
   * @param compliantWeight Σ w over compliant results
   * @param assessedWeight Σ w over compliant and non-compliant results
   * @param compliant how many results are compliant
   * @param nonCompliant how many are non-compliant
   * @param notApplicable how many are not applicable
   * @param notMeasured how many are not measured
   * @throws NullPointerException if a weight is null
   * @throws IllegalArgumentException if a count or weight is negative, or the compliant weight exceeds the assessed
   */
  public Score {
    Objects.requireNonNull(compliantWeight, "compliantWeight");
    Objects.requireNonNull(assessedWeight, "assessedWeight");
    if (compliantWeight.signum() < 0 || assessedWeight.compareTo(compliantWeight) < 0) {
      throw new IllegalArgumentException(
          "weights must satisfy 0 <= compliant <= assessed but were " + compliantWeight + " and " + assessedWeight);
    }
    if (compliant < 0 || nonCompliant < 0 || notApplicable < 0 || notMeasured < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
  }

  /**
   * {@return the score of {@code results}, pooled}
   *
   * @param results the criterion results to pool
   */
  public static Score of(List<CriterionResult> results) {
    BigDecimal ok = BigDecimal.ZERO;
    BigDecimal all = BigDecimal.ZERO;
    int[] n = new int[Outcome.values().length];
    for (CriterionResult r : results) {
      n[r.outcome().ordinal()]++;
      if (r.outcome().isAssessed()) {
        all = all.add(r.weight());
        if (r.outcome() == Outcome.COMPLIANT) {
          ok = ok.add(r.weight());
        }
      }
    }
    return new Score(ok, all, n[Outcome.COMPLIANT.ordinal()], n[Outcome.NON_COMPLIANT.ordinal()],
        n[Outcome.NOT_APPLICABLE.ordinal()], n[Outcome.NOT_MEASURED.ordinal()]);
  }

  /**
   * {@return the score in percent, rounded half-even to 2 decimals; empty when nothing weighs (no assessed criterion, or zero weights)}
   */
  public Optional<BigDecimal> percent() {
    if (assessedWeight.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(compliantWeight.multiply(BigDecimal.valueOf(100)).divide(assessedWeight, 2, RoundingMode.HALF_EVEN));
  }
}
