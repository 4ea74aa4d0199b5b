// SPDX-License-Identifier: Apache-2.0
package org.civicplan.monitoring;

/**
 * Thresholds of the {@linkplain AssessmentMethod#EUROSTAT Eurostat SDG progress assessment}.
 *
 * <p>Source: Eurostat, <i>Sustainable development in the European Union — Monitoring report on
 * progress towards the SDGs in an EU context</i> (editions 2017–2024), annex "Methodological notes /
 * progress assessment"; the same thresholds appear as defaults in the Open SDG progress prototype
 * that was modelled on it (open-sdg/sdg-build, {@code progress_thresholds} {@code high 0.95, med
 * 0.6, low 0} and {@code high 0.01, med 0, low -0.01}).
 *
 * <p><b>With a quantitative target</b>, the ratio {@code RoR = CAGR_actual / CAGR_required} of the
 * observed compound annual growth rate since the baseline to the rate required from the baseline
 * to reach the target on time gives: {@code RoR >= significant} significant progress, {@code >=
 * moderate} moderate progress, {@code >= insufficient} insufficient progress, below that movement
 * away. Defaults 0.95, 0.60, 0.
 *
 * <p><b>Without a target</b>, the direction-adjusted observed rate {@code g} (negated for
 * decrease indicators) gives: {@code g > noTargetSignificant} significant progress, {@code 0 < g <=
 * noTargetSignificant} moderate progress, {@code noTargetMovementAway <= g <= 0} moderate movement
 * away, below that significant movement away. Defaults +1 % and −1 % per year. [NV] the published
 * report words the boundaries in prose; the inclusive ends follow the Open SDG prototype.
 *
 * @param significant ratio for significant progress
 * @param moderate ratio for moderate progress
 * @param insufficient ratio for insufficient progress (below: movement away)
 * @param noTargetSignificant yearly rate above which progress is significant (no target)
 * @param noTargetMovementAway yearly rate below which movement away is significant (no target)
 */
public record EurostatThresholds(
    double significant,
    double moderate,
    double insufficient,
    double noTargetSignificant,
    double noTargetMovementAway) {

  /** The published defaults: 0.95, 0.60, 0; +0.01 and −0.01. */
  public static final EurostatThresholds DEFAULTS = new EurostatThresholds(0.95, 0.60, 0.0, 0.01, -0.01);

  /**
   * Creates an instance from its components.
   *
   * @param significant ratio for significant progress
   * @param moderate ratio for moderate progress
   * @param insufficient ratio for insufficient progress (below: movement away)
   * @param noTargetSignificant yearly rate above which progress is significant (no target)
   * @param noTargetMovementAway yearly rate below which movement away is significant (no target)
   * @throws IllegalArgumentException if a value is not finite or the thresholds are not ordered
   *     ({@code significant >= moderate >= insufficient}, {@code noTargetSignificant >= 0 >=
   *     noTargetMovementAway})
   */
  public EurostatThresholds {
    for (double d : new double[] {significant, moderate, insufficient, noTargetSignificant, noTargetMovementAway}) {
      if (!Double.isFinite(d)) {
        throw new IllegalArgumentException("Eurostat thresholds must be finite but one was " + d);
      }
    }
    if (!(significant >= moderate && moderate >= insufficient)) {
      throw new IllegalArgumentException(
          "Eurostat ratio thresholds must satisfy significant >= moderate >= insufficient but were "
              + significant + ", " + moderate + ", " + insufficient);
    }
    if (!(noTargetSignificant >= 0 && noTargetMovementAway <= 0)) {
      throw new IllegalArgumentException(
          "Eurostat no-target thresholds must satisfy significant >= 0 >= movementAway but were "
              + noTargetSignificant + ", " + noTargetMovementAway);
    }
  }
}
