// SPDX-License-Identifier: Apache-2.0
package org.civicplan.monitoring;

/**
 * Thresholds of the {@linkplain AssessmentMethod#LINEAR linear trajectory} method.
 *
 * <p>Progress {@code p = (v - b) / (T - b)} is the share of the distance from the baseline value
 * {@code b} to the target value {@code T} covered by the latest value {@code v}; expected progress
 * {@code e} is the share the trajectory expects at the date of {@code v} (the trajectory runs
 * linearly from the baseline through the milestones to the target, so without milestones {@code
 * e} is the share of time elapsed). With the gap {@code g = e - p}:
 *
 * <ul>
 *   <li>{@code p >= 1}: achieved;
 *   <li>{@code p < 0}: moving away (worse than the baseline);
 *   <li>{@code g <= onTrackGap}: on track;
 *   <li>{@code g <= atRiskGap}: at risk;
 *   <li>otherwise: off track.
 * </ul>
 *
 * <p>The defaults (0.05 and 0.15 of the baseline-to-target distance) are this library's own
 * choice: there is no published standard for a linear trajectory method; change them per strategy.
 *
 * @param onTrackGap the largest gap still on track, in [0, 1]
 * @param atRiskGap the largest gap still at risk, in [{@code onTrackGap}, 1]
 */
public record LinearThresholds(double onTrackGap, double atRiskGap) {

  /** The defaults: on track within 0.05, at risk within 0.15 of the distance. */
  public static final LinearThresholds DEFAULTS = new LinearThresholds(0.05, 0.15);

  /**
   * Creates an instance from its components.
   *
   * @param onTrackGap the largest gap still on track, in [0, 1]
   * @param atRiskGap the largest gap still at risk, in [{@code onTrackGap}, 1]
   * @throws IllegalArgumentException if a gap is outside [0, 1] or {@code atRiskGap < onTrackGap}
   */
  public LinearThresholds {
    if (!(onTrackGap >= 0 && onTrackGap <= 1)) {
      throw new IllegalArgumentException("onTrackGap must be in [0, 1] but was " + onTrackGap);
    }
    if (!(atRiskGap >= onTrackGap && atRiskGap <= 1)) {
      throw new IllegalArgumentException(
          "atRiskGap must be in [onTrackGap, 1] = [" + onTrackGap + ", 1] but was " + atRiskGap);
    }
  }
}
